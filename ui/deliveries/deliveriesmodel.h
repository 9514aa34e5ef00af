#pragma once

#include "services/records.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace hb::services {
class StoreExecutor;
}

namespace hb::ui {

// Every delivery a filter matches as rows (status, id, received, webhook, user, summary), newest
// on top, however many there are: rowCount() is the filter's total and the rows come in pages of
// `pageSize`, read on the store executor's thread when a view first asks for them (a row not read
// yet shows a light placeholder). Pages are numbered from the OLDEST match, so that deliveries
// arriving on top (the common change) move no page: they are inserted above the rows shown,
// which keep their selection. A page is read from whichever end or already-read neighbour is
// nearest, so the last row of a million is as quick as the first; at most `keptPages` stay in
// memory (the least recently shown go first).
class DeliveriesModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        StatusColumn,
        IdColumn,
        ReceivedColumn,
        WebhookColumn,
        UserColumn,
        SummaryColumn,
        ColumnCount
    };
    enum Role { IdRole = Qt::UserRole + 1, StatusRole, LoadedRole };
    static constexpr int pageSize = 200;
    static constexpr int keptPages = 16;

    // What the filter matches at one moment, read in one snapshot of the store.
    struct Snapshot {
        qint64 total = 0;    // matches
        qint64 newestId = 0; // the newest match's id (0: none)
        // The newest id this model showed when the read was asked, and how many matches are at
        // or below it now: equal to the rows shown means only new deliveries came, on top.
        qint64 knownNewestId = 0;
        qint64 atOrBelowKnown = 0;
        // When the rows are replaced: the newest ones, newest first, read with the counts so
        // that the table never opens on placeholders (the top page and the one below it).
        QList<services::DeliveryRecord> newest;
    };

    explicit DeliveriesModel(services::StoreExecutor &executor, QObject *parent = nullptr);

    // Another filter: the table empties until its first snapshot.
    void setFilter(const services::DeliveryFilter &filter);
    const services::DeliveryFilter &filter() const { return m_filter; }
    // The filter's matches now: new ones on top are inserted, the rows read stay and are read
    // again when next shown; any other change (rows that left the filter) resets the table.
    void showSnapshot(const Snapshot &snapshot);
    qint64 newestId() const { return m_newestId; }

    // The row's delivery, or null while its page is not read.
    const services::DeliveryRecord *record(int row) const;
    // The row of delivery `id` among the pages read; -1 if none.
    int rowOf(qint64 id) const;
    // A page read is asked or on its way.
    bool isLoading() const { return m_reading || !m_wanted.isEmpty(); }
    int pagesInMemory() const { return int(m_pages.size()); }
    // "2 changes", the failure reason, "waiting to be processed" (stale: "pending for over an
    // hour").
    static QString summary(const services::DeliveryRecord &record);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    // Rows first..last were read (or read again): a selection waiting for them can be made.
    void rowsLoaded(int first, int last);
    void loadFailed(const QString &error);

private:
    struct Page {
        QList<services::DeliveryRecord> rows; // oldest first
        bool stale = false;                   // shown until read again
        mutable quint64 shown = 0;            // when a view last asked for it
    };
    // How to read one page: below `beforeId` newest first, or above `afterId` oldest first,
    // skipping `skip` rows.
    struct Plan {
        bool newestFirst = true;
        qint64 anchorId = 0;
        qint64 skip = 0;
        int rows = 0;
    };

    QVariant recordData(const services::DeliveryRecord &record, int column, int role) const;
    QVariant placeholderData(int column, int role) const;
    void want(qint64 page) const;
    void readNext();
    Plan plan(qint64 page) const;
    void pageRead(qint64 page, QList<services::DeliveryRecord> newestFirst);
    void evict(qint64 keep);
    void keepNewest(const QList<services::DeliveryRecord> &newest);
    void emitPageChanged(qint64 page);
    qint64 rowOfPosition(qint64 position) const { return m_total - 1 - position; }

    services::StoreExecutor &m_executor;
    services::DeliveryFilter m_filter; // its beforeId bounds the snapshot: newest + 1
    qint64 m_total = 0;
    qint64 m_newestId = 0;
    quint64 m_generation = 0; // a page read for an older snapshot is dropped
    QHash<qint64, Page> m_pages;
    bool m_reading = false;
    qint64 m_readingPage = -1;
    // Asked for by views since, the latest last; a fast scroll leaves only the last few.
    mutable QList<qint64> m_wanted;
    mutable bool m_readQueued = false;
    mutable quint64 m_clock = 0;
};

} // namespace hb::ui
