#include "senderformmodel.h"

#include "payload/jsonwriter.h"

#include <QJsonObject>
#include <QUrl>

namespace hb::ui {

SenderFormModel::SenderFormModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void SenderFormModel::setFields(const Fields &fields)
{
    beginResetModel();
    m_fields = fields;
    endResetModel();
    emit fieldsChanged();
}

SenderFormModel::Fields SenderFormModel::fieldsOf(const QJsonValue &object)
{
    Fields fields;
    const QJsonObject members = object.toObject();
    for (auto it = members.begin(); it != members.end(); ++it) {
        const QJsonValue value = it.value();
        // JsonWriter: an exact number keeps its digits; a string is sent without its quotes.
        fields.append({it.key(), value.isString()
                                     ? value.toString()
                                     : QString::fromUtf8(payload::JsonWriter::write(value))});
    }
    return fields;
}

QByteArray SenderFormModel::encoded() const
{
    QByteArrayList pairs;
    for (const auto &[key, value] : m_fields) {
        if (key.isEmpty())
            continue;
        pairs << QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
    }
    return pairs.join('&');
}

SenderFormModel::Fields SenderFormModel::decode(const QByteArray &body)
{
    Fields fields;
    const auto text = [](QByteArray part) {
        part.replace('+', ' '); // HTML forms send a space as '+'
        return QString::fromUtf8(QByteArray::fromPercentEncoding(part));
    };
    for (const QByteArray &pair : body.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype equals = pair.indexOf('=');
        fields.append({text(equals < 0 ? pair : pair.left(equals)),
                       text(equals < 0 ? QByteArray() : pair.mid(equals + 1))});
    }
    return fields;
}

int SenderFormModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_fields.size());
}

int SenderFormModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SenderFormModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_fields.size()
        || (role != Qt::DisplayRole && role != Qt::EditRole))
        return {};
    const auto &[key, value] = m_fields.at(index.row());
    return index.column() == KeyColumn ? key : value;
}

bool SenderFormModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || index.row() >= m_fields.size() || role != Qt::EditRole)
        return false;
    auto &field = m_fields[index.row()];
    (index.column() == KeyColumn ? field.first : field.second) = value.toString();
    emit dataChanged(index, index);
    emit fieldsChanged();
    return true;
}

Qt::ItemFlags SenderFormModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable;
}

QVariant SenderFormModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == KeyColumn ? tr("Field") : tr("Value");
}

bool SenderFormModel::insertRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || count < 1 || row < 0 || row > m_fields.size())
        return false;
    beginInsertRows(parent, row, row + count - 1);
    for (int i = 0; i < count; ++i)
        m_fields.insert(row, {});
    endInsertRows();
    emit fieldsChanged();
    return true;
}

bool SenderFormModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || count < 1 || row < 0 || row + count > m_fields.size())
        return false;
    beginRemoveRows(parent, row, row + count - 1);
    m_fields.remove(row, count);
    endRemoveRows();
    emit fieldsChanged();
    return true;
}

} // namespace hb::ui
