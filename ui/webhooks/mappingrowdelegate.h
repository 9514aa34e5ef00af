#pragma once

#include <QStyledItemDelegate>

namespace hb::ui {

// Editors of a mapping row: a combo of fields (with "New field…") or currencies, a combo of ONLY
// the operators the row's field type allows, and a monospace path editor.
class MappingRowDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;

signals:
    // The user picked "New field…" in the field combo of `row`.
    void newFieldRequested(int row) const;
};

} // namespace hb::ui
