// The user view as support staff use it ("what happened to this user?"), offscreen, after
// deliveries that arrived over real HTTP and were processed by the catcher: the header, each tab's
// rows newest first, a row opening its delivery (Enter, double-click, the "#12" link), a change
// made by hand with no link, empty tabs saying so, older rows read as the table scrolls, and
// the view following changes.
#include "userviewfixture.h"

#include "common/logtableview.h"
#include "community/userview.h"
#include "community/userviewmodel.h"
#include "community/userviewrows.h"
#include "community/userviewtable.h"
#include "modeltesting.h"
#include "services/communityservice.h"

#include <QApplication>
#include <QLabel>
#include <QSignalSpy>
#include <QTabWidget>

using namespace hb;
using ui::UserView;
using ui::UserViewRows;
using ui::UserViewTable;

class TestUserView : public userviewfixture::Fixture {
    Q_OBJECT

    qint64 m_first = 0, m_bobs = 0, m_failed = 0, m_second = 0, m_chat = 0;
    qint64 m_cy = 0;
    std::unique_ptr<UserView> m_view;

    UserView *open(qint64 userId, int pageSize = 200)
    {
        m_view = std::make_unique<UserView>(*m_reader, userId);
        m_view->setPageSize(pageSize);
        modeltesting::watchAll(m_view.get());
        m_view->resize(1000, 680);
        m_view->show();
        if (!QTest::qWaitFor([this] { return !m_view->isLoading(); }))
            qWarning("the user view did not load");
        return m_view.get();
    }

    static QString cell(UserViewTable *table, int row, int column)
    {
        return table->model()->index(row, column).data().toString();
    }

    static qint64 deliveryOf(UserViewTable *table, int row)
    {
        return table->model()->index(row, 0).data(ui::UserViewModel::DeliveryIdRole).toLongLong();
    }

    QString text(const char *name) const
    {
        return m_view->findChild<QLabel *>(QString::fromLatin1(name))->text();
    }

    // Shows the tab and selects the row as a user clicks it.
    void clickRow(UserView::Tab tab, int row, int column)
    {
        m_view->tabs()->setCurrentIndex(tab);
        ui::LogTableView *view = m_view->table(tab)->view();
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                          view->visualRect(view->model()->index(row, column)).center());
    }

