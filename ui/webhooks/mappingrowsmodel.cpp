#include "mappingrowsmodel.h"

#include "common/statusicons.h"
#include "enginewords.h"
#include "payloadtreemodel.h"
#include "transformtext.h"
#include "webhookdocument.h"

#include <QFontDatabase>
#include <QMimeData>

namespace hb::ui {

using mapping::Currency;
using mapping::CustomField;
using mapping::FieldType;
using mapping::Operator;
using mapping::Webhook;

namespace {

// RFC 6901: "" or "/"-separated tokens in which '~' is only followed by 0 or 1.
QString pointerProblem(const QString &path)
{
    if (path.isEmpty())
        return MappingRowsModel::tr(
            "No path yet: click a node in the payload, or drag one onto this row.");
    if (!path.startsWith(QLatin1Char('/')))
        return MappingRowsModel::tr("\"%1\" is not a JSON Pointer: it must start with \"/\", "
                                    "like /customer/email.")
            .arg(path);
    for (int i = 0; i < path.size(); ++i) {
        if (path.at(i) == QLatin1Char('~')
            && (i + 1 >= path.size()
                || (path.at(i + 1) != QLatin1Char('0') && path.at(i + 1) != QLatin1Char('1'))))
            return MappingRowsModel::tr(
                       "\"%1\" is not a JSON Pointer: write ~0 for ~ and ~1 for /.")
                .arg(path);
    }
    return {};
}

// The operator and path cells mean the same in field rows and in currency rows.
template <typename Mapping>
bool setOperatorOrPath(Mapping &mapping, int column, const QString &text)
{
    if (column == MappingRowsModel::PathColumn) {
        mapping.path = text;
        return true;
    }
    if (column != MappingRowsModel::OperatorColumn)
        return false;
    const auto op = mapping::operatorFromName(text);
    if (op)
        mapping.op = *op;
    return op.has_value();
}

QStringList operatorNames(const QList<Operator> &operators)
{
    QStringList names;
    for (Operator op : operators)
        names << mapping::operatorName(op);
    return names;
}

} // namespace

MappingRowsModel::MappingRowsModel(WebhookDocument *document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
{
    m_rows = int(m_document->webhook().fields.size() + m_document->webhook().currencies.size());
    connect(m_document, &WebhookDocument::changed, this, &MappingRowsModel::documentChanged);
    connect(m_document, &WebhookDocument::fieldsChanged, this, &MappingRowsModel::documentChanged);
}

QList<Operator> MappingRowsModel::allowedOperators(FieldType type)
{
    if (type == FieldType::Number)
        return {Operator::Add, Operator::Subtract, Operator::Overwrite};
    return {Operator::Overwrite};
}

void MappingRowsModel::documentChanged()
{
    const Webhook &webhook = m_document->webhook();
    const int rows = int(webhook.fields.size() + webhook.currencies.size());
    if (rows == m_rows) {
        if (rows > 0)
            emit dataChanged(index(0, 0), index(rows - 1, ColumnCount - 1));
        return;
    }
    // Rows come and go one at a time from the designer, but undo can jump further: a reset is
    // simplest and cheap for a few dozen rows.
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int MappingRowsModel::fieldRowCount() const
{
    return int(m_document->webhook().fields.size());
}

bool MappingRowsModel::isCurrencyRow(int row) const
{
    return row >= fieldRowCount();
}

int MappingRowsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int MappingRowsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString MappingRowsModel::problem(int row) const
{
    const Webhook &webhook = m_document->webhook();
    if (row < 0 || row >= m_rows)
        return {};
    if (isCurrencyRow(row)) {
        const mapping::CurrencyMapping &mapping = webhook.currencies.at(row - fieldRowCount());
        return pointerProblem(mapping.path);
    }
    const mapping::FieldMapping &mapping = webhook.fields.at(row);
    if (mapping.field.isEmpty())
        return tr("Choose a field, or create one with \"New field…\".");
    const CustomField *field = m_document->field(mapping.field);
    if (!field)
        return tr("Field \"%1\" does not exist: choose another or create it.").arg(mapping.field);
    if (!allowedOperators(field->type).contains(mapping.op))
        return tr("\"%1\" is not allowed for the %2 field \"%3\": choose %4.")
            .arg(EngineWords::operatorLabel(mapping.op), EngineWords::fieldTypeLabel(field->type),
                 field->key, EngineWords::operatorLabel(Operator::Overwrite));
    return pointerProblem(mapping.path);
}

bool MappingRowsModel::allRowsValid() const
{
    for (int row = 0; row < m_rows; ++row) {
        if (!problem(row).isEmpty())
            return false;
    }
    return true;
}

QVariant MappingRowsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Webhook &webhook = m_document->webhook();
    const int row = index.row();
    const bool currency = isCurrencyRow(row);
    const QString target =
        currency ? mapping::currencyName(webhook.currencies.at(row - fieldRowCount()).currency)
                 : webhook.fields.at(row).field;
    const Operator op =
        currency ? webhook.currencies.at(row - fieldRowCount()).op : webhook.fields.at(row).op;
    const QString path =
        currency ? webhook.currencies.at(row - fieldRowCount()).path : webhook.fields.at(row).path;
    const QString transform =
        currency ? TransformText::chain(webhook.currencies.at(row - fieldRowCount()).transform,
                                        webhook.currencies.at(row - fieldRowCount()).defaultValue)
                 : TransformText::chain(webhook.fields.at(row).transform,
                                        webhook.fields.at(row).defaultValue);

    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case TargetColumn:
            if (role == Qt::DisplayRole && !currency && target.isEmpty())
                return tr("(choose a field)");
            if (role == Qt::DisplayRole && currency)
                return EngineWords::currencyLabel(
                    webhook.currencies.at(row - fieldRowCount()).currency);
            return target;
        case OperatorColumn:
            return role == Qt::DisplayRole ? EngineWords::operatorLabel(op)
                                           : mapping::operatorName(op);
        case PathColumn:
            if (role == Qt::DisplayRole && path.isEmpty())
                return tr("(click a payload node)");
            return path;
        case TransformColumn:
            if (role == Qt::DisplayRole && transform.isEmpty())
                return tr("as is");
            return transform;
        case CheckColumn: {
            const QString reason = problem(row);
            return reason.isEmpty() ? tr("OK") : reason;
        }
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == CheckColumn)
            return problem(row).isEmpty() ? StatusIcons::success() : StatusIcons::failed();
        break;
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        if (index.column() == CheckColumn) {
            const QString reason = problem(row);
            return reason.isEmpty() ? tr("This row is valid.") : tr("Invalid: %1").arg(reason);
        }
        if (index.column() == PathColumn)
            return tr("Select this cell, then click a node in the payload; or drag a node here.");
        if (index.column() == TransformColumn)
            return tr("Click to change how the value is transformed before it is applied.");
        break;
    case Qt::FontRole:
        if (index.column() == PathColumn || (index.column() == TargetColumn && !currency))
            return QFontDatabase::systemFont(QFontDatabase::FixedFont);
        break;
    case AllowedOperatorsRole:
        if (currency)
            return operatorNames({Operator::Add, Operator::Subtract, Operator::Overwrite});
        if (const CustomField *field = m_document->field(target))
            return operatorNames(allowedOperators(field->type));
        return operatorNames({Operator::Overwrite});
    case TargetChoicesRole: {
        if (currency)
            return QStringList{QStringLiteral("coins"), QStringLiteral("xp")};
        QStringList keys;
        for (const CustomField &field : m_document->fields())
            keys << field.key;
        return keys;
    }
    case IsCurrencyRole:
        return currency;
    case ProblemRole:
        return problem(row);
    }
    return {};
}

