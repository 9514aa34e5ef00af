// LocalTime: the store's UTC times shown in the user's own time zone; anything else as it is.
#include "common/localtime.h"

#include <QLocale>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <ctime>

using hb::ui::LocalTime;

class TestLocalTime : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // One hour east of UTC, without daylight saving; a POSIX rule needs no time zone files.
        qputenv("TZ", "CET-1");
        tzset();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        // The UTC choice is kept in QSettings: a test folder's, never the user's.
        QStandardPaths::setTestModeEnabled(true);
        LocalTime::setShowsUtc(false);
    }

    void inTheUsersTimeZone()
    {
        const QString iso = QStringLiteral("2026-11-27T09:05:04.144Z");
        QCOMPARE(LocalTime::text(iso), QStringLiteral("27/11/2026 10:05"));
        QCOMPARE(LocalTime::textToTheSecond(iso), QStringLiteral("27/11/2026 10:05:04"));
        // Past midnight locally: the date moves too.
        QCOMPARE(LocalTime::text(QStringLiteral("2026-11-27T23:30:00Z")),
                 QStringLiteral("28/11/2026 00:30"));
    }

    // Settings → Times: UTC. Said after the time, so it is never taken for a local one.
    void inUtcWhenAsked()
    {
        const QString iso = QStringLiteral("2026-11-27T23:30:00.500+02:00");
        QSignalSpy changed(LocalTime::notifier(), &LocalTime::changed);
        LocalTime::setShowsUtc(true);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(LocalTime::text(iso), QStringLiteral("27/11/2026 21:30 UTC"));
        QCOMPARE(LocalTime::textToTheSecond(iso), QStringLiteral("27/11/2026 21:30:00 UTC"));
        QCOMPARE(LocalTime::text(QStringLiteral("yesterday")), QStringLiteral("yesterday"));
        LocalTime::setShowsUtc(true);
        QCOMPARE(changed.size(), 1); // no change, no re-rendering
        LocalTime::setShowsUtc(false);
        QCOMPARE(changed.size(), 2);
        QCOMPARE(LocalTime::text(iso), QStringLiteral("27/11/2026 22:30"));
    }

    void anythingElseAsItIs()
    {
        for (const QString &text :
             {QString(), QStringLiteral("yesterday"), QStringLiteral("2026-13-40T99:00:00Z")}) {
            QCOMPARE(LocalTime::text(text), text);
            QCOMPARE(LocalTime::textToTheSecond(text), text);
        }
    }
};

QTEST_GUILESS_MAIN(TestLocalTime)
#include "test_localtime.moc"
