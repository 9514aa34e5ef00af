#pragma once

#include "mapping/customfield.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace hb::ui {

// The custom fields as rows: key, name, type and how many users have a value. A value snapshot,
// replaced whole; the counts come from the same read as the users table, so they agree with it.
class FieldsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { KeyColumn, NameColumn, TypeColumn, ValuesColumn, ColumnCount };
    enum Role { KeyRole = Qt::UserRole };

    explicit FieldsModel(QObject *parent = nullptr);

    void setFields(QList<mapping::CustomField> fields, QHash<QString, qint64> valueCounts);
    const mapping::CustomField *field(int row) const;
    int rowOf(const QString &key) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<mapping::CustomField> m_fields;
    QHash<QString, qint64> m_counts;
};

} // namespace hb::ui
