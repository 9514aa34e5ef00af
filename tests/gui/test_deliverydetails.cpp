// The Deliveries page's details pane as support staff use it: a Failed delivery says why and
// what to do, a Success lists its changes, the Request tab shows the headers as sent and the
// body readable, the Response tab the catcher's real answer, and the pane follows the selection.
#include "deliveriesfixture.h"

#include "common/clock.h"
#include "common/localtime.h"
#include "common/mainwindow.h"
#include "deliveries/deliveriesmodel.h"
#include "deliveries/deliveriespage.h"
#include "deliveries/deliverydetailsview.h"
#include "deliveries/deliveryoverviewtab.h"
#include "deliveries/deliveryrequesttab.h"
#include "delivery/catcherservice.h"
#include "delivery/deliveryprocessor.h"
#include "delivery/samplerequestbuilder.h"
#include "mapping/webhookconfig.h"
#include "services/storeexecutor.h"
#include "store/deliveryrepository.h"
#include "webhooks/webhookdocument.h"
#include "webhooks/webhookspage.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

#include <memory>

using namespace hb::ui;

using deliveriesfixture::Headers;
using deliveriesfixture::tableText;

class TestDeliveryDetails : public deliveriesfixture::Fixture {
    Q_OBJECT

private slots:
    void initTestCase() { isolateSettings(QStringLiteral("test_deliverydetails")); }
    void init() { start(); }
    void cleanup() { stop(); }

    void emptySelectionShowsThePlaceholder()
    {
        const qint64 id = receive(m_deposits, R"({"email": "alice@example.com", "amount": 1})");
        DeliveriesPage *page = openPage();
        DeliveryDetailsView *details = page->detailsView();
        QTRY_VERIFY(!page->isLoading());
        QVERIFY(!details->isShowingDelivery());
        QVERIFY2(details->placeholderText().startsWith(QStringLiteral("Select a delivery")),
                 qPrintable(details->placeholderText()));
        QVERIFY(select(id));
        QVERIFY(details->isShowingDelivery());
        QVERIFY(details->placeholderText().isEmpty());
        // Not processed yet: nothing is said to have failed or to be missing.
        QVERIFY2(details->overview()->statusText().startsWith(QStringLiteral("Pending")),
                 qPrintable(details->overview()->statusText()));
        QVERIFY(!details->overview()->isReasonShown());
        QCOMPARE(details->overview()->valueText(QStringLiteral("user")),
                 QStringLiteral("— (not looked up yet)"));
        // A filter that leaves the delivery out leaves nothing selected: the placeholder again,
        // not the details of a row no longer listed.
        auto *filter = page->findChild<QComboBox *>(QStringLiteral("deliveryStatusFilter"));
        filter->setCurrentIndex(filter->findData(QStringLiteral("failed")));
        QTRY_VERIFY(!page->isLoading());
        QCOMPARE(page->model()->rowCount(), 0);
        QVERIFY(!details->isShowingDelivery());
        QVERIFY2(details->placeholderText().startsWith(QStringLiteral("Select a delivery")),
                 qPrintable(details->placeholderText()));
        QVERIFY(details->request()->body()->toPlainText().isEmpty());
    }

    void failedDeliveryShowsWhyAndWhatToDo()
    {
        const qint64 id = receive(m_deposits, R"({"email": "nobody@example.com", "amount": 5})");
        processAll();
        openPage();
        QVERIFY(select(id));
        DeliveryDetailsView *details = m_page->detailsView();
        QCOMPARE(details->tabs()->currentIndex(), int(DeliveryDetailsView::OverviewTab));
        DeliveryOverviewTab *overview = details->overview();
        QVERIFY(overview->isReasonShown());
        QVERIFY(overview->isVisible());
        QCOMPARE(overview->reasonText(),
                 QStringLiteral("no user with email \"nobody@example.com\""));
        // Words, not the red cross alone; and what to do, ending with the button that re-runs it.
        QVERIFY2(overview->statusText().startsWith(QStringLiteral("Failed")),
                 qPrintable(overview->statusText()));
        auto *icon = overview->findChild<QLabel *>(QStringLiteral("overviewStatusIcon"));
        QCOMPARE(icon->accessibleName(), QStringLiteral("Failed"));
        QVERIFY2(overview->nextStepText().contains(QStringLiteral("Add this user")),
                 qPrintable(overview->nextStepText()));
        QVERIFY2(overview->nextStepText().endsWith(QStringLiteral("Then press Re-run.")),
                 qPrintable(overview->nextStepText()));
        QCOMPARE(overview->valueText(QStringLiteral("webhook")), QStringLiteral("Deposits"));
        QCOMPARE(overview->valueText(QStringLiteral("attempts")), QStringLiteral("1"));
        QCOMPARE(overview->changes()->rowCount(), 0);
    }

