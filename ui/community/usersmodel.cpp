#include "usersmodel.h"

#include <QFontDatabase>

namespace hb::ui {

UsersModel::UsersModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void UsersModel::setUsers(QList<services::User> users, QList<mapping::CustomField> fields)
{
    beginResetModel();
    m_users = std::move(users);
    m_fields = std::move(fields);
    endResetModel();
}

int UsersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_users.size());
}

int UsersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FirstFieldColumn + int(m_fields.size());
}

QVariant UsersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const services::User &user = m_users.at(index.row());
    if (role == Qt::TextAlignmentRole) {
        if (index.column() == CoinsColumn || index.column() == XpColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        if (index.column() >= FirstFieldColumn
            && m_fields.at(index.column() - FirstFieldColumn).type == mapping::FieldType::Number)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case EmailColumn:
        return user.email;
    case UsernameColumn:
        return user.username;
    case NameColumn:
        return user.displayName;
    case CoinsColumn:
        return user.coins;
    case XpColumn:
        return user.xp;
    }
    const mapping::CustomField &field = m_fields.at(index.column() - FirstFieldColumn);
    const auto value = user.fields.constFind(field.key);
    if (value == user.fields.constEnd())
        return role == Qt::ToolTipRole ? tr("%1: not set").arg(field.name) : QVariant();
    return *value;
}

QVariant UsersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (section >= FirstFieldColumn && section < columnCount()) {
        const mapping::CustomField &field = m_fields.at(section - FirstFieldColumn);
        if (role == Qt::DisplayRole)
            return field.name;
        if (role == Qt::ToolTipRole)
            return tr("%1 (%2)").arg(field.key, mapping::fieldTypeName(field.type));
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case EmailColumn:
        return tr("Email");
    case UsernameColumn:
        return tr("Username");
    case NameColumn:
        return tr("Display name");
    case CoinsColumn:
        return tr("Coins");
    case XpColumn:
        return tr("XP");
    }
    return {};
}

} // namespace hb::ui
