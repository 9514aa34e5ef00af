// The Sender's Negative cases tab against the window's kind of catcher, in-process on loopback:
// a run of a keyed, GCM-encrypted, signed webhook fills every row with a tick and "matches" and
// says all went as expected; a disabled webhook or no webhook is refused with a message and
// nothing is sent.
#include "modeltesting.h"
#include "storeseed.h"
#include "tempstore.h"

#include "common/messagelabel.h"
#include "common/readonlytextview.h"
#include "delivery/catcherservice.h"
#include "sender/negativecasesmodel.h"
#include "sender/negativecasespanel.h"
#include "store/deliveryrepository.h"

#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTcpServer>
#include <QTest>

using namespace hb::ui;

class TestNegativeCasesPanel : public QObject {
    Q_OBJECT

    TempStore m_store;
    std::unique_ptr<hb::store::Database> m_db;
    std::unique_ptr<hb::delivery::CatcherService> m_catcher;
    SendTarget m_target;

    qint64 deliveryCount()
    {
        hb::store::DeliveryFilter filter;
        filter.limit = 100000;
        auto list = hb::store::DeliveryRepository(*m_db).list(filter);
        return list.ok() ? list->size() : -1;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_store.isValid());
        m_db = std::make_unique<hb::store::Database>(m_store.path());
        QVERIFY(m_db->open().ok());
        StoreSeed::addUser(*m_db, QStringLiteral("alice@example.com"), QStringLiteral("alice"));
        hb::mapping::Webhook webhook;
        webhook.name = QStringLiteral("Locked");
        webhook.apiKey = QStringLiteral("key-0123456789abcdef0123456789abcdef");
        webhook.encryption = hb::mapping::Encryption{
            hb::mapping::EncryptionMode::Gcm, QStringLiteral("0123456789abcdef0123456789abcdef")};
        webhook.signingSecret = QStringLiteral("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");
        webhook.user = {hb::mapping::Identifier::Email, QStringLiteral("/email")};
        webhook.currencies = {
            {hb::mapping::Currency::Coins, hb::mapping::Operator::Add, QStringLiteral("/bonus")}};
        StoreSeed::addWebhook(*m_db, webhook);
        auto stored = hb::store::WebhookRepository(*m_db).findByName(webhook.name);
        QVERIFY(stored.ok() && stored->has_value());

        m_catcher = std::make_unique<hb::delivery::CatcherService>(m_store.path());
        hb::delivery::CatcherSettings settings;
        settings.port = 0;
        settings.limits.maxBodySize = 64 * 1024;
        const hb::Status started = m_catcher->start(settings);
        QVERIFY2(started.ok(), qPrintable(started.error()));

