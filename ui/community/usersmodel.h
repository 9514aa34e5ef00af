#pragma once

#include "mapping/customfield.h"
#include "services/records.h"

#include <QAbstractTableModel>
#include <QList>

namespace hb::ui {

// The community's users as rows: email, username, display name, coins, XP, then one column per
// custom field (unset shows as empty). A value snapshot, replaced whole. SortRole gives what a
// column sorts by (numbers as numbers, unset last); UserIdRole the row's user.
class UsersModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        EmailColumn,
        UsernameColumn,
        NameColumn,
        CoinsColumn,
        XpColumn,
        FirstFieldColumn
    };

    enum Role { SortRole = Qt::UserRole, UserIdRole };

    explicit UsersModel(QObject *parent = nullptr);

    void setUsers(QList<services::User> users, QList<mapping::CustomField> fields);
    const QList<mapping::CustomField> &fields() const { return m_fields; }
    // The user of `row`, or nullptr; the row of `userId`, or -1.
    const services::User *user(int row) const;
    int rowOf(qint64 userId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant sortValue(const services::User &user, int column) const;

    QList<services::User> m_users;
    QList<mapping::CustomField> m_fields;
};

} // namespace hb::ui
