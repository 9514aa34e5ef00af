#include "deliveryreplaydialog.h"

#include "common/jsontext.h"
#include "common/messagelabel.h"
#include "common/readonlytextview.h"
#include "delivery/httpsender.h"
#include "services/deliveryreplay.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace hb::ui {
namespace {

bool sameServer(const QUrl &a, const QUrl &b)
{
    return a.isValid() && b.isValid() && a.scheme() == b.scheme()
           && a.host().compare(b.host(), Qt::CaseInsensitive) == 0 && a.port() == b.port();
}

} // namespace

DeliveryReplayDialog::DeliveryReplayDialog(StoredDelivery stored, const QUrl &webhookUrl,
                                           const QUrl &ownCatcher, QWidget *parent)
    : QDialog(parent)
    , m_stored(std::move(stored))
    , m_webhookUrl(webhookUrl)
    , m_ownCatcher(ownCatcher)
    , m_client(new delivery::HttpSender(this))
    , m_toWebhook(new QRadioButton(this))
    , m_toOther(new QRadioButton(tr("Another URL:"), this))
    , m_otherUrl(new QLineEdit(this))
    , m_freshId(new QCheckBox(tr("Give it a fresh id"), this))
    , m_message(new MessageLabel(this))
    , m_newId(new QLabel(this))
    , m_body(new ReadOnlyTextView(QStringLiteral("replayAnswerBody"), this))
    , m_showDelivery(new QPushButton(this))
{
    setObjectName(QStringLiteral("deliveryReplayDialog"));
    setWindowTitle(tr("Replay delivery %1").arg(m_stored.record.id));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_send = buttons->addButton(tr("Send"), QDialogButtonBox::ActionRole);
    m_send->setDefault(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(buildTarget());
    layout->addWidget(buildAnswer(), 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_send, &QPushButton::clicked, this, &DeliveryReplayDialog::send);
    connect(m_client, &delivery::HttpSender::finished, this, &DeliveryReplayDialog::answered);
    connect(m_toOther, &QRadioButton::toggled, this, &DeliveryReplayDialog::updateSend);
    connect(m_otherUrl, &QLineEdit::textChanged, this, [this] {
        if (!m_otherUrl->text().isEmpty())
            m_toOther->setChecked(true);
        updateSend();
    });
    connect(m_showDelivery, &QPushButton::clicked, this,
            [this] { emit showDeliveryRequested(m_offeredId); });
    resize(640, 480);
    updateSend();
}

QWidget *DeliveryReplayDialog::buildTarget()
{
    auto *box = new QGroupBox(tr("Send %1 %2 again to")
                                  .arg(QString::fromLatin1(m_stored.record.method),
                                       QString::fromUtf8(m_stored.record.target)),
                              this);
    auto *grid = new QGridLayout(box);
    m_toWebhook->setText(m_webhookUrl.isValid()
                             ? tr("The webhook's URL: %1").arg(m_webhookUrl.toDisplayString())
                             : tr("The webhook's URL (unknown: its webhook was removed)"));
    m_toWebhook->setEnabled(m_webhookUrl.isValid());
    (m_webhookUrl.isValid() ? m_toWebhook : m_toOther)->setChecked(true);
    m_otherUrl->setObjectName(QStringLiteral("replayOtherUrl"));
    m_otherUrl->setPlaceholderText(tr("http://host:port (the stored path is added) or a full URL"));
    grid->addWidget(m_toWebhook, 0, 0, 1, 2);
    grid->addWidget(m_toOther, 1, 0);
    grid->addWidget(m_otherUrl, 1, 1);
    auto *explained = new QLabel(tr("Without a fresh id the request keeps its webhook-id and "
                                    "idempotency-key, so the catcher answers it as a duplicate "
                                    "and stores nothing new. A fresh id (re-signed when the "
                                    "webhook signs) makes it a new delivery."),
                                 this);
    explained->setWordWrap(true);
    grid->addWidget(m_freshId, 2, 0, 1, 2);
    grid->addWidget(explained, 3, 0, 1, 2);
    return box;
}

QWidget *DeliveryReplayDialog::buildAnswer()
{
    auto *box = new QGroupBox(tr("Answer"), this);
    auto *layout = new QVBoxLayout(box);
    m_message->setObjectName(QStringLiteral("replayAnswer"));
    m_newId->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_newId->setVisible(false);
    m_body->setAccessibleName(tr("Answer body"));
    m_body->setPlaceholderText(tr("The answer appears here."));
    m_showDelivery->setObjectName(QStringLiteral("replayShowDelivery"));
    m_showDelivery->setVisible(false);
    layout->addWidget(m_message);
    layout->addWidget(m_newId);
    layout->addWidget(m_body, 1);
    layout->addWidget(m_showDelivery, 0, Qt::AlignLeft);
    return box;
}

bool DeliveryReplayDialog::isSending() const
{
    return m_client->isSending();
}

void DeliveryReplayDialog::updateSend()
{
    const bool target = m_toWebhook->isChecked() || !m_otherUrl->text().trimmed().isEmpty();
    m_send->setEnabled(target && !m_client->isSending());
}

void DeliveryReplayDialog::send()
{
    const mapping::Webhook *webhook = m_stored.webhook ? &*m_stored.webhook : nullptr;
    Result<QUrl> url = m_webhookUrl;
    if (m_toOther->isChecked())
        url = services::DeliveryReplay::url(m_stored.record, webhook, m_otherUrl->text());
    if (!url) {
        m_message->setError(tr("Cannot send: %1.").arg(url.error()));
        return;
    }
    const auto request = services::DeliveryReplay::prepare(
        m_stored.record, webhook, *url, m_freshId->isChecked(), QDateTime::currentDateTimeUtc());
    if (!request) {
        m_message->setError(tr("Cannot send: %1.").arg(request.error()));
        return;
    }
    m_client->setMethod(request->method);
    if (!m_client->send(request->url, request->headers, request->body))
        return;
    m_showDelivery->setVisible(false);
    m_newId->setVisible(!request->newKey.isEmpty());
    m_newId->setText(tr("Fresh id: %1").arg(request->newKey));
    m_body->clear();
    m_message->setInfo(tr("Sending to %1…").arg(request->url.toDisplayString()));
    m_send->setText(tr("Sending…"));
    updateSend();
}

void DeliveryReplayDialog::answered(const delivery::SendAnswer &answer)
{
    m_send->setText(tr("Send"));
    updateSend();
    if (!answer.answered()) {
        m_message->setError(answer.error);
        return;
    }
    const QString headline = tr("HTTP %1 %2 from %3 · %4 ms")
                                 .arg(answer.status)
                                 .arg(answer.reason, answer.url.toDisplayString())
                                 .arg(answer.elapsedMs);
    if (answer.succeeded())
        m_message->setSuccess(headline);
    else
        m_message->setError(headline);
    const std::optional<QString> json = JsonText::indented(answer.body);
    m_body->setPlainText(json ? json->trimmed() : QString::fromUtf8(answer.body));
    // Only this window's catcher writes to this store: another one's id names nothing here.
    const QJsonObject body = QJsonDocument::fromJson(answer.body).object();
    m_offeredId = body.value(QLatin1String("delivery_id")).toInteger();
    if (!answer.succeeded() || m_offeredId <= 0 || !sameServer(answer.url, m_ownCatcher))
        return;
    m_showDelivery->setText(
        body.value(QLatin1String("duplicate")).toBool()
            ? tr("Show delivery %1 (answered as a duplicate of it)").arg(m_offeredId)
            : tr("Show delivery %1").arg(m_offeredId));
    m_showDelivery->setVisible(true);
}

} // namespace hb::ui
