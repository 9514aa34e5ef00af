#pragma once

#include "mapping/webhook.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLayout;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace hb::ui {

class MessageLabel;
class RowsTableEditor;
class SavedRequestsBar;
class SenderBodyEditor;
class SenderHeadersModel;

// The Compose tab of the Sender page: the webhook and its saved requests, method and URL, what
// the send applies (key, encryption, signature), the headers table, the body, the timeout and
// Send / Cancel; each verdict under its field. The page decides what they say.
class SenderRequestForm : public QWidget {
    Q_OBJECT
public:
    explicit SenderRequestForm(QWidget *parent = nullptr);

    QComboBox *webhook() const { return m_webhook; }
    MessageLabel *webhookMessage() const { return m_webhookMessage; }
    SavedRequestsBar *savedRequests() const { return m_saved; }
    QComboBox *method() const { return m_method; }
    QLineEdit *url() const { return m_url; }
    QPushButton *resetUrl() const { return m_resetUrl; }
    MessageLabel *urlMessage() const { return m_urlMessage; }
    QCheckBox *verifyCertificate() const { return m_verifyCertificate; }
    QCheckBox *apiKey() const { return m_apiKey; }
    QCheckBox *encryption() const { return m_encryption; }
    QCheckBox *signature() const { return m_signature; }
    SenderHeadersModel *headersModel() const { return m_headers; }
    RowsTableEditor *headersEditor() const { return m_headersEditor; }
    SenderBodyEditor *body() const { return m_body; }
    QComboBox *contentType() const;
    QPlainTextEdit *payload() const;
    MessageLabel *payloadMessage() const;
    QSpinBox *timeout() const { return m_timeout; }
    QPushButton *sendButton() const { return m_send; }
    QPushButton *cancelButton() const { return m_cancel; }

    // Ticks what `webhook` asks for. `sameWebhook`: the same one read again, whose boxes keep the
    // tester's choices unless `previous` had the setting otherwise.
    void showChecks(const mapping::Webhook &previous, const mapping::Webhook &webhook,
                    bool sameWebhook);
    // The headers a send to `webhook` will carry, as previews in the headers table (secrets
    // masked, computed values said); none for no webhook (id 0).
    void showHeaders(const mapping::Webhook &webhook);

private:
    void setUpWidgets();
    void buildLayout();
    QLayout *buildUrlColumn();
    QLayout *buildChecksRow();
    QLayout *buildSendRow();

    QComboBox *m_webhook;
    MessageLabel *m_webhookMessage;
    SavedRequestsBar *m_saved;
    QComboBox *m_method;
    QLineEdit *m_url;
    QPushButton *m_resetUrl;
    MessageLabel *m_urlMessage;
    QCheckBox *m_verifyCertificate; // shown for https:// URLs only
    QCheckBox *m_apiKey, *m_encryption, *m_signature;
    SenderHeadersModel *m_headers;
    RowsTableEditor *m_headersEditor;
    SenderBodyEditor *m_body;
    QSpinBox *m_timeout;
    QPushButton *m_cancel;
    QPushButton *m_send;
};

} // namespace hb::ui
