#include "fieldsmodel.h"

#include <QFontDatabase>

namespace hb::ui {

FieldsModel::FieldsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void FieldsModel::setFields(QList<mapping::CustomField> fields, QHash<QString, qint64> valueCounts)
{
    beginResetModel();
    m_fields = std::move(fields);
    m_counts = std::move(valueCounts);
    endResetModel();
}

const mapping::CustomField *FieldsModel::field(int row) const
{
    return row >= 0 && row < m_fields.size() ? &m_fields.at(row) : nullptr;
}

int FieldsModel::rowOf(const QString &key) const
{
    for (qsizetype row = 0; row < m_fields.size(); ++row) {
        if (m_fields.at(row).key == key)
            return int(row);
    }
    return -1;
}

int FieldsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_fields.size());
}

int FieldsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FieldsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const mapping::CustomField &field = m_fields.at(index.row());
    if (role == KeyRole)
        return field.key;
    if (role == Qt::FontRole && index.column() == KeyColumn)
        return QFontDatabase::systemFont(QFontDatabase::FixedFont); // keys are typed in paths
    if (role == Qt::TextAlignmentRole && index.column() == ValuesColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case KeyColumn:
        return field.key;
    case NameColumn:
        return field.name;
    case TypeColumn:
        return mapping::fieldTypeName(field.type);
    case ValuesColumn:
        return m_counts.value(field.key);
    }
    return {};
}

QVariant FieldsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case KeyColumn:
            return tr("What webhooks, CSV files and the command line name the field by; it never "
                      "changes");
        case NameColumn:
            return tr("What people read; Rename… changes it");
        case TypeColumn:
            return tr("number (exact decimal), text, date (ISO 8601) or boolean");
        case ValuesColumn:
            return tr("How many users have a value: Remove takes them with the field");
        }
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KeyColumn:
        return tr("Key");
    case NameColumn:
        return tr("Name");
    case TypeColumn:
        return tr("Type");
    case ValuesColumn:
        return tr("Values stored");
    }
    return {};
}

} // namespace hb::ui
