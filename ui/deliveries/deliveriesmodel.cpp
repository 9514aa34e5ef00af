#include "deliveriesmodel.h"

#include "common/localtime.h"
#include "common/statusicons.h"
#include "services/deliverypages.h"
#include "services/storeexecutor.h"

#include <QGuiApplication>
#include <QPalette>
#include <QTimer>

#include <algorithm>
#include <climits>

namespace hb::ui {
namespace {

// A fast drag of the scroll bar asks for every page it passes; only the last few are read.
constexpr qsizetype wantedKept = 4;

} // namespace

DeliveriesModel::DeliveriesModel(services::StoreExecutor &executor, QObject *parent)
    : QAbstractTableModel(parent)
    , m_executor(executor)
{}

void DeliveriesModel::setFilter(const services::DeliveryFilter &filter)
{
    beginResetModel();
    m_filter = filter;
    m_filter.beforeId = 0;
    m_filter.offset = 0;
    m_total = 0;
    m_newestId = 0;
    m_pages.clear();
    m_wanted.clear();
    ++m_generation;
    endResetModel();
}

void DeliveriesModel::showSnapshot(const Snapshot &snapshot)
{
    const bool onlyNewOnTop = snapshot.knownNewestId == m_newestId
                              && snapshot.atOrBelowKnown == m_total && snapshot.total >= m_total
                              && snapshot.newestId >= m_newestId;
    if (!onlyNewOnTop) {
        beginResetModel();
        m_pages.clear();
        m_wanted.clear();
        ++m_generation;
        m_total = snapshot.total;
        m_newestId = snapshot.newestId;
        m_filter.beforeId = m_newestId + 1;
        keepNewest(snapshot.newest);
        endResetModel();
        return;
    }
    if (snapshot.total > m_total) {
        const bool first = m_total == 0;
        beginInsertRows({}, 0, int(snapshot.total - m_total - 1));
        m_total = snapshot.total;
        m_newestId = snapshot.newestId;
        m_filter.beforeId = m_newestId + 1;
        if (first)
            keepNewest(snapshot.newest);
        endInsertRows();
        if (first)
            return;
    }
    // Statuses change in place (pending to success): what is on screen is read again when the
    // views repaint it; the rest when next shown.
    for (auto it = m_pages.begin(); it != m_pages.end(); ++it)
        it->stale = true;
    for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it)
        emitPageChanged(it.key());
}

const services::DeliveryRecord *DeliveriesModel::record(int row) const
{
    if (row < 0 || row >= m_total)
        return nullptr;
    const qint64 position = m_total - 1 - row;
    const auto page = m_pages.constFind(position / pageSize);
    if (page == m_pages.cend())
        return nullptr;
    const qint64 index = position % pageSize;
    return index < page->rows.size() ? &page->rows.at(index) : nullptr;
}

int DeliveriesModel::rowOf(qint64 id) const
{
    for (auto page = m_pages.cbegin(); page != m_pages.cend(); ++page) {
        for (qsizetype index = 0; index < page->rows.size(); ++index) {
            if (page->rows.at(index).id == id)
                return int(rowOfPosition(page.key() * pageSize + index));
        }
    }
    return -1;
}

QString DeliveriesModel::summary(const services::DeliveryRecord &record)
{
    switch (record.status) {
    case DeliveryStatus::Failed:
    case DeliveryStatus::Skipped:
        return record.reason;
    case DeliveryStatus::Success: {
        const qsizetype changes = record.changes.size();
        return changes == 1 ? tr("1 change") : tr("%1 changes").arg(changes);
    }
    case DeliveryStatus::Sample:
        return tr("sample for designing: changes nobody until applied");
    case DeliveryStatus::Pending:
        break;
    }
    return record.stale ? tr("pending for over an hour: is a processor running?")
                        : tr("waiting to be processed");
}

