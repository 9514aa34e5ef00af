#include "messagetemplate.h"

#include "payload/decimal.h"
#include "payload/jsonpointer.h"

#include <QJsonArray>
#include <QJsonDocument>
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
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double:
        if (const auto number = payload::Decimal::fromJson(value))
            return number->toString();
        break;
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    default:
        break;
    }
    // Booleans, null and numbers too large for a Decimal: their JSON text.
    const QByteArray text = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(text.mid(1).chopped(1));
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
