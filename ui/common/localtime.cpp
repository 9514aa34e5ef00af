#include "localtime.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QSettings>

#include <atomic>

namespace hb::ui {

namespace {

const QString utcKey = QStringLiteral("display/utc");

// Read from QSettings once, not for every cell a table paints; -1 until then. Atomic because
// models may format times off the GUI thread.
std::atomic<int> cachedUtc{-1};

QDateTime shown(const QString &iso, bool *utc)
{
    const QDateTime at = QDateTime::fromString(iso, Qt::ISODateWithMs);
    *utc = LocalTime::showsUtc();
    if (!at.isValid())
        return at;
    return *utc ? at.toUTC() : at.toLocalTime();
}

QString withZone(const QString &text, bool utc)
{
    return utc ? text + QStringLiteral(" UTC") : text;
}

} // namespace

QString LocalTime::text(const QString &iso)
{
    bool utc = false;
    const QDateTime at = shown(iso, &utc);
    return at.isValid() ? withZone(QLocale().toString(at, QLocale::ShortFormat), utc) : iso;
}

QString LocalTime::textToTheSecond(const QString &iso)
{
    bool utc = false;
    const QDateTime at = shown(iso, &utc);
    if (!at.isValid())
        return iso;
    return withZone(QLocale().toString(at.date(), QLocale::ShortFormat) + QLatin1Char(' ')
                        + at.time().toString(QStringLiteral("HH:mm:ss")),
                    utc);
}

bool LocalTime::showsUtc()
{
    int utc = cachedUtc.load();
    if (utc < 0) {
        utc = QSettings().value(utcKey, false).toBool() ? 1 : 0;
        cachedUtc.store(utc);
    }
    return utc == 1;
}

void LocalTime::setShowsUtc(bool utc)
{
    const bool before = showsUtc();
    QSettings().setValue(utcKey, utc);
    cachedUtc.store(utc ? 1 : 0);
    if (utc != before)
        emit notifier()->changed();
}

void LocalTime::reload()
{
    cachedUtc.store(-1);
}

LocalTime *LocalTime::notifier()
{
    // Lives as long as the application; created on the first caller's thread, which is the GUI
    // thread in the window (the pages connect to it when they are built).
    static LocalTime *instance = [] {
        auto *created = new LocalTime;
        if (QCoreApplication::instance())
            created->moveToThread(QCoreApplication::instance()->thread());
        return created;
    }();
    return instance;
}

} // namespace hb::ui
