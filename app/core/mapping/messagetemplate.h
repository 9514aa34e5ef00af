#pragma once

#include "common/result.h"

#include <QJsonValue>
#include <QString>

namespace hb::mapping {

// A channel message text with {{/json/pointer}} placeholders (SPEC §2).
class MessageTemplate {
public:
    // Replaces each placeholder by the payload value at its pointer: strings unquoted, numbers
    // exactly as written, booleans and null as JSON words, objects and arrays as compact JSON.
    // Fails "path /x not found in payload" for the first placeholder that has no value.
    static hb::Result<QString> render(const QString &text, const QJsonValue &payload);
    // The pointers of the placeholders, in order (for the editor's checks and highlighting).
    static QStringList placeholders(const QString &text);
};

} // namespace hb::mapping
