#include "deliveryselection.h"

#include "common/messagelabel.h"
#include "common/statusicons.h"
#include "deliveriesmodel.h"
#include "deliverydetailsview.h"
#include "deliveryoverviewtab.h"
#include "deliveryselectionbar.h"
#include "services/storeexecutor.h"

#include <QItemSelectionModel>
#include <QPushButton>
#include <QTableView>

#include <algorithm>

namespace hb::ui {
namespace {

// At most this many selected rows are re-run at once: a selection of the whole log (Ctrl+A on a
// million rows) is not one anyone means to re-run by accident, and its rows are not all read.
constexpr int selectionLimit = 1000;

QString endedAs(DeliveryStatus status)
{
    switch (status) {
    case DeliveryStatus::Success:
        return DeliverySelection::tr("succeeded");
    case DeliveryStatus::Failed:
        return DeliverySelection::tr("failed");
    case DeliveryStatus::Skipped:
        return DeliverySelection::tr("was skipped");
    case DeliveryStatus::Pending:
    case DeliveryStatus::Sample:
        break;
    }
    return DeliverySelection::tr("ended %1").arg(StatusIcons::describe(status));
}

} // namespace

DeliverySelection::DeliverySelection(services::StoreExecutor &executor, const Widgets &widgets,
                                     QWidget *dialogParent)
    : QObject(dialogParent)
    , m_widgets(widgets)
    , m_executor(executor)
    , m_reruns(new DeliveryReruns(executor, dialogParent))
{
    QItemSelectionModel *selection = m_widgets.table->selectionModel();
    connect(selection, &QItemSelectionModel::currentRowChanged, this,
            &DeliverySelection::showCurrent);
    connect(selection, &QItemSelectionModel::selectionChanged, this,
            &DeliverySelection::showSelection);
    connect(m_widgets.bar, &DeliverySelectionBar::rerunRequested, this,
            &DeliverySelection::rerunSelected);
    connect(m_widgets.details->overview(), &DeliveryOverviewTab::rerunRequested, this,
            [this](qint64 id) {
                m_reruns->rerunOne(id, id == m_detailsId ? m_detailsStatus : std::nullopt);
            });
    connect(m_reruns, &DeliveryReruns::runningChanged, this, [this] {
        showRerunState();
        showSelection();
    });
    connect(m_reruns, &DeliveryReruns::rerunDone, this, &DeliverySelection::rerunDone);
    connect(m_reruns, &DeliveryReruns::reportReady, this, &DeliverySelection::reportDone);
    connect(
        m_reruns, &DeliveryReruns::previewFailed, this, [this](qint64 id, const QString &error) {
            if (id == m_detailsId)
                m_widgets.details->overview()->showRerunError(
                    tr("Could not work out what sample %1 would change: %2").arg(id).arg(error));
        });
    connect(m_widgets.showMoved, &QPushButton::clicked, this,
            [this] { emit showRequested(m_movedId, m_movedStatus); });
}

void DeliverySelection::selectRow(int row)
{
    const QModelIndex index = m_widgets.model->index(row, DeliveriesModel::IdColumn);
    m_selecting = true;
    m_widgets.table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect
                                                                  | QItemSelectionModel::Rows);
    m_selecting = false;
    m_widgets.table->scrollTo(index, QAbstractItemView::PositionAtCenter);
}

void DeliverySelection::showCurrent()
{
    if (m_selecting)
        return;
    const QModelIndex current = m_widgets.table->currentIndex();
    const qint64 id = current.data(DeliveriesModel::IdRole).toLongLong();
    if (!id) {
        // No row, or a row whose page is on its way (its details come with it).
        if (!current.isValid() && !m_holding)
            clearDetails();
        return;
    }
    const QString status = current.data(DeliveriesModel::StatusRole).toString();
    const bool same =
        id == m_detailsId && m_detailsStatus && status == deliveryStatusName(*m_detailsStatus);
    if (!same)
        readDetails(id, id == m_detailsId);
}

void DeliverySelection::clearDetails()
{
    m_detailsId = 0;
    m_detailsStatus.reset();
    m_widgets.details->showPlaceholder();
}

void DeliverySelection::readDetails(qint64 id, bool quietly)
{
    if (!quietly || id != m_detailsId)
        m_widgets.details->showLoading(id);
    m_detailsId = id;
    ++m_detailReads;
    // The body is formatted (and decrypted) on the reader's thread too: up to 1 MiB of JSON to
    // indent must not hold up the click.
    m_executor.read<std::optional<DeliveryDetails>>(
        this, [id](services::Connection &db) { return DeliveryDetails::read(db, id); },
        [this, id](Result<std::optional<DeliveryDetails>> details) {
            --m_detailReads;
            if (id != m_detailsId)
                return; // another delivery was selected meanwhile: its read follows
            if (!details || !details->has_value()) {
                m_detailsStatus.reset();
                m_widgets.details->showProblem(
                    details ? tr("Delivery %1 is gone.").arg(id)
                            : tr("Could not read delivery %1: %2").arg(id).arg(details.error()));
                return;
            }
            m_detailsStatus = (*details)->record.status;
            m_widgets.details->showDetails(**details);
            showRerunState();
        });
}

