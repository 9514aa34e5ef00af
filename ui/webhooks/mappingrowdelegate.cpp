#include "mappingrowdelegate.h"

#include "enginewords.h"
#include "mappingrowsmodel.h"

#include <QComboBox>
#include <QFontDatabase>
#include <QLineEdit>

namespace hb::ui {
namespace {
const QString newFieldMarker = QStringLiteral("\x01new");
}

QWidget *MappingRowDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                          const QModelIndex &index) const
{
    const int column = index.column();
    if (column == MappingRowsModel::TargetColumn || column == MappingRowsModel::OperatorColumn) {
        auto *combo = new QComboBox(parent);
        combo->setObjectName(column == MappingRowsModel::TargetColumn
                                 ? QStringLiteral("targetEditor")
                                 : QStringLiteral("operatorEditor"));
        const int role = column == MappingRowsModel::TargetColumn
                             ? MappingRowsModel::TargetChoicesRole
                             : MappingRowsModel::AllowedOperatorsRole;
        const QStringList choices = index.data(role).toStringList();
        const bool currency = index.data(MappingRowsModel::IsCurrencyRole).toBool();
        for (const QString &choice : choices) {
            QString label = choice;
            if (column == MappingRowsModel::TargetColumn && currency) {
                if (const auto named = mapping::currencyFromName(choice))
                    label = EngineWords::currencyLabel(*named);
            } else if (column == MappingRowsModel::OperatorColumn) {
                label = EngineWords::operatorLabel(choice);
            }
            combo->addItem(label, choice);
        }
        if (column == MappingRowsModel::TargetColumn && !currency)
            combo->addItem(tr("New field…"), newFieldMarker);
        // A choice is an edit: commit it at once rather than when focus leaves.
        connect(combo, &QComboBox::activated, this, [this, combo, row = index.row()](int item) {
            if (combo->itemData(item).toString() == newFieldMarker) {
                emit const_cast<MappingRowDelegate *>(this)->closeEditor(combo, RevertModelCache);
                emit newFieldRequested(row);
                return;
            }
            emit const_cast<MappingRowDelegate *>(this)->commitData(combo);
            emit const_cast<MappingRowDelegate *>(this)->closeEditor(combo);
        });
        return combo;
    }
    if (column == MappingRowsModel::PathColumn) {
        auto *edit = new QLineEdit(parent);
        edit->setObjectName(QStringLiteral("pathEditor"));
        edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        edit->setPlaceholderText(tr("/json/pointer"));
        return edit;
    }
    return QStyledItemDelegate::createEditor(parent, option, index);
}

void MappingRowDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        const int item = combo->findData(index.data(Qt::EditRole).toString());
        combo->setCurrentIndex(item);
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void MappingRowDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                      const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        const QString value = combo->currentData().toString();
        if (!value.isEmpty() && value != newFieldMarker
            && value != index.data(Qt::EditRole).toString())
            model->setData(index, value, Qt::EditRole);
        return;
    }
    if (auto *edit = qobject_cast<QLineEdit *>(editor)) {
        if (edit->text().trimmed() != index.data(Qt::EditRole).toString())
            model->setData(index, edit->text(), Qt::EditRole);
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace hb::ui
