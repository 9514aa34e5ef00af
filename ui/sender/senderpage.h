#pragma once

#include "services/records.h"
#include "services/webhookcatalog.h"

#include "delivery/httpsender.h"
#include "mapping/customfield.h"
#include "senderrequestform.h"

#include <QHash>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace hb::delivery {
class CatcherService;
}

namespace hb::services {
class StoreExecutor;
}

namespace hb::ui {

class MessageLabel;
class SenderAnswerView;
class SenderHistory;

// The tester's sender (SPEC §1): pick a webhook, edit a payload, see what will be sent (URL,
// API key, encryption, signature: each can be left out to watch the catcher refuse it), send it
// over real HTTP like `hookbench send` does (the same SampleRequestBuilder and HttpSender, so the
// same request, timeout and words for a failure), and read the answer.
// Store reads (the webhooks, a webhook's caught sample) go through the StoreExecutor.
class SenderPage : public QWidget {
    Q_OBJECT
public:
    explicit SenderPage(services::StoreExecutor &reader, QWidget *parent = nullptr);
    ~SenderPage() override;

    // The app's own catcher: its URL is the default target. Null or stopped: the CLI's default.
    void setCatcher(delivery::CatcherService *catcher);
    void catcherStateChanged();
    // "Send again" from the Deliveries page: `webhookId` chosen and `payload` in the editor, as
    // if the tester had typed it (so no sample replaces it). False when that webhook is gone.
    bool compose(qint64 webhookId, const QString &payload);

    QComboBox *webhookCombo() const { return m_form->webhook(); }
    QLineEdit *urlEdit() const { return m_form->url(); }
    QCheckBox *apiKeyCheck() const { return m_form->apiKey(); }
    QCheckBox *encryptionCheck() const { return m_form->encryption(); }
    QCheckBox *signatureCheck() const { return m_form->signature(); }
    QCheckBox *verifyCertificateCheck() const { return m_form->verifyCertificate(); }
    QComboBox *contentTypeCombo() const { return m_form->contentType(); }
    QPlainTextEdit *payloadEdit() const { return m_form->payload(); }
    MessageLabel *payloadMessage() const { return m_form->payloadMessage(); }
    QPushButton *sendButton() const { return m_form->sendButton(); }
    MessageLabel *answerMessage() const;
    QPlainTextEdit *answerBody() const;
    SenderHistory *history() const { return m_history; }
    delivery::HttpSender *client() const { return m_client; }
    // The webhook list or a caught sample is being read.
    bool isLoading() const { return m_readingList || m_readingSample; }
    bool isSending() const { return m_client->isSending(); }
    qint64 currentWebhookId() const { return m_current.id; }

public slots:
    void refresh();
    void send();

signals:
    // "Show delivery N in Deliveries" under a 202 from this window's own catcher.
    void deliveryRequested(qint64 id);

protected:
    void showEvent(QShowEvent *event) override;

private:
    using Listing = services::WebhookCatalog;
    void buildLayout();
    void connectSignals();
    void showListing(const Listing &listing);
    void webhookChosen(int index);
    void applyWebhook(const mapping::Webhook &webhook, bool sameWebhook);
    // `fresh`: another webhook was chosen; else the same one was read again.
    void loadPayload(bool fresh);
    void setPayloadText(const QString &text);
    QString defaultUrl() const;
    void updateChecks();
    void updateHeadersPreview();
    void sendFinished(const delivery::SendAnswer &answer);

    services::StoreExecutor &m_reader;
    delivery::CatcherService *m_catcher = nullptr;
    delivery::HttpSender *m_client;
    SenderRequestForm *m_form; // the request's widgets: webhook, URL, checks, payload, Send
    SenderAnswerView *m_answer = nullptr;
    SenderHistory *m_history;

    QList<services::StoredWebhook> m_webhooks;
    QList<mapping::CustomField> m_fields;
    mapping::Webhook m_current;      // id 0: none chosen
    QString m_currentProblem;        // the chosen webhook is damaged: why
    QString m_lastDefaultUrl;        // the URL field follows the catcher until the user edits it
    QString m_sendingName;           // the webhook of the send in flight
    QHash<qint64, QString> m_drafts; // payloads edited in this session, by webhook
    bool m_payloadEdited = false;
    bool m_settingPayload = false;
    bool m_readingList = false, m_readAgain = false, m_readingSample = false;
    quint64 m_sampleQuestion = 0; // only the answer to the latest question fills the editor
};

} // namespace hb::ui
