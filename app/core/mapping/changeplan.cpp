#include "changeplan.h"

#include "payload/decimal.h"

#include <QJsonObject>

namespace hb::mapping {

namespace {

// A JSON string as RFC 8259 wants it: quote, backslash and control characters escaped, the
// rest as is (the text is stored as UTF-8).
void appendString(QString &out, QStringView text)
{
    out += u'"';
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u'"':
            out += u"\\\"";
            break;
        case u'\\':
            out += u"\\\\";
            break;
        case u'\n':
            out += u"\\n";
            break;
        case u'\r':
            out += u"\\r";
            break;
        case u'\t':
            out += u"\\t";
            break;
        case u'\b':
            out += u"\\b";
            break;
        case u'\f':
            out += u"\\f";
            break;
        default:
            if (c.unicode() < 0x20) {
                out += u"\\u00";
                out += QChar(u"0123456789abcdef"[c.unicode() >> 4]);
                out += QChar(u"0123456789abcdef"[c.unicode() & 0xf]);
            } else {
                out += c;
            }
        }
    }
    out += u'"';
}

void appendMember(QString &out, QStringView name)
{
    out += u',';
    appendString(out, name);
    out += u':';
}

// fieldValueToJson() written as text.
void appendFieldValue(QString &out, FieldType type, const std::optional<QString> &value)
{
    if (!value) {
        out += u"null";
        return;
    }
    switch (type) {
    case FieldType::Number:
        if (const auto number = payload::Decimal::fromString(*value)) {
            // Canonical text is a valid JSON number (no exponent, no lone point), written with
            // every digit: JsonReader reads it back as toJson() has it (JsonNumber).
            out += number->toString();
            return;
        }
        break;
    case FieldType::Boolean:
        out += *value == QLatin1String("true") ? u"true" : u"false";
        return;
    case FieldType::Text:
    case FieldType::Date:
        break;
    }
    appendString(out, *value);
}

// A for_each change's "user" and "item" members (none without for_each).
void appendItem(QString &out, QStringView user, int item)
{
    if (item < 0)
        return;
    appendMember(out, u"user");
    appendString(out, user);
    appendMember(out, u"item");
    out += QString::number(item);
}

void addItem(QJsonArray &changes, const QString &user, int item)
{
    if (item < 0)
        return;
    QJsonObject last = changes.last().toObject();
    last.insert(QStringLiteral("user"), user);
    last.insert(QStringLiteral("item"), item);
    changes.last() = last;
}

} // namespace

QJsonValue ChangePlan::fieldValueToJson(FieldType type, const std::optional<QString> &value)
{
    if (!value)
        return QJsonValue(QJsonValue::Null);
    switch (type) {
    case FieldType::Number:
        if (const auto number = payload::Decimal::fromString(*value))
            return number->toJson();
        return *value; // not canonical (written outside Hookbench): show it as it is
    case FieldType::Boolean:
        return *value == QLatin1String("true");
    case FieldType::Text:
    case FieldType::Date:
        break;
    }
    return *value;
}

QJsonArray ChangePlan::toJson() const
{
    QJsonArray changes;
    for (const FieldChange &change : fields) {
        changes.append(QJsonObject{
            {QStringLiteral("kind"), QStringLiteral("field")},
            {QStringLiteral("field"), change.field},
            {QStringLiteral("operator"), operatorName(change.op)},
            {QStringLiteral("old"), fieldValueToJson(change.type, change.oldValue)},
            {QStringLiteral("new"), fieldValueToJson(change.type, change.newValue)},
        });
        addItem(changes, change.user, change.item);
    }
    for (const CurrencyChange &change : currencies) {
        changes.append(QJsonObject{
            {QStringLiteral("kind"), QStringLiteral("currency")},
            {QStringLiteral("currency"), currencyName(change.currency)},
            {QStringLiteral("operator"), operatorName(change.op)},
            {QStringLiteral("old"), change.oldValue},
            {QStringLiteral("new"), change.newValue},
            {QStringLiteral("delta"), change.delta},
        });
        addItem(changes, change.user, change.item);
    }
    if (message) {
        changes.append(QJsonObject{
            {QStringLiteral("kind"), QStringLiteral("message")},
            {QStringLiteral("channel"), message->channel},
            {QStringLiteral("text"), message->text},
        });
    }
    return changes;
}

} // namespace hb::mapping

namespace hb::mapping {

QString ChangePlan::toJsonText() const
{
    QString out;
    out.reserve(128 * (fields.size() + currencies.size() + 1));
    out += u'[';
    auto open = [&out](QStringView kind) {
        if (out.size() > 1)
            out += u',';
        out += u"{\"kind\":";
        appendString(out, kind);
    };
    for (const FieldChange &change : fields) {
        open(u"field");
        appendMember(out, u"field");
        appendString(out, change.field);
        appendMember(out, u"operator");
        appendString(out, operatorName(change.op));
        appendMember(out, u"old");
        appendFieldValue(out, change.type, change.oldValue);
        appendMember(out, u"new");
        appendFieldValue(out, change.type, change.newValue);
        appendItem(out, change.user, change.item);
        out += u'}';
    }
    for (const CurrencyChange &change : currencies) {
        open(u"currency");
        appendMember(out, u"currency");
        appendString(out, currencyName(change.currency));
        appendMember(out, u"operator");
        appendString(out, operatorName(change.op));
        appendMember(out, u"old");
        out += QString::number(change.oldValue);
        appendMember(out, u"new");
        out += QString::number(change.newValue);
        appendMember(out, u"delta");
        out += QString::number(change.delta);
        appendItem(out, change.user, change.item);
        out += u'}';
    }
    if (message) {
        open(u"message");
        appendMember(out, u"channel");
        appendString(out, message->channel);
        appendMember(out, u"text");
        appendString(out, message->text);
        out += u'}';
    }
    out += u']';
    return out;
}

} // namespace hb::mapping
