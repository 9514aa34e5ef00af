#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QToolButton;

namespace hb::ui {

class MessageLabel;
class WebhookDocument;

// Name, URL, API key, encryption and signing secret of the designed webhook. Secrets are masked
// until asked for; every check is shown next to its field as it is typed.
class WebhookSettingsPanel : public QWidget {
    Q_OBJECT
public:
    explicit WebhookSettingsPanel(WebhookDocument *document, QWidget *parent = nullptr);

    // The catcher's URL for this webhook, or why there is none.
    void setUrl(const QString &url);
    // Problems of these settings, for Save; empty when fine.
    QString problem() const;

signals:
    void copied(const QString &what);

private:
    // Each builds a part of the form, top to bottom: the order they are called in is the tab order.
    void addNameRows(QFormLayout *form);
    void addUrlRow(QFormLayout *form);
    void addApiKeyRows(QFormLayout *form);
    void addEncryptionRows(QFormLayout *form);
    void addSigningRows(QFormLayout *form);
    void connectApiKey();
    void connectEncryption();
    void refresh();
    void refreshApiKey();
    void refreshEncryption();
    void refreshSigning();
    QString encryptionKeyProblem() const;
    QString nameProblem() const;

    WebhookDocument *m_document;
    QLineEdit *m_name;
    MessageLabel *m_nameCheck;
    QCheckBox *m_enabled;
    QLineEdit *m_url;
    QCheckBox *m_apiKeyOn;
    QLineEdit *m_apiKey;
    QToolButton *m_apiKeyShow;
    QPushButton *m_apiKeyCopy, *m_apiKeyRegenerate;
    QCheckBox *m_encryptionOn;
    QComboBox *m_encryptionMode;
    QLineEdit *m_encryptionKey;
    QLabel *m_keyCounter;
    QToolButton *m_encryptionKeyShow;
    QPushButton *m_encryptionGenerate;
    MessageLabel *m_encryptionCheck;
    QCheckBox *m_signingOn;
    QLineEdit *m_signingSecret;
    QToolButton *m_signingShow;
    QPushButton *m_signingCopy;
};

} // namespace hb::ui
