// The window's history pages and webhook list as a user sees them: the Deliveries and Community
// pages fill from the store without the window waiting on it (their reads run on a thread of
// their own), follow the catcher as deliveries arrive and are processed, and the webhook list
// marks what cannot work without borrowing the deliveries' Success tick.
#include "designerfixture.h"
#include "temppostgres.h"
#include "tempstore.h"

#include "common/mainwindow.h"
#include "common/messagelabel.h"
#include "common/statusicons.h"
#include "community/communitypage.h"
#include "community/usersmodel.h"
#include "deliveries/deliveriesmodel.h"
#include "deliveries/deliveriespage.h"
#include "deliveries/deliverydetailsview.h"
#include "deliveries/deliveryrequesttab.h"
#include "delivery/catcherservice.h"
#include "store/database.h"
#include "store/fieldrepository.h"
#include "store/webhookrepository.h"
#include "webhooks/mappingpanel.h"
#include "webhooks/previewpanel.h"
#include "webhooks/webhookdocument.h"
#include "webhooks/webhooklistpanel.h"
#include "webhooks/webhookspage.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>

using namespace hb::ui;

namespace {

// Another client of the PostgreSQL store that holds the users and deliveries tables locked, on a
// thread of its own, until release() (or, should the window wait on it, ten seconds).
class TableLock {
public:
    explicit TableLock(const QString &location)
        : m_thread([this, location] { hold(location); })
    {
        std::unique_lock<std::mutex> locker(m_mutex);
        m_changed.wait(locker, [this] { return m_state != State::Starting; });
    }
    ~TableLock()
    {
        release();
        m_thread.join();
    }
    bool isHeld() const { return m_state == State::Held; }
    void release()
    {
        std::lock_guard<std::mutex> locker(m_mutex);
        m_released = true;
        m_changed.notify_all();
    }

private:
    enum class State { Starting, Held, Failed };
    void hold(const QString &location)
    {
        hb::store::Database db(location);
        bool locked = db.open().ok() && db.connection().transaction();
        if (locked) {
            QSqlQuery query(db.connection());
            locked =
                query.exec(QStringLiteral("LOCK TABLE users, deliveries IN ACCESS EXCLUSIVE MODE"));
        }
        std::unique_lock<std::mutex> locker(m_mutex);
        m_state = locked ? State::Held : State::Failed;
        m_changed.notify_all();
        m_changed.wait_for(locker, std::chrono::seconds(10), [this] { return m_released; });
        locker.unlock();
        if (locked)
            db.connection().rollback();
    }

    std::mutex m_mutex;
    std::condition_variable m_changed;
    State m_state = State::Starting;
    bool m_released = false;
    std::thread m_thread;
};

hb::mapping::Webhook namedWebhook(const QString &name)
{
    hb::mapping::Webhook webhook;
    webhook.name = name;
    webhook.user.path = QStringLiteral("/email");
    return webhook;
}

// The examples' store at `location` with `webhook` added, then `spoil` run on it (to make what the
// repositories would refuse to write). Empty when done, else what failed.
QString populateWith(const QString &location, const hb::mapping::Webhook &webhook,
                     const std::function<bool(hb::store::Database &)> &spoil)
{
    QString error;
    if (!designerfixture::populate(location, &error))
        return error;
    hb::store::Database db(location);
    if (const hb::Status opened = db.open(); !opened)
        return opened.error();
    if (const auto added = hb::store::WebhookRepository(db).add(webhook); !added)
        return added.error();
    return spoil(db) ? QString() : QStringLiteral("could not spoil the store");
}

QImage iconImage(const QIcon &icon)
{
    return icon.pixmap(16, 16).toImage();
}

} // namespace

