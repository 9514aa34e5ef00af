// The Sender page as a tester uses it, against the window's real catcher on loopback: plain,
// keyed, encrypted and signed sends arrive as the deliveries the catcher promises (202, the payload
// decrypts back), what a tester unticks is left out and refused, an unreachable URL and invalid
// JSON are said in words and nothing is sent.
#include "selfsignedcertificate.h"
#include "senderfixture.h"
#include "tempstore.h"

#include "common/mainwindow.h"
#include "common/messagelabel.h"
#include "crypto/aescipher.h"
#include "crypto/securerandom.h"
#include "deliveries/deliveriesmodel.h"
#include "deliveries/deliveriespage.h"
#include "deliveries/deliverydetailsview.h"
#include "delivery/catcherservice.h"
#include "sender/senderhistory.h"
#include "sender/senderpage.h"
#include "store/deliveryrepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTcpServer>
#include <QTest>

using namespace hb::ui;
using namespace senderfixture;

class TestSenderPage : public QObject, public SenderFixture {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("hookbench-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("test_senderpage"));
    }

    void init() { setUpWindow(); }

    void cleanup() { tearDown(); }

    void plainSendArrivesAsADelivery()
    {
        choose(QStringLiteral("Deposit bonus"));
        // The app's own catcher, and an example that holds the mapped user path.
        QCOMPARE(m_page->urlEdit()->text(), m_window->catcher()->webhookUrl(token()));
        QVERIFY2(m_page->payloadEdit()->toPlainText().contains(QStringLiteral("alice@example.com")),
                 qPrintable(m_page->payloadEdit()->toPlainText()));
        QVERIFY(!m_page->apiKeyCheck()->isEnabled());
        QVERIFY(!m_page->encryptionCheck()->isEnabled());

        const QByteArray payload = R"({"email": "alice@example.com", "amount": 4})";
        const hb::store::DeliveryRecord record = sendAccepted(payload);
        QCOMPARE(record.body, payload);
        QCOMPARE(headerOf(record, "content-type"), QByteArray("application/json"));
        QCOMPARE(m_page->history()->count(), 1);
        // One click to the delivery it made, in the Deliveries page, selected and read.
        QPushButton *show = m_page->findChild<QPushButton *>(QStringLiteral("senderShowDelivery"));
        QVERIFY(show->isVisible());
        QTest::mouseClick(show, Qt::LeftButton);
        DeliveriesPage *deliveries = m_window->deliveriesPage();
        QTRY_VERIFY(deliveries->isVisible());
        QTRY_COMPARE(deliveries->detailsView()->deliveryId(), record.id);
        // Selected in the whole log: no id left typed in the search box to narrow the next look.
        QVERIFY(deliveries->searchEdit()->text().isEmpty());
        QTRY_COMPARE(deliveries->model()->rowCount(), 1);
        QCOMPARE(deliveries->table()->currentIndex().row(), 0);
        QVERIFY(m_page->history()->topLevelItem(0)->text(2).startsWith(QStringLiteral("202")));
        QCOMPARE(m_page->history()->topLevelItem(0)->text(1), QStringLiteral("Deposit bonus"));
    }

