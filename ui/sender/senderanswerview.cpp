#include "senderanswerview.h"

#include "common/jsontext.h"
#include "common/messagelabel.h"
#include "common/readonlytextview.h"
#include "senderhistory.h"

#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace hb::ui {
namespace {

QString prettyIfJson(const QByteArray &body)
{
    if (const std::optional<QString> json = JsonText::indented(body))
        return json->trimmed();
    return QString::fromUtf8(body);
}

} // namespace

SenderAnswerView::SenderAnswerView(QWidget *parent)
    : QGroupBox(tr("Answer"), parent)
    , m_message(new MessageLabel(this))
    , m_url(new QLabel(this))
    , m_body(new ReadOnlyTextView(QStringLiteral("senderAnswerBody"), this))
    , m_showDelivery(new QPushButton(this))
    , m_showRefused(new QPushButton(this))
{
    m_showRefused->setObjectName(QStringLiteral("senderShowRefused"));
    m_showRefused->setVisible(false);
    connect(m_showRefused, &QPushButton::clicked, this,
            [this] { emit refusedRequested(m_refusedWebhook, m_refusedStatus, m_refusedSentAt); });
    m_showDelivery->setObjectName(QStringLiteral("senderShowDelivery"));
    m_showDelivery->setVisible(false);
    connect(m_showDelivery, &QPushButton::clicked, this,
            [this] { emit deliveryRequested(m_offeredId); });
    m_message->setObjectName(QStringLiteral("senderAnswer"));
    m_url->setObjectName(QStringLiteral("senderAnswerUrl"));
    m_url->setTextFormat(Qt::PlainText);
    m_url->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_url->setWordWrap(true);
    m_body->setAccessibleName(tr("Answer body"));
    m_body->setPlaceholderText(tr("The catcher's answer appears here."));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(m_url);
    layout->addWidget(m_body, 1);
    layout->addWidget(m_showDelivery, 0, Qt::AlignLeft);
    layout->addWidget(m_showRefused, 0, Qt::AlignLeft);
}

void SenderAnswerView::offerRefused(const QString &webhookName, int status, const QDateTime &sentAt)
{
    m_refusedWebhook = webhookName;
    m_refusedStatus = status;
    m_refusedSentAt = sentAt;
    m_showRefused->setText(tr("Why %1? Show it in the refused requests").arg(status));
    m_showRefused->setVisible(true);
}

void SenderAnswerView::offerDelivery(qint64 id)
{
    m_offeredId = id;
    m_showDelivery->setText(tr("Show delivery %1 in Deliveries").arg(id));
    m_showDelivery->setVisible(true);
}

void SenderAnswerView::showSending(const QUrl &url)
{
    m_showDelivery->setVisible(false);
    m_showRefused->setVisible(false);
    m_message->setInfo(tr("Sending to %1…").arg(url.toDisplayString()));
    m_url->clear();
    m_body->clear();
}

void SenderAnswerView::showAnswer(const delivery::SendAnswer &answer)
{
    m_showDelivery->setVisible(false);
    m_showRefused->setVisible(false);
    const QString headline = SenderHistory::headline(answer);
    if (!answer.answered())
        m_message->setError(headline);
    else if (answer.succeeded())
        m_message->setSuccess(tr("%1 · %2 ms").arg(headline).arg(answer.elapsedMs));
    else
        m_message->setError(tr("%1 · %2 ms").arg(headline).arg(answer.elapsedMs));
    QString sent = tr("%1 %2 at %3")
                       .arg(QString::fromLatin1(answer.method), answer.url.toDisplayString(),
                            QLocale().toString(answer.sentAt.time(), QLocale::LongFormat));
    if (!answer.overlookedCertificateErrors.isEmpty())
        sent += QLatin1Char('\n')
                + tr("Certificate not verified: %1")
                      .arg(answer.overlookedCertificateErrors.join(QStringLiteral("; ")));
    m_url->setText(sent);
    m_body->setPlainText(prettyIfJson(answer.body));
}

} // namespace hb::ui
