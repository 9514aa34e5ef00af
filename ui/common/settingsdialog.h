#pragma once

#include <QDialog>
#include <QHostAddress>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QGroupBox;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;

namespace hb::ui {

class MessageLabel;

// File → Settings: where the store is (read-only: another one is chosen when Hookbench starts),
// where the embedded catcher listens ("catcher/address", "catcher/port"), whether times are shown
// in local time or UTC (LocalTime) and the theme (Theme), all kept in QSettings and applied on OK.
class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    // An empty `storeLocation` shows the default one (HOOKBENCH_DB or the user's data folder).
    explicit SettingsDialog(const QString &storeLocation = QString(), QWidget *parent = nullptr);

    static QHostAddress storedAddress();
    static quint16 storedPort();
    static void store(const QHostAddress &address, quint16 port);
    // The location as it may be shown: a file's absolute path, a URL without its password.
    static QString displayedLocation(const QString &storeLocation);

    void setPort(quint16 port);
    // After OK: whether the catcher's address or port differ from what they were.
    bool listeningChanged() const { return m_listeningChanged; }
    void accept() override;

private:
    QGroupBox *buildStoreBox(const QString &storeLocation);
    QGroupBox *buildCatcherBox();
    QGroupBox *buildDisplayBox();
    void check();

    QLineEdit *m_location = nullptr;
    QPushButton *m_openFolder = nullptr;
    QLineEdit *m_address = nullptr;
    QSpinBox *m_port = nullptr;
    MessageLabel *m_check = nullptr;
    QRadioButton *m_localTime = nullptr;
    QRadioButton *m_utc = nullptr;
    QComboBox *m_theme = nullptr;
    QCheckBox *m_tray = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    bool m_listeningChanged = false;
};

} // namespace hb::ui