bool MappingRowsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    Webhook next = m_document->webhook();
    const int row = index.row();
    const QString text = value.toString().trimmed();
    bool set = false;
    if (isCurrencyRow(row)) {
        mapping::CurrencyMapping &mapping = next.currencies[row - fieldRowCount()];
        if (index.column() == TargetColumn) {
            const auto currency = mapping::currencyFromName(text);
            if (currency)
                mapping.currency = *currency;
            set = currency.has_value();
        } else {
            set = setOperatorOrPath(mapping, index.column(), text);
        }
    } else {
        mapping::FieldMapping &mapping = next.fields[row];
        if (index.column() == TargetColumn) {
            mapping.field = text;
            // Keep the row valid when the new field's type does not take the old operator.
            if (const CustomField *field = m_document->field(text)) {
                if (!allowedOperators(field->type).contains(mapping.op))
                    mapping.op = Operator::Overwrite;
            }
            set = true;
        } else {
            set = setOperatorOrPath(mapping, index.column(), text);
        }
    }
    if (!set)
        return false;
    static const char *const what[] = {QT_TR_NOOP("Change field"), QT_TR_NOOP("Change operator"),
                                       QT_TR_NOOP("Change path")};
    m_document->change(next, tr(what[index.column()]));
    return true;
}

void MappingRowsModel::setRowPath(int row, const QString &pointer)
{
    setData(index(row, PathColumn), pointer, Qt::EditRole);
}

