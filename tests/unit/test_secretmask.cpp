// Secrets are not shown by default (SPEC §3): the API key, signatures and credentials are masked
// by one rule, services::SecretMask, wherever a request is printed, and the stored values stay as
// they were sent.
#include "cli/serveactivitylog.h"
#include "services/recordjson.h"
#include "services/secretmask.h"

#include <QJsonObject>
#include <QTest>

using namespace hb;
using services::SecretMask;

namespace {

const QString apiKey = QStringLiteral("k3y-0123456789abcdef0123456789abcdef"); // 36 chars
const QString signature = QStringLiteral("v1,K5oZfzN95Z9UVu1EsfQmfVNQhnkZ2pj9o9NDN/H/pI4=");

services::DeliveryRecord deliveryWithSecrets()
{
    services::DeliveryRecord record;
    record.id = 7;
    record.webhookName = QStringLiteral("Deposit");
    record.receivedAs = record.webhookName;
    record.method = "POST";
    record.target = "/hooks/t0ken?api_key=" + apiKey.toUtf8() + "&page=2";
    record.headers = {{"Content-Type", "application/json"},
                      {"X-Api-Key", apiKey.toUtf8()},
                      {"webhook-signature", signature.toUtf8()}};
    record.body = R"({"amount": 1})";
    return record;
}

} // namespace

