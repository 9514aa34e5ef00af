#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace hb::ui {

// JSON as people read it in the window: indented, one member a line. Payloads, answers and
// examples all go through here so that they look alike.
class JsonText {
public:
    // `bytes` indented; nothing when they are not a JSON document.
    static std::optional<QString> indented(const QByteArray &bytes);
    // An object or an array indented; empty for any other value (it is no JSON document).
    static QString indented(const QJsonValue &value);
};

} // namespace hb::ui
