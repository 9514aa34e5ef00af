// Why a delivery is Failed, in the words the user reads: missing users, paths and numbers, bodies
// that are not JSON or form data, encrypted bodies without the right key, and a field or webhook
// removed after the request was caught.
#include "processorfixture.h"

#include "crypto/aescipher.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace hb;

class TestDeliveryProcessorFailures : public ProcessorFixture {
    Q_OBJECT

public:
    using ProcessorFixture::ProcessorFixture;

private slots:
    void failureReasons_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QString>("reason");
        QTest::newRow("no user") << QByteArray(R"({"customer": {"email": "a@b.c"}, "amount": 1,
            "cost": 0})") << QByteArray("application/json")
                                 << "no user with email \"a@b.c\"";
        QTest::newRow("no user path")
            << QByteArray(R"({"amount": 1})") << QByteArray("application/json")
            << "path /customer/email not found in payload";
        QTest::newRow("no amount")
            << QByteArray(R"({"customer": {"email": "ann@example.com"}})")
            << QByteArray("application/json") << "path /amount not found in payload";
        QTest::newRow("not a number")
            << QByteArray(R"({"customer": {"email": "ann@example.com"}, "amount": "abc"})")
            << QByteArray("application/json") << "value \"abc\" at /amount is not a number";
        QTest::newRow("message path")
            << QByteArray(R"({"customer": {"email": "ann@example.com"}, "amount": 1, "cost": 0})")
            << QByteArray("application/json") << "path /customer/name not found in payload";
        QTest::newRow("unsupported body")
            << QByteArray("\x01\x02 binary") << QByteArray("image/png")
            << "unsupported body (Content-Type: image/png); send "
               "JSON or form data";
    }

    void failureReasons()
    {
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, contentType);
        QFETCH(QString, reason);
        const mapping::Webhook webhook = addWebhook(depositConfig);
        const qint64 id = receive(webhook, body, {{"content-type", contentType}});
        QCOMPARE(processAll(), 1);
        const store::DeliveryRecord record = delivery(id);
        QCOMPARE(record.status, hb::DeliveryStatus::Failed);
        QCOMPARE(record.reason, reason);
        QCOMPARE(record.attemptLog.size(), 1);
        QCOMPARE(record.attemptLog.at(0).toObject().value(QStringLiteral("reason")).toString(),
                 reason);
    }

    void encryptedBodies()
    {
        const mapping::Webhook webhook = addWebhook(R"({"name": "Secret",
            "encryption": {"mode": "gcm", "key": "0123456789abcdef0123456789abcdef"},
            "user": {"identifier": "username", "path": "/user"},
            "currencies": [{"currency": "xp", "operator": "add", "path": "/xp"}]})");
        const QByteArray key = "0123456789abcdef0123456789abcdef";
        const QByteArray sealed = crypto::AesCipher::encryptBody(R"({"user": "ann", "xp": 3})",
                                                                 mapping::EncryptionMode::Gcm, key);
        const qint64 good = receive(
            webhook, sealed, {{"Content-Type", "application/json"}, {"X-Encrypted", "true"}});
        const qint64 plain = receive(webhook, R"({"user": "ann", "xp": 3})");
        const qint64 wrongKey =
            receive(webhook,
                    crypto::AesCipher::encryptBody(R"({"user": "ann", "xp": 3})",
                                                   mapping::EncryptionMode::Gcm,
                                                   "fedcba9876543210fedcba9876543210"),
                    {{"x-encrypted", "true"}});
        QCOMPARE(processAll(), 3);
        QCOMPARE(delivery(good).status, hb::DeliveryStatus::Success);
        QCOMPARE(user(QStringLiteral("ann@example.com")).xp, 3);
        QCOMPARE(delivery(plain).reason,
                 QStringLiteral("this webhook expects an encrypted body (x-encrypted: true)"));
        QCOMPARE(delivery(wrongKey).reason,
                 crypto::AesCipher::failureMessage(mapping::EncryptionMode::Gcm));
    }

    void removedFieldAndWebhookFail()
    {
        const mapping::Webhook webhook = addWebhook(R"({"name": "Nick",
            "user": {"identifier": "username", "path": "/user"},
            "fields": [{"field": "nickname", "operator": "overwrite", "path": "/nick"}]})");
        const qint64 first = receive(webhook, R"({"user": "ann", "nick": "A"})");
        QVERIFY(store::FieldRepository(*m_db).remove(QStringLiteral("nickname")).ok());
        QCOMPARE(processAll(), 1);
        QCOMPARE(delivery(first).reason,
                 QStringLiteral("custom field \"nickname\" no longer exists"));

        const qint64 second = receive(webhook, R"({"user": "ann", "nick": "A"})");
        QVERIFY(store::WebhookRepository(*m_db).remove(QStringLiteral("Nick")).ok());
        QCOMPARE(processAll(), 1);
        const store::DeliveryRecord record = delivery(second);
        QCOMPARE(record.status, hb::DeliveryStatus::Failed);
        QCOMPARE(record.webhookName, QStringLiteral("Nick"));
        QCOMPARE(record.reason, QStringLiteral("the webhook \"Nick\" no longer exists"));
    }
};

int main(int argc, char *argv[])
{
    return runOnEveryStore<TestDeliveryProcessorFailures>(argc, argv);
}
#include "test_deliveryprocessor_failures.moc"
