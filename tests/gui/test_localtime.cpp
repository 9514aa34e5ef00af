// LocalTime: the store's UTC times shown in the user's own time zone; anything else as it is.
#include "common/localtime.h"

#include <QLocale>
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
