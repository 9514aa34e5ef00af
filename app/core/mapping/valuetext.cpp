#include "valuetext.h"

#include "payload/jsonnumber.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace hb::mapping {

QString ValueText::describe(const QJsonValue &value)
{
    QString text;
    if (const std::optional<QString> number = payload::JsonNumber::text(value))
        text = *number;
    else
        text = QString::fromUtf8(
            QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact).mid(1).chopped(1));
    constexpr qsizetype maxLength = 80;
    if (text.size() > maxLength)
        text = text.left(maxLength) + QStringLiteral("…");
    return text;
}

} // namespace hb::mapping
