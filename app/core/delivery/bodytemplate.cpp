#include "bodytemplate.h"

namespace hb::delivery {
namespace {

// Appends `value` as the inside of a JSON string: quotes, backslashes and control characters
// escaped (RFC 8259 §7); everything else, non-ASCII too, as its UTF-8.
void appendJsonEscaped(QByteArray &out, const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    for (const char c : utf8) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                static const char hex[] = "0123456789abcdef";
                out += "\\u00";
                out += hex[(c >> 4) & 0xf];
                out += hex[c & 0xf];
            } else {
                out += c;
            }
        }
    }
}

int lineAt(const QByteArray &text, qsizetype offset)
{
    return int(text.left(offset).count('\n')) + 1;
}

} // namespace

hb::Result<BodyTemplate> BodyTemplate::parse(const QByteArray &text)
{
    BodyTemplate result;
    bool inString = false; // whether the text read so far leaves us inside a JSON string
    bool escaped = false;
    qsizetype literalStart = 0;
    qsizetype i = 0;
    while (i < text.size()) {
        if (text.at(i) == '{' && i + 1 < text.size() && text.at(i + 1) == '{') {
            const qsizetype close = text.indexOf("}}", i + 2);
            const qsizetype nextOpen = text.indexOf("{{", i + 2);
            if (close < 0 || (nextOpen >= 0 && nextOpen < close))
                return fail(
                    QStringLiteral("line %1: {{ is not closed with }}").arg(lineAt(text, i)));
            const QString name = QString::fromUtf8(text.mid(i + 2, close - i - 2)).trimmed();
            if (name.isEmpty())
                return fail(QStringLiteral("line %1: {{}} names no column").arg(lineAt(text, i)));
            Part part;
            part.literal = text.mid(literalStart, i - literalStart);
            part.placeholder = name;
            part.inString = inString;
            result.m_literalSize += part.literal.size();
            result.m_parts << part;
            i = close + 2;
            literalStart = i;
            escaped = false;
            continue;
        }
        const char c = text.at(i);
        if (inString && escaped)
            escaped = false;
        else if (inString && c == '\\')
            escaped = true;
        else if (c == '"')
            inString = !inString;
        ++i;
    }
    Part tail;
    tail.literal = text.mid(literalStart);
    result.m_literalSize += tail.literal.size();
    result.m_parts << tail;
    return result;
}

QStringList BodyTemplate::placeholders() const
{
    QStringList names;
    for (const Part &part : m_parts) {
        if (!part.placeholder.isEmpty() && !names.contains(part.placeholder))
            names << part.placeholder;
    }
    return names;
}

hb::Status BodyTemplate::checkColumns(const QStringList &columns) const
{
    QStringList missing;
    for (const QString &name : placeholders()) {
        if (!columns.contains(name))
            missing << QStringLiteral("{{%1}}").arg(name);
    }
    if (missing.isEmpty())
        return success();
    const QString columnList = columns.join(QLatin1String(", "));
    if (missing.size() == 1)
        return fail(QStringLiteral("the template uses %1, which the file does not have "
                                   "(columns: %2)")
                        .arg(missing.first(), columnList));
    return fail(QStringLiteral("the template uses %1, which the file does not have (columns: %2)")
                    .arg(missing.join(QLatin1String(", ")), columnList));
}

QString BodyTemplate::missingValue(const QHash<QString, QString> &values) const
{
    for (const Part &part : m_parts) {
        if (!part.placeholder.isEmpty() && !values.contains(part.placeholder))
            return part.placeholder;
    }
    return {};
}

QByteArray BodyTemplate::fill(const QHash<QString, QString> &values) const
{
    QByteArray body;
    body.reserve(m_literalSize + 64);
    for (const Part &part : m_parts) {
        body += part.literal;
        if (part.placeholder.isEmpty())
            continue;
        const QString value = values.value(part.placeholder);
        if (part.inString)
            appendJsonEscaped(body, value);
        else
            body += value.toUtf8();
    }
    return body;
}

} // namespace hb::delivery
