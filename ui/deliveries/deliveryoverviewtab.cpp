#include "deliveryoverviewtab.h"

#include "common/localtime.h"
#include "common/messagelabel.h"
#include "common/statusicons.h"
#include "delivery/deliverysummary.h"

#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

namespace hb::ui {

using delivery::DeliverySummary;

namespace {

// Reasons and values come from senders: never let a "<b>" in them be read as markup.
QLabel *plainLabel(QWidget *parent, const QString &name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

DeliveryOverviewTab::DeliveryOverviewTab(QWidget *parent)
    : QScrollArea(parent)
    , m_statusIcon(new QLabel(this))
    , m_status(plainLabel(this, QStringLiteral("overviewStatus")))
    , m_reasonBox(new QFrame(this))
    , m_reason(plainLabel(m_reasonBox, QStringLiteral("overviewReason")))
    , m_nextStep(plainLabel(m_reasonBox, QStringLiteral("overviewNextStep")))
    , m_rerun(new QPushButton(m_reasonBox))
    , m_rerunMessage(new MessageLabel(m_reasonBox))
    , m_changesTitle(plainLabel(this, QStringLiteral("overviewChangesTitle")))
    , m_changes(new QTableWidget(0, 4, this))
    , m_attemptLog(plainLabel(this, QStringLiteral("overviewAttemptLog")))
    , m_form(new QFormLayout)
{
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(this);
    auto *columns = new QHBoxLayout(content);

    auto *left = new QVBoxLayout;
    left->addLayout(buildHeader());
    left->addWidget(buildReasonBox());
    left->addLayout(m_form);
    addValue(QStringLiteral("webhook"), tr("Webhook:"));
    addValue(QStringLiteral("user"), tr("User:"));
    addValue(QStringLiteral("received"), tr("Received:"));
    addValue(QStringLiteral("processed"), tr("Processed:"));
    addValue(QStringLiteral("attempts"), tr("Attempts:"));
    left->addWidget(m_attemptLog);
    left->addStretch();
    columns->addLayout(left, 2);
    columns->addLayout(buildChangesColumn(), 3);
    setWidget(content);
    clear();
}

QLayout *DeliveryOverviewTab::buildHeader()
{
    auto *header = new QHBoxLayout;
    m_statusIcon->setObjectName(QStringLiteral("overviewStatusIcon"));
    header->addWidget(m_statusIcon);
    QFont bigger = m_status->font();
    bigger.setBold(true);
    bigger.setPointSizeF(bigger.pointSizeF() * 1.2);
    m_status->setFont(bigger);
    header->addWidget(m_status, 1);
    return header;
}

// A Failed delivery's reason is what support staff came for: boxed and first, with what to do
// about it right under it.
QFrame *DeliveryOverviewTab::buildReasonBox()
{
    m_reasonBox->setObjectName(QStringLiteral("overviewReasonBox"));
    m_reasonBox->setFrameShape(QFrame::StyledPanel);
    auto *reasonLayout = new QVBoxLayout(m_reasonBox);
    m_reasonTitle = new QLabel(tr("<b>Why it failed</b>"), m_reasonBox);
    reasonLayout->addWidget(m_reasonTitle);
    QFont strong = m_reason->font();
    strong.setBold(true);
    m_reason->setFont(strong);
    reasonLayout->addWidget(m_reason);
    reasonLayout->addWidget(m_nextStep);
    // The button sits with the reason and what to do: fixing the cause and re-running go together.
    auto *rerunRow = new QHBoxLayout;
    m_rerun->setObjectName(QStringLiteral("overviewRerun"));
    m_rerunMessage->setObjectName(QStringLiteral("overviewRerunMessage"));
    rerunRow->addWidget(m_rerun);
    rerunRow->addWidget(m_rerunMessage, 1);
    rerunRow->addStretch(); // keeps the button its own size while no message is shown
    reasonLayout->addLayout(rerunRow);
    connect(m_rerun, &QPushButton::clicked, this, [this] {
        if (m_id)
            emit rerunRequested(m_id);
    });
    // Times here are written once into labels: write them again when local time/UTC switches.
    connect(LocalTime::notifier(), &LocalTime::changed, this, [this] {
        if (m_id) {
            showValues(m_shown);
            showAttemptLog(m_shown);
        }
    });
    return m_reasonBox;
}

QLayout *DeliveryOverviewTab::buildChangesColumn()
{
    auto *right = new QVBoxLayout;
    right->addWidget(m_changesTitle);
    m_changes->setObjectName(QStringLiteral("overviewChanges"));
    m_changes->setHorizontalHeaderLabels({tr("Change"), tr("Before"), tr("After"), tr("Operator")});
    m_changes->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_changes->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_changes->verticalHeader()->setVisible(false);
    m_changes->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_changes->horizontalHeader()->setStretchLastSection(true);
    right->addWidget(m_changes, 1);
    right->addStretch(); // keeps the title at the top while there is no table under it
    return right;
}

QLabel *DeliveryOverviewTab::addValue(const QString &name, const QString &label)
{
    QLabel *value = plainLabel(this, QStringLiteral("overview_") + name);
    m_form->addRow(label, value);
    m_values.insert(name, value);
    return value;
}

void DeliveryOverviewTab::clear()
{
    m_id = 0;
    m_rerunMessage->clear();
    setRerunning(false);
    m_statusIcon->clear();
    m_status->clear();
    m_reasonBox->setVisible(false);
    m_reason->clear();
    m_nextStep->clear();
    for (QLabel *value : std::as_const(m_values))
        value->clear();
    m_attemptLog->clear();
    m_attemptLog->setVisible(false);
    m_changesTitle->clear();
    m_changes->setRowCount(0);
}

void DeliveryOverviewTab::showRecord(const services::DeliveryRecord &record)
{
    showStatus(record);
    // An error of an earlier re-run stays while the same delivery is shown again.
    if (record.id != m_id)
        m_rerunMessage->clear();
    m_id = record.id;
    m_shown = record;
    showReason(record);
    showValues(record);
    showAttemptLog(record);
    showChanges(record);
}

void DeliveryOverviewTab::showStatus(const services::DeliveryRecord &record)
{
    const int size = style()->pixelMetric(QStyle::PM_LargeIconSize);
    const QString words = StatusIcons::describe(record.status);
    m_statusIcon->setPixmap(StatusIcons::forStatus(record.status).pixmap(size, size));
    m_statusIcon->setToolTip(words);
    m_statusIcon->setAccessibleName(words);
    if (record.stale)
        m_status->setText(tr("%1 — stale: waiting for more than an hour; is the processor "
                             "running?")
                              .arg(words));
    else if (record.status == DeliveryStatus::Pending)
        m_status->setText(tr("%1 — stored, waiting to be processed").arg(words));
    else
        m_status->setText(words);
}

// Why a delivery failed, was skipped or is a sample, what to do next and the button to re-run it.
void DeliveryOverviewTab::showReason(const services::DeliveryRecord &record)
{
    const bool failed = record.status == DeliveryStatus::Failed;
    const bool sample = record.status == DeliveryStatus::Sample;
    const bool explained = failed || sample || record.status == DeliveryStatus::Skipped;
    m_reasonBox->setVisible(explained);
    // Without its webhook a delivery has no mapping to be applied under.
    const bool canRerun = hb::canRerun(record.status) && record.webhookId != 0;
    m_rerun->setVisible(canRerun);
    m_isSample = sample;
    m_reasonTitle->setText(sample   ? tr("<b>A sample, not applied</b>")
                           : failed ? tr("<b>Why it failed</b>")
                                    : tr("<b>Why it was skipped</b>"));
    setRerunning(!m_rerun->isEnabled());
    m_rerun->setToolTip(
        sample ? tr("Apply sample %1 under the webhook's current mapping: this changes users. "
                    "You are shown who and what first.")
                     .arg(record.id)
               : tr("Apply delivery %1 again under the webhook's current mapping, as "
                    "\"hookbench delivery rerun %1\" does; every attempt is kept.")
                     .arg(record.id));
    m_reason->setText(sample      ? tr("A sample caught while the webhook was a draft: kept for "
                                            "designing, it has changed nobody.")
                      : explained ? record.reason
                                  : QString());
    const DeliverySummary::NextStep next = DeliverySummary::nextStep(record);
    QString nextText;
    if (!next.advice.isEmpty())
        nextText = next.rerunHelps && canRerun
                       ? tr("What to do: %1 Then press Re-run.").arg(next.advice)
                       : tr("What to do: %1").arg(next.advice);
    m_nextStep->setText(nextText);
    m_nextStep->setVisible(!nextText.isEmpty());
}

void DeliveryOverviewTab::showValues(const services::DeliveryRecord &record)
{
    QLabel *webhook = m_values.value(QStringLiteral("webhook"));
    webhook->setText(record.webhookId ? record.webhookName
                                      : tr("%1 (removed since)").arg(record.webhookName));
    // The name it arrived under, where the webhook has been renamed since (SPEC §2, Identity).
    if (!record.receivedAs.isEmpty() && record.receivedAs != record.webhookName)
        webhook->setText(tr("%1 (received as \"%2\")").arg(webhook->text(), record.receivedAs));
    QString user = record.userLabel;
    if (user.isEmpty())
        user = record.status == DeliveryStatus::Pending  ? tr("— (not looked up yet)")
               : record.status == DeliveryStatus::Sample ? tr("— (a sample is not applied)")
                                                         : tr("— (no user found)");
    m_values.value(QStringLiteral("user"))->setText(user);
    QLabel *received = m_values.value(QStringLiteral("received"));
    received->setText(LocalTime::textToTheSecond(record.receivedAt));
    received->setToolTip(record.receivedAt);
    QLabel *processed = m_values.value(QStringLiteral("processed"));
    processed->setText(record.processedAt.isEmpty()
                           ? tr("— (not yet)")
                           : LocalTime::textToTheSecond(record.processedAt));
    processed->setToolTip(record.processedAt);
    m_values.value(QStringLiteral("attempts"))->setText(QString::number(record.attempts));
}

// Earlier attempts of a re-run delivery: why it failed before is part of its story.
void DeliveryOverviewTab::showAttemptLog(const services::DeliveryRecord &record)
{
    QStringList earlier;
    for (qsizetype i = 0; i + 1 < record.attemptLog.size(); ++i) {
        const QJsonObject attempt = record.attemptLog.at(i).toObject();
        const QString reason = attempt.value(QLatin1String("reason")).toString();
        earlier
            << tr("Attempt %1, %2: %3%4")
                   .arg(attempt.value(QLatin1String("attempt")).toInteger())
                   .arg(LocalTime::textToTheSecond(attempt.value(QLatin1String("at")).toString()),
                        StatusIcons::describe(attempt.value(QLatin1String("status")).toString()),
                        reason.isEmpty() ? QString() : QStringLiteral(" — ") + reason);
    }
    m_attemptLog->setText(earlier.join(QLatin1Char('\n')));
    m_attemptLog->setVisible(!earlier.isEmpty());
}

void DeliveryOverviewTab::showChanges(const services::DeliveryRecord &record)
{
    m_changes->setRowCount(0);
    if (record.status == DeliveryStatus::Success)
        m_changesTitle->setText(record.changes.isEmpty()
                                    ? tr("Changes applied: none (the mapping changes nothing)")
                                    : tr("Changes applied:"));
    else if (record.status == DeliveryStatus::Failed)
        m_changesTitle->setText(tr("Changes applied: none — a Failed delivery changes nothing."));
    else
        m_changesTitle->setText(tr("Changes applied: none yet."));
    for (const QJsonValue &value : record.changes) {
        const DeliverySummary::Change change = DeliverySummary::change(value.toObject());
        const int row = m_changes->rowCount();
        m_changes->insertRow(row);
        const QStringList cells = {change.subject, change.before, change.after,
                                   change.operatorName};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setToolTip(cells.at(column));
            m_changes->setItem(row, column, item);
        }
    }
    m_changes->setVisible(m_changes->rowCount() > 0);
}

QString DeliveryOverviewTab::statusText() const
{
    return m_status->text();
}

QString DeliveryOverviewTab::reasonText() const
{
    return m_reason->text();
}

QString DeliveryOverviewTab::nextStepText() const
{
    return m_nextStep->text();
}

bool DeliveryOverviewTab::isReasonShown() const
{
    return !m_reasonBox->isHidden();
}

void DeliveryOverviewTab::setRerunning(bool running)
{
    m_rerun->setEnabled(!running);
    if (m_isSample)
        m_rerun->setText(running ? tr("Applying…") : tr("Apply sa&mple…"));
    else
        m_rerun->setText(running ? tr("Re-running…") : tr("Re-r&un"));
    if (running)
        m_rerunMessage->clear();
}

void DeliveryOverviewTab::showRerunError(const QString &text)
{
    m_rerunMessage->setError(text);
}

QString DeliveryOverviewTab::rerunMessageText() const
{
    return m_rerunMessage->text();
}

bool DeliveryOverviewTab::isRerunShown() const
{
    return !m_reasonBox->isHidden() && !m_rerun->isHidden();
}

QString DeliveryOverviewTab::valueText(const QString &name) const
{
    const QLabel *value = m_values.value(name);
    return value ? value->text() : QString();
}

} // namespace hb::ui
