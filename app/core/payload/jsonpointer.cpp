#include "jsonpointer.h"

#include <QJsonArray>
#include <QJsonObject>

namespace hb::payload {

namespace {

// RFC 6901 §4: an array index is "0" or digits without a leading zero; "-" names the element
// after the last, which never exists when reading.
std::optional<qsizetype> arrayIndex(const QString &token)
{
    if (token.isEmpty() || token.size() > 18)
        return std::nullopt;
    if (token.size() > 1 && token.front() == u'0')
        return std::nullopt;
    qsizetype index = 0;
    for (const QChar c : token) {
        if (c < u'0' || c > u'9')
            return std::nullopt;
        index = index * 10 + (c.unicode() - u'0');
    }
    return index;
}

} // namespace

hb::Result<JsonPointer> JsonPointer::parse(const QString &text)
{
    JsonPointer pointer;
    if (text.isEmpty())
        return pointer;
    if (text.front() != u'/')
        return hb::fail(QStringLiteral("invalid JSON Pointer \"%1\": it must start with '/' "
                                       "(for example /customer/email)")
                            .arg(text));
    const QStringList parts = text.mid(1).split(u'/');
    for (const QString &part : parts) {
        QString token;
        token.reserve(part.size());
        for (qsizetype i = 0; i < part.size(); ++i) {
            if (part[i] != u'~') {
                token.append(part[i]);
                continue;
            }
            const QChar next = i + 1 < part.size() ? part[i + 1] : QChar();
            if (next == u'0')
                token.append(u'~');
            else if (next == u'1')
                token.append(u'/');
            else
                return hb::fail(QStringLiteral("invalid JSON Pointer \"%1\": '~' must be "
                                               "followed by 0 (for ~) or 1 (for /)")
                                    .arg(text));
            ++i;
        }
        pointer.m_tokens.append(token);
    }
    return pointer;
}

JsonPointer JsonPointer::fromTokens(const QStringList &tokens)
{
    JsonPointer pointer;
    pointer.m_tokens = tokens;
    return pointer;
}

QString JsonPointer::escapeToken(const QString &token)
{
    QString escaped = token;
    // '~' first, or the '~' of a "~1" would be escaped again.
    escaped.replace(u'~', QStringLiteral("~0"));
    escaped.replace(u'/', QStringLiteral("~1"));
    return escaped;
}

QString JsonPointer::toString() const
{
    QString text;
    for (const QString &token : m_tokens) {
        text.append(u'/');
        text.append(escapeToken(token));
    }
    return text;
}

std::optional<QJsonValue> JsonPointer::resolve(const QJsonValue &document) const
{
    QJsonValue current = document;
    for (const QString &token : m_tokens) {
        if (current.isObject()) {
            const QJsonObject object = current.toObject();
            const auto it = object.constFind(token);
            if (it == object.constEnd())
                return std::nullopt;
            current = it.value();
        } else if (current.isArray()) {
            const QJsonArray array = current.toArray();
            const auto index = arrayIndex(token);
            if (!index || *index >= array.size())
                return std::nullopt;
            current = array.at(*index);
        } else {
            return std::nullopt;
        }
    }
    if (current.isUndefined())
        return std::nullopt;
    return current;
}

} // namespace hb::payload
