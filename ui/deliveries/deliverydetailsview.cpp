#include "deliverydetailsview.h"

#include "common/readonlytextview.h"
#include "common/statusicons.h"
#include "delivery/deliverysummary.h"
#include "deliveryoverviewtab.h"
#include "deliveryrequesttab.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QStackedLayout>
#include <QTabWidget>
#include <QVBoxLayout>

namespace hb::ui {

using delivery::DeliverySummary;

namespace {

QPlainTextEdit *answerEditor(QWidget *parent, const QString &name)
{
    auto *editor = new ReadOnlyTextView(name, parent);
    editor->setLineWrapMode(QPlainTextEdit::NoWrap);
    // The status line, the content type, a blank line and the body, with room to spare.
    const int lines = 5;
    editor->setMaximumHeight(editor->fontMetrics().lineSpacing() * lines + 2 * editor->frameWidth()
                             + 8);
    return editor;
}

QLabel *wordsLabel(QWidget *parent, const QString &name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QString httpAnswer(const QByteArray &body)
{
    return QStringLiteral("HTTP/1.1 202 Accepted\nContent-Type: application/json\n\n")
           + QString::fromLatin1(body);
}

} // namespace

DeliveryDetailsView::DeliveryDetailsView(QWidget *parent)
    : QWidget(parent)
    , m_stack(new QStackedLayout(this))
    , m_placeholder(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_overview(new DeliveryOverviewTab(m_tabs))
    , m_request(new DeliveryRequestTab(m_tabs))
    , m_responseIntro(wordsLabel(this, QStringLiteral("responseIntro")))
    , m_answer(answerEditor(this, QStringLiteral("responseAnswer")))
    , m_responseNote(wordsLabel(this, QStringLiteral("responseNote")))
    , m_duplicates(wordsLabel(this, QStringLiteral("responseDuplicates")))
    , m_duplicateAnswer(answerEditor(this, QStringLiteral("responseDuplicateAnswer")))
{
    m_placeholder->setObjectName(QStringLiteral("deliveryDetailsPlaceholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setTextFormat(Qt::PlainText);
    m_placeholder->setEnabled(false); // greyed: a hint, not content
    m_stack->addWidget(m_placeholder);

    m_tabs->setObjectName(QStringLiteral("deliveryDetailsTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_overview, tr("&Overview"));
    m_tabs->addTab(m_request, tr("&Request"));
    auto *response = new QWidget(m_tabs);
    auto *responseLayout = new QVBoxLayout(response);
    responseLayout->addWidget(m_responseIntro);
    responseLayout->addWidget(m_answer);
    responseLayout->addWidget(m_responseNote);
    responseLayout->addWidget(m_duplicates);
    responseLayout->addWidget(m_duplicateAnswer);
    responseLayout->addStretch();
    m_tabs->addTab(response, tr("Res&ponse"));
    m_stack->addWidget(m_tabs);
    showPlaceholder();
}

void DeliveryDetailsView::showLine(const QString &text)
{
    m_id = 0;
    m_placeholder->setText(text);
    m_stack->setCurrentWidget(m_placeholder);
    m_overview->clear();
    m_request->clear();
    m_answer->clear();
    m_duplicateAnswer->clear();
}

void DeliveryDetailsView::showPlaceholder()
{
    showLine(tr("Select a delivery to see its status, why it failed, its request and what the "
                "catcher answered."));
}

void DeliveryDetailsView::showLoading(qint64 id)
{
    if (id != m_id || !isShowingDelivery())
        showLine(tr("Loading delivery %1…").arg(id));
}

void DeliveryDetailsView::showProblem(const QString &text)
{
    showLine(text);
}

void DeliveryDetailsView::showDetails(const DeliveryDetails &details)
{
    m_id = details.record.id;
    m_overview->showRecord(details.record);
    m_request->showDetails(details);
    showResponse(details.record);
    // The status in the tab's title too, so that it is seen from the Request and Response tabs.
    m_tabs->setTabIcon(OverviewTab, StatusIcons::forStatus(details.record.status));
    m_tabs->setTabToolTip(OverviewTab, StatusIcons::describe(details.record.status));
    m_stack->setCurrentWidget(m_tabs);
}

// Only what the record tells: it exists, so the catcher stored the request and then answered 202
// with its id. Whether that answer reached the sender, and what repeats came since, is not kept.
void DeliveryDetailsView::showResponse(const services::DeliveryRecord &record)
{
    m_responseIntro->setText(
        tr("The catcher stored this request as delivery %1 and then answered:").arg(record.id));
    m_answer->setPlainText(httpAnswer(DeliverySummary::acceptedBody(record, false)));
    // Senders often report "but you answered 202": the answer promises storage, not success.
    m_responseNote->setText(
        record.status == DeliveryStatus::Pending
            ? tr("The answer promises that the delivery is kept; it is processed after.")
            : tr("The catcher answers before processing, so the sender was not told that this "
                 "delivery became %1.")
                  .arg(StatusIcons::describe(record.status)));

    const QString key = DeliverySummary::idempotencyKey(record);
    m_duplicates->setText(
        key.isEmpty()
            ? tr("The request had no webhook-id or idempotency-key header, so a repeat of it is "
                 "stored and applied as a new delivery.")
            : tr("The request had the idempotency key \"%1\": a repeat of it to this webhook is "
                 "not stored or applied again, and is answered now:")
                  .arg(key));
    m_duplicateAnswer->setVisible(!key.isEmpty());
    m_duplicateAnswer->setPlainText(
        key.isEmpty() ? QString() : httpAnswer(DeliverySummary::acceptedBody(record, true)));
}

bool DeliveryDetailsView::isShowingDelivery() const
{
    return m_stack->currentWidget() == m_tabs;
}

QString DeliveryDetailsView::placeholderText() const
{
    return isShowingDelivery() ? QString() : m_placeholder->text();
}

QString DeliveryDetailsView::responseText() const
{
    QStringList parts = {m_responseIntro->text(), m_answer->toPlainText(), m_responseNote->text(),
                         m_duplicates->text()};
    if (!m_duplicateAnswer->isHidden())
        parts << m_duplicateAnswer->toPlainText();
    return parts.join(QLatin1Char('\n'));
}

} // namespace hb::ui
