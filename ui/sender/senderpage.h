#pragma once

#include "services/records.h"
#include "services/webhookcatalog.h"

#include "delivery/sendanswer.h"
#include "mapping/customfield.h"
#include "senderrequestform.h"
#include "sendtarget.h"

#include <QHash>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;

namespace hb::delivery {
class CatcherService;
class HttpSender;
} // namespace hb::delivery

namespace hb::services {
class StoreExecutor;
}

namespace hb::ui {

class BatchPanel;
class MessageLabel;
class NegativeCasesPanel;
class SenderAnswerView;
class SenderHistory;
struct SenderComposition;
class WorkerThread;

// The tester's bench (SPEC §1, §7): pick a webhook and compose a request (method, URL, headers
// the tester may override, a JSON/text body or form fields, what the webhook applies: key,
// encryption, signature, each can be left out to watch the catcher refuse it), send it over real
// HTTP like `hookbench send` does (the same SampleRequestBuilder and HttpSender, on a thread of
// its own, with a timeout and Cancel), and read the answer; keep requests under a name per
// webhook and the history of sends in the store; run a batch or the negative cases on the other
// tabs. Store reads and writes go through the StoreExecutor.
class SenderPage : public QWidget {
    Q_OBJECT
public:
    explicit SenderPage(services::StoreExecutor &reader, QWidget *parent = nullptr);
    ~SenderPage() override;

    // The app's own catcher: its URL is the default target. Null or stopped: the CLI's default.
    void setCatcher(delivery::CatcherService *catcher);
    void catcherStateChanged();
    // "Send again" from the Deliveries page: `webhookId` chosen and the request in the editor, as
    // if the tester had typed it (so no sample replaces it). False when that webhook is gone.
    // `headers` as received: the sender's own (not the ones HTTP, the catcher or the webhook's
    // settings make) come back as added rows of the headers table.
    bool compose(qint64 webhookId, const QString &payload, const QByteArray &method = "POST",
                 const QString &contentType = {},
                 const QList<QPair<QByteArray, QByteArray>> &headers = {});

    SenderRequestForm *form() const { return m_form; }
    QTabWidget *tabs() const { return m_tabs; }
    BatchPanel *batchPanel() const { return m_batch; }
    NegativeCasesPanel *negativeCasesPanel() const { return m_negative; }
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
    SenderAnswerView *answerView() const { return m_answer; }
    SenderHistory *history() const { return m_history; }
    // The webhook list, a caught sample, the saved requests or the history is being read.
    bool isLoading() const { return m_readingList || m_readingSample || m_readingSaved; }
    bool isSending() const { return m_sending; }
    qint64 currentWebhookId() const { return m_current.id; }
    // What every tab sends to and with, from the Compose tab.
    SendTarget target() const;

public slots:
    void refresh();
    void send();
    void cancel();
    // Keeps the Compose tab under `name` for the chosen webhook (the same name is replaced).
    void saveRequestAs(const QString &name);

signals:
    // "Show delivery N in Deliveries" under a 202 from this window's own catcher.
    void deliveryRequested(qint64 id);
    // Under a 401/403 from this window's own catcher: its entry in the refused requests.
    void refusedRequested(const QString &webhookName, int status, const QDateTime &sentAt);

protected:
    void showEvent(QShowEvent *event) override;

private:
    using Listing = services::WebhookCatalog;
    void buildLayout();
    void connectSignals();
    void connectComposeSignals();
    void showListing(const Listing &listing);
    void webhookChosen(int index);
    void applyWebhook(const mapping::Webhook &webhook, bool sameWebhook);
    // `fresh`: another webhook was chosen; else the same one was read again.
    void loadPayload(bool fresh);
    void setPayloadText(const QString &text);
    QString defaultUrl() const;
    bool isOwnCatcher(const QUrl &url) const;
    void updateChecks();
    void updateHeadersPreview();
    void updateTarget();
    mapping::Webhook appliedWebhook() const;
    void sendFinished(const delivery::SendAnswer &answer);
    void offerFollowUp(const delivery::SendAnswer &answer);
    void readHistory();
    void readSavedRequests(const QString &select = {});
    void openSaved(const services::SavedRequest &saved);
    void removeSaved(qint64 id, const QString &name);
    SenderComposition composition() const;

    services::StoreExecutor &m_reader;
    delivery::CatcherService *m_catcher = nullptr;
    WorkerThread *m_thread;
    delivery::HttpSender *m_client; // lives on m_thread: queued calls only
    QTabWidget *m_tabs;
    SenderRequestForm *m_form; // the Compose tab
    BatchPanel *m_batch = nullptr;
    NegativeCasesPanel *m_negative = nullptr;
    SenderAnswerView *m_answer = nullptr;
    SenderHistory *m_history;

    QList<services::StoredWebhook> m_webhooks;
    QList<mapping::CustomField> m_fields;
    mapping::Webhook m_current;      // id 0: none chosen
    QString m_lastDefaultUrl;        // the URL field follows the catcher until the user edits it
    QHash<qint64, QString> m_drafts; // payloads edited in this session, by webhook
    struct InFlight {
        qint64 webhookId = 0;
        QString webhookName;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
    };
    InFlight m_inFlight; // the send on its way, kept in the history when it is answered
    bool m_sending = false;
    bool m_payloadEdited = false;
    bool m_settingPayload = false;
    bool m_readingList = false, m_readAgain = false, m_readingSample = false;
    bool m_readingSaved = false;
    quint64 m_sampleQuestion = 0; // only the answer to the latest question fills the editor
};

} // namespace hb::ui
