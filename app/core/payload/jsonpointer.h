#pragma once

#include "common/result.h"

#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <optional>

namespace hb::payload {

// A JSON Pointer (RFC 6901): the way every mapping names a place in a payload.
class JsonPointer {
public:
    JsonPointer() = default; // "": the whole document

    // "" is the whole document; otherwise must start with '/'; "~0" -> "~", "~1" -> "/";
    // a '~' followed by anything else is an error whose message names the pointer.
    static hb::Result<JsonPointer> parse(const QString &text);
    static JsonPointer fromTokens(const QStringList &tokens); // escapes when printing

    QString toString() const;
    const QStringList &tokens() const { return m_tokens; }

    // Array tokens: "0" or digits without a leading zero; "-" and out of range are not found.
    std::optional<QJsonValue> resolve(const QJsonValue &document) const;

    bool operator==(const JsonPointer &other) const { return m_tokens == other.m_tokens; }
    bool operator!=(const JsonPointer &other) const { return m_tokens != other.m_tokens; }

    // One reference token as it is written inside a pointer ("a/b" -> "a~1b").
    static QString escapeToken(const QString &token);

private:
    QStringList m_tokens;
};

} // namespace hb::payload
