#include "senderpage.h"

#include "batchpanel.h"
#include "common/jsontext.h"
#include "common/messagelabel.h"
#include "common/workerthread.h"
#include "delivery/catcherservice.h"
#include "delivery/httpsender.h"
#include "delivery/samplerequestbuilder.h"
#include "delivery/webhookurl.h"
#include "negativecasespanel.h"
#include "savedrequestsbar.h"
#include "senderanswerview.h"
#include "senderbodyeditor.h"
#include "senderexample.h"
#include "senderformmodel.h"
#include "senderheadersmodel.h"
#include "senderhistory.h"
#include "senderpayloadcheck.h"
#include "senderrequestform.h"
#include "services/communityservice.h"
#include "services/storeexecutor.h"
#include "services/webhookservice.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QGroupBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QVBoxLayout>

namespace hb::ui {

SenderPage::SenderPage(services::StoreExecutor &reader, QWidget *parent)
    : QWidget(parent)
    , m_reader(reader)
    , m_thread(new WorkerThread(QStringLiteral("hookbench-sender"), this))
    , m_client(m_thread->adopt(new delivery::HttpSender))
    , m_tabs(new QTabWidget(this))
    , m_form(new SenderRequestForm(this))
    , m_history(new SenderHistory(this))
{
    buildLayout();
    connectSignals();
    applyWebhook({}, false);
    refresh();
    readHistory();
}

void SenderPage::buildLayout()
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(
        tr("<b>Sender</b> · send requests to a webhook as its sender would: one, a batch, or "
           "every wrong one"),
        this));
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    layout->addWidget(splitter, 1);
    m_tabs->setObjectName(QStringLiteral("senderTabs"));
    m_tabs->addTab(m_form, tr("&Compose"));
    m_batch = new BatchPanel(m_tabs);
    m_tabs->addTab(m_batch, tr("&Batch"));
    m_negative = new NegativeCasesPanel(m_reader.location(), m_tabs);
    m_tabs->addTab(m_negative, tr("&Negative cases"));
    splitter->addWidget(m_tabs);

    auto *right = new QSplitter(Qt::Vertical, splitter);
    m_answer = new SenderAnswerView(right);
    auto *sends = new QGroupBox(tr("Last sends"), right);
    auto *sendsLayout = new QVBoxLayout(sends);
    sendsLayout->addWidget(m_history);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    right->setStretchFactor(0, 3);
    right->setStretchFactor(1, 2);
}

void SenderPage::connectSignals()
{
    connect(m_form->webhook(), &QComboBox::currentIndexChanged, this, &SenderPage::webhookChosen);
    connect(m_form->url(), &QLineEdit::textChanged, this, &SenderPage::updateChecks);
    // A failed TLS handshake then names the box that lets it through.
    const QString verificationSwitch = tr("untick \"%1\"").arg(m_form->verifyCertificate()->text());
    QMetaObject::invokeMethod(m_client, [client = m_client, verificationSwitch] {
        client->setVerificationSwitch(verificationSwitch);
    });
    connect(m_form->resetUrl(), &QPushButton::clicked, this,
            [this] { m_form->url()->setText(defaultUrl()); });
    for (QCheckBox *check : {m_form->apiKey(), m_form->encryption(), m_form->signature()})
        connect(check, &QCheckBox::toggled, this, &SenderPage::updateHeadersPreview);
    connect(m_form->contentType(), &QComboBox::currentTextChanged, this, [this] {
        updateHeadersPreview();
        updateChecks();
    });
    connect(m_form->payload(), &QPlainTextEdit::textChanged, this, [this] {
        if (!m_settingPayload)
            m_payloadEdited = true;
    });
    connectComposeSignals();
    connect(m_client, &delivery::HttpSender::finished, this, &SenderPage::sendFinished);
    connect(m_history, &SenderHistory::answerChosen, m_answer, &SenderAnswerView::showAnswer);
    connect(m_answer, &SenderAnswerView::deliveryRequested, this, &SenderPage::deliveryRequested);
    connect(m_answer, &SenderAnswerView::refusedRequested, this, &SenderPage::refusedRequested);
}

SenderPage::~SenderPage() = default;

MessageLabel *SenderPage::answerMessage() const
{
    return m_answer->message();
}

QPlainTextEdit *SenderPage::answerBody() const
{
    return m_answer->body();
}

void SenderPage::setCatcher(delivery::CatcherService *catcher)
{
    m_catcher = catcher;
    catcherStateChanged();
}

void SenderPage::catcherStateChanged()
{
    // Follow the catcher (a new port) unless the tester typed another address.
    if (m_current.id && m_form->url()->text() == m_lastDefaultUrl)
        m_form->url()->setText(defaultUrl());
    m_lastDefaultUrl = m_current.id ? defaultUrl() : QString();
    updateChecks();
}

void SenderPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh(); // webhooks may have been added, edited or removed on the Webhooks page meanwhile
}

