// The Deliveries page's filter bar as support staff use it to find one delivery among many: type
// part of a user, a reason or a webhook's name (or an id), pick a webhook, a time window and a
// status; the list and the counts per status follow, and a filter that matches nothing says so.
#include "deliveriesfixture.h"

#include "common/messagelabel.h"
#include "deliveries/deliveriesmodel.h"
#include "deliveries/deliveriespage.h"
#include "store/webhookrepository.h"

#include <QComboBox>
#include <QLineEdit>
#include <QTest>

using namespace hb::ui;

class TestDeliveriesFilter : public deliveriesfixture::Fixture {
    Q_OBJECT

private:
    // The ids the list shows, top to bottom, once the page has read them.
    QList<qint64> listed() const
    {
        QList<qint64> ids;
        for (int row = 0; row < m_page->model()->rowCount(); ++row)
            ids << m_page->model()->index(row, 0).data(DeliveriesModel::IdRole).toLongLong();
        return ids;
    }

    bool settledOn(const QList<qint64> &expected) const
    {
        return QTest::qWaitFor([&] { return !m_page->isLoading() && listed() == expected; });
    }

    static void choose(QComboBox *combo, const QString &text)
    {
        const int index = combo->findText(text);
        QVERIFY2(index >= 0, qPrintable(text));
        combo->setCurrentIndex(index);
    }

private slots:
    void initTestCase() { isolateSettings(QStringLiteral("test_deliveriesfilter")); }
    void init() { start(); }
    void cleanup() { stop(); }

    void searchWebhookTimeAndStatus()
    {
        auto partner = hb::mapping::WebhookConfig::fromJson(
            R"({"name": "Partner", "user": {"identifier": "email", "path": "/email"}})", nullptr);
        QVERIFY(partner);
        auto added = hb::store::WebhookRepository(*m_db).add(*partner);
        QVERIFY2(added, qPrintable(added.error()));
        const qint64 alice =
            receive(m_deposits, R"({"email": "alice@example.com", "amount": 2, "bonus": 1})");
        const qint64 nobody =
            receive(m_deposits, R"({"email": "nobody@example.com", "amount": 2, "bonus": 1})");
        processAll();
        const qint64 partnerPending = receive(*added, R"({"email": "alice@example.com"})");
        openPage();
        QVERIFY(settledOn({partnerPending, nobody, alice}));
        QCOMPARE(m_page->countsText(),
                 QStringLiteral("3 deliveries: 1 success · 1 failed · 1 pending"));
        // Every webhook to choose from, after all of them.
        QCOMPARE(m_page->webhookFilter()->itemText(0), QStringLiteral("All webhooks"));
        QTRY_VERIFY(m_page->webhookFilter()->findText(QStringLiteral("Partner")) > 0);
        QVERIFY(m_page->webhookFilter()->findText(m_deposits.name) > 0);

        // Ctrl+F, then part of the reason in another case: the failed one.
        m_page->table()->setFocus();
        QTest::keySequence(m_page.get(), QKeySequence::Find);
        QVERIFY(m_page->searchEdit()->hasFocus());
        QTest::keyClicks(m_page->searchEdit(), QStringLiteral("NOBODY@"));
        QVERIFY(settledOn({nobody}));
        QCOMPARE(m_page->countsText(),
                 QStringLiteral("1 delivery: 0 success · 1 failed · 0 pending"));
        // A delivery id.
        m_page->searchEdit()->setText(QString::number(alice));
        QVERIFY(settledOn({alice}));
        // Part of the user a success names.
        m_page->searchEdit()->setText(QStringLiteral("alice@"));
        QVERIFY(settledOn({alice}));
        m_page->searchEdit()->clear();
        QVERIFY(settledOn({partnerPending, nobody, alice}));

        choose(m_page->webhookFilter(), QStringLiteral("Partner"));
        QVERIFY(settledOn({partnerPending}));
        QCOMPARE(m_page->countsText(),
                 QStringLiteral("1 delivery: 0 success · 0 failed · 1 pending"));
        choose(m_page->webhookFilter(), QStringLiteral("All webhooks"));
        choose(m_page->statusFilter(), QStringLiteral("Failed"));
        QVERIFY(settledOn({nobody}));
        // The counts are over the other filters: they tell what the other statuses hold.
        QCOMPARE(m_page->countsText(),
                 QStringLiteral("3 deliveries: 1 success · 1 failed · 1 pending"));
        choose(m_page->receivedFilter(), QStringLiteral("Last hour"));
        QVERIFY(settledOn({nobody}));

        // Nothing matches: said in words, not an empty table alone.
        choose(m_page->statusFilter(), QStringLiteral("All"));
        m_page->searchEdit()->setText(QStringLiteral("no such thing"));
        QVERIFY(settledOn({}));
        auto *message = m_page->findChild<MessageLabel *>(QStringLiteral("deliveriesMessage"));
        QVERIFY2(message->text().contains(QStringLiteral("No deliveries match these filters")),
                 qPrintable(message->text()));
        QCOMPARE(m_page->countsText(),
                 QStringLiteral("0 deliveries: 0 success · 0 failed · 0 pending"));
    }

    // A webhook removed since is still a filter while chosen: its deliveries are still listed.
    void removedWebhookStaysWhileChosen()
    {
        const qint64 id =
            receive(m_deposits, R"({"email": "alice@example.com", "amount": 2, "bonus": 1})");
        openPage();
        QVERIFY(settledOn({id}));
        QTRY_VERIFY(m_page->webhookFilter()->findText(m_deposits.name) >= 0);
        choose(m_page->webhookFilter(), m_deposits.name);
        QVERIFY(settledOn({id}));
        QVERIFY(hb::store::WebhookRepository(*m_db).remove(m_deposits.name));
        m_page->refresh();
        QVERIFY(settledOn({id}));
        QCOMPARE(m_page->webhookFilter()->currentText(), m_deposits.name);
    }
};

QTEST_MAIN(TestDeliveriesFilter)
#include "test_deliveriesfilter.moc"