        m_target.webhook = **stored;
        m_target.applied = **stored;
        m_target.url = QUrl(m_catcher->webhookUrl(m_target.webhook.token));
        m_target.payload = R"({"email":"alice@example.com","bonus":1})";
        m_target.bodyLimit = settings.limits.maxBodySize;
    }

    void cleanupTestCase()
    {
        if (m_catcher)
            m_catcher->stop();
        m_catcher.reset();
    }

    void everyCaseGetsATick()
    {
        NegativeCasesPanel panel(m_store.path());
        modeltesting::watch(panel.model());
        panel.setTarget(m_target);
        QCOMPARE(panel.runButton()->text(), QStringLiteral("Run 11 negative case(s)"));
        QVERIFY(!panel.cancelButton()->isEnabled());
        const qint64 before = deliveryCount();

        QTest::mouseClick(panel.runButton(), Qt::LeftButton);
        QVERIFY(panel.isRunning());
        QVERIFY(panel.cancelButton()->isEnabled());
        QVERIFY(!panel.runButton()->isEnabled());
        QCOMPARE(panel.model()->rowCount(), 11);
        QTRY_VERIFY_WITH_TIMEOUT(!panel.isRunning(), 120000);

        NegativeCasesModel *model = panel.model();
        QCOMPARE(model->finishedCount(), 11);
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex result = model->index(row, NegativeCasesModel::ResultColumn);
            QVERIFY2(result.data().toString() == QLatin1String("matches"),
                     qPrintable(
                         model->index(row, NegativeCasesModel::CaseColumn).data().toString()
                         + QStringLiteral(": ")
                         + model->index(row, NegativeCasesModel::ActualColumn).data().toString()));
            QVERIFY(!result.data(Qt::DecorationRole).value<QIcon>().isNull());
        }
        QCOMPARE(panel.message()->text(), QStringLiteral("11 of 11 as expected"));
        QVERIFY(!panel.message()->isError());
        // The 202 cases were followed into the store: "then Failed", not assumed.
        const int tagRow = [&] {
            for (int row = 0; row < model->rowCount(); ++row) {
                if (model->caseAt(row).key == QLatin1String("tampered-tag"))
                    return row;
            }
            return -1;
        }();
        QVERIFY(tagRow >= 0);
        QCOMPARE(model->index(tagRow, NegativeCasesModel::ActualColumn).data().toString(),
                 QStringLiteral("202, then Failed"));
        // Five cases are received (202), the replay's repeat adds none; the refused are not stored.
        QCOMPARE(deliveryCount() - before, qint64(5));

        // Selecting a row shows what was sent and what came back.
        panel.table()->selectRow(tagRow);
        const QString details = panel.details()->toPlainText();
        QVERIFY2(details.contains(model->caseAt(tagRow).description), qPrintable(details));
        QVERIFY2(details.contains(QStringLiteral("does not decrypt")), qPrintable(details));
        QVERIFY(panel.runButton()->isEnabled());
        QVERIFY(!panel.cancelButton()->isEnabled());
    }

    // Against a listener that never answers, the first case waits until Cancel gives it up.
    void cancelEndsTheRun()
    {
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        SendTarget target = m_target;
        target.url = QUrl(QStringLiteral("http://127.0.0.1:%1/hooks/%2")
                              .arg(silent.serverPort())
                              .arg(m_target.webhook.token));
        NegativeCasesPanel panel(m_store.path());
        modeltesting::watch(panel.model());
        panel.setTarget(target);
        QTest::mouseClick(panel.runButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(panel.model()->runningRow(), 0, 10000);
        QCOMPARE(panel.model()->index(0, NegativeCasesModel::ResultColumn).data().toString(),
                 QStringLiteral("running…"));
        QTest::mouseClick(panel.cancelButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!panel.isRunning(), 10000);
        QCOMPARE(panel.model()->finishedCount(), 0);
        QCOMPARE(panel.model()->runningRow(), -1);
        QCOMPARE(panel.message()->text(), QStringLiteral("Cancelled after 0 of 11 cases."));
        QVERIFY(panel.runButton()->isEnabled());
    }

    void aDisabledWebhookIsRefused()
    {
        NegativeCasesPanel panel(m_store.path());
        SendTarget disabled = m_target;
        disabled.webhook.enabled = false;
        panel.setTarget(disabled);
        const qint64 before = deliveryCount();
        QTest::mouseClick(panel.runButton(), Qt::LeftButton);
        QVERIFY(!panel.isRunning());
        QVERIFY(panel.message()->isError());
        QVERIFY(panel.message()->text().contains(QLatin1String("Enable it first")));
        QCOMPARE(panel.model()->rowCount(), 0);
        QTest::qWait(200);
        QCOMPARE(deliveryCount(), before);
    }

    void noTargetIsRefused()
    {
        NegativeCasesPanel panel(m_store.path());
        QTest::mouseClick(panel.runButton(), Qt::LeftButton);
        QVERIFY(!panel.isRunning());
        QVERIFY(panel.message()->isError());
        QCOMPARE(panel.runButton()->text(), QStringLiteral("Run negative cases"));
    }
};

QTEST_MAIN(TestNegativeCasesPanel)
#include "test_negativecasespanel.moc"