private slots:
    void initTestCase()
    {
        isolateSettings(QStringLiteral("test_userview"));
        start();
        m_first = deposit("ann@example.com", "5", 3);
        m_bobs = deposit("bob@example.com", "1", 1);
        m_failed = deposit("ann@example.com", "\"abc\"", 1);
        m_second = deposit("ann@example.com", "2.5", 2);
        m_chat = chat("ann@example.com", "hello from ann");
        for (qint64 id : {m_first, m_bobs, m_failed, m_second, m_chat})
            QVERIFY(id > 0);
        changeByHand(m_ann);
        m_cy = addUser(QStringLiteral("cy@example.com"), QStringLiteral("cy"), QString());
    }

    void cleanup() { m_view.reset(); }
    void cleanupTestCase() { stop(); }

    void headerNamesTheUserAndBalances()
    {
        open(m_ann);
        QCOMPARE(text("userName"), QStringLiteral("Ann Example"));
        QVERIFY(text("userIdentity").contains(QStringLiteral("ann@example.com")));
        QVERIFY(text("userIdentity").contains(QStringLiteral("ann")));
        QLabel *balances = m_view->findChild<QLabel *>(QStringLiteral("userBalances"));
        QCOMPARE(balances->accessibleName(), QStringLiteral("Coins 5, XP 40")); // 3 + 2; by hand
        QCOMPARE(m_view->windowTitle(), QStringLiteral("User Ann Example"));
    }

    void fieldsTabHasEveryFieldSetOrNot()
    {
        open(m_ann);
        UserViewTable *fields = m_view->table(UserView::FieldsTab);
        QCOMPARE(fields->model()->rowCount(), 2); // by key: nickname, total-deposit
        QCOMPARE(cell(fields, 0, UserViewRows::FieldNameColumn), QStringLiteral("Nickname"));
        QCOMPARE(cell(fields, 0, UserViewRows::FieldValueColumn), QStringLiteral("annie"));
        QCOMPARE(cell(fields, 1, UserViewRows::FieldKeyColumn), QStringLiteral("total-deposit"));
        QCOMPARE(cell(fields, 1, UserViewRows::FieldValueColumn), QStringLiteral("7.5"));
        QCOMPARE(cell(fields, 1, UserViewRows::FieldTypeColumn), QStringLiteral("number"));
    }

    void fieldHistoryLinksEachChangeToItsDelivery()
    {
        open(m_ann);
        UserViewTable *history = m_view->table(UserView::HistoryTab);
        QCOMPARE(history->model()->rowCount(), 3);
        QCOMPARE(m_view->tabs()->tabText(UserView::HistoryTab),
                 QStringLiteral("Field history (3)"));
        // Newest first: the hand-made change, then the two deposits.
        QCOMPARE(cell(history, 0, UserViewRows::HistorySourceColumn), QStringLiteral("by hand"));
        QCOMPARE(cell(history, 0, UserViewRows::HistoryDeliveryColumn), QString());
        QCOMPARE(deliveryOf(history, 0), 0);
        QCOMPARE(cell(history, 0, UserViewRows::HistoryChangeColumn),
                 QStringLiteral("unset → annie"));
        QCOMPARE(cell(history, 1, UserViewRows::HistoryFieldColumn),
                 QStringLiteral("Total deposit"));
        QCOMPARE(cell(history, 1, UserViewRows::HistoryChangeColumn), QStringLiteral("5 → 7.5"));
        QCOMPARE(cell(history, 1, UserViewRows::HistoryOperatorColumn), QStringLiteral("add"));
        QCOMPARE(cell(history, 1, UserViewRows::HistorySourceColumn), QStringLiteral("Deposits"));
        QCOMPARE(cell(history, 1, UserViewRows::HistoryDeliveryColumn),
                 QStringLiteral("#%1").arg(m_second));
        QCOMPARE(cell(history, 2, UserViewRows::HistoryChangeColumn), QStringLiteral("unset → 5"));
        QVERIFY(!cell(history, 2, UserViewRows::HistoryTimeColumn).isEmpty());

        QSignalSpy requested(m_view.get(), &UserView::deliveryRequested);
        ui::LogTableView *view = history->view();
        // Enter on a selected row.
        clickRow(UserView::HistoryTab, 1, UserViewRows::HistoryFieldColumn);
        QTest::keyClick(view, Qt::Key_Return);
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested.at(0).at(0).toLongLong(), m_second);
        // A double-click.
        const QPoint third = view->visualRect(history->model()->index(2, 1)).center();
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, third);
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, third);
        QCOMPARE(requested.size(), 2);
        QCOMPARE(requested.at(1).at(0).toLongLong(), m_first);
        // The hand-made change has no delivery to open.
        clickRow(UserView::HistoryTab, 0, UserViewRows::HistoryFieldColumn);
        QTest::keyClick(view, Qt::Key_Return);
        QCOMPARE(requested.size(), 2);
        QVERIFY(m_view->isVisible()); // Enter opened a row, it did not close the view
    }

    void coinsAndXpTabHasDeltasAndBalances()
    {
        open(m_ann);
        UserViewTable *log = m_view->table(UserView::LogTab);
        QCOMPARE(log->model()->rowCount(), 3);
        QCOMPARE(cell(log, 0, UserViewRows::LogCurrencyColumn), QStringLiteral("XP"));
        QCOMPARE(cell(log, 0, UserViewRows::LogDeltaColumn), QStringLiteral("+40"));
        QCOMPARE(cell(log, 0, UserViewRows::LogActionColumn), QStringLiteral("by hand"));
        QCOMPARE(cell(log, 0, UserViewRows::LogDeliveryColumn), QString());
        QCOMPARE(cell(log, 1, UserViewRows::LogCurrencyColumn), QStringLiteral("Coins"));
        QCOMPARE(cell(log, 1, UserViewRows::LogDeltaColumn), QStringLiteral("+2"));
        QCOMPARE(cell(log, 1, UserViewRows::LogBalanceColumn), QStringLiteral("5"));
        QCOMPARE(cell(log, 1, UserViewRows::LogActionColumn), QStringLiteral("Deposits"));
        QCOMPARE(cell(log, 2, UserViewRows::LogDeltaColumn), QStringLiteral("+3"));
        QCOMPARE(cell(log, 2, UserViewRows::LogBalanceColumn), QStringLiteral("3"));

        // A click on the link cell opens the delivery.
        QSignalSpy requested(m_view.get(), &UserView::deliveryRequested);
        clickRow(UserView::LogTab, 2, UserViewRows::LogDeliveryColumn);
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested.at(0).at(0).toLongLong(), m_first);
    }

    void messagesTabHasTheMessagesOfTheUsersDeliveries()
    {
        open(m_ann);
        UserViewTable *messages = m_view->table(UserView::MessagesTab);
        QCOMPARE(messages->model()->rowCount(), 3); // not bob's deposit message
        QCOMPARE(cell(messages, 0, UserViewRows::MessageChannelColumn), QStringLiteral("#chat"));
        QCOMPARE(cell(messages, 0, UserViewRows::MessageTextColumn),
                 QStringLiteral("hello from ann"));
        QCOMPARE(cell(messages, 0, UserViewRows::MessageAuthorColumn), QStringLiteral("Chat"));
        QCOMPARE(cell(messages, 1, UserViewRows::MessageTextColumn),
                 QStringLiteral("ann@example.com deposited 2.5"));
        QCOMPARE(deliveryOf(messages, 0), m_chat);
        QCOMPARE(deliveryOf(messages, 2), m_first);
    }

    void deliveriesTabHasTheFailedOneWithItsReason()
    {
        open(m_ann);
        UserViewTable *deliveries = m_view->table(UserView::DeliveriesTab);
        QCOMPARE(deliveries->model()->rowCount(), 4);
        QList<qint64> ids;
        for (int row = 0; row < 4; ++row)
            ids << deliveryOf(deliveries, row);
        QCOMPARE(ids, (QList<qint64>{m_chat, m_second, m_failed, m_first}));
        QCOMPARE(cell(deliveries, 2, UserViewRows::DeliveryStatusColumn), QStringLiteral("Failed"));
        QVERIFY(cell(deliveries, 2, UserViewRows::DeliverySummaryColumn)
                    .contains(QStringLiteral("abc")));
        QCOMPARE(cell(deliveries, 1, UserViewRows::DeliveryStatusColumn),
                 QStringLiteral("Success"));
        QVERIFY(cell(deliveries, 1, UserViewRows::DeliverySummaryColumn)
                    .contains(QStringLiteral("total-deposit")));
        QCOMPARE(cell(deliveries, 1, UserViewRows::DeliveryWebhookColumn),
                 QStringLiteral("Deposits"));

        QSignalSpy requested(m_view.get(), &UserView::deliveryRequested);
        clickRow(UserView::DeliveriesTab, 2, UserViewRows::DeliveryWebhookColumn);
        QTest::keyClick(deliveries->view(), Qt::Key_Enter);
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested.at(0).at(0).toLongLong(), m_failed);
    }

    void emptyTabsSaySo()
    {
        open(m_cy);
        QCOMPARE(text("userName"), QStringLiteral("cy")); // no display name: the username
        QVERIFY(!m_view->table(UserView::FieldsTab)->showsEmptyText()); // fields, all unset
        const std::pair<UserView::Tab, const char *> empty[] = {
            {UserView::HistoryTab, "No field changes yet."},
            {UserView::LogTab, "No coins or XP changes yet."},
            {UserView::MessagesTab, "No messages about this user yet."},
            {UserView::DeliveriesTab, "No deliveries for this user yet."}};
        for (const auto &[tab, words] : empty) {
            m_view->tabs()->setCurrentIndex(tab);
            QVERIFY(m_view->table(tab)->showsEmptyText());
            QCOMPARE(m_view->table(tab)->emptyText(), QString::fromUtf8(words));
        }
    }

    void olderRowsArriveAsTheTableScrolls()
    {
        open(m_ann, 1); // one row a page
        m_view->tabs()->setCurrentIndex(UserView::DeliveriesTab);
        UserViewTable *deliveries = m_view->table(UserView::DeliveriesTab);
        // The table is taller than one row: it asks for the next page until it is full.
        QTRY_VERIFY(!m_view->isLoading() && !deliveries->model()->hasMore());
        QCOMPARE(deliveries->model()->rowCount(), 4);
        QList<qint64> ids;
        for (int row = 0; row < 4; ++row)
            ids << deliveryOf(deliveries, row);
        QCOMPARE(ids, (QList<qint64>{m_chat, m_second, m_failed, m_first}));
        QCOMPARE(m_view->tabs()->tabText(UserView::DeliveriesTab),
                 QStringLiteral("Deliveries (4)"));
        QVERIFY(!deliveries->model()->hasMore());
    }

    void unknownUserSaysSo()
    {
        open(999999);
        QVERIFY(m_view->findChild<QWidget *>(QStringLiteral("userMessage"))->isVisible());
        QVERIFY(m_view->table(UserView::HistoryTab)->showsEmptyText());
    }

    // Last: it changes the store.
    void followsChanges()
    {
        open(m_ann);
        UserViewTable *history = m_view->table(UserView::HistoryTab);
        clickRow(UserView::HistoryTab, 1, UserViewRows::HistoryFieldColumn);
        QCOMPARE(history->view()->currentIndex().row(), 1);

        // A delivery processed by the catcher: the window calls reload() when it hears of it.
        const qint64 third = deposit("ann@example.com", "1", 1);
        QVERIFY(third > 0);
        m_view->reload();
        QTRY_COMPARE(history->model()->rowCount(), 4);
        QCOMPARE(deliveryOf(history, 0), third);
        // The new row arrived above: the row selected is still the one the user chose.
        QCOMPARE(history->view()->currentIndex().row(), 2);
        QCOMPARE(deliveryOf(history, 2), m_second);
        QCOMPARE(m_view->findChild<QLabel *>(QStringLiteral("userBalances"))->accessibleName(),
                 QStringLiteral("Coins 6, XP 40"));

        // A change the services announce shows without asking.
        QVERIFY(services::CommunityService(*m_db)
                    .addField(
                        {QStringLiteral("vip"), QStringLiteral("VIP"), mapping::FieldType::Boolean})
                    .ok());
        QTRY_COMPARE(m_view->table(UserView::FieldsTab)->model()->rowCount(), 3);
    }
};

QTEST_MAIN(TestUserView)
#include "test_userview.moc"
