#pragma once

#include <QObject>
#include <QString>

namespace hb::ui {

// The store's times (ISO 8601, UTC) as the window shows them: in the user's time zone and locale,
// or in UTC with "UTC" after them when the user asked for that in Settings (support staff compare
// times with servers' logs). A text that is not such a time is shown as it is.
//
// The choice is kept in QSettings ("display/utc"). Whatever shows a time connects to
// notifier()->changed and shows it again, so that switching never leaves two kinds of time on
// screen.
class LocalTime : public QObject {
    Q_OBJECT
public:
    // Date and time to the minute, as in tables ("27/11/2026 10:00").
    static QString text(const QString &iso);
    // Date and time to the second, where support staff match it against a sender's logs.
    static QString textToTheSecond(const QString &iso);

    static bool showsUtc();
    // Stores the choice and, when it changes, emits changed().
    static void setShowsUtc(bool utc);
    // Forgets the cached choice, so the next time shown reads QSettings again (tests).
    static void reload();
    static LocalTime *notifier();

signals:
    void changed();

private:
    LocalTime() = default;
};

} // namespace hb::ui
