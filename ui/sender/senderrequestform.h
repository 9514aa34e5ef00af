#pragma once

#include "mapping/webhook.h"

#include <QGroupBox>

class QCheckBox;
class QComboBox;
class QLabel;
class QLayout;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace hb::ui {

class MessageLabel;

// The Request side of the Sender page: the webhook, the URL, what the send applies, the headers it
// will carry and the payload, each with its verdict under it, and the Send button. The page
// decides what they say; the form shows a webhook's settings as the checks and the headers.
class SenderRequestForm : public QGroupBox {
    Q_OBJECT
public:
    explicit SenderRequestForm(QWidget *parent = nullptr);

    QComboBox *webhook() const { return m_webhook; }
    MessageLabel *webhookMessage() const { return m_webhookMessage; }
    QLineEdit *url() const { return m_url; }
    QPushButton *resetUrl() const { return m_resetUrl; }
    MessageLabel *urlMessage() const { return m_urlMessage; }
    QCheckBox *verifyCertificate() const { return m_verifyCertificate; }
    QCheckBox *apiKey() const { return m_apiKey; }
    QCheckBox *encryption() const { return m_encryption; }
    QCheckBox *signature() const { return m_signature; }
    QComboBox *contentType() const { return m_contentType; }
    QPlainTextEdit *payload() const { return m_payload; }
    MessageLabel *payloadMessage() const { return m_payloadMessage; }
    QPushButton *sendButton() const { return m_send; }

    // Ticks what `webhook` asks for. `sameWebhook`: the same one read again, whose boxes keep the
    // tester's choices unless `previous` had the setting otherwise.
    void showChecks(const mapping::Webhook &previous, const mapping::Webhook &webhook,
                    bool sameWebhook);
    // The headers a send to `webhook` will carry, secrets masked; none for no webhook (id 0).
    void showHeaders(const mapping::Webhook &webhook);

private:
    void setUpWidgets();
    void buildLayout();
    QLayout *buildUrlColumn();
    QLayout *buildChecksRow();

    QComboBox *m_webhook;
    MessageLabel *m_webhookMessage;
    QLineEdit *m_url;
    QPushButton *m_resetUrl;
    MessageLabel *m_urlMessage;
    QCheckBox *m_verifyCertificate; // shown for https:// URLs only
    QCheckBox *m_apiKey, *m_encryption, *m_signature;
    QComboBox *m_contentType;
    QLabel *m_headers;
    QPlainTextEdit *m_payload;
    MessageLabel *m_payloadMessage;
    QPushButton *m_send;
};

} // namespace hb::ui
