#include "mappingsuggestions.h"

#include "enginewords.h"
#include "payload/jsonnumber.h"
#include "payload/jsonpointer.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

namespace hb::ui {

using mapping::Currency;
using mapping::FieldType;
using mapping::Operator;
using mapping::TransformStep;
using mapping::Webhook;

namespace {

// A scalar member of the (item) payload: its pointer, its own name and its value.
struct Leaf {
    QString path;
    QString name;
    QJsonValue value;
};

// A sender's payload may hold thousands of nodes; names that matter sit near the top.
constexpr int maxLeaves = 2000;

void collect(const QJsonValue &value, const QString &path, const QString &name, QList<Leaf> *leaves)
{
    if (leaves->size() >= maxLeaves)
        return;
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            collect(it.value(),
                    path + QLatin1Char('/') + payload::JsonPointer::escapeToken(it.key()), it.key(),
                    leaves);
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (int i = 0; i < array.size(); ++i)
            collect(array.at(i), path + QLatin1Char('/') + QString::number(i), name, leaves);
    } else if (!value.isNull() && !value.isUndefined()) {
        leaves->append({path, name, value});
    }
}

// The payload the user and the rows read: the first item under for_each.
QJsonValue itemOf(const QJsonValue &payload, const Webhook &webhook)
{
    if (webhook.forEach.isEmpty())
        return payload;
    const Result<payload::JsonPointer> pointer = payload::JsonPointer::parse(webhook.forEach);
    const std::optional<QJsonValue> array = pointer ? pointer->resolve(payload) : std::nullopt;
    if (!array || !array->isArray() || array->toArray().isEmpty())
        return QJsonValue(QJsonValue::Undefined);
    return array->toArray().first();
}

bool isNumeric(const QJsonValue &value)
{
    return payload::JsonNumber::isNumber(value) || MappingSuggestions::isNumericText(value);
}

bool hasNumberStep(const QList<TransformStep> &steps)
{
    return std::any_of(steps.begin(), steps.end(), [](const TransformStep &step) {
        return step.kind == TransformStep::Kind::Number;
    });
}

QList<TransformStep> numberStepFor(const QJsonValue &value)
{
    if (!MappingSuggestions::isNumericText(value))
        return {};
    TransformStep step;
    step.kind = TransformStep::Kind::Number;
    return {step};
}

QString withNumberNote(const QString &text, const QList<TransformStep> &transform)
{
    return transform.isEmpty() ? text
                               : MappingSuggestions::tr("%1 (text read as a number)").arg(text);
}

std::optional<Currency> currencyNamed(const QString &normalizedName)
{
    static const QStringList coins{QStringLiteral("coins"), QStringLiteral("coin"),
                                   QStringLiteral("bonus")};
    static const QStringList xp{QStringLiteral("xp"), QStringLiteral("exp"),
                                QStringLiteral("experience"), QStringLiteral("points")};
    if (coins.contains(normalizedName))
        return Currency::Coins;
    if (xp.contains(normalizedName))
        return Currency::Xp;
    return std::nullopt;
}

void suggestUser(const QList<Leaf> &leaves, const Webhook &webhook, QList<MappingSuggestion> *out)
{
    if (!webhook.user.path.isEmpty())
        return;
    static const QStringList userNames{QStringLiteral("username"), QStringLiteral("user"),
                                       QStringLiteral("login")};
    const Leaf *byName = nullptr;
    for (const Leaf &leaf : leaves) {
        MappingSuggestion suggestion;
        if (MappingSuggestions::looksLikeEmail(leaf.value)) {
            suggestion.identifier = mapping::Identifier::Email;
        } else {
            if (!byName && leaf.value.isString()
                && userNames.contains(MappingSuggestions::normalized(leaf.name)))
                byName = &leaf;
            continue;
        }
        suggestion.path = leaf.path;
        suggestion.key = QStringLiteral("user:email:") + leaf.path;
        suggestion.text = MappingSuggestions::tr("Map the user by email at %1").arg(leaf.path);
        out->append(suggestion);
        return; // an email identifies best
    }
    if (byName) {
        MappingSuggestion suggestion;
        suggestion.identifier = mapping::Identifier::Username;
        suggestion.path = byName->path;
        suggestion.key = QStringLiteral("user:username:") + byName->path;
        suggestion.text =
            MappingSuggestions::tr("Map the user by username at %1").arg(byName->path);
        out->append(suggestion);
    }
}

void suggestFields(const QList<Leaf> &leaves, const QList<mapping::CustomField> &fields,
                   const Webhook &webhook, QList<MappingSuggestion> *out)
{
    for (const mapping::CustomField &field : fields) {
        const bool mapped =
            std::any_of(webhook.fields.begin(), webhook.fields.end(),
                        [&](const mapping::FieldMapping &m) { return m.field == field.key; });
        if (mapped)
            continue;
        const QString key = MappingSuggestions::normalized(field.key);
        const QString name = MappingSuggestions::normalized(field.name);
        for (const Leaf &leaf : leaves) {
            const QString member = MappingSuggestions::normalized(leaf.name);
            if (member != key && member != name)
                continue;
            if (field.type == FieldType::Number && !isNumeric(leaf.value))
                continue;
            MappingSuggestion suggestion;
            suggestion.kind = MappingSuggestion::Kind::FieldRow;
            suggestion.field = field.key;
            suggestion.path = leaf.path;
            suggestion.op = field.type == FieldType::Number ? Operator::Add : Operator::Overwrite;
            if (field.type == FieldType::Number)
                suggestion.transform = numberStepFor(leaf.value);
            suggestion.key = QStringLiteral("field:%1:%2").arg(field.key, leaf.path);
            suggestion.text =
                withNumberNote(MappingSuggestions::tr("%1: %2 %3")
                                   .arg(field.name.isEmpty() ? field.key : field.name,
                                        EngineWords::operatorLabel(suggestion.op), leaf.path),
                               suggestion.transform);
            out->append(suggestion);
            break;
        }
    }
}

void suggestCurrencies(const QList<Leaf> &leaves, const Webhook &webhook,
                       QList<MappingSuggestion> *out)
{
    QList<Currency> taken;
    for (const mapping::CurrencyMapping &mapping : webhook.currencies)
        taken << mapping.currency;
    for (const Leaf &leaf : leaves) {
        const std::optional<Currency> currency =
            currencyNamed(MappingSuggestions::normalized(leaf.name));
        if (!currency || taken.contains(*currency) || !isNumeric(leaf.value))
            continue;
        taken << *currency;
        MappingSuggestion suggestion;
        suggestion.kind = MappingSuggestion::Kind::CurrencyRow;
        suggestion.currency = *currency;
        suggestion.op = Operator::Add;
        suggestion.path = leaf.path;
        suggestion.transform = numberStepFor(leaf.value);
        suggestion.key =
            QStringLiteral("currency:%1:%2").arg(mapping::currencyName(*currency), leaf.path);
        suggestion.text = withNumberNote(MappingSuggestions::tr("%1: add %2")
                                             .arg(EngineWords::currencyLabel(*currency), leaf.path),
                                         suggestion.transform);
        out->append(suggestion);
    }
}

// Rows already mapped whose sample value is numeric text, without the step that reads it.
void suggestNumberSteps(const QJsonValue &item, const QList<mapping::CustomField> &fields,
                        const Webhook &webhook, QList<MappingSuggestion> *out)
{
    // `target` is the field's key or the currency's engine name; `label` what people read.
    auto propose = [&](int row, const QString &path, const QList<TransformStep> &transform,
                       const QString &target, const QString &label) {
        const Result<payload::JsonPointer> pointer = payload::JsonPointer::parse(path);
        const std::optional<QJsonValue> value = pointer ? pointer->resolve(item) : std::nullopt;
        if (path.isEmpty() || !value || !MappingSuggestions::isNumericText(*value)
            || hasNumberStep(transform))
            return;
        MappingSuggestion suggestion;
        suggestion.kind = MappingSuggestion::Kind::NumberTransform;
        suggestion.row = row;
        suggestion.path = path;
        suggestion.key = QStringLiteral("number:%1:%2").arg(target, path);
        suggestion.text =
            MappingSuggestions::tr("%1 at %2 is text: read it as a number").arg(label, path);
        out->append(suggestion);
    };
    for (int i = 0; i < webhook.fields.size(); ++i) {
        const mapping::FieldMapping &mapping = webhook.fields.at(i);
        const auto field = std::find_if(fields.begin(), fields.end(),
                                        [&](const auto &f) { return f.key == mapping.field; });
        if (field != fields.end() && field->type == FieldType::Number)
            propose(i, mapping.path, mapping.transform, mapping.field, mapping.field);
    }
    for (int i = 0; i < webhook.currencies.size(); ++i) {
        const mapping::CurrencyMapping &mapping = webhook.currencies.at(i);
        propose(int(webhook.fields.size()) + i, mapping.path, mapping.transform,
                mapping::currencyName(mapping.currency),
                EngineWords::currencyWord(mapping.currency));
    }
}

} // namespace

