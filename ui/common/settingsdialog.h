#pragma once

#include <QDialog>
#include <QHostAddress>

class QLineEdit;
class QSpinBox;
class QDialogButtonBox;

namespace hb::ui {

class MessageLabel;

// Where the embedded catcher listens, kept in QSettings ("catcher/address", "catcher/port").
class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    explicit SettingsDialog(QWidget *parent = nullptr);

    static QHostAddress storedAddress();
    static quint16 storedPort();
    static void store(const QHostAddress &address, quint16 port);

    void setPort(quint16 port);
    void accept() override;

private:
    void check();

    QLineEdit *m_address;
    QSpinBox *m_port;
    MessageLabel *m_check;
    QDialogButtonBox *m_buttons;
};

} // namespace hb::ui
