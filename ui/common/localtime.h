#pragma once

#include <QString>

namespace hb::ui {

// The store's times (ISO 8601, UTC) as the window shows them: in the user's time zone and locale.
// A text that is not such a time is shown as it is.
class LocalTime {
public:
    // Date and time to the minute, as in tables ("27/11/2026 10:00").
    static QString text(const QString &iso);
    // Date and time to the second, where support staff match it against a sender's logs.
    static QString textToTheSecond(const QString &iso);
};

} // namespace hb::ui
