#pragma once

#include <QBitArray>
#include <QSortFilterProxyModel>

namespace hb::ui {

class PayloadTreeModel;

// The payload tree's search. QSortFilterProxyModel's recursive filtering asks data() of every
// column of every node and walks each node's subtree again for its parent: on an 11,000-node
// payload that blocked typing for over a second a key. This one matches once per search, in one
// linear pass over the snapshot's flat nodes (a match keeps its ancestors), and then answers
// filterAcceptsRow() from a bit per node.
class PayloadFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit PayloadFilterProxy(PayloadTreeModel *source, QObject *parent = nullptr);

    // Keeps the nodes whose key, value or JSON Pointer contains `text` (case-insensitive), with
    // their ancestors; empty text keeps everything.
    void search(const QString &text);
    QString searchText() const { return m_text; }
    // How many nodes matched the last search (0 with no search).
    int matchCount() const { return m_matches; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    void computeVisible();

    PayloadTreeModel *m_source;
    QString m_text;
    QBitArray m_visible; // by snapshot node; empty when there is no search
    int m_matches = 0;
};

} // namespace hb::ui
