#pragma once

#include <QStyledItemDelegate>

namespace hb::ui {

// Editors of a condition row: a combo of the operators that fit the sample's value at its path
// (committed as soon as one is chosen) and monospace editors for the path and the value.
class ConditionDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;
};

} // namespace hb::ui