class TestSecretMask : public QObject {
    Q_OBJECT

private slots:
    void secretHeadersAreKnownInAnyCase_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("secret");
        for (const char *name :
             {"x-api-key", "X-Api-Key", "WEBHOOK-SIGNATURE", "Authorization", "x-hub-signature",
              "X-Hub-Signature-256", "x-signature", "Proxy-Authorization", "Cookie"})
            QTest::newRow(name) << QString::fromLatin1(name) << true;
        for (const char *name : {"Content-Type", "webhook-id", "webhook-timestamp", "x-api-keys",
                                 "X-Request-Id", "Set-Cookie-Name"})
            QTest::newRow(name) << QString::fromLatin1(name) << false;
    }
    void secretHeadersAreKnownInAnyCase()
    {
        QFETCH(QString, name);
        QFETCH(bool, secret);
        QCOMPARE(SecretMask::isSecretHeader(name), secret);
    }

    // Enough to compare with what the sender says it sends, not enough to use.
    void maskShowsTheShapeNotTheSecret_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("shown");
        QTest::newRow("api key") << QStringLiteral("x-api-key") << apiKey
                                 << QStringLiteral("k3y-…(36 chars)");
        QTest::newRow("short key: a quarter at most")
            << QStringLiteral("X-API-KEY") << QStringLiteral("nope")
            << QStringLiteral("n…(4 chars)");
        QTest::newRow("tiny key") << QStringLiteral("x-api-key") << QStringLiteral("abc")
                                  << QStringLiteral("…(3 chars)");
        QTest::newRow("empty") << QStringLiteral("x-api-key") << QString() << QString();
        QTest::newRow("standard webhooks")
            << QStringLiteral("webhook-signature")
            << signature + QStringLiteral(" v1,AAAAbbbbccccddddeeeeffffgggghhhhiiiijjjjkkk=")
            << QStringLiteral("v1,K5oZ…(44 chars) v1,AAAA…(44 chars)");
        QTest::newRow("github") << QStringLiteral("X-Hub-Signature-256")
                                << QStringLiteral("sha256=") + QString(64, QLatin1Char('f'))
                                << QStringLiteral("sha256=ffff…(64 chars)");
        QTest::newRow("bearer") << QStringLiteral("Authorization")
                                << QStringLiteral("Bearer abcdefghijklmnopqrstuvwx")
                                << QStringLiteral("Bearer abcd…(24 chars)");
        QTest::newRow("cookie") << QStringLiteral("cookie")
                                << QStringLiteral("session=0123456789abcdef; theme=dark")
                                << QStringLiteral("session=0123…(16 chars); theme=d…(4 chars)");
        QTest::newRow("not secret")
            << QStringLiteral("Content-Type") << QStringLiteral("application/json")
            << QStringLiteral("application/json");
    }
    void maskShowsTheShapeNotTheSecret()
    {
        QFETCH(QString, name);
        QFETCH(QString, value);
        QFETCH(QString, shown);
        QCOMPARE(SecretMask::headerValue(name, value), shown);
    }

    void keysInTheQueryAreMasked()
    {
        QCOMPARE(SecretMask::target(QStringLiteral("/hooks/t0ken?api_key=") + apiKey
                                    + QStringLiteral("&page=2")),
                 QStringLiteral("/hooks/t0ken?api_key=k3y-…(36 chars)&page=2"));
        QCOMPARE(SecretMask::target(QStringLiteral("/hooks/t0ken?page=2&x=%20")),
                 QStringLiteral("/hooks/t0ken?page=2&x=%20"));
        QCOMPARE(SecretMask::target(QStringLiteral("/hooks/t0ken")),
                 QStringLiteral("/hooks/t0ken"));
    }

    // Masking works on a copy: the record (what the store holds) keeps its values.
    void recordIsMaskedOnACopy()
    {
        const services::DeliveryRecord record = deliveryWithSecrets();
        const services::DeliveryRecord shown = SecretMask::record(record);
        QCOMPARE(record.headers.at(1).second, apiKey.toUtf8());
        QCOMPARE(shown.headers.at(0), record.headers.at(0));
        QCOMPARE(shown.headers.at(1).first, QByteArray("X-Api-Key"));
        QCOMPARE(shown.headers.at(1).second, QStringLiteral("k3y-…(36 chars)").toUtf8());
        QVERIFY(!shown.target.contains(apiKey.toUtf8()));
        QCOMPARE(shown.body, record.body);
    }

    void recordJsonMasksUnlessRevealed()
    {
        const services::DeliveryRecord record = deliveryWithSecrets();
        const QJsonObject masked = services::RecordJson::delivery(record, true)
                                       .value(QStringLiteral("request"))
                                       .toObject();
        const QJsonObject headers = masked.value(QStringLiteral("headers")).toObject();
        QCOMPARE(headers.value(QStringLiteral("X-Api-Key")).toString(),
                 QStringLiteral("k3y-…(36 chars)"));
        QCOMPARE(headers.value(QStringLiteral("webhook-signature")).toString(),
                 QStringLiteral("v1,K5oZ…(44 chars)"));
        QVERIFY(!masked.value(QStringLiteral("target")).toString().contains(apiKey));

        const QJsonObject revealed =
            services::RecordJson::delivery(record, true, services::Secrets::Revealed)
                .value(QStringLiteral("request"))
                .toObject();
        QCOMPARE(revealed.value(QStringLiteral("headers"))
                     .toObject()
                     .value(QStringLiteral("X-Api-Key"))
                     .toString(),
                 apiKey);
        QVERIFY(revealed.value(QStringLiteral("target")).toString().contains(apiKey));

        services::RejectedRequest refused;
        refused.method = "POST";
        refused.target = "/hooks/t0ken";
        refused.headers = record.headers;
        const QJsonObject refusedHeaders = services::RecordJson::refused(refused)
                                               .value(QStringLiteral("request"))
                                               .toObject()
                                               .value(QStringLiteral("headers"))
                                               .toObject();
        QCOMPARE(refusedHeaders.value(QStringLiteral("X-Api-Key")).toString(),
                 QStringLiteral("k3y-…(36 chars)"));
    }

    // serve's stderr is kept by the service manager and read by many: it has no --reveal.
    void serveLogNeverPrintsAKey()
    {
        QString text;
        QTextStream out(&text);
        cli::ServeActivityLog log(out);
        services::RejectedRequest refused;
        refused.status = 401;
        refused.method = "POST";
        refused.target = "/hooks/t0ken?api_key=" + apiKey.toUtf8();
        refused.headers = {{"X-Api-Key", apiKey.toUtf8()}};
        refused.reason = QStringLiteral("wrong x-api-key");
        log.refused(refused);
        QVERIFY2(text.contains(QStringLiteral("refused: 401 POST /hooks/t0ken?api_key=k3y-…")),
                 qPrintable(text));
        QVERIFY2(!text.contains(apiKey), qPrintable(text));
    }
};

QTEST_GUILESS_MAIN(TestSecretMask)
#include "test_secretmask.moc"
