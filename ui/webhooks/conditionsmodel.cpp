#include "conditionsmodel.h"

#include "conditionvalue.h"
#include "payload/jsonpointer.h"
#include "webhookdocument.h"

#include <QFontDatabase>
#include <QJsonArray>

namespace hb::ui {

using mapping::Condition;
using mapping::ConditionOperator;
using mapping::Webhook;

ConditionsModel::ConditionsModel(WebhookDocument *document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
{
    m_rows = int(m_document->webhook().when.size());
    connect(m_document, &WebhookDocument::changed, this, &ConditionsModel::documentChanged);
}

void ConditionsModel::setPayload(const QJsonValue &payload)
{
    m_payload = payload;
    if (m_rows > 0)
        emit dataChanged(index(0, 0), index(m_rows - 1, ColumnCount - 1));
}

std::optional<QJsonValue> ConditionsModel::sampleAt(const QString &path) const
{
    const Result<payload::JsonPointer> pointer = payload::JsonPointer::parse(path);
    if (!pointer || m_payload.isUndefined())
        return std::nullopt;
    return pointer->resolve(m_payload);
}

void ConditionsModel::documentChanged()
{
    const int rows = int(m_document->webhook().when.size());
    if (rows == m_rows) {
        if (rows > 0)
            emit dataChanged(index(0, 0), index(rows - 1, ColumnCount - 1));
        return;
    }
    // Undo can add or drop several at once: a reset is simplest for a handful of rows.
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

void ConditionsModel::addCondition(const QString &path)
{
    Webhook next = m_document->webhook();
    next.when.append(ConditionValue::proposeFor(path, sampleAt(path)));
    m_document->change(next, tr("Add condition"));
}

void ConditionsModel::removeCondition(int row)
{
    if (row < 0 || row >= m_rows)
        return;
    Webhook next = m_document->webhook();
    next.when.removeAt(row);
    m_document->change(next, tr("Remove condition"));
}

int ConditionsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int ConditionsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConditionsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Condition &condition = m_document->webhook().when.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case PathColumn:
            return condition.path;
        case OperatorColumn:
            return role == Qt::EditRole ? mapping::conditionOperatorName(condition.op)
                                        : ConditionValue::label(condition.op);
        case ValueColumn:
            if (!ConditionValue::takesValue(condition.op))
                return role == Qt::EditRole ? QString() : tr("(no value)");
            return ConditionValue::toText(condition.value);
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == ValueColumn)
            return tr("Text in quotes is text; one of takes a list: \"a\", \"b\"");
        return tr("Only when %1").arg(ConditionValue::describe(condition));
    case Qt::FontRole:
        if (index.column() != OperatorColumn)
            return QFontDatabase::systemFont(QFontDatabase::FixedFont);
        break;
    case AllowedOperatorsRole:
    case OperatorLabelsRole: {
        QList<ConditionOperator> allowed = ConditionValue::operatorsFor(sampleAt(condition.path));
        if (!allowed.contains(condition.op))
            allowed.prepend(condition.op); // from a file: still shown as it is
        QStringList names;
        for (ConditionOperator op : allowed)
            names << (role == AllowedOperatorsRole ? mapping::conditionOperatorName(op)
                                                   : ConditionValue::label(op));
        return names;
    }
    }
    return {};
}

bool ConditionsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    Webhook next = m_document->webhook();
    Condition &condition = next.when[index.row()];
    const std::optional<QJsonValue> sample = sampleAt(condition.path);
    const QString text = value.toString();
    QString what;
    switch (index.column()) {
    case PathColumn:
        condition.path = text.trimmed();
        what = tr("Change condition path");
        break;
    case OperatorColumn: {
        const std::optional<ConditionOperator> op = mapping::conditionOperatorFromName(text);
        if (!op)
            return false;
        // The value follows the operator: one of wants a list, exists none, the others the
        // list's first value.
        const QJsonValue previous = condition.value.isArray()
                                            && !condition.value.toArray().isEmpty()
                                            && *op != ConditionOperator::OneOf
                                        ? condition.value.toArray().first()
                                        : condition.value;
        const QString before = ConditionValue::toText(previous);
        condition.op = *op;
        condition.value =
            ConditionValue::fromText(before.isEmpty() && sample && ConditionValue::takesValue(*op)
                                         ? ConditionValue::toText(*sample)
                                         : before,
                                     *op, sample);
        what = tr("Change condition operator");
        break;
    }
    case ValueColumn:
        condition.value = ConditionValue::fromText(text, condition.op, sample);
        what = tr("Change condition value");
        break;
    default:
        return false;
    }
    m_document->change(next, what);
    return true;
}

QVariant ConditionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case PathColumn:
        return tr("Path");
    case OperatorColumn:
        return tr("Operator");
    case ValueColumn:
        return tr("Value");
    }
    return {};
}

Qt::ItemFlags ConditionsModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    const Condition &condition = m_document->webhook().when.at(index.row());
    if (index.column() != ValueColumn || ConditionValue::takesValue(condition.op))
        flags |= Qt::ItemIsEditable;
    return flags;
}

} // namespace hb::ui