void SenderPage::refresh()
{
    if (m_readingList) {
        m_readAgain = true;
        return;
    }
    m_readingList = true;
    m_readAgain = false;
    m_reader.read<Listing>(
        this, [](services::Connection &db) { return services::WebhookCatalog::read(db); },
        [this](Result<Listing> listing) {
            m_readingList = false;
            if (!listing)
                m_form->webhookMessage()->setError(
                    tr("Could not read the webhooks: %1").arg(listing.error()));
            else
                showListing(*listing);
            if (m_readAgain)
                refresh();
        });
}

void SenderPage::showListing(const Listing &listing)
{
    m_webhooks = listing.webhooks;
    m_fields = listing.fields;
    const qint64 keep = m_current.id;
    {
        const QSignalBlocker quiet(m_form->webhook());
        m_form->webhook()->clear();
        auto *model = qobject_cast<QStandardItemModel *>(m_form->webhook()->model());
        for (const services::StoredWebhook &stored : m_webhooks) {
            QString text = stored.webhook.name;
            if (stored.isDamaged())
                text = tr("%1 (damaged)").arg(text);
            else if (!stored.webhook.enabled)
                text = tr("%1 (disabled: the catcher answers 403)").arg(text);
            m_form->webhook()->addItem(text, stored.webhook.id);
            if (stored.isDamaged() && model) {
                QStandardItem *item = model->item(m_form->webhook()->count() - 1);
                item->setEnabled(false); // its key and encryption are unknown
                item->setToolTip(stored.problemMessage());
            }
        }
        int index = keep ? m_form->webhook()->findData(keep) : -1;
        for (int i = 0; index < 0 && i < m_webhooks.size(); ++i) {
            if (!m_webhooks.at(i).isDamaged())
                index = i;
        }
        m_form->webhook()->setCurrentIndex(index);
    }
    if (m_webhooks.isEmpty())
        m_form->webhookMessage()->setInfo(
            tr("No webhooks yet: create one on the Webhooks page (Ctrl+1), "
               "or hookbench webhook import FILE.json."));
    else
        m_form->webhookMessage()->clear();
    webhookChosen(m_form->webhook()->currentIndex());
}

namespace {

// Headers a send makes again by itself: HTTP's and Qt's own, and those of the webhook's settings.
// An idempotency key is left out too: kept, the request sent again would only be answered as a
// duplicate of the first.
bool madeBySending(const QByteArray &name)
{
    static const QList<QByteArray> made{"host",
                                        "content-length",
                                        "content-type",
                                        "transfer-encoding",
                                        "connection",
                                        "user-agent",
                                        "accept-encoding",
                                        "accept-language",
                                        "expect",
                                        "x-api-key",
                                        "x-encrypted",
                                        "webhook-id",
                                        "webhook-timestamp",
                                        "webhook-signature",
                                        "idempotency-key"};
    return made.contains(name.toLower());
}

} // namespace

bool SenderPage::compose(qint64 webhookId, const QString &payload, const QByteArray &method,
                         const QString &contentType,
                         const QList<QPair<QByteArray, QByteArray>> &headers)
{
    const int index = m_form->webhook()->findData(webhookId);
    if (index < 0)
        return false;
    m_form->webhook()->setCurrentIndex(index);
    ++m_sampleQuestion; // a sample read on its way must not replace this payload
    m_readingSample = false;
    m_tabs->setCurrentWidget(m_form);
    m_form->method()->setCurrentText(QString::fromLatin1(method));
    // The type it came with (a form stays a form), unless encryption made it the envelope's.
    if (!contentType.isEmpty() && !m_current.encryption)
        m_form->contentType()->setCurrentText(contentType);
    if (SenderBodyEditor::isFormType(m_form->contentType()->currentText()))
        m_form->body()->formModel()->setFields(SenderFormModel::decode(payload.toUtf8()));
    m_form->payload()->setPlainText(payload); // marks it edited, as typing would
    delivery::HeaderEdits own;
    for (const auto &[name, value] : headers) {
        if (!madeBySending(name))
            own.append({name, value});
    }
    m_form->headersModel()->setEdits(own);
    return true;
}

void SenderPage::webhookChosen(int index)
{
    const qint64 id = index >= 0 ? m_form->webhook()->itemData(index).toLongLong() : 0;
    for (const services::StoredWebhook &stored : std::as_const(m_webhooks)) {
        if (stored.webhook.id == id && !stored.isDamaged()) {
            applyWebhook(stored.webhook, id == m_current.id);
            return;
        }
    }
    applyWebhook({}, false);
}

