#pragma once

#include <QAbstractTableModel>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>

namespace hb::ui {

// The key/value table of a form body (application/x-www-form-urlencoded): the tester types
// fields and the body is built from them, percent-encoded, in the table's order (a repeated key
// is sent repeated, which the catcher reads as an array).
class SenderFormModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { KeyColumn, ValueColumn, ColumnCount };
    using Fields = QList<QPair<QString, QString>>;

    explicit SenderFormModel(QObject *parent = nullptr);

    Fields fields() const { return m_fields; }
    void setFields(const Fields &fields);
    // The top-level members of a JSON object as fields (numbers and booleans as their text,
    // nested values as compact JSON): what a JSON sample becomes when the tester picks form.
    static Fields fieldsOf(const QJsonValue &object);
    // key=value&key=value, each side percent-encoded; rows without a key are left out.
    QByteArray encoded() const;
    static Fields decode(const QByteArray &body);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool insertRows(int row, int count, const QModelIndex &parent = {}) override;
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;

signals:
    void fieldsChanged();

private:
    Fields m_fields;
};

} // namespace hb::ui
