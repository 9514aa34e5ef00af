// The Re-run button of a Failed delivery in the Deliveries page, as support staff use it: fix the
// cause (add the missing user), click, and the details and the list show the outcome; without a
// fix it fails again with one more attempt; the store's refusal is said in words by the button.
#include "deliveriesfixture.h"

#include "common/clock.h"
#include "deliveries/deliveriesmodel.h"
#include "deliveries/deliveriespage.h"
#include "deliveries/deliverydetailsview.h"
#include "deliveries/deliveryoverviewtab.h"
#include "delivery/deliveryprocessor.h"
#include "mapping/webhookconfig.h"
#include "services/storeexecutor.h"
#include "store/deliveryrepository.h"
#include "store/userrepository.h"
#include "store/webhookrepository.h"

#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

#include <memory>

using namespace hb::ui;
using deliveriesfixture::tableText;

namespace {

const QByteArray nobodyDeposit = R"({"email": "nobody@example.com", "amount": 5, "bonus": 3})";

} // namespace

class TestDeliveryRerun : public deliveriesfixture::Fixture {
    Q_OBJECT

private:
    // The status the list shows for delivery `id`.
    QString listedStatus(qint64 id) const
    {
        const int row = rowOf(id);
        return row < 0 ? QString() : hb::deliveryStatusName(m_page->model()->record(row)->status);
    }

    DeliveryOverviewTab *overview() const { return m_page->detailsView()->overview(); }

    // Clicks Re-run: it is disabled and says so until the answer comes.
    bool clickRerun()
    {
        QPushButton *button = overview()->rerunButton();
        if (!overview()->isRerunShown() || !button->isEnabled())
            return false;
        QTest::mouseClick(button, Qt::LeftButton);
        if (button->isEnabled() || !button->text().startsWith(QStringLiteral("Re-running")))
            return false;
        return QTest::qWaitFor([&] { return settled(); });
    }

private slots:
    void initTestCase() { isolateSettings(QStringLiteral("test_deliveryrerun")); }
    void init() { start(); }
    void cleanup() { stop(); }

    void rerunAfterAddingTheUserSucceeds()
    {
        const qint64 id = receive(m_deposits, nobodyDeposit);
        processAll();
        openPage();
        QVERIFY(select(id));
        QVERIFY(overview()->statusText().startsWith(QStringLiteral("Failed")));

        hb::store::User nobody;
        nobody.email = QStringLiteral("nobody@example.com");
        nobody.username = QStringLiteral("nobody");
        auto added = hb::store::UserRepository(*m_db).add(nobody);
        QVERIFY2(added, qPrintable(added.error()));

        QVERIFY(clickRerun());
        QCOMPARE(m_page->detailsView()->deliveryId(), id);
        QCOMPARE(overview()->statusText(), QStringLiteral("Success"));
        QVERIFY(!overview()->isReasonShown());
        QVERIFY(!overview()->isRerunShown());
        QCOMPARE(overview()->valueText(QStringLiteral("user")),
                 QStringLiteral("nobody@example.com"));
        QCOMPARE(overview()->valueText(QStringLiteral("attempts")), QStringLiteral("2"));
        const QTableWidget *changes = overview()->changes();
        QCOMPARE(changes->rowCount(), 3);
        QCOMPARE(tableText(changes, 0, 0), QStringLiteral("total-deposit"));
        QCOMPARE(tableText(changes, 0, 2), QStringLiteral("5"));
        QCOMPARE(tableText(changes, 1, 0), QStringLiteral("coins"));
        QCOMPARE(tableText(changes, 1, 2), QStringLiteral("3"));
        QCOMPARE(listedStatus(id), QStringLiteral("success"));

        // Applied for real, not only said.
        auto user =
            hb::store::UserRepository(*m_db).findByEmail(QStringLiteral("nobody@example.com"));
        QVERIFY2(user && user->has_value(), "the user is gone");
        QCOMPARE((*user)->coins, qint64(3));
        QCOMPARE((*user)->fields.value(QStringLiteral("total-deposit")), QStringLiteral("5"));
    }