    void keyedSendAndUntickedKeyIsRefused()
    {
        choose(QStringLiteral("Keyed"));
        QVERIFY(m_page->apiKeyCheck()->isEnabled());
        QVERIFY(m_page->apiKeyCheck()->isChecked());
        QVERIFY(headerNames().contains(QStringLiteral("x-api-key")));
        const QByteArray payload = R"({"email": "alice@example.com"})";
        const hb::store::DeliveryRecord record = sendAccepted(payload);
        QCOMPARE(headerOf(record, "x-api-key"), m_apiKey.toUtf8());

        QTest::mouseClick(m_page->apiKeyCheck(), Qt::LeftButton);
        QVERIFY(!m_page->apiKeyCheck()->isChecked());
        QVERIFY(!headerNames().contains(QStringLiteral("x-api-key")));
        sendAndWait(payload);
        QVERIFY2(m_page->answerMessage()->text().startsWith(QStringLiteral("401 ")),
                 qPrintable(m_page->answerMessage()->text()));
        QVERIFY(m_page->answerMessage()->isError());
        QCOMPARE(m_page->history()->count(), 2);
        QVERIFY(m_page->history()->topLevelItem(0)->text(2).startsWith(QStringLiteral("401")));
        QCOMPARE(deliveryCount(), 1); // the refused one is not a delivery

        // Support staff watching the Deliveries page see the refusal come in, without a click.
        DeliveriesPage *deliveries = m_window->deliveriesPage();
        m_window->showPage(MainWindow::DeliveriesPageIndex);
        QTRY_COMPARE(deliveries->refusedButton()->text(), QStringLiteral("Refused requests (1)…"));
        m_page->send(); // the same unkeyed request again, from the Sender's shortcut
        QTRY_COMPARE_WITH_TIMEOUT(deliveries->refusedButton()->text(),
                                  QStringLiteral("Refused requests (2)…"), 10000);
    }

    void encryptedSendDecryptsToThePayload()
    {
        choose(QStringLiteral("Encrypted"));
        QVERIFY(m_page->encryptionCheck()->isChecked());
        QVERIFY2(m_page->encryptionCheck()->text().contains(QStringLiteral("GCM")),
                 qPrintable(m_page->encryptionCheck()->text()));
        const QByteArray payload = R"({"email": "alice@example.com", "amount": 12.5})";
        const hb::store::DeliveryRecord record = sendAccepted(payload);
        QVERIFY(!record.body.contains("alice"));
        QCOMPARE(headerOf(record, "x-encrypted"), QByteArray("true"));
        const hb::Result<QByteArray> plain = hb::crypto::AesCipher::decryptBody(
            record.body, hb::mapping::EncryptionMode::Gcm, gcmKey.toUtf8());
        QVERIFY2(plain.ok(), qPrintable(plain.error()));
        QCOMPARE(*plain, payload);
    }

    void signedSendAndUntickedSignatureIsRefused()
    {
        choose(QStringLiteral("Signed"));
        QVERIFY(m_page->signatureCheck()->isChecked());
        const QByteArray payload = R"({"email": "alice@example.com"})";
        const hb::store::DeliveryRecord record = sendAccepted(payload);
        QVERIFY(headerOf(record, "webhook-signature").startsWith("v1,"));
        QTest::mouseClick(m_page->signatureCheck(), Qt::LeftButton);
        QVERIFY(!m_page->signatureCheck()->isChecked());
        sendAndWait(payload);
        QVERIFY2(m_page->answerMessage()->text().startsWith(QStringLiteral("401 ")),
                 qPrintable(m_page->answerMessage()->text()));
    }

    void unreachableUrlSaysNothingListens()
    {
        choose(QStringLiteral("Deposit bonus"));
        QTcpServer probe; // a port that was free a moment ago, and nobody listens on now
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close();
        m_page->urlEdit()->setText(
            QStringLiteral("http://127.0.0.1:%1/hooks/%2").arg(port).arg(token()));
        sendAndWait(R"({"email": "alice@example.com"})");
        const QString text = m_page->answerMessage()->text();
        QVERIFY2(text.contains(QStringLiteral("nothing is listening on 127.0.0.1:%1: is the "
                                              "catcher running?")
                                   .arg(port)),
                 qPrintable(text));
        QVERIFY(m_page->answerMessage()->isError());
        QVERIFY(m_page->sendButton()->isEnabled()); // a tester can try again
        QCOMPARE(deliveryCount(), 0);

        // Back to this window's catcher in one click.
        QTest::mouseClick(m_page->findChild<QPushButton *>(QStringLiteral("senderResetUrl")),
                          Qt::LeftButton);
        QCOMPARE(m_page->urlEdit()->text(), m_window->catcher()->webhookUrl(token()));
    }