    void successShowsItsChanges()
    {
        const qint64 id =
            receive(m_deposits, R"({"email": "alice@example.com", "amount": 12.5, "bonus": 7})");
        processAll();
        openPage();
        QVERIFY(select(id));
        DeliveryOverviewTab *overview = m_page->detailsView()->overview();
        QCOMPARE(overview->statusText(), QStringLiteral("Success"));
        QVERIFY(!overview->isReasonShown());
        QCOMPARE(overview->valueText(QStringLiteral("user")), QStringLiteral("alice@example.com"));
        QVERIFY(!overview->valueText(QStringLiteral("processed")).startsWith(QStringLiteral("—")));
        const QTableWidget *changes = overview->changes();
        QVERIFY(changes->isVisible());
        QCOMPARE(changes->rowCount(), 3);
        // field, before → after, operator; alice had a total deposit of 10 and 5 coins.
        QCOMPARE((QStringList{tableText(changes, 0, 0), tableText(changes, 0, 1),
                              tableText(changes, 0, 2), tableText(changes, 0, 3)}),
                 (QStringList{QStringLiteral("total-deposit"), QStringLiteral("10"),
                              QStringLiteral("22.5"), QStringLiteral("add")}));
        QCOMPARE((QStringList{tableText(changes, 1, 0), tableText(changes, 1, 1),
                              tableText(changes, 1, 2), tableText(changes, 1, 3)}),
                 (QStringList{QStringLiteral("coins"), QStringLiteral("5"), QStringLiteral("12"),
                              QStringLiteral("add")}));
        QCOMPARE(tableText(changes, 2, 0), QStringLiteral("message to #deposits"));
        QCOMPARE(tableText(changes, 2, 2), QStringLiteral("alice@example.com deposited 12.5"));

        // Switching to UTC in Settings rewrites the times shown here, not only the tables'.
        const bool wasUtc = LocalTime::showsUtc();
        LocalTime::setShowsUtc(false);
        QVERIFY(!overview->valueText(QStringLiteral("received")).endsWith(QLatin1String("UTC")));
        LocalTime::setShowsUtc(true);
        QVERIFY2(overview->valueText(QStringLiteral("received")).endsWith(QLatin1String("UTC")),
                 qPrintable(overview->valueText(QStringLiteral("received"))));
        QVERIFY(overview->valueText(QStringLiteral("processed")).endsWith(QLatin1String("UTC")));
        LocalTime::setShowsUtc(wasUtc);
    }

    void requestShowsHeadersAsSentAndThePrettyBody()
    {
        const qint64 id = receive(m_deposits, R"({"email":"alice@example.com","amount":1})",
                                  {{"Content-Type", "application/json"},
                                   {"X-Partner-Trace", "abc-123"},
                                   {"x-lower", "kept as sent"}});
        processAll();
        openPage();
        QVERIFY(select(id));
        DeliveryDetailsView *details = m_page->detailsView();
        details->tabs()->setCurrentIndex(DeliveryDetailsView::RequestTab);
        DeliveryRequestTab *request = details->request();
        QVERIFY(request->isVisible());
        QCOMPARE(request->requestLine(), QStringLiteral("POST /hooks/") + m_deposits.token);
        QCOMPARE(request->remoteAddress(), QStringLiteral("from 192.0.2.7"));
        const QTableWidget *headers = request->headers();
        QCOMPARE(headers->rowCount(), 3);
        QCOMPARE(tableText(headers, 1, 0), QStringLiteral("X-Partner-Trace"));
        QCOMPARE(tableText(headers, 1, 1), QStringLiteral("abc-123"));
        QCOMPARE(tableText(headers, 2, 0), QStringLiteral("x-lower"));
        // Sent on one line, shown one member a line.
        QCOMPARE(
            request->body()->toPlainText(),
            QStringLiteral("{\n    \"amount\": 1,\n    \"email\": \"alice@example.com\"\n}\n"));
        QVERIFY(request->body()->isReadOnly());
        QVERIFY2(request->bodyTitle().contains(QStringLiteral("JSON")),
                 qPrintable(request->bodyTitle()));
        QVERIFY(!request->decrypted()->isVisible());
    }

    void binaryBodyIsAHexPreview()
    {
        const qint64 id =
            receive(m_deposits, QByteArray("\x89PNG\xff\x00z", 7), {{"Content-Type", "image/png"}});
        openPage();
        QVERIFY(select(id));
        DeliveryRequestTab *request = m_page->detailsView()->request();
        QVERIFY2(request->body()->toPlainText().startsWith(
                     QStringLiteral("00000000  89 50 4e 47 ff 00 7a ")),
                 qPrintable(request->body()->toPlainText()));
        QVERIFY2(request->body()->toPlainText().contains(QStringLiteral("|.PNG..z|")),
                 qPrintable(request->body()->toPlainText()));
        QVERIFY2(request->bodyTitle().contains(QStringLiteral("binary, 7 bytes")),
                 qPrintable(request->bodyTitle()));
    }

