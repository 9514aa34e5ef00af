// The tray notifications (issue 16): what is said, once, and only while the window is away.
#include "deliveriesfixture.h"

#include "common/deliveryalerts.h"
#include "common/traynotifier.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QWidget>

using hb::ui::DeliveryAlerts;
using hb::ui::TrayNotifier;

class TestTrayNotifier : public deliveriesfixture::Fixture {
    Q_OBJECT

    static DeliveryAlerts::Snapshot failures(std::initializer_list<qint64> ids)
    {
        DeliveryAlerts::Snapshot snapshot;
        for (const qint64 id : ids)
            snapshot.newestFailures << DeliveryAlerts::Failure{id, QStringLiteral("Deposits"),
                                                               QStringLiteral("no user")};
        return snapshot;
    }

    qint64 receiveAt(const QDateTime &when, const QByteArray &body)
    {
        const qint64 id = receive(m_deposits, body);
        // Received earlier than now: the way a delivery comes to wait for over an hour.
        QSqlQuery query(m_db->connection());
        query.prepare(QStringLiteral("UPDATE deliveries SET received_at = ? WHERE id = ?"));
        query.addBindValue(hb::isoUtc(when));
        query.addBindValue(id);
        if (!query.exec())
            qFatal("cannot age the delivery");
        return id;
    }

private slots:
    void initTestCase() { isolateSettings(QStringLiteral("test_traynotifier")); }
    void init() { start(); }
    void cleanup() { stop(); }

    void whatFailedBeforeIsNotNews()
    {
        DeliveryAlerts alerts;
        QVERIFY(alerts.update(failures({3, 2, 1})).isEmpty());
        QVERIFY(alerts.update(failures({3, 2, 1})).isEmpty());
    }

    void oneNewFailureNamesItsDeliveryWebhookAndReason()
    {
        DeliveryAlerts alerts;
        alerts.update(failures({2, 1}));
        const QList<DeliveryAlerts::Alert> said = alerts.update(failures({5, 2, 1}));
        QCOMPARE(said.size(), 1);
        QCOMPARE(said.first().title, QStringLiteral("Delivery 5 failed"));
        QCOMPARE(said.first().text, QStringLiteral("Deposits: no user"));
        QCOMPARE(said.first().deliveryId, qint64(5));
        QVERIFY(alerts.update(failures({5, 2, 1})).isEmpty()); // said once
    }

    void aBurstIsOneNotificationOpeningTheNewest()
    {
        DeliveryAlerts alerts;
        alerts.update(failures({}));
        const QList<DeliveryAlerts::Alert> said = alerts.update(failures({9, 8, 7}));
        QCOMPARE(said.size(), 1);
        QCOMPARE(said.first().title, QStringLiteral("3 deliveries failed"));
        QCOMPARE(said.first().deliveryId, qint64(9));
    }

    void moreStaleDeliveriesAreSaid()
    {
        DeliveryAlerts alerts;
        alerts.update(failures({}));
        DeliveryAlerts::Snapshot stale = failures({});
        stale.staleCount = 2;
        stale.oldestStaleId = 4;
        const QList<DeliveryAlerts::Alert> said = alerts.update(stale);
        QCOMPARE(said.size(), 1);
        QCOMPARE(said.first().deliveryId, qint64(4));
        QVERIFY(said.first().text.contains(QStringLiteral("Delivery 4 is still Pending")));
        QVERIFY(alerts.update(stale).isEmpty());
        stale.staleCount = 1; // one was processed: nothing new to say
        QVERIFY(alerts.update(stale).isEmpty());
    }

    // Over a real store: a delivery that fails while the window is hidden is said, with its id.
    void aFailureInTheStoreIsSaidWhileTheWindowIsHidden()
    {
        receive(m_deposits, R"({"email":"nobody@example.com","amount":1,"bonus":1})");
        processAll();   // failed before the notifier started: not news
        QWidget window; // never shown: the window is away
        m_reader = std::make_unique<hb::services::StoreExecutor>(m_store->path());
        TrayNotifier notifier(*m_reader, &window);
        QSignalSpy alerted(&notifier, &TrayNotifier::alerted);
        QSignalSpy checked(&notifier, &TrayNotifier::checked);
        QVERIFY(QTest::qWaitFor([&] { return checked.size() == 1; })); // the baseline
        notifier.check();
        QVERIFY(QTest::qWaitFor([&] { return checked.size() == 2; }));
        QCOMPARE(alerted.size(), 0);

        const qint64 failed =
            receive(m_deposits, R"({"email":"ghost@example.com","amount":1,"bonus":1})");
        processAll();
        notifier.check();
        QVERIFY(QTest::qWaitFor([&] { return alerted.size() == 1; }));
        const auto alert = alerted.first().first().value<DeliveryAlerts::Alert>();
        QCOMPARE(alert.deliveryId, failed);
        QVERIFY2(alert.text.contains(QStringLiteral("ghost@example.com")), qPrintable(alert.text));
    }

    void nothingIsSaidWhileTheWindowIsInView()
    {
        QWidget window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        m_reader = std::make_unique<hb::services::StoreExecutor>(m_store->path());
        TrayNotifier notifier(*m_reader, &window);
        QSignalSpy alerted(&notifier, &TrayNotifier::alerted);
        QSignalSpy checked(&notifier, &TrayNotifier::checked);
        QVERIFY(QTest::qWaitFor([&] { return checked.size() == 1; }));
        receive(m_deposits, R"({"email":"ghost@example.com","amount":1,"bonus":1})");
        processAll();
        notifier.check();
        QVERIFY(QTest::qWaitFor([&] { return checked.size() == 2; }));
        QCOMPARE(alerted.size(), 0);
        window.hide(); // the same failure is not said later: it was seen
        notifier.check();
        QVERIFY(QTest::qWaitFor([&] { return checked.size() == 3; }));
        QCOMPARE(alerted.size(), 0);
    }

    void aDeliveryPendingForOverAnHourIsSaid()
    {
        QWidget window;
        m_reader = std::make_unique<hb::services::StoreExecutor>(m_store->path());
        TrayNotifier notifier(*m_reader, &window);
        QSignalSpy alerted(&notifier, &TrayNotifier::alerted);
        QSignalSpy checked(&notifier, &TrayNotifier::checked);
        QVERIFY(QTest::qWaitFor([&] { return checked.size() == 1; }));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const qint64 oldest = receiveAt(now.addSecs(-3 * 3600), R"({"email":"a@example.com"})");
        receiveAt(now.addSecs(-2 * 3600), R"({"email":"b@example.com"})");
        notifier.check();
        QVERIFY(QTest::qWaitFor([&] { return alerted.size() == 1; }));
        const auto alert = alerted.first().first().value<DeliveryAlerts::Alert>();
        QCOMPARE(alert.deliveryId, oldest);
        QVERIFY2(alert.title.startsWith(QStringLiteral("2 deliveries")), qPrintable(alert.title));
    }
};

QTEST_MAIN(TestTrayNotifier)
#include "test_traynotifier.moc"
