#include "usersmodel.h"

#include "payload/decimal.h"

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

const services::User *UsersModel::user(int row) const
{
    return row >= 0 && row < m_users.size() ? &m_users.at(row) : nullptr;
}

int UsersModel::rowOf(qint64 userId) const
{
    for (qsizetype row = 0; row < m_users.size(); ++row) {
        if (m_users.at(row).id == userId)
            return int(row);
    }
    return -1;
}

QVariant UsersModel::sortValue(const services::User &user, int column) const
{
    switch (column) {
    case EmailColumn:
        return user.email.toLower();
    case UsernameColumn:
        return user.username;
    case NameColumn:
        return user.displayName.toLower();
    case CoinsColumn:
        return user.coins;
    case XpColumn:
        return user.xp;
    }
    const mapping::CustomField &field = m_fields.at(column - FirstFieldColumn);
    const auto value = user.fields.constFind(field.key);
    if (value == user.fields.constEnd())
        return {}; // QSortFilterProxyModel sorts an invalid value after every value
    if (field.type == mapping::FieldType::Number) {
        // Sorting only: a double orders decimals of up to 15 digits exactly enough.
        if (const auto number = payload::Decimal::fromString(*value))
            return number->toString().toDouble();
    }
    return value->toLower();
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
    if (role == SortRole)
        return sortValue(user, index.column());
    if (role == UserIdRole)
        return user.id;
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
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case EmailColumn:
            return tr("email: unique, matched without regard to case");
        case UsernameColumn:
            return tr("username: unique, matched exactly");
        case NameColumn:
            return tr("display_name: shown to people, need not be unique");
        case CoinsColumn:
            return tr("coins: a whole number, never below 0");
        case XpColumn:
            return tr("xp: a whole number, never below 0");
        }
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