QString MappingSuggestions::normalized(const QString &name)
{
    QString result;
    result.reserve(name.size());
    for (const QChar c : name) {
        if (c != QLatin1Char('_') && c != QLatin1Char('-') && !c.isSpace())
            result.append(c.toLower());
    }
    return result;
}

bool MappingSuggestions::isNumericText(const QJsonValue &value)
{
    if (!value.isString() || payload::JsonNumber::isMarked(value))
        return false;
    // What the number step takes: digits with an optional sign, thousands commas and decimals.
    static const QRegularExpression number(
        QStringLiteral("^\\s*[+-]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?\\s*$"));
    return number.match(value.toString()).hasMatch();
}

bool MappingSuggestions::looksLikeEmail(const QJsonValue &value)
{
    static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    return value.isString() && email.match(value.toString().trimmed()).hasMatch();
}

QList<MappingSuggestion> MappingSuggestions::infer(const QJsonValue &payload,
                                                   const QList<mapping::CustomField> &fields,
                                                   const Webhook &webhook)
{
    QList<MappingSuggestion> suggestions;
    const QJsonValue item = itemOf(payload, webhook);
    if (item.isUndefined())
        return suggestions;
    QList<Leaf> leaves;
    collect(item, QString(), QString(), &leaves);
    suggestUser(leaves, webhook, &suggestions);
    suggestFields(leaves, fields, webhook, &suggestions);
    suggestCurrencies(leaves, webhook, &suggestions);
    suggestNumberSteps(item, fields, webhook, &suggestions);
    return suggestions;
}