    // A serve with a self-signed test certificate: refused while certificates are verified (and
    // the words say which box to untick), accepted once unticked, with what was overlooked said.
    void selfSignedCatcherNeedsVerificationUnticked()
    {
        const SelfSignedCertificate certificate;
        QVERIFY(certificate.isMade());
        hb::delivery::CatcherService secure(m_store->path());
        hb::delivery::CatcherSettings settings;
        settings.port = 0;
        settings.tlsCertificateFile = certificate.certificateFile();
        settings.tlsKeyFile = certificate.keyFile();
        settings.processDeliveries = false;
        const hb::Status started = secure.start(settings);
        QVERIFY2(started.ok(), qPrintable(started.error()));

        choose(QStringLiteral("Deposit bonus"));
        QVERIFY(!m_page->verifyCertificateCheck()->isVisible()); // http:// has no certificate
        m_page->urlEdit()->setText(secure.webhookUrl(token()));
        QVERIFY(m_page->urlEdit()->text().startsWith(QStringLiteral("https://")));
        QVERIFY(m_page->verifyCertificateCheck()->isVisible());
        QVERIFY(m_page->verifyCertificateCheck()->isChecked());

        const QByteArray payload = R"({"email": "alice@example.com", "amount": 2})";
        sendAndWait(payload);
        const QString refused = m_page->answerMessage()->text();
        QVERIFY2(refused.contains(QStringLiteral("TLS handshake")), qPrintable(refused));
        QVERIFY2(refused.contains(QStringLiteral("Verify certificate")), qPrintable(refused));
        QCOMPARE(deliveryCount(), 0);

        m_page->verifyCertificateCheck()->click(); // shown a moment ago: not laid out yet
        QVERIFY(!m_page->verifyCertificateCheck()->isChecked());
        const hb::store::DeliveryRecord record = sendAccepted(payload);
        QCOMPARE(record.body, payload);
        const QString sent = m_page->findChild<QLabel *>(QStringLiteral("senderAnswerUrl"))->text();
        QVERIFY2(sent.contains(QStringLiteral("Certificate not verified: ")), qPrintable(sent));
        QVERIFY2(sent.contains(QStringLiteral("self-signed"), Qt::CaseInsensitive),
                 qPrintable(sent));
        secure.stop();
    }

