#include "payloadfilterproxy.h"

#include "payloadtreemodel.h"

namespace hb::ui {

PayloadFilterProxy::PayloadFilterProxy(PayloadTreeModel *source, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_source(source)
{
    setSourceModel(source);
    // A new payload comes with a model reset: match it against the search still typed.
    connect(source, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        m_visible.clear();
        m_matches = 0;
    });
    connect(source, &QAbstractItemModel::modelReset, this, [this] {
        if (!m_text.isEmpty()) {
            computeVisible();
            invalidateFilter();
        }
    });
}

void PayloadFilterProxy::search(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    computeVisible();
    invalidateFilter();
}

void PayloadFilterProxy::computeVisible()
{
    m_visible.clear();
    m_matches = 0;
    const auto snapshot = m_source->snapshot();
    if (m_text.isEmpty() || !snapshot)
        return;
    const int size = snapshot->size();
    m_visible.resize(size);
    // Children come after their parent (breadth-first), so one pass from the end carries every
    // match up to its ancestors before they are looked at.
    for (int i = size - 1; i > 0; --i) {
        const PayloadNode &node = snapshot->node(i);
        const bool match = node.key.contains(m_text, Qt::CaseInsensitive)
                           || node.valueText.contains(m_text, Qt::CaseInsensitive)
                           || node.pointer.contains(m_text, Qt::CaseInsensitive);
        if (match)
            ++m_matches;
        if (match || m_visible.testBit(i)) {
            m_visible.setBit(i);
            if (node.parent > 0)
                m_visible.setBit(node.parent);
        }
    }
}

bool PayloadFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_text.isEmpty())
        return true;
    const QModelIndex index = m_source->index(sourceRow, 0, sourceParent);
    const int node = int(index.internalId());
    return node > 0 && node < m_visible.size() && m_visible.testBit(node);
}

} // namespace hb::ui