void MappingRowsModel::addFieldRow()
{
    Webhook next = m_document->webhook();
    mapping::FieldMapping mapping;
    // The first field not mapped yet is the likeliest choice.
    for (const CustomField &field : m_document->fields()) {
        const bool used = std::any_of(next.fields.begin(), next.fields.end(),
                                      [&](const auto &m) { return m.field == field.key; });
        if (!used) {
            mapping.field = field.key;
            break;
        }
    }
    if (const CustomField *field = m_document->field(mapping.field))
        mapping.op = field->type == FieldType::Number ? Operator::Add : Operator::Overwrite;
    next.fields.append(mapping);
    m_document->change(next, tr("Add field mapping"));
}

void MappingRowsModel::addCurrencyRow()
{
    Webhook next = m_document->webhook();
    mapping::CurrencyMapping mapping;
    const bool coinsUsed = std::any_of(next.currencies.begin(), next.currencies.end(),
                                       [](const auto &m) { return m.currency == Currency::Coins; });
    mapping.currency = coinsUsed ? Currency::Xp : Currency::Coins;
    next.currencies.append(mapping);
    m_document->change(next, tr("Add currency mapping"));
}

void MappingRowsModel::removeMappingRow(int row)
{
    if (row < 0 || row >= m_rows)
        return;
    Webhook next = m_document->webhook();
    if (isCurrencyRow(row))
        next.currencies.removeAt(row - fieldRowCount());
    else
        next.fields.removeAt(row);
    m_document->change(next, tr("Remove mapping"));
}

QVariant MappingRowsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TargetColumn:
        return tr("Updates");
    case OperatorColumn:
        return tr("Operator");
    case PathColumn:
        return tr("Payload path");
    case TransformColumn:
        return tr("Transform");
    case CheckColumn:
        return tr("Check");
    }
    return {};
}

Qt::ItemFlags MappingRowsModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDropEnabled;
    if (index.column() != CheckColumn && index.column() != TransformColumn)
        flags |= Qt::ItemIsEditable;
    return flags;
}

QStringList MappingRowsModel::mimeTypes() const
{
    return {QString::fromLatin1(PayloadTreeModel::pointerMimeType)};
}

bool MappingRowsModel::canDropMimeData(const QMimeData *data, Qt::DropAction, int row, int,
                                       const QModelIndex &parent) const
{
    const int target = parent.isValid() ? parent.row() : row;
    return data && data->hasFormat(QString::fromLatin1(PayloadTreeModel::pointerMimeType))
           && target >= 0 && target < m_rows;
}

bool MappingRowsModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row,
                                    int column, const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const int target = parent.isValid() ? parent.row() : row;
    setRowPath(target, QString::fromUtf8(
                           data->data(QString::fromLatin1(PayloadTreeModel::pointerMimeType))));
    return true;
}

} // namespace hb::ui
