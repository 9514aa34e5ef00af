#pragma once

#include <QAbstractTableModel>
#include <QIcon>
#include <QList>
#include <QString>
#include <QStringList>

namespace hb::ui {

// One cell of the user view's and the channels view's tables, as it is shown.
struct UserViewCell {
    QString text;
    QString toolTip;        // empty: the text
    bool monospace = false; // values, keys, ids
    bool number = false;    // right-aligned
    bool dim = false;       // a placeholder ("unset", "by hand"), not a value
    bool link = false;      // opens the row's delivery when clicked
    QIcon icon = {};
};

// One row: `id` is the row's own id (a history entry's, a message's...), the key of paging and of
// keeping rows across reloads; `deliveryId` the delivery it came from, 0 when none (by hand).
struct UserViewRow {
    qint64 id = 0;
    qint64 deliveryId = 0;
    QList<UserViewCell> cells;
};

// The rows of one of the user view's lists (or the channels view's), newest first, over value
// snapshots. setRows() takes the newest rows again after a change and keeps the rows, selection
// and scroll position that are still true: new rows arrive at the top, changed ones in place.
// Older rows come a page at a time: the table asks (canFetchMore, as it scrolls to the end), the
// model says so with moreWanted(), and whoever reads the store hands them to appendRows().
class UserViewModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Role { DeliveryIdRole = Qt::UserRole + 1, RowIdRole };

    explicit UserViewModel(QStringList headers, QObject *parent = nullptr);

    // `more`: older rows are there to be fetched.
    void setRows(QList<UserViewRow> rows, bool more);
    // The next older page (an empty one with more = false when the read failed).
    void appendRows(QList<UserViewRow> rows, bool more);
    const UserViewRow *row(int row) const;
    qint64 oldestId() const { return m_rows.isEmpty() ? 0 : m_rows.constLast().id; }
    bool hasMore() const { return m_more; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    // Rows with ids below `beforeId` are wanted.
    void moreWanted(qint64 beforeId);

private:
    // How many of `rows` are new above the current first row; -1 when the two lists do not line
    // up (rows removed, another user) and only a reset tells the truth.
    qsizetype newRowsAbove(const QList<UserViewRow> &rows) const;
    QVariant cellData(const UserViewCell &cell, int role) const;

    QStringList m_headers;
    QList<UserViewRow> m_rows;
    bool m_more = false;
    bool m_fetching = false; // asked for the next page, not handed it yet
    bool m_changing = false; // between a change's begin and end: the state is half old
};

} // namespace hb::ui
