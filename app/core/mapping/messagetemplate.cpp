#include "messagetemplate.h"

#include "payload/decimal.h"
#include "payload/jsonnumber.h"
#include "payload/jsonpointer.h"
#include "payload/jsonwriter.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

namespace hb::mapping {
namespace {

// Only {{/...}} is a placeholder: braces around anything else (a literal "{{name}}" in a
// message) stay text, so a template never fails on words that were not meant as paths.
const QRegularExpression &placeholderPattern()
{
    static const QRegularExpression pattern(QStringLiteral("\\{\\{\\s*(/[^}]*?)\\s*\\}\\}"));
    return pattern;
}

QString valueText(const QJsonValue &value)
{
    // A number is shown as its exact decimal (12.50 as 12.5), or as the text it came with when
    // no Decimal holds it (1e400): never through a double, never with JsonNumber's mark.
    if (payload::JsonNumber::isNumber(value)) {
        if (const auto number = payload::Decimal::fromJson(value))
            return number->toString();
        return payload::JsonNumber::text(value).value_or(QString());
    }
    if (value.isString())
        return value.toString();
    // Objects, arrays, booleans and null: their JSON text, numbers inside with every digit.
    return QString::fromUtf8(payload::JsonWriter::write(value));
}

} // namespace

hb::Result<QString> MessageTemplate::render(const QString &text, const QJsonValue &payload)
{
    QString result;
    result.reserve(text.size());
    qsizetype position = 0;
    auto matches = placeholderPattern().globalMatch(text);
    while (matches.hasNext()) {
        const QRegularExpressionMatch match = matches.next();
        const QString pointerText = match.captured(1);
        auto pointer = payload::JsonPointer::parse(pointerText);
        if (!pointer)
            return hb::fail(QStringLiteral("message: %1").arg(pointer.error()));
        const std::optional<QJsonValue> value = pointer->resolve(payload);
        if (!value)
            return hb::fail(QStringLiteral("path %1 not found in payload").arg(pointerText),
                            ErrorKind::MissingPath);
        result += QStringView(text).mid(position, match.capturedStart() - position);
        result += valueText(*value);
        position = match.capturedEnd();
    }
    result += QStringView(text).mid(position);
    return result;
}

QStringList MessageTemplate::placeholders(const QString &text)
{
    QStringList pointers;
    auto matches = placeholderPattern().globalMatch(text);
    while (matches.hasNext())
        pointers << matches.next().captured(1);
    return pointers;
}

} // namespace hb::mapping
