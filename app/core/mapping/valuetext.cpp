#include "valuetext.h"

#include "payload/jsonnumber.h"
#include "payload/jsonwriter.h"

namespace hb::mapping {

QString ValueText::describe(const QJsonValue &value)
{
    // A number as its own text; anything else as JSON through JsonWriter, so that an exact number
    // inside an object or array keeps its digits and no mark shows.
    const std::optional<QString> number = payload::JsonNumber::text(value);
    QString text = number ? *number : QString::fromUtf8(payload::JsonWriter::write(value));
    constexpr qsizetype maxLength = 80;
    if (text.size() > maxLength)
        text = text.left(maxLength) + QStringLiteral("…");
    return text;
}

} // namespace hb::mapping
