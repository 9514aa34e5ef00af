#pragma once

#include "payloadsnapshot.h"

#include <QAbstractItemModel>

#include <memory>

namespace hb::ui {

// The caught payload as a tree: key, value, type, JSON Pointer. The root's members are the
// top-level rows. Nodes can be dragged (as their pointer) onto mapping rows.
class PayloadTreeModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column { KeyColumn, ValueColumn, TypeColumn, PointerColumn, ColumnCount };
    enum Role { PointerRole = Qt::UserRole + 1, KindRole };
    static constexpr const char *pointerMimeType = "application/x-hookbench-json-pointer";

    explicit PayloadTreeModel(QObject *parent = nullptr);

    void setSnapshot(std::shared_ptr<const PayloadSnapshot> snapshot);
    std::shared_ptr<const PayloadSnapshot> snapshot() const { return m_snapshot; }
    // The index of the node at `pointer` (column 0), invalid when absent.
    QModelIndex indexForPointer(const QString &pointer) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override { return Qt::CopyAction; }

private:
    int nodeOf(const QModelIndex &index) const;

    std::shared_ptr<const PayloadSnapshot> m_snapshot;
};

} // namespace hb::ui
