#include "conditiondelegate.h"

#include "conditionsmodel.h"

#include <QComboBox>
#include <QFontDatabase>
#include <QLineEdit>

namespace hb::ui {

QWidget *ConditionDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                         const QModelIndex &index) const
{
    if (index.column() != ConditionsModel::OperatorColumn) {
        auto *edit = new QLineEdit(parent);
        edit->setObjectName(index.column() == ConditionsModel::PathColumn
                                ? QStringLiteral("conditionPathEditor")
                                : QStringLiteral("conditionValueEditor"));
        edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        return edit;
    }
    auto *combo = new QComboBox(parent);
    combo->setObjectName(QStringLiteral("conditionOperatorEditor"));
    const QStringList names = index.data(ConditionsModel::AllowedOperatorsRole).toStringList();
    const QStringList labels = index.data(ConditionsModel::OperatorLabelsRole).toStringList();
    for (int i = 0; i < names.size(); ++i)
        combo->addItem(labels.value(i, names.at(i)), names.at(i));
    // A choice is an edit: commit it at once rather than when focus leaves.
    connect(combo, &QComboBox::activated, this, [this, combo](int) {
        emit const_cast<ConditionDelegate *>(this)->commitData(combo);
        emit const_cast<ConditionDelegate *>(this)->closeEditor(combo);
    });
    Q_UNUSED(option);
    return combo;
}

void ConditionDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        combo->setCurrentIndex(combo->findData(index.data(Qt::EditRole).toString()));
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void ConditionDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                     const QModelIndex &index) const
{
    const QString before = index.data(Qt::EditRole).toString();
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        if (combo->currentData().toString() != before)
            model->setData(index, combo->currentData(), Qt::EditRole);
        return;
    }
    if (auto *edit = qobject_cast<QLineEdit *>(editor)) {
        if (edit->text() != before)
            model->setData(index, edit->text(), Qt::EditRole);
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace hb::ui