QList<services::DeliveryRecord> DeliverySelection::selectedRecords() const
{
    QList<services::DeliveryRecord> records;
    const QModelIndexList rows = m_widgets.table->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows) {
        if (records.size() >= selectionLimit)
            break;
        if (const services::DeliveryRecord *record = m_widgets.model->record(row.row()))
            records << *record;
    }
    std::sort(records.begin(), records.end(),
              [](const auto &a, const auto &b) { return a.id > b.id; });
    return records;
}

void DeliverySelection::showSelection()
{
    const QList<services::DeliveryRecord> records = selectedRecords();
    const int rerunnable = int(std::count_if(records.cbegin(), records.cend(), [](const auto &r) {
        return DeliveryReruns::isRerunnable(r.status);
    }));
    const int selected = int(m_widgets.table->selectionModel()->selectedRows().size());
    m_widgets.bar->showSelection(selected, rerunnable, m_reruns->isBusy());
}

void DeliverySelection::rerunSelected()
{
    clearMoved();
    m_reruns->rerunMany(selectedRecords());
}

void DeliverySelection::rerunDone(qint64 id, const Result<std::optional<DeliveryDetails>> &details)
{
    emit listChanged(); // the list shows the new status (or whatever the store holds now)
    if (details && details->has_value())
        noticeMoved({{id, DeliveryStatus::Failed, (*details)->record.status, {}}});
    if (id != m_detailsId)
        return; // another delivery is shown: the list tells this one's outcome
    showRerunState();
    if (!details) {
        m_widgets.details->overview()->showRerunError(
            tr("Could not re-run delivery %1: %2").arg(id).arg(details.error()));
        return;
    }
    if (!details->has_value()) {
        m_detailsStatus.reset();
        m_widgets.details->showProblem(tr("Delivery %1 is gone.").arg(id));
        return;
    }
    m_detailsStatus = (*details)->record.status;
    m_widgets.details->showDetails(**details);
}

void DeliverySelection::reportDone(const DeliveryReruns::Report &report)
{
    const QString text = DeliveryReruns::describe(report);
    const bool problem = std::any_of(report.outcomes.cbegin(), report.outcomes.cend(),
                                     [](const auto &outcome) { return !outcome.after; });
    if (problem || (report.outcomes.isEmpty() && !report.notRerunnable.isEmpty()))
        m_widgets.message->setError(text);
    else
        m_widgets.message->setSuccess(text);
    noticeMoved(report.outcomes);
    if (!report.outcomes.isEmpty())
        emit listChanged();
    // The details shown may be of a row just re-run.
    for (const DeliveryReruns::Outcome &outcome : report.outcomes) {
        if (outcome.id == m_detailsId)
            readDetails(m_detailsId, true);
    }
}

void DeliverySelection::noticeMoved(const QList<DeliveryReruns::Outcome> &outcomes)
{
    QStringList moved;
    for (const DeliveryReruns::Outcome &outcome : outcomes) {
        if (!outcome.after || !m_statusFilter || *outcome.after == *m_statusFilter)
            continue;
        if (moved.isEmpty()) {
            m_movedId = outcome.id;
            m_movedStatus = *outcome.after;
        }
        moved << tr("Delivery %1 %2 on re-run: now under %3")
                     .arg(outcome.id)
                     .arg(endedAs(*outcome.after), StatusIcons::describe(*outcome.after));
    }
    if (moved.isEmpty())
        return;
    m_widgets.moved->setInfo(moved.size() <= 3
                                 ? moved.join(QStringLiteral(". "))
                                 : tr("%1 deliveries left this list on re-run. %2; …")
                                       .arg(moved.size())
                                       .arg(moved.mid(0, 3).join(QStringLiteral("; "))));
    m_widgets.showMoved->setText(tr("Show delivery %1").arg(m_movedId));
    m_widgets.showMoved->setVisible(true);
}

void DeliverySelection::clearMoved()
{
    m_movedId = 0;
    m_widgets.moved->clear();
    m_widgets.showMoved->setVisible(false);
}

void DeliverySelection::showRerunState()
{
    m_widgets.details->overview()->setRerunning(m_detailsId && m_reruns->isRunning(m_detailsId));
}

} // namespace hb::ui