Webhook MappingSuggestions::apply(const Webhook &webhook, const MappingSuggestion &suggestion)
{
    Webhook next = webhook;
    switch (suggestion.kind) {
    case MappingSuggestion::Kind::UserPath:
        next.user.identifier = suggestion.identifier;
        next.user.path = suggestion.path;
        break;
    case MappingSuggestion::Kind::FieldRow:
        next.fields.append(mapping::FieldMapping(suggestion.field, suggestion.op, suggestion.path,
                                                 suggestion.transform));
        break;
    case MappingSuggestion::Kind::CurrencyRow:
        next.currencies.append(mapping::CurrencyMapping(suggestion.currency, suggestion.op,
                                                        suggestion.path, suggestion.transform));
        break;
    case MappingSuggestion::Kind::NumberTransform: {
        TransformStep step;
        step.kind = TransformStep::Kind::Number;
        const int fieldRows = int(next.fields.size());
        if (suggestion.row >= 0 && suggestion.row < fieldRows)
            next.fields[suggestion.row].transform.prepend(step);
        else if (suggestion.row >= fieldRows && suggestion.row < fieldRows + next.currencies.size())
            next.currencies[suggestion.row - fieldRows].transform.prepend(step);
        break;
    }
    }
    return next;
}

} // namespace hb::ui