int DeliveriesModel::rowCount(const QModelIndex &parent) const
{
    // A view counts rows in int: two billion deliveries is past what one table scrolls.
    return parent.isValid() ? 0 : int(std::min<qint64>(m_total, INT_MAX));
}

int DeliveriesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DeliveriesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const qint64 position = m_total - 1 - index.row();
    const qint64 pageNumber = position / pageSize;
    const auto page = m_pages.constFind(pageNumber);
    const services::DeliveryRecord *shown = nullptr;
    if (page != m_pages.cend()) {
        page->shown = ++m_clock;
        if (position % pageSize < page->rows.size())
            shown = &page->rows.at(position % pageSize);
    }
    if (!shown || page->stale)
        want(pageNumber);
    if (role == LoadedRole)
        return shown != nullptr;
    return shown ? recordData(*shown, index.column(), role) : placeholderData(index.column(), role);
}

QVariant DeliveriesModel::recordData(const services::DeliveryRecord &record, int column,
                                     int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case StatusColumn:
            return StatusIcons::describe(record.status);
        case IdColumn:
            return record.id;
        case ReceivedColumn:
            return LocalTime::text(record.receivedAt);
        case WebhookColumn:
            return record.webhookName;
        case UserColumn:
            return record.userLabel;
        case SummaryColumn:
            return summary(record);
        }
        break;
    case Qt::DecorationRole:
        if (column == StatusColumn)
            return StatusIcons::forStatus(record.status);
        break;
    case Qt::TextAlignmentRole:
        if (column == IdColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        if (column == StatusColumn)
            return StatusIcons::describe(record.status);
        if (column == SummaryColumn)
            return summary(record);
        break;
    case IdRole:
        return record.id;
    case StatusRole:
        return deliveryStatusName(record.status);
    }
    return {};
}

// A row whose page is on its way: a light word, never a blank that reads as "no deliveries".
QVariant DeliveriesModel::placeholderData(int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return column == StatusColumn ? tr("Loading…") : QVariant();
    case Qt::ForegroundRole:
        return QGuiApplication::palette().brush(QPalette::PlaceholderText);
    case IdRole:
        return qint64(0);
    }
    return {};
}

QVariant DeliveriesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StatusColumn:
        return tr("Status");
    case IdColumn:
        return tr("Id");
    case ReceivedColumn:
        return tr("Received");
    case WebhookColumn:
        return tr("Webhook");
    case UserColumn:
        return tr("User");
    case SummaryColumn:
        return tr("Summary");
    }
    return {};
}

// Asked from data(), which a view calls while it paints: the read starts once the paint is over,
// for the page asked last (the one on screen now).
void DeliveriesModel::want(qint64 page) const
{
    if (m_reading && page == m_readingPage)
        return;
    m_wanted.removeAll(page);
    m_wanted.append(page);
    if (m_wanted.size() > wantedKept)
        m_wanted.removeFirst();
    if (m_readQueued || m_reading)
        return;
    m_readQueued = true;
    auto *self = const_cast<DeliveriesModel *>(this);
    QTimer::singleShot(0, self, [self] {
        self->m_readQueued = false;
        self->readNext();
    });
}

// One page read at a time: the executor runs reads in order, so a queue of them would hold up
// the page the user stopped at behind every page scrolled past.
void DeliveriesModel::readNext()
{
    if (m_reading || m_wanted.isEmpty())
        return;
    const qint64 page = m_wanted.takeLast();
    const auto read = m_pages.constFind(page);
    const bool fresh =
        read != m_pages.cend() && !read->stale
        && read->rows.size() == std::min<qint64>(pageSize, m_total - page * pageSize);
    if (page < 0 || page * pageSize >= m_total || fresh)
        return readNext();
    const Plan how = plan(page);
    services::DeliveryFilter filter = m_filter;
    m_reading = true;
    m_readingPage = page;
    m_executor.read<QList<services::DeliveryRecord>>(
        this,
        [filter, how](services::Connection &db) mutable {
            services::DeliveryPages pages(db);
            if (!how.newestFirst)
                return pages.oldestFirst(filter, how.anchorId, how.skip, how.rows);
            if (how.anchorId > 0)
                filter.beforeId = how.anchorId;
            filter.offset = how.skip;
            filter.limit = how.rows;
            return pages.newestFirst(filter);
        },
        [this, page, generation = m_generation](Result<QList<services::DeliveryRecord>> rows) {
            m_reading = false;
            if (generation == m_generation) {
                if (rows)
                    pageRead(page, std::move(*rows));
                else
                    emit loadFailed(rows.error());
            }
            readNext();
        });
}