    void rerunWithoutAFixFailsAgain()
    {
        const qint64 id = receive(m_deposits, nobodyDeposit);
        processAll();
        openPage();
        QVERIFY(select(id));
        QCOMPARE(overview()->valueText(QStringLiteral("attempts")), QStringLiteral("1"));

        QVERIFY(clickRerun());
        QVERIFY(overview()->statusText().startsWith(QStringLiteral("Failed")));
        QCOMPARE(overview()->reasonText(),
                 QStringLiteral("no user with email \"nobody@example.com\""));
        QCOMPARE(overview()->valueText(QStringLiteral("attempts")), QStringLiteral("2"));
        QCOMPARE(overview()->changes()->rowCount(), 0);
        QCOMPARE(listedStatus(id), QStringLiteral("failed"));
        // Ready for the next try, with nothing reported wrong: failing again is an outcome.
        QVERIFY(overview()->isRerunShown());
        QVERIFY(overview()->rerunButton()->isEnabled());
        QVERIFY(overview()->rerunMessageText().isEmpty());

        QVERIFY(clickRerun());
        QCOMPARE(overview()->valueText(QStringLiteral("attempts")), QStringLiteral("3"));
    }

    void rerunRefusedByTheStoreIsSaidInWords()
    {
        const qint64 id = receive(m_deposits, nobodyDeposit);
        processAll();
        openPage();
        QVERIFY(select(id));

        // Someone else fixed and re-ran it meanwhile (from the command line, say).
        hb::store::User nobody;
        nobody.email = QStringLiteral("nobody@example.com");
        nobody.username = QStringLiteral("nobody");
        QVERIFY(hb::store::UserRepository(*m_db).add(nobody));
        QVERIFY(hb::delivery::DeliveryProcessor(*m_db).rerun(id));

        QVERIFY(clickRerun());
        QVERIFY2(overview()->rerunMessageText().contains(
                     QStringLiteral("Could not re-run delivery %1").arg(id)),
                 qPrintable(overview()->rerunMessageText()));
        QVERIFY2(overview()->rerunMessageText().contains(QStringLiteral("only failed")),
                 qPrintable(overview()->rerunMessageText()));
        QVERIFY(overview()->rerunButton()->isEnabled());
        // The list tells what the store holds now.
        QCOMPARE(listedStatus(id), QStringLiteral("success"));
    }

    void buttonOnlyForFailed()
    {
        const qint64 success =
            receive(m_deposits, R"({"email": "alice@example.com", "amount": 1, "bonus": 1})");
        const qint64 failed = receive(m_deposits, nobodyDeposit);
        processAll();
        const qint64 pending = receive(m_deposits, nobodyDeposit);
        openPage();
        QVERIFY(select(success));
        QCOMPARE(overview()->statusText(), QStringLiteral("Success"));
        QVERIFY(!overview()->isRerunShown());
        QVERIFY(select(pending));
        QVERIFY(!overview()->isRerunShown());
        QVERIFY(select(failed));
        QVERIFY(overview()->isRerunShown());
        QVERIFY(overview()->rerunButton()->isVisible());
        // The advice points at the button, not at a command to type.
        QVERIFY2(overview()->nextStepText().endsWith(QStringLiteral("Then press Re-run.")),
                 qPrintable(overview()->nextStepText()));
    }

    // Without its webhook there is no mapping to apply: no button, and the advice says so.
    void noButtonOnceTheWebhookIsRemoved()
    {
        const qint64 id = receive(m_deposits, nobodyDeposit);
        processAll();
        QVERIFY(hb::store::WebhookRepository(*m_db).remove(m_deposits.name));
        openPage();
        QVERIFY(select(id));
        QVERIFY(overview()->statusText().startsWith(QStringLiteral("Failed")));
        QVERIFY(!overview()->isRerunShown());
        QVERIFY2(overview()->nextStepText().contains(QStringLiteral("cannot be re-run")),
                 qPrintable(overview()->nextStepText()));
        QVERIFY2(!overview()->nextStepText().contains(QStringLiteral("press Re-run")),
                 qPrintable(overview()->nextStepText()));
        QCOMPARE(overview()->valueText(QStringLiteral("webhook")),
                 QStringLiteral("%1 (removed since)").arg(m_deposits.name));
    }
};

QTEST_MAIN(TestDeliveryRerun)
#include "test_deliveryrerun.moc"
