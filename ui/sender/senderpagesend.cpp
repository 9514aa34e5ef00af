// The Sender page's sending: a send on the worker thread and its answer, the history of sends in
// the store, and the target the Batch and Negative cases tabs share with the Compose tab.
#include "senderpage.h"

#include "batchpanel.h"
#include "common/messagelabel.h"
#include "common/workerthread.h"
#include "delivery/catcherservice.h"
#include "delivery/headeredits.h"
#include "delivery/httpsender.h"
#include "delivery/samplerequestbuilder.h"
#include "negativecasespanel.h"
#include "rowstableeditor.h"
#include "savedrequestsbar.h"
#include "senderanswerview.h"
#include "senderbodyeditor.h"
#include "senderformmodel.h"
#include "senderheadersmodel.h"
#include "senderhistory.h"
#include "sentrecord.h"
#include "services/senderservice.h"
#include "services/storeexecutor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>

namespace hb::ui {

void SenderPage::connectComposeSignals()
{
    SenderBodyEditor *body = m_form->body();
    connect(body, &SenderBodyEditor::bodyChanged, this, &SenderPage::updateChecks);
    connect(body, &SenderBodyEditor::sampleRequested, this, [this] {
        m_payloadEdited = false;
        m_drafts.remove(m_current.id);
        loadPayload(true);
    });
    connect(m_form->method(), &QComboBox::currentTextChanged, this, &SenderPage::updateTarget);
    connect(m_form->headersModel(), &SenderHeadersModel::editsChanged, this,
            &SenderPage::updateTarget);
    connect(m_form->verifyCertificate(), &QCheckBox::toggled, this, &SenderPage::updateTarget);
    connect(m_form->cancelButton(), &QPushButton::clicked, this, &SenderPage::cancel);
    connect(m_form->sendButton(), &QPushButton::clicked, this, &SenderPage::send);
    SavedRequestsBar *saved = m_form->savedRequests();
    connect(saved, &SavedRequestsBar::saveRequested, this, &SenderPage::saveRequestAs);
    connect(saved, &SavedRequestsBar::opened, this, &SenderPage::openSaved);
    connect(saved, &SavedRequestsBar::deleteRequested, this, &SenderPage::removeSaved);
}

// The webhook as this send applies it: what the tester unticked is left out.
mapping::Webhook SenderPage::appliedWebhook() const
{
    mapping::Webhook applied = m_current;
    if (!m_form->apiKey()->isChecked())
        applied.apiKey.clear();
    if (!m_form->encryption()->isChecked())
        applied.encryption.reset();
    if (!m_form->signature()->isChecked())
        applied.signingSecret.clear();
    return applied;
}

SendTarget SenderPage::target() const
{
    SendTarget target;
    target.webhook = m_current;
    target.applied = appliedWebhook();
    target.url = QUrl(m_form->url()->text().trimmed(), QUrl::StrictMode);
    target.method = m_form->method()->currentText().toLatin1();
    target.contentType = m_form->contentType()->currentText().trimmed().toUtf8();
    target.headerEdits = m_form->headersModel()->edits();
    target.payload = m_form->body()->body();
    target.verifyCertificates = m_form->verifyCertificate()->isChecked();
    if (m_catcher && isOwnCatcher(target.url))
        target.bodyLimit = m_catcher->settings().limits.maxBodySize;
    return target;
}

void SenderPage::updateTarget()
{
    // The other tabs follow once they are built (the Compose tab is made first).
    if (!m_batch && !m_negative)
        return;
    const SendTarget current = target();
    if (m_batch)
        m_batch->setTarget(current);
    if (m_negative)
        m_negative->setTarget(current);
}

bool SenderPage::isOwnCatcher(const QUrl &url) const
{
    // Only this window's catcher writes to this window's store: another one's delivery id or
    // refused entry names nothing here.
    const QUrl own = m_catcher && m_catcher->isListening() ? m_catcher->baseUrl() : QUrl();
    return own.isValid() && url.scheme() == own.scheme() && url.host() == own.host()
           && url.port() == own.port();
}

void SenderPage::send()
{
    updateChecks();
    if (!m_form->sendButton()->isEnabled())
        return; // what stops it is already said next to it
    const SendTarget sent = target();
    delivery::SampleRequest request = delivery::SampleRequestBuilder::build(
        sent.applied, sent.payload, sent.contentType, QDateTime::currentDateTimeUtc());
    request.headers = delivery::HeaderEditor::apply(request.headers, sent.headerEdits);
    m_inFlight = {m_current.id, m_current.name, request.headers, request.body};
    m_sending = true;
    // The client lives on the sender thread: everything it needs goes with the call.
    QMetaObject::invokeMethod(m_client, [client = m_client, sent, request,
                                         timeoutMs = m_form->timeout()->value() * 1000] {
        client->setMethod(sent.method);
        client->setVerifyCertificates(sent.verifyCertificates);
        client->setTimeout(timeoutMs);
        client->send(sent.url, request.headers, request.body);
    });
    m_form->sendButton()->setEnabled(false);
    m_form->sendButton()->setText(tr("Sending…"));
    m_form->cancelButton()->setEnabled(true);
    m_answer->showSending(sent.url);
}

void SenderPage::cancel()
{
    if (m_sending)
        QMetaObject::invokeMethod(m_client, &delivery::HttpSender::cancel);
}

void SenderPage::sendFinished(const delivery::SendAnswer &answer)
{
    m_sending = false;
    m_form->sendButton()->setText(tr("Send"));
    m_history->add(m_inFlight.webhookName, answer);
    m_answer->showAnswer(answer);
    offerFollowUp(answer);
    const services::SentRequest kept = SentRecord::of(m_inFlight.webhookId, m_inFlight.webhookName,
                                                      m_inFlight.headers, m_inFlight.body, answer);
    m_reader.read<qint64>(
        this,
        [kept](services::Connection &db) { return services::SenderService(db).recordSend(kept); },
        [this](Result<qint64> recorded) {
            if (!recorded)
                m_answer->message()->setError(
                    tr("%1 (not kept in the history: %2)")
                        .arg(m_answer->message()->text(), recorded.error()));
        });
    updateChecks();
}

// Where to look next: the delivery a 202 made, or why the catcher refused.
void SenderPage::offerFollowUp(const delivery::SendAnswer &answer)
{
    if (!isOwnCatcher(answer.url))
        return;
    if (answer.succeeded()) {
        const qint64 id = QJsonDocument::fromJson(answer.body)
                              .object()
                              .value(QLatin1String("delivery_id"))
                              .toInteger();
        if (id > 0)
            m_answer->offerDelivery(id);
    } else if (answer.status == 401 || answer.status == 403) {
        m_answer->offerRefused(m_inFlight.webhookName, answer.status, answer.sentAt);
    }
}

void SenderPage::readHistory()
{
    m_reader.read<QList<services::SentRequest>>(
        this,
        [](services::Connection &db) {
            return services::SenderService(db).sendHistory(SenderHistory::limit);
        },
        [this](Result<QList<services::SentRequest>> sent) {
            if (!sent) {
                m_answer->message()->setError(
                    tr("Could not read the history of sends: %1").arg(sent.error()));
                return;
            }
            QList<QPair<QString, delivery::SendAnswer>> older;
            for (const services::SentRequest &entry : std::as_const(*sent))
                older.append({entry.webhookName, SentRecord::answerOf(entry)});
            m_history->addOlder(older);
        });
}

} // namespace hb::ui