// The fewest rows to skip: from the newest or the oldest match, or from the nearest page already
// read above (its oldest id) or below (its newest id), which makes a page next to one read a
// plain range read (scrolling).
DeliveriesModel::Plan DeliveriesModel::plan(qint64 page) const
{
    const qint64 low = page * pageSize;
    const qint64 high = std::min(low + pageSize, m_total) - 1;
    Plan best{true, 0, m_total - 1 - high, int(high - low + 1)};
    auto consider = [&best](bool newestFirst, qint64 anchorId, qint64 skip) {
        if (skip >= 0 && skip < best.skip)
            best = {newestFirst, anchorId, skip, best.rows};
    };
    consider(false, 0, low);
    for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it) {
        if (it->rows.isEmpty())
            continue;
        if (it.key() > page)
            consider(true, it->rows.first().id, it.key() * pageSize - 1 - high);
        else if (it.key() < page && it->rows.size() == pageSize)
            consider(false, it->rows.last().id, low - (it.key() + 1) * pageSize);
    }
    return best;
}

void DeliveriesModel::pageRead(qint64 page, QList<services::DeliveryRecord> newestFirst)
{
    std::reverse(newestFirst.begin(), newestFirst.end());
    m_pages.insert(page, Page{std::move(newestFirst), false, ++m_clock});
    evict(page);
    emitPageChanged(page);
    const qint64 low = page * pageSize;
    const qint64 high = std::min(low + pageSize, m_total) - 1;
    if (high >= low)
        emit rowsLoaded(int(rowOfPosition(high)), int(rowOfPosition(low)));
}

// The top page holds what is left above the last full page; the next one is whole or not kept.
void DeliveriesModel::keepNewest(const QList<services::DeliveryRecord> &newest)
{
    if (m_total == 0 || newest.isEmpty())
        return;
    qint64 page = (m_total - 1) / pageSize;
    qsizetype from = 0;
    qsizetype rows = m_total - page * pageSize;
    while (page >= 0 && from + rows <= newest.size()) {
        QList<services::DeliveryRecord> oldestFirst = newest.mid(from, rows);
        std::reverse(oldestFirst.begin(), oldestFirst.end());
        m_pages.insert(page, Page{std::move(oldestFirst), false, ++m_clock});
        from += rows;
        rows = pageSize;
        --page;
    }
}

void DeliveriesModel::evict(qint64 keep)
{
    while (m_pages.size() > keptPages) {
        auto oldest = m_pages.end();
        for (auto it = m_pages.begin(); it != m_pages.end(); ++it) {
            if (it.key() != keep && (oldest == m_pages.end() || it->shown < oldest->shown))
                oldest = it;
        }
        const qint64 page = oldest.key();
        m_pages.erase(oldest);
        emitPageChanged(page);
    }
}

void DeliveriesModel::emitPageChanged(qint64 page)
{
    const qint64 low = page * pageSize;
    const qint64 high = std::min(low + pageSize, m_total) - 1;
    if (high < low)
        return;
    emit dataChanged(index(int(rowOfPosition(high)), 0),
                     index(int(rowOfPosition(low)), ColumnCount - 1));
}

} // namespace hb::ui
