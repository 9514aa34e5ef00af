// The Deliveries page inside the window: the header's counts and the status bar's come from one
// read, so they agree whenever either changes, as deliveries arrive over HTTP and are processed;
// "Show delivery N" from the Sender selects N in the whole log (its page read, its details shown)
// without leaving N typed in the search box or an earlier filter hiding it.
#include "designerfixture.h"
#include "tempstore.h"

#include "common/clock.h"
#include "common/mainwindow.h"
#include "community/communitypage.h"
#include "deliveries/deliveriesmodel.h"
#include "deliveries/deliveriespage.h"
#include "deliveries/deliverydetailsview.h"
#include "delivery/catcherservice.h"
#include "sender/senderanswerview.h"
#include "sender/senderheadersmodel.h"
#include "sender/senderpage.h"
#include "store/database.h"
#include "store/deliveryrepository.h"
#include "store/webhookrepository.h"
#include "webhooks/webhookdocument.h"
#include "webhooks/webhookspage.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTest>

using namespace hb::ui;

namespace {

// The number before `word` in `text` ("3 pending" → 3); -1 when absent.
qint64 numberBefore(const QString &text, const QString &word)
{
    const QRegularExpression pattern(QStringLiteral("(\\d+) ") + word);
    const QRegularExpressionMatch match = pattern.match(text);
    return match.hasMatch() ? match.captured(1).toLongLong() : -1;
}

} // namespace