    // An encrypted body is shown as received and, under it, as the webhook's key decrypts it.
    void encryptedBodyIsShownDecrypted()
    {
        auto config = hb::mapping::WebhookConfig::fromJson(
            R"({"name": "Secret", "user": {"identifier": "email", "path": "/email"},
                "encryption": {"mode": "gcm", "key": "0123456789abcdef0123456789abcdef"}})",
            nullptr);
        QVERIFY2(config, qPrintable(config.error()));
        auto secret = hb::store::WebhookRepository(*m_db).add(*config);
        QVERIFY(secret);
        const auto sent = hb::delivery::SampleRequestBuilder::build(
            *secret, R"({"email":"alice@example.com"})", "application/json",
            QDateTime::currentDateTimeUtc());
        const qint64 id = receive(*secret, sent.body, sent.headers);
        openPage();
        QVERIFY(select(id));
        m_page->detailsView()->tabs()->setCurrentIndex(DeliveryDetailsView::RequestTab);
        DeliveryRequestTab *request = m_page->detailsView()->request();
        QVERIFY(!request->body()->toPlainText().contains(QStringLiteral("alice")));
        QVERIFY(request->decrypted()->isVisible());
        QCOMPARE(request->decrypted()->toPlainText(),
                 QStringLiteral("{\n    \"email\": \"alice@example.com\"\n}\n"));
    }

    void switchingSelectionUpdatesEveryTab()
    {
        const qint64 success =
            receive(m_deposits, R"({"email": "alice@example.com", "amount": 1, "bonus": 1})",
                    {{"Content-Type", "application/json"}, {"webhook-id", "msg_first"}});
        const qint64 failed = receive(m_deposits, R"({"email": "nobody@example.com"})");
        processAll();
        openPage();
        DeliveryDetailsView *details = m_page->detailsView();
        QVERIFY(select(success));
        details->tabs()->setCurrentIndex(DeliveryDetailsView::ResponseTab);
        QVERIFY2(details->responseText().contains(
                     QStringLiteral(R"({"delivery_id":%1,"status":"pending"})").arg(success)),
                 qPrintable(details->responseText()));
        QVERIFY2(details->responseText().contains(QStringLiteral("msg_first")),
                 qPrintable(details->responseText()));

        QVERIFY(select(failed));
        // The tab chosen stays chosen, and each tab now tells about the other delivery.
        QCOMPARE(details->tabs()->currentIndex(), int(DeliveryDetailsView::ResponseTab));
        const QString response = details->responseText();
        QVERIFY2(response.contains(
                     QStringLiteral(R"({"delivery_id":%1,"status":"pending"})").arg(failed)),
                 qPrintable(response));
        QVERIFY2(!response.contains(QStringLiteral("msg_first")), qPrintable(response));
        QVERIFY2(response.contains(QStringLiteral("was not told that this delivery became "
                                                  "Failed")),
                 qPrintable(response));
        QVERIFY(details->overview()->reasonText().contains(QStringLiteral("nobody@example.com")));
        QCOMPARE(details->overview()->changes()->rowCount(), 0);
        QVERIFY(details->request()->body()->toPlainText().contains(
            QStringLiteral("\"email\": \"nobody@example.com\"")));
    }

    // What the Response tab says the catcher answered is what a sender receives, for the request
    // and for a repeat of its idempotency key.
    void responseIsTheCatchersAnswer()
    {
        TempStore store;
        auto opened = designerfixture::openWindow(store.path());
        QVERIFY(opened);
        hb::delivery::CatcherSettings settings;
        settings.port = 0;
        const hb::Status started = opened->startCatcher(settings);
        QVERIFY2(started.ok(), qPrintable(started.error()));
        const QString url =
            opened->catcher()->webhookUrl(opened->webhooksPage()->document()->webhook().token);
        auto send = [&url] {
            QNetworkAccessManager network;
            QNetworkRequest request{QUrl(url)};
            request.setHeader(QNetworkRequest::ContentTypeHeader,
                              QStringLiteral("application/json"));
            request.setRawHeader("webhook-id", "msg_42");
            QNetworkReply *reply = network.post(request, R"({"email": "nobody@example.com"})");
            QEventLoop loop;
            QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
            loop.exec();
            const QByteArray body = reply->readAll();
            reply->deleteLater();
            return body;
        };
        const QByteArray first = send();
        DeliveriesPage *page = opened->deliveriesPage();
        opened->showPage(MainWindow::DeliveriesPageIndex);
        QTRY_COMPARE(page->model()->rowCount(), 1);
        QTRY_COMPARE(page->model()->index(0, 0).data(DeliveriesModel::StatusRole).toString(),
                     QStringLiteral("failed"));
        page->table()->setCurrentIndex(page->model()->index(0, 0));
        QTRY_VERIFY(page->detailsView()->isShowingDelivery() && !page->isLoading());
        const QByteArray repeat = send();
        QVERIFY(repeat.contains("\"duplicate\":true"));
        const QString response = page->detailsView()->responseText();
        QVERIFY2(response.contains(QString::fromUtf8(first)), qPrintable(response));
        QVERIFY2(response.contains(QString::fromUtf8(repeat)), qPrintable(response));
    }
};

QTEST_MAIN(TestDeliveryDetails)
#include "test_deliverydetails.moc"