void SenderPage::applyWebhook(const mapping::Webhook &webhook, bool sameWebhook)
{
    const mapping::Webhook previous = m_current;
    if (!sameWebhook && previous.id && m_payloadEdited)
        m_drafts.insert(previous.id, m_form->payload()->toPlainText());
    m_current = webhook;

    m_form->showChecks(previous, webhook, sameWebhook);

    if (!sameWebhook) {
        // A URL typed for another catcher keeps its address and takes the new token.
        const QString typed = m_form->url()->text();
        if (previous.id && typed != m_lastDefaultUrl && !typed.isEmpty() && webhook.id
            && typed.endsWith(QStringLiteral("/hooks/") + previous.token))
            m_form->url()->setText(typed.left(typed.size() - previous.token.size())
                                   + webhook.token);
        else
            m_form->url()->setText(webhook.id ? defaultUrl() : QString());
        m_lastDefaultUrl = webhook.id ? defaultUrl() : QString();
        loadPayload(true);
        readSavedRequests();
    } else if (!m_payloadEdited) {
        loadPayload(false); // a sample caught or a mapping saved since: follow it
    }
    m_form->url()->setEnabled(webhook.id != 0);
    m_form->resetUrl()->setEnabled(webhook.id != 0);
    m_form->payload()->setEnabled(webhook.id != 0);
    m_form->savedRequests()->setEnabled(webhook.id != 0);
    updateHeadersPreview();
    updateChecks();
}

void SenderPage::loadPayload(bool fresh)
{
    const quint64 question = ++m_sampleQuestion;
    m_readingSample = false;
    if (!m_current.id) {
        setPayloadText({});
        return;
    }
    if (fresh && m_drafts.contains(m_current.id)) {
        setPayloadText(m_drafts.value(m_current.id));
        m_payloadEdited = true;
        return;
    }
    const QString example = JsonText::indented(SenderExample::forWebhook(m_current, m_fields));
    // The example until the sample is read, so that the editor never shows another webhook's.
    if (fresh)
        setPayloadText(example);
    m_readingSample = true;
    const qint64 id = m_current.id;
    m_reader.read<QJsonObject>(
        this, [id](services::Connection &db) { return services::WebhookService(db).sample(id); },
        [this, question, example](Result<QJsonObject> sample) {
            if (question != m_sampleQuestion)
                return;
            m_readingSample = false;
            if (m_payloadEdited)
                return; // a tester's edits are never replaced
            const QJsonValue payload =
                sample ? sample->value(QLatin1String("payload")) : QJsonValue();
            const QString text =
                payload.isObject() || payload.isArray() ? JsonText::indented(payload) : example;
            if (text != m_form->payload()->toPlainText())
                setPayloadText(text);
        });
}

void SenderPage::setPayloadText(const QString &text)
{
    m_settingPayload = true;
    m_form->payload()->setPlainText(text);
    m_settingPayload = false;
    m_payloadEdited = false;
}

QString SenderPage::defaultUrl() const
{
    if (!m_current.id)
        return {};
    if (m_catcher && m_catcher->isListening())
        return m_catcher->webhookUrl(m_current.token);
    return delivery::WebhookUrl::forToken(m_current.token);
}

// Whether the request can be sent, said next to what stops it.
void SenderPage::updateChecks()
{
    bool ready = m_current.id != 0 && !m_sending;

    const QUrl url(m_form->url()->text().trimmed(), QUrl::StrictMode);
    const bool httpUrl =
        url.isValid() && !url.host().isEmpty()
        && (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"));
    if (!m_current.id)
        m_form->urlMessage()->clear();
    else if (!httpUrl)
        m_form->urlMessage()->setError(
            tr("Not an http:// or https:// URL: type one, or click \"Use the "
               "app's catcher\"."));
    else if (m_form->url()->text() != defaultUrl())
        m_form->urlMessage()->setInfo(tr("Another catcher than this window's."));
    else if (m_catcher && !m_catcher->isListening())
        m_form->urlMessage()->setError(
            tr("This window's catcher is not listening (see the status bar): "
               "start it, or send to another catcher."));
    else
        m_form->urlMessage()->clear();
    ready = ready && httpUrl;
    m_form->verifyCertificate()->setVisible(m_current.id && httpUrl
                                            && url.scheme() == QLatin1String("https"));

    if (!m_current.id) {
        m_form->payloadMessage()->clear();
    } else if (m_form->body()->isForm()) {
        const int fields = m_form->body()->formModel()->rowCount();
        m_form->payloadMessage()->setInfo(
            tr("%n form field(s), sent as %1 byte(s)", nullptr, fields)
                .arg(m_form->body()->body().size()));
    } else {
        const SenderPayloadCheck check(m_form->payload()->toPlainText().toUtf8(),
                                       m_form->contentType()->currentText());
        switch (check.verdict()) {
        case SenderPayloadCheck::Verdict::Valid:
            m_form->payloadMessage()->setSuccess(check.text());
            break;
        case SenderPayloadCheck::Verdict::Invalid:
            m_form->payloadMessage()->setError(check.text());
            break;
        case SenderPayloadCheck::Verdict::Unchecked:
            m_form->payloadMessage()->setInfo(check.text());
            break;
        }
        ready = ready && check.canSend();
    }
    m_form->sendButton()->setEnabled(ready);
    m_form->cancelButton()->setEnabled(m_sending);
    updateTarget();
}

void SenderPage::updateHeadersPreview()
{
    m_form->showHeaders(m_current);
    updateTarget();
}

} // namespace hb::ui