class TestDeliveriesWindow : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { designerfixture::isolateSettings(); }

    void headerAndStatusBarCountsAgree()
    {
        TempStore store;
        const auto window = designerfixture::openWindow(store.path());
        QVERIFY(window);
        const hb::Status started = window->startCatcher(designerfixture::loopbackCatcher(true));
        QVERIFY2(started.ok(), qPrintable(started.error()));
        DeliveriesPage *page = window->deliveriesPage();
        window->showPage(MainWindow::DeliveriesPageIndex);
        // Whenever the status bar changes, the header says the same (no filter: the same
        // deliveries).
        int checks = 0;
        connect(page, &DeliveriesPage::storeCountsChanged, this, [&] {
            ++checks;
            QCOMPARE(numberBefore(window->countsText(), QStringLiteral("pending")),
                     numberBefore(page->countsText(), QStringLiteral("pending")));
            QCOMPARE(window->countsText(), page->storeCountsText());
        });
        QTRY_VERIFY(!page->isLoading() && checks > 0);
        const QString url =
            window->catcher()->webhookUrl(window->webhooksPage()->document()->webhook().token);
        QCOMPARE(designerfixture::post(url, R"({"email": "nobody@example.com"})"), 202);
        QCOMPARE(designerfixture::post(url, R"({"email": "alice@example.com"})"), 202);
        QTRY_COMPARE(numberBefore(page->countsText(), QStringLiteral("failed")), qint64(1));
        QTRY_VERIFY(!page->isLoading());
        QCOMPARE(window->countsText(), QStringLiteral("0 pending · 1 failed in the last hour"));
        QCOMPARE(page->countsText(),
                 QStringLiteral("2 deliveries: 1 success · 1 failed · 0 pending"));
        QVERIFY(checks >= 2);
    }

    void showDeliveryFromTheSender()
    {
        TempStore store;
        const auto window = designerfixture::openWindow(store.path());
        QVERIFY(window);
        // Enough deliveries that the one asked for is far below the first page.
        qint64 wanted = 0;
        {
            hb::store::Database db(store.path());
            QVERIFY(db.open().ok());
            const auto webhook = hb::store::WebhookRepository(db).list();
            QVERIFY(webhook && !webhook->isEmpty());
            QList<hb::store::NewDelivery> deliveries;
            for (int i = 0; i < 3 * DeliveriesModel::pageSize; ++i) {
                hb::store::NewDelivery delivery;
                delivery.webhookId = webhook->first().id;
                delivery.webhookName = webhook->first().name;
                delivery.method = "POST";
                delivery.target = "/hooks/x";
                delivery.body = "{}";
                delivery.receivedAt = hb::nowIsoUtc();
                deliveries << delivery;
            }
            QVERIFY(db.beginWrite());
            auto inserted = hb::store::DeliveryRepository(db).insertPending(deliveries);
            QVERIFY2(inserted, qPrintable(inserted.error()));
            QVERIFY(db.commit());
            wanted = inserted->at(10).id; // row 3 * 200 - 11 of the whole log
        }
        DeliveriesPage *page = window->deliveriesPage();
        window->showPage(MainWindow::DeliveriesPageIndex);
        // Filters that would hide it.
        page->searchEdit()->setText(QStringLiteral("nothing like it"));
        page->statusFilter()->setCurrentIndex(
            page->statusFilter()->findData(QStringLiteral("failed")));
        QTRY_VERIFY(!page->isLoading() && page->model()->rowCount() == 0);
        window->showPage(MainWindow::SenderPageIndex);

        auto *answer = window->senderPage()->findChild<SenderAnswerView *>();
        QVERIFY(answer);
        answer->offerDelivery(wanted);
        QTest::mouseClick(answer->showDeliveryButton(), Qt::LeftButton);
        QTRY_VERIFY(page->isVisible());
        QTRY_COMPARE(page->detailsView()->deliveryId(), wanted);
        QTRY_VERIFY(!page->isLoading());
        QVERIFY(page->searchEdit()->text().isEmpty());
        QCOMPARE(page->statusFilter()->currentIndex(), 0);
        QCOMPARE(page->model()->rowCount(), 3 * DeliveriesModel::pageSize);
        QCOMPARE(page->table()->currentIndex().row(), 3 * DeliveriesModel::pageSize - 11);
        QTRY_COMPARE(page->table()->currentIndex().data(DeliveriesModel::IdRole).toLongLong(),
                     wanted);
        QCOMPARE(page->table()->selectionModel()->selectedRows().size(), 1);
        // On screen, not only current.
        const QRect row = page->table()->visualRect(page->table()->currentIndex());
        QVERIFY(page->table()->viewport()->rect().intersects(row));
    }

    // "Send again": the delivery's body, for its webhook, in the Sender, ready to edit; and a
    // delivery named on the Community page (a user's history, a channel) opens on this page.
    void sendAgainAndDeliveriesNamedElsewhere()
    {
        TempStore store;
        const auto window = designerfixture::openWindow(store.path());
        QVERIFY(window);
        const hb::Status started = window->startCatcher(designerfixture::loopbackCatcher(true));
        QVERIFY2(started.ok(), qPrintable(started.error()));
        const hb::mapping::Webhook webhook = window->webhooksPage()->document()->webhook();
        const QString url = window->catcher()->webhookUrl(webhook.token);
        QCOMPARE(designerfixture::post(url, R"({"email": "again@example.com", "n": 41})",
                                       {{"X-Tester", "night shift"}, {"Idempotency-Key", "k-41"}},
                                       "PUT"),
                 202);
        QCOMPARE(designerfixture::post(url, R"({"email": "other@example.com"})"), 202);
        DeliveriesPage *page = window->deliveriesPage();
        window->showPage(MainWindow::DeliveriesPageIndex);
        QTRY_VERIFY(!page->isLoading() && page->model()->rowCount() == 2);
        const qint64 first = page->model()->index(1, 0).data(DeliveriesModel::IdRole).toLongLong();
        QVERIFY(first > 0);

        emit page->sendAgainRequested(first);
        SenderPage *sender = window->senderPage();
        QTRY_VERIFY(sender->isVisible());
        QTRY_VERIFY(sender->payloadEdit()->toPlainText().contains(QLatin1String("again@example")));
        QCOMPARE(sender->webhookCombo()->currentData().toLongLong(), webhook.id);
        QVERIFY(window->noticeText().contains(QString::number(first)));
        // A sample read arriving late never replaces it.
        QTest::qWait(200);
        QVERIFY(sender->payloadEdit()->toPlainText().contains(QLatin1String("\"n\": 41")));
        // As it came: its method and the sender's own header; not its idempotency key (sent again
        // it would only be a duplicate) nor what HTTP and the webhook's settings make anew.
        QCOMPARE(sender->form()->method()->currentText(), QStringLiteral("PUT"));
        const hb::delivery::HeaderEdits edits = sender->form()->headersModel()->edits();
        QCOMPARE(edits.size(), 1);
        QCOMPARE(edits.first().name.toLower(), QByteArray("x-tester"));
        QCOMPARE(edits.first().value, QByteArray("night shift"));

        emit window->communityPage()->deliveryRequested(first);
        QTRY_VERIFY(page->isVisible());
        QTRY_COMPARE(page->detailsView()->deliveryId(), first);
    }
};

QTEST_MAIN(TestDeliveriesWindow)
#include "test_deliverieswindow.moc"
