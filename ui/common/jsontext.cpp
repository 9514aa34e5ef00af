#include "jsontext.h"

#include "payload/jsonreader.h"
#include "payload/jsonwriter.h"

namespace hb::ui {

// JsonReader and JsonWriter, not QJsonDocument: a number shows with every digit it was sent with,
// never rounded to a double nor quoted with JsonNumber's mark.
std::optional<QString> JsonText::indented(const QByteArray &bytes)
{
    const std::optional<QJsonValue> value = payload::JsonReader::read(bytes);
    if (!value || !(value->isObject() || value->isArray()))
        return std::nullopt;
    return indented(*value);
}

QString JsonText::indented(const QJsonValue &value)
{
    if (!value.isObject() && !value.isArray())
        return {};
    return QString::fromUtf8(
        payload::JsonWriter::write(value, payload::JsonWriter::Format::Indented));
}

} // namespace hb::ui
