#pragma once

#include "mapping/customfield.h"
#include "services/records.h"

#include <QAbstractTableModel>
#include <QList>

namespace hb::ui {

// The community's users as rows: email, username, display name, coins, XP, then one column per
// custom field (unset shows as empty). A value snapshot, replaced whole.
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

    explicit UsersModel(QObject *parent = nullptr);

    void setUsers(QList<services::User> users, QList<mapping::CustomField> fields);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<services::User> m_users;
    QList<mapping::CustomField> m_fields;
};

} // namespace hb::ui