    void theExampleIsOneTheProcessorApplies()
    {
        {
            hb::store::Database db(m_store->path());
            QVERIFY(db.open().ok());
            hb::mapping::Webhook nested = webhookNamed(QStringLiteral("Nested"));
            nested.user.path = QStringLiteral("/customer/email");
            nested.fields.append({QStringLiteral("total-deposit"), hb::mapping::Operator::Add,
                                  QStringLiteral("/items/0/amount")});
            nested.currencies.append({hb::mapping::Currency::Coins, hb::mapping::Operator::Add,
                                      QStringLiteral("/bonus")});
            QVERIFY(hb::store::WebhookRepository(db).add(nested).ok());
        }
        m_page->refresh();
        QTRY_COMPARE(m_page->webhookCombo()->count(), 5);
        choose(QStringLiteral("Nested"));
        QTest::mouseClick(m_page->sendButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!m_page->isSending(), 20000);
        QVERIFY2(m_page->answerMessage()->text().startsWith(QStringLiteral("202 Accepted")),
                 qPrintable(m_page->answerMessage()->text()));
        const qint64 id = QJsonDocument::fromJson(m_page->answerBody()->toPlainText().toUtf8())
                              .object()
                              .value(QLatin1String("delivery_id"))
                              .toInteger();
        QString status, reason;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                hb::store::Database db(m_store->path());
                if (!db.open().ok())
                    return false;
                const auto record = hb::store::DeliveryRepository(db).find(id);
                if (!record.ok() || !record->has_value())
                    return false;
                status = hb::deliveryStatusName((*record)->status);
                reason = (*record)->reason;
                return status != QLatin1String("pending");
            }(),
            20000);
        QVERIFY2(status == QLatin1String("success"),
                 qPrintable(status + QLatin1Char(' ') + reason));
    }

    void invalidJsonIsFlaggedAndNotSent()
    {
        choose(QStringLiteral("Deposit bonus"));
        m_page->payloadEdit()->setPlainText(QStringLiteral("{\n  \"email\": \"a@b.c\",\n}"));
        QVERIFY(m_page->payloadMessage()->isError());
        QVERIFY2(m_page->payloadMessage()->text().contains(QStringLiteral("line 3")),
                 qPrintable(m_page->payloadMessage()->text()));
        QVERIFY(!m_page->sendButton()->isEnabled());
        m_page->send(); // a shortcut or a stale click must not send it either
        QVERIFY(!m_page->isSending());
        QCOMPARE(m_page->history()->count(), 0);

        // Another content type is sent as it is.
        m_page->contentTypeCombo()->setCurrentText(QStringLiteral("text/plain"));
        QVERIFY(!m_page->payloadMessage()->isError());
        QVERIFY(m_page->sendButton()->isEnabled());
        QTest::mouseClick(m_page->sendButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!m_page->isSending(), 20000);
        QCOMPARE(m_page->history()->count(), 1);
        QCOMPARE(deliveryCount(), 1); // received (it fails processing as an unsupported body)
    }

    void prefillsTheCaughtSampleAndFollowsNewWebhooks()
    {
        {
            hb::store::Database db(m_store->path());
            QVERIFY(db.open().ok());
            hb::store::WebhookRepository webhooks(db);
            const auto keyed = webhooks.findByName(QStringLiteral("Keyed"));
            QVERIFY(keyed.ok() && keyed->has_value());
            const QJsonObject sample{
                {QStringLiteral("payload"),
                 QJsonObject{{QStringLiteral("email"), QStringLiteral("caught@example.com")}}}};
            QVERIFY(webhooks.setSampleRequest((*keyed)->id, sample).ok());
            QVERIFY(webhooks.add(webhookNamed(QStringLiteral("Added later"))).ok());
        }
        // The page reads the store again when it is shown.
        m_window->showPage(MainWindow::WebhooksPageIndex);
        m_window->showPage(MainWindow::SenderPageIndex);
        QTRY_COMPARE(m_page->webhookCombo()->count(), 5);
        QVERIFY(m_page->webhookCombo()->findText(QStringLiteral("Added later")) >= 0);
        choose(QStringLiteral("Keyed"));
        QTRY_VERIFY2(
            m_page->payloadEdit()->toPlainText().contains(QStringLiteral("caught@example.com")),
            qPrintable(m_page->payloadEdit()->toPlainText()));

        // A tester's edit survives a look at another webhook.
        m_page->payloadEdit()->setPlainText(QStringLiteral("{\"email\": \"edited@example.com\"}"));
        choose(QStringLiteral("Signed"));
        QVERIFY(!m_page->payloadEdit()->toPlainText().contains(QStringLiteral("edited")));
        choose(QStringLiteral("Keyed"));
        QCOMPARE(m_page->payloadEdit()->toPlainText(),
                 QStringLiteral("{\"email\": \"edited@example.com\"}"));

        // A sample caught on the Webhooks page meanwhile replaces an untouched example.
        choose(QStringLiteral("Signed"));
        QVERIFY(!m_page->payloadEdit()->toPlainText().contains(QStringLiteral("late@")));
        {
            hb::store::Database db(m_store->path());
            QVERIFY(db.open().ok());
            const QJsonObject sample{
                {QStringLiteral("payload"),
                 QJsonObject{{QStringLiteral("email"), QStringLiteral("late@example.com")}}}};
            QVERIFY(hb::store::WebhookRepository(db)
                        .setSampleRequest(m_page->currentWebhookId(), sample)
                        .ok());
        }
        m_window->showPage(MainWindow::WebhooksPageIndex);
        m_window->showPage(MainWindow::SenderPageIndex);
        QTRY_VERIFY2(
            m_page->payloadEdit()->toPlainText().contains(QStringLiteral("late@example.com")),
            qPrintable(m_page->payloadEdit()->toPlainText()));
    }
};

QTEST_MAIN(TestSenderPage)
#include "test_senderpage.moc"