class TestPages : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("hookbench-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("test_pages"));
    }

    void deliveriesPageFollowsTheCatcher()
    {
        TempStore store;
        const auto window = designerfixture::openWindow(store.path());
        QVERIFY(window);
        hb::delivery::CatcherSettings settings;
        settings.port = 0;
        const hb::Status started = window->startCatcher(settings);
        QVERIFY2(started.ok(), qPrintable(started.error()));
        DeliveriesPage *page = window->deliveriesPage();
        QAbstractItemModelTester tester(page->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        window->showPage(MainWindow::DeliveriesPageIndex);
        QTRY_VERIFY(!page->isLoading());
        QCOMPARE(page->model()->rowCount(), 0);
        auto *message = page->findChild<MessageLabel *>(QStringLiteral("deliveriesMessage"));
        QVERIFY2(message->text().startsWith(QStringLiteral("No deliveries yet")),
                 qPrintable(message->text()));

        const QString url =
            window->catcher()->webhookUrl(window->webhooksPage()->document()->webhook().token);
        QCOMPARE(designerfixture::post(url, R"({"email": "nobody@example.com"})"), 202);
        QCOMPARE(designerfixture::post(url, R"({"email": "alice@example.com"})"), 202);
        QTRY_COMPARE(page->model()->rowCount(), 2);
        QVERIFY(message->text().isEmpty());
        // Processed after they were stored: the rows follow without a click on Refresh.
        QTRY_VERIFY(page->model()->index(1, 0).data(DeliveriesModel::StatusRole).toString()
                    != QStringLiteral("pending"));
        QTRY_VERIFY(page->model()->index(0, 0).data(DeliveriesModel::StatusRole).toString()
                    != QStringLiteral("pending"));
        QTRY_VERIFY(!page->isLoading());
        // Newest first: alice's succeeded, the unknown user's failed with the reason in words.
        const QModelIndex failed = page->model()->index(1, 0);
        QCOMPARE(failed.data(DeliveriesModel::StatusRole).toString(), QStringLiteral("failed"));
        QCOMPARE(failed.data().toString(), QStringLiteral("Failed")); // words, not colour alone
        QVERIFY(!failed.data(Qt::DecorationRole).value<QIcon>().isNull());
        const QString summary =
            failed.siblingAtColumn(DeliveriesModel::SummaryColumn).data().toString();
        QVERIFY2(summary.contains(QStringLiteral("nobody@example.com")), qPrintable(summary));
        QCOMPARE(page->model()->index(0, 0).data(DeliveriesModel::StatusRole).toString(),
                 QStringLiteral("success"));
        QCOMPARE(failed.siblingAtColumn(DeliveriesModel::WebhookColumn).data().toString(),
                 QStringLiteral("Deposit bonus"));

        // The details come a moment after the click; a new delivery keeps the selection.
        page->table()->setCurrentIndex(failed);
        QTRY_VERIFY2(page->detailsView()->request()->body()->toPlainText().contains(
                         QStringLiteral("nobody@example.com")),
                     qPrintable(page->detailsView()->request()->body()->toPlainText()));
        // The JSON body reads as JSON, not as an escaped string.
        QVERIFY2(page->detailsView()->request()->body()->toPlainText().contains(
                     QStringLiteral(R"("email": "nobody@example.com")")),
                 qPrintable(page->detailsView()->request()->body()->toPlainText()));
        const qint64 selected = failed.data(DeliveriesModel::IdRole).toLongLong();
        QCOMPARE(designerfixture::post(url, R"({"email": "alice@example.com"})"), 202);
        QTRY_COMPARE(page->model()->rowCount(), 3);
        QTRY_COMPARE(page->model()->index(0, 0).data(DeliveriesModel::StatusRole).toString(),
                     QStringLiteral("success"));
        QTRY_VERIFY(!page->isLoading());
        QCOMPARE(page->table()->currentIndex().data(DeliveriesModel::IdRole).toLongLong(),
                 selected);
        QVERIFY(page->detailsView()->request()->body()->toPlainText().contains(
            QStringLiteral("nobody@example.com")));

        // A filter shows only its rows, never the previous filter's while it reads.
        auto *filter = page->findChild<QComboBox *>(QStringLiteral("deliveryStatusFilter"));
        filter->setCurrentIndex(filter->findData(QStringLiteral("failed")));
        QVERIFY(page->model()->rowCount() == 0 || !page->isLoading());
        QTRY_COMPARE(page->model()->rowCount(), 1);
        QCOMPARE(page->table()->currentIndex().data(DeliveriesModel::IdRole).toLongLong(),
                 selected);
        filter->setCurrentIndex(filter->findData(QStringLiteral("pending")));
        QTRY_VERIFY(!page->isLoading());
        QCOMPARE(page->model()->rowCount(), 0);
        QVERIFY(page->detailsView()->request()->body()->toPlainText().isEmpty());
        QVERIFY2(message->text().contains(QStringLiteral("No pending deliveries")),
                 qPrintable(message->text()));
        QTRY_VERIFY(window->countsText().contains(QStringLiteral("1 failed in the last hour")));
    }

    // Processing that cannot run (a full disk) is said in the status bar, where the user looks
    // for whether something needs attention.
    void aStalledProcessorIsSaidInTheStatusBar()
    {
        TempStore store;
        const auto window = designerfixture::openWindow(store.path());
        QVERIFY(window);
        emit window->catcher()->processingStalled(QStringLiteral("database or disk is full"));
        QTRY_VERIFY2(window->noticeText().startsWith(
                         QStringLiteral("Processing stopped: database or disk is full.")),
                     qPrintable(window->noticeText()));
    }

    void communityPageListsUsersAndFields()
    {
        TempStore store;
        const auto window = designerfixture::openWindow(store.path());
        QVERIFY(window);
        CommunityPage *page = window->communityPage();
        QAbstractItemModelTester tester(page->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        window->showPage(MainWindow::CommunityPageIndex);
        UsersModel *model = page->model();
        QTRY_COMPARE(model->rowCount(), 1);
        QTRY_VERIFY(!page->isLoading());
        QCOMPARE(model->columnCount(), int(UsersModel::FirstFieldColumn) + 2);
        QCOMPARE(model->index(0, UsersModel::EmailColumn).data().toString(),
                 QStringLiteral("alice@example.com"));
        QCOMPARE(model->index(0, UsersModel::CoinsColumn).data().toLongLong(), 5);
        // Fields come by key: nickname (unset), then total-deposit.
        QCOMPARE(model->headerData(UsersModel::FirstFieldColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Nickname"));
        QVERIFY(!model->index(0, UsersModel::FirstFieldColumn).data().isValid());
        QCOMPARE(model->index(0, UsersModel::FirstFieldColumn).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("Nickname: not set"));
        QCOMPARE(model->index(0, UsersModel::FirstFieldColumn + 1).data().toString(),
                 QStringLiteral("10"));
    }

    // While another client holds the tables the pages read, the window is built and answers at
    // once, says it is loading, and fills in when the tables are free.
    void pagesDoNotWaitForTheStore()
    {
        TempPostgres postgres;
        REQUIRE_POSTGRES(postgres);
        QString error;
        QVERIFY2(designerfixture::populate(postgres.url(), &error), qPrintable(error));
        TableLock lock(postgres.url());
        QVERIFY(lock.isHeld());

        MainWindow window(postgres.url(), false);
        DeliveriesPage *deliveries = window.deliveriesPage();
        CommunityPage *community = window.communityPage();
        QVERIFY(deliveries->isLoading());
        QVERIFY(community->isLoading());
        auto *deliveriesMessage =
            deliveries->findChild<MessageLabel *>(QStringLiteral("deliveriesMessage"));
        auto *communityMessage =
            community->findChild<MessageLabel *>(QStringLiteral("communityMessage"));
        QCOMPARE(deliveriesMessage->text(), QStringLiteral("Loading deliveries…"));
        QCOMPARE(communityMessage->text(), QStringLiteral("Loading the community…"));
        // Switching pages asks again; the window does not wait for the answer either.
        window.showPage(MainWindow::CommunityPageIndex);
        window.showPage(MainWindow::DeliveriesPageIndex);
        QVERIFY(deliveries->isLoading());
        // The window goes on handling events while the reads wait on the lock: its event loop
        // turns many times over, and the reads are still waiting.
        int turns = 0;
        QTimer ticker;
        QObject::connect(&ticker, &QTimer::timeout, [&turns] { ++turns; });
        ticker.start(0);
        QTRY_VERIFY(turns >= 50);
        ticker.stop();
        QVERIFY(deliveries->isLoading());
        QVERIFY(community->isLoading());
        QVERIFY(window.countsText().isEmpty());

        lock.release();
        QTRY_VERIFY(!community->isLoading());
        QTRY_VERIFY(!deliveries->isLoading());
        QCOMPARE(community->model()->rowCount(), 1);
        QVERIFY(communityMessage->text().isEmpty());
        QVERIFY2(deliveriesMessage->text().startsWith(QStringLiteral("No deliveries yet")),
                 qPrintable(deliveriesMessage->text()));
        QTRY_VERIFY(window.countsText().contains(QStringLiteral("0 pending")));
    }

    void webhookListMarksWhatCannotWork()
    {
        // A webhook that writes a field, which is then removed from the community.
        TempStore store;
        hb::mapping::Webhook webhook = namedWebhook(QStringLiteral("Nickname sync"));
        webhook.fields.append({QStringLiteral("nickname"), hb::mapping::Operator::Overwrite,
                               QStringLiteral("/name")});
        const QString error = populateWith(store.path(), webhook, [](hb::store::Database &db) {
            return hb::store::FieldRepository(db).remove(QStringLiteral("nickname")).ok();
        });
        QVERIFY2(error.isEmpty(), qPrintable(error));
        MainWindow window(store.path(), false);
        QListWidget *list = window.webhooksPage()->listPanel()->list();
        QTRY_COMPARE(list->count(), 2);
        const QImage success = iconImage(StatusIcons::success());
        const QImage warning = iconImage(StatusIcons::warning());
        QListWidgetItem *deposit = list->findItems(QStringLiteral("Deposit bonus"), {}).value(0);
        QListWidgetItem *sync = list->findItems(QStringLiteral("Nickname sync"), {}).value(0);
        QVERIFY(deposit && sync);
        // A valid webhook: no green tick (that is a delivery's Success), no warning.
        QVERIFY(iconImage(deposit->icon()) != success);
        QVERIFY(iconImage(deposit->icon()) != warning);
        QCOMPARE(deposit->toolTip(), QStringLiteral("Enabled"));
        // The broken one is marked, and says why in words.
        QCOMPARE(iconImage(sync->icon()), warning);
        QVERIFY2(sync->toolTip().contains(QStringLiteral("nickname")), qPrintable(sync->toolTip()));
        QVERIFY(sync->data(Qt::AccessibleTextRole).toString().contains(QStringLiteral("cannot")));
    }

    // The preview looks the user up on the reader thread. An answer that comes after the mapping
    // changed again is not shown: the preview always speaks of the latest edit.
    void previewFollowsTheLatestEdit()
    {
        TempStore store;
        const QString error = populateWith(
            store.path(), namedWebhook(QStringLiteral("Alice's deposits")),
            [](hb::store::Database &db) {
                hb::store::WebhookRepository webhooks(db);
                const auto stored = webhooks.findByName(QStringLiteral("Alice's deposits"));
                return stored.ok() && stored->has_value()
                       && webhooks
                              .setSampleRequest(
                                  (*stored)->id,
                                  {{QStringLiteral("payload"),
                                    QJsonObject{{QStringLiteral("email"),
                                                 QStringLiteral("alice@example.com")}}}})
                              .ok();
            });
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const auto window = std::make_unique<MainWindow>(store.path(), false);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        WebhooksPage *page = window->webhooksPage();
        QTRY_COMPARE(page->listPanel()->list()->count(), 2);
        QTRY_VERIFY(!page->isBusy());
        page->selectWebhook(page->listPanel()->list()->item(0)->data(Qt::UserRole).toLongLong());
        QTRY_VERIFY(!page->isBusy());
        QCOMPARE(page->document()->webhook().name, QStringLiteral("Alice's deposits"));
        PreviewPanel *preview = page->previewPanel();
        const QString found = QStringLiteral("User found: alice@example.com (alice)");
        QTRY_VERIFY2(preview->lines().contains(found),
                     qPrintable(preview->lines().join(QLatin1Char('\n'))));

        // A path that finds alice (asked of the reader), then at once one that finds nothing.
        QLineEdit *path = page->mappingPanel()->userPathEdit();
        path->selectAll();
        QTest::keyClicks(path, QStringLiteral("/x"));
        path->selectAll();
        QTest::keyClicks(path, QStringLiteral("/email"));
        path->selectAll();
        QTest::keyClicks(path, QStringLiteral("/x"));
        // Reads are answered in order: once a later one is back, alice's answer was delivered.
        window->deliveriesPage()->refresh();
        QTRY_VERIFY(!window->deliveriesPage()->isLoading());
        QVERIFY2(!preview->lines().contains(found),
                 qPrintable(preview->lines().join(QLatin1Char('\n'))));
        QVERIFY2(preview->lines().join(QLatin1Char('\n')).contains(QStringLiteral("/x")),
                 qPrintable(preview->lines().join(QLatin1Char('\n'))));
    }

    // A stored configuration that cannot be read (edited by hand, say) is listed, says why where
    // the designer would be, and can be deleted; the readable webhooks open as before.
    void damagedWebhookIsListedAndCanBeDeleted()
    {
        TempStore store;
        const QString error =
            populateWith(store.path(), namedWebhook(QStringLiteral("A hand-edited one")),
                         [](hb::store::Database &db) {
                             return QSqlQuery(db.connection())
                                 .exec(QStringLiteral("UPDATE webhooks SET config = '{\"name\": 1' "
                                                      "WHERE name = 'A hand-edited one'"));
                         });
        QVERIFY2(error.isEmpty(), qPrintable(error));
        MainWindow window(store.path(), false);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        WebhooksPage *page = window.webhooksPage();
        QListWidget *list = page->listPanel()->list();
        QTRY_COMPARE(list->count(), 2);
        // The readable one opens first, though the damaged one comes first by name.
        QTRY_COMPARE(page->document()->webhook().name, QStringLiteral("Deposit bonus"));
        QTRY_VERIFY(!page->isBusy());
        QListWidgetItem *damaged = list->item(0);
        QCOMPARE(damaged->text(), QStringLiteral("A hand-edited one"));
        QCOMPARE(iconImage(damaged->icon()), iconImage(StatusIcons::warning()));
        QVERIFY2(damaged->toolTip().contains(QStringLiteral("damaged")),
                 qPrintable(damaged->toolTip()));

        list->setCurrentItem(damaged);
        QTRY_VERIFY(!page->document()->isLoaded());
        auto *title = page->findChild<QLabel *>(QStringLiteral("emptyTitle"));
        QTRY_VERIFY(title->isVisible());
        QVERIFY2(title->text().contains(QStringLiteral("cannot be opened")),
                 qPrintable(title->text()));
        auto *rename = page->listPanel()->findChild<QPushButton *>(QStringLiteral("renameWebhook"));
        auto *remove = page->listPanel()->findChild<QPushButton *>(QStringLiteral("deleteWebhook"));
        QVERIFY(!rename->isEnabled());
        QVERIFY(remove->isEnabled());
        QTimer::singleShot(0, [] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            QVERIFY(box->text().contains(QStringLiteral("A hand-edited one")));
            box->button(QMessageBox::Yes)->click();
        });
        QTest::mouseClick(remove, Qt::LeftButton);
        QTRY_COMPARE(list->count(), 1);
        QTRY_COMPARE(page->document()->webhook().name, QStringLiteral("Deposit bonus"));
        hb::store::Database db(store.path());
        QVERIFY(db.open().ok());
        const auto all = hb::store::WebhookRepository(db).listAll();
        QVERIFY(all.ok());
        QCOMPARE(all->size(), 1);
    }
};

QTEST_MAIN(TestPages)
#include "test_pages.moc"
