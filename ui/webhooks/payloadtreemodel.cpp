#include "payloadtreemodel.h"

#include <QFontDatabase>
#include <QMimeData>

namespace hb::ui {

PayloadTreeModel::PayloadTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{}

void PayloadTreeModel::setSnapshot(std::shared_ptr<const PayloadSnapshot> snapshot)
{
    beginResetModel();
    m_snapshot = std::move(snapshot);
    endResetModel();
}

int PayloadTreeModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? int(index.internalId()) : 0;
}

QModelIndex PayloadTreeModel::indexForPointer(const QString &pointer) const
{
    if (!m_snapshot || pointer.isEmpty())
        return {};
    const int node = m_snapshot->find(pointer);
    if (node <= 0)
        return {};
    return createIndex(m_snapshot->node(node).row, 0, quintptr(node));
}

QModelIndex PayloadTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!m_snapshot || row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (parent.isValid() && parent.column() != 0)
        return {};
    const PayloadNode &parentNode = m_snapshot->node(nodeOf(parent));
    if (row >= parentNode.childCount)
        return {};
    return createIndex(row, column, quintptr(parentNode.firstChild + row));
}

QModelIndex PayloadTreeModel::parent(const QModelIndex &child) const
{
    if (!m_snapshot || !child.isValid())
        return {};
    const int parentNode = m_snapshot->node(nodeOf(child)).parent;
    if (parentNode <= 0)
        return {};
    return createIndex(m_snapshot->node(parentNode).row, 0, quintptr(parentNode));
}

int PayloadTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!m_snapshot || (parent.isValid() && parent.column() != 0))
        return 0;
    return m_snapshot->node(nodeOf(parent)).childCount;
}

int PayloadTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant PayloadTreeModel::data(const QModelIndex &index, int role) const
{
    if (!m_snapshot || !index.isValid())
        return {};
    const PayloadNode &node = m_snapshot->node(nodeOf(index));
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case KeyColumn:
            return node.key;
        case ValueColumn:
            // Strings are quoted so that "12" and 12 look different.
            if (node.kind == PayloadNode::Kind::String)
                return QString(QLatin1Char('"') + node.valueText + QLatin1Char('"'));
            return node.valueText;
        case TypeColumn:
            return PayloadSnapshot::kindName(node.kind);
        case PointerColumn:
            return node.pointer;
        }
        break;
    case Qt::ToolTipRole:
        return tr("%1\nClick to use this path in the active mapping, or drag it onto a row.")
            .arg(node.pointer);
    case Qt::FontRole:
        if (index.column() == ValueColumn || index.column() == PointerColumn
            || index.column() == KeyColumn)
            return QFontDatabase::systemFont(QFontDatabase::FixedFont);
        break;
    case PointerRole:
        return node.pointer;
    case KindRole:
        return int(node.kind);
    }
    return {};
}

QVariant PayloadTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KeyColumn:
        return tr("Key");
    case ValueColumn:
        return tr("Value");
    case TypeColumn:
        return tr("Type");
    case PointerColumn:
        return tr("JSON Pointer");
    }
    return {};
}

Qt::ItemFlags PayloadTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled;
}

QStringList PayloadTreeModel::mimeTypes() const
{
    return {QString::fromLatin1(pointerMimeType), QStringLiteral("text/plain")};
}

QMimeData *PayloadTreeModel::mimeData(const QModelIndexList &indexes) const
{
    if (indexes.isEmpty() || !m_snapshot)
        return nullptr;
    const QString pointer = m_snapshot->node(nodeOf(indexes.first())).pointer;
    auto *mime = new QMimeData;
    mime->setData(QString::fromLatin1(pointerMimeType), pointer.toUtf8());
    mime->setText(pointer);
    return mime;
}

} // namespace hb::ui
