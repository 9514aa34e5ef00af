// The export writers (CSV quoting and formula guard, HAR 1.2 shape, JSON as `delivery show`),
// the curl command line and the replay request, on records made in the test: what each format
// says of a delivery, with its secrets masked unless revealed.
#include "crypto/webhooksignature.h"
#include "csvreader.h"
#include "delivery/deliverysummary.h"
#include "services/csvexportwriter.h"
#include "services/curlcommand.h"
#include "services/deliveryreplay.h"
#include "services/harexportwriter.h"
#include "services/recordjson.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace hb;
using services::CsvExportWriter;
using services::DeliveryRecord;
using services::ExportFormat;
using services::ExportWriter;
using services::Secrets;

namespace {

const QByteArray apiKey = "k3y-0123456789abcdef0123456789abcdef";
const QString secret = QStringLiteral("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");

DeliveryRecord sampleRecord()
{
    DeliveryRecord record;
    record.id = 42;
    record.webhookName = QStringLiteral("Deposit, \"big\"");
    record.receivedAs = record.webhookName;
    record.status = DeliveryStatus::Failed;
    record.reason = QStringLiteral("value \"abc\" at /amount is not a number,\nsee line 2");
    record.userLabel = QStringLiteral("=HYPERLINK(\"http://evil\")");
    record.receivedAt = QStringLiteral("2026-12-01T10:00:00.000Z");
    record.method = "POST";
    record.target = "/hooks/t0k?page=2&api_key=" + apiKey + "&q=a%20b";
    record.headers = {{"Host", "127.0.0.1:8080"}, {"Content-Type", "application/json"},
                      {"x-api-key", apiKey},      {"X-Tag", "one"},
                      {"X-Tag", "two"},           {"Content-Length", "13"}};
    record.body = R"({"amount":1})";
    record.changes = QJsonArray{QJsonObject{{QStringLiteral("kind"), QStringLiteral("field")},
                                            {QStringLiteral("field"), QStringLiteral("total")},
                                            {QStringLiteral("old"), 10},
                                            {QStringLiteral("new"), 22.5},
                                            {QStringLiteral("operator"), QStringLiteral("add")}},
                                QJsonObject{{QStringLiteral("kind"), QStringLiteral("message")},
                                            {QStringLiteral("channel"), QStringLiteral("general")},
                                            {QStringLiteral("text"), QStringLiteral("hi, all")}}};
    return record;
}

QByteArray written(ExportFormat format, const QList<DeliveryRecord> &records, Secrets secrets)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const auto writer = ExportWriter::make(format, buffer, secrets);
    if (!writer->begin())
        return {};
    for (const DeliveryRecord &record : records) {
        if (!writer->write(record))
            return {};
    }
    return writer->finish() ? buffer.data() : QByteArray();
}

using csvreader::parseCsv;

QJsonObject header(const QJsonArray &headers, const QString &name)
{
    for (const QJsonValue &entry : headers) {
        if (entry.toObject().value(QLatin1String("name")).toString() == name)
            return entry.toObject();
    }
    return {};
}

} // namespace

class TestDeliveryExportWriters : public QObject {
    Q_OBJECT

private slots:
    void formatNames()
    {
        QCOMPARE(ExportWriter::formatFromName(u"CSV"), ExportFormat::Csv);
        QCOMPARE(ExportWriter::formatFromName(u"har"), ExportFormat::Har);
        QCOMPARE(ExportWriter::formatFromName(u"json"), ExportFormat::Json);
        QVERIFY(!ExportWriter::formatFromName(u"xml"));
    }

    void csvFieldsAreQuotedAsRfc4180Says()
    {
        QCOMPARE(CsvExportWriter::field(QStringLiteral("plain")), QStringLiteral("plain"));
        QCOMPARE(CsvExportWriter::field(QStringLiteral("a,b")), QStringLiteral("\"a,b\""));
        QCOMPARE(CsvExportWriter::field(QStringLiteral("say \"hi\"")),
                 QStringLiteral("\"say \"\"hi\"\"\""));
        QCOMPARE(CsvExportWriter::field(QStringLiteral("a\nb")), QStringLiteral("\"a\nb\""));
        QCOMPARE(CsvExportWriter::field(QStringLiteral("a\rb")), QStringLiteral("\"a\rb\""));
    }

    void csvTextCellsNeverStartAFormula()
    {
        for (const char *formula : {"=1+1", "+1", "-1+2", "@SUM(A1)", "\tx", "\rx"})
            QCOMPARE(CsvExportWriter::textCell(QString::fromLatin1(formula)),
                     QLatin1Char('\'') + QString::fromLatin1(formula));
        QCOMPARE(CsvExportWriter::textCell(QStringLiteral("ann@example.com")),
                 QStringLiteral("ann@example.com"));
        QCOMPARE(CsvExportWriter::textCell(QString()), QString());
    }

    void csvReadsBackCellForCell()
    {
        const DeliveryRecord record = sampleRecord();
        const QByteArray csv = written(ExportFormat::Csv, {record, record}, Secrets::Masked);
        QVERIFY(csv.startsWith("id,received_at,webhook,status,user,reason,changes\r\n"));
        const QList<QStringList> rows = parseCsv(QString::fromUtf8(csv));
        QCOMPARE(rows.size(), 3);
        const QStringList expected{
            QStringLiteral("42"),
            record.receivedAt,
            record.webhookName,
            QStringLiteral("failed"),
            QLatin1Char('\'') + record.userLabel,
            record.reason,
            QStringLiteral("total: 10 → 22.5 (add); message to #general: hi, all")};
        QCOMPARE(rows.at(1), expected);
        QCOMPARE(rows.at(2), expected);
    }

    void jsonIsAnArrayOfDeliveryShowObjects()
    {
        const DeliveryRecord record = sampleRecord();
        for (const Secrets secrets : {Secrets::Masked, Secrets::Revealed}) {
            const QJsonDocument document =
                QJsonDocument::fromJson(written(ExportFormat::Json, {record, record}, secrets));
            QVERIFY(document.isArray());
            QCOMPARE(document.array().size(), 2);
            QCOMPARE(document.array().at(1).toObject(),
                     services::RecordJson::delivery(record, true, secrets));
        }
        QCOMPARE(QJsonDocument::fromJson(written(ExportFormat::Json, {}, Secrets::Masked)).array(),
                 QJsonArray());
    }

    void harHasEveryMemberHar12Requires()
    {
        const QJsonDocument document =
            QJsonDocument::fromJson(written(ExportFormat::Har, {sampleRecord()}, Secrets::Masked));
        const QJsonObject log = document.object().value(QLatin1String("log")).toObject();
        QCOMPARE(log.value(QLatin1String("version")).toString(), QStringLiteral("1.2"));
        QCOMPARE(log.value(QLatin1String("creator")).toObject().value(QLatin1String("name")),
                 QJsonValue(QStringLiteral("Hookbench")));
        QVERIFY(log.value(QLatin1String("creator"))
                    .toObject()
                    .value(QLatin1String("version"))
                    .isString());
        const QJsonArray entries = log.value(QLatin1String("entries")).toArray();
        QCOMPARE(entries.size(), 1);
        const QJsonObject entry = entries.at(0).toObject();
        for (const char *member :
             {"startedDateTime", "time", "request", "response", "cache", "timings"})
            QVERIFY2(entry.contains(QLatin1String(member)), member);
        const QJsonObject request = entry.value(QLatin1String("request")).toObject();
        for (const char *member : {"method", "url", "httpVersion", "cookies", "headers",
                                   "queryString", "headersSize", "bodySize"})
            QVERIFY2(request.contains(QLatin1String(member)), member);
        const QJsonObject response = entry.value(QLatin1String("response")).toObject();
        for (const char *member : {"status", "statusText", "httpVersion", "cookies", "headers",
                                   "content", "redirectURL", "headersSize", "bodySize"})
            QVERIFY2(response.contains(QLatin1String(member)), member);
        const QJsonObject timings = entry.value(QLatin1String("timings")).toObject();
        for (const char *member : {"send", "wait", "receive"})
            QVERIFY2(timings.value(QLatin1String(member)).toInt(-1) >= 0, member);
    }

    void harRequestIsAsReceivedAndTheAnswerAsSpecSays()
    {
        const DeliveryRecord record = sampleRecord();
        const QJsonObject entry = services::HarExportWriter::entry(record, Secrets::Revealed);
        const QJsonObject request = entry.value(QLatin1String("request")).toObject();
        QCOMPARE(request.value(QLatin1String("url")).toString(),
                 QStringLiteral("http://127.0.0.1:8080") + QString::fromUtf8(record.target));
        const QJsonArray headers = request.value(QLatin1String("headers")).toArray();
        QCOMPARE(headers.size(), record.headers.size()); // repeats and order kept
        QCOMPARE(headers.at(3).toObject().value(QLatin1String("value")).toString(),
                 QStringLiteral("one"));
        QCOMPARE(headers.at(4).toObject().value(QLatin1String("value")).toString(),
                 QStringLiteral("two"));
        QCOMPARE(header(headers, QStringLiteral("x-api-key")).value(QLatin1String("value")),
                 QJsonValue(QString::fromUtf8(apiKey)));
        const QJsonArray query = request.value(QLatin1String("queryString")).toArray();
        QCOMPARE(query.size(), 3);
        QCOMPARE(query.at(2).toObject().value(QLatin1String("value")).toString(),
                 QStringLiteral("a b"));
        const QJsonObject postData = request.value(QLatin1String("postData")).toObject();
        QCOMPARE(postData.value(QLatin1String("mimeType")).toString(),
                 QStringLiteral("application/json"));
        QCOMPARE(postData.value(QLatin1String("text")).toString(), QString::fromUtf8(record.body));
        QVERIFY(!postData.contains(QLatin1String("encoding")));

        const QJsonObject response = entry.value(QLatin1String("response")).toObject();
        QCOMPARE(response.value(QLatin1String("status")).toInt(), 202);
        const QByteArray body = delivery::DeliverySummary::acceptedBody(record, false);
        QCOMPARE(body, QByteArray(R"({"delivery_id":42,"status":"pending"})"));
        QCOMPARE(response.value(QLatin1String("content"))
                     .toObject()
                     .value(QLatin1String("text"))
                     .toString(),
                 QString::fromUtf8(body));
        QCOMPARE(header(response.value(QLatin1String("headers")).toArray(),
                        QStringLiteral("Content-Length"))
                     .value(QLatin1String("value"))
                     .toString(),
                 QString::number(body.size()));
        QCOMPARE(entry.value(QLatin1String("startedDateTime")).toString(), record.receivedAt);
    }

    void harMasksSecretsUnlessRevealed()
    {
        const QByteArray masked = written(ExportFormat::Har, {sampleRecord()}, Secrets::Masked);
        QVERIFY(!masked.contains(apiKey));
        QVERIFY(masked.contains("k3y-…(36 chars)"));
        QVERIFY(written(ExportFormat::Har, {sampleRecord()}, Secrets::Revealed).contains(apiKey));
        QVERIFY(!written(ExportFormat::Json, {sampleRecord()}, Secrets::Masked).contains(apiKey));
    }

    void harBinaryBodyIsBase64()
    {
        DeliveryRecord record = sampleRecord();
        record.body = QByteArray("\x00\xff\xfe binary", 10);
        const QJsonObject postData = services::HarExportWriter::entry(record, Secrets::Masked)
                                         .value(QLatin1String("request"))
                                         .toObject()
                                         .value(QLatin1String("postData"))
                                         .toObject();
        QCOMPARE(postData.value(QLatin1String("encoding")).toString(), QStringLiteral("base64"));
        QCOMPARE(
            QByteArray::fromBase64(postData.value(QLatin1String("text")).toString().toLatin1()),
            record.body);
    }

    void shellQuoting()
    {
        QCOMPARE(services::CurlCommand::quote(QStringLiteral("it's")),
                 QStringLiteral("'it'\\''s'"));
        QVERIFY(services::CurlCommand::bodyIsText("{\"a\":\n\t\"é\"}"));
        QVERIFY(!services::CurlCommand::bodyIsText(QByteArray("a\0b", 3)));
        QVERIFY(!services::CurlCommand::bodyIsText("a\rb"));
        QVERIFY(!services::CurlCommand::bodyIsText("@/etc/passwd"));
        QVERIFY(!services::CurlCommand::bodyIsText("\xff\xfe"));
    }

    void curlSendsEveryHeaderButTheConnectionsOwn()
    {
        const DeliveryRecord record = sampleRecord();
        const QString masked = services::CurlCommand::of(
            record, QUrl(QStringLiteral("http://127.0.0.1:9/hooks/t0k")), Secrets::Masked);
        QVERIFY2(!masked.contains(QString::fromUtf8(apiKey)), qPrintable(masked));
        const QString command = services::CurlCommand::of(
            record, QUrl(QStringLiteral("http://127.0.0.1:9/hooks/t0k")), Secrets::Revealed);
        QVERIFY(command.startsWith(
            QLatin1String("curl \\\n  --globoff \\\n  'http://127.0.0.1:9/hooks/t0k' \\\n")));
        QVERIFY(command.contains(QLatin1String("-H 'x-api-key: ") + QString::fromUtf8(apiKey)));
        QVERIFY(command.contains(QLatin1String("-H 'X-Tag: one'")));
        QVERIFY(command.contains(QLatin1String("-H 'X-Tag: two'")));
        QVERIFY(!command.contains(QLatin1String("Host:")));
        QVERIFY(!command.contains(QLatin1String("Content-Length")));
        QVERIFY(command.contains(QLatin1String("-H 'User-Agent:'")));
        QVERIFY(command.endsWith(QLatin1String("--data-binary '{\"amount\":1}'")));
        QVERIFY(!command.contains(QLatin1String("-X ")));
    }

    void curlPipesABinaryBodyAsBase64()
    {
        DeliveryRecord record = sampleRecord();
        record.method = "PUT";
        record.body = QByteArray("\x00'\xff", 3);
        const QString command = services::CurlCommand::of(
            record, QUrl(QStringLiteral("http://127.0.0.1:9/x")), Secrets::Masked);
        QVERIFY2(command.startsWith(QLatin1String("printf '%s' '")
                                    + QString::fromLatin1(record.body.toBase64())
                                    + QLatin1String("' | base64 -d | curl \\\n  -X 'PUT' \\\n")),
                 qPrintable(command));
        QVERIFY(command.endsWith(QLatin1String("--data-binary @-")));
    }

    void replayUrl()
    {
        DeliveryRecord record = sampleRecord();
        mapping::Webhook webhook;
        webhook.token = QStringLiteral("t0k");
        qunsetenv("HOOKBENCH_PUBLIC_URL");
        using services::DeliveryReplay;
        QCOMPARE(DeliveryReplay::url(record, &webhook, QString())->toString(QUrl::FullyEncoded),
                 QStringLiteral("http://127.0.0.1:8080/hooks/t0k?page=2&api_key=")
                     + QString::fromUtf8(apiKey) + QStringLiteral("&q=a%20b"));
        QCOMPARE(DeliveryReplay::url(record, &webhook, QStringLiteral("http://h:1"))->path(),
                 QStringLiteral("/hooks/t0k"));
        QCOMPARE(
            DeliveryReplay::url(record, &webhook, QStringLiteral("http://h:1/other"))->toString(),
            QStringLiteral("http://h:1/other"));
        QVERIFY(!DeliveryReplay::url(record, &webhook, QStringLiteral("ftp://h/")));
        const auto removed = DeliveryReplay::url(record, nullptr, QString());
        QCOMPARE(removed.error(), QStringLiteral("the webhook of delivery 42 was removed: give "
                                                 "the URL to send it to"));
    }

    void replayWithANewIdIsSignedAgain()
    {
        DeliveryRecord record = sampleRecord();
        record.headers << qMakePair(QByteArray("webhook-id"), QByteArray("msg_old"))
                       << qMakePair(QByteArray("webhook-timestamp"), QByteArray("1000"))
                       << qMakePair(QByteArray("webhook-signature"), QByteArray("v1,old"));
        mapping::Webhook webhook;
        webhook.signingSecret = secret;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        using services::DeliveryReplay;
        const auto same = DeliveryReplay::prepare(record, &webhook, QUrl(), false, now);
        QVERIFY(same.ok());
        QVERIFY(same->newKey.isEmpty());
        QCOMPARE(same->headers.size(), record.headers.size() - 2); // no Host, no Content-Length
        const auto fresh = DeliveryReplay::prepare(record, &webhook, QUrl(), true, now);
        QVERIFY(fresh.ok());
        QVERIFY(fresh->newKey.startsWith(QLatin1String("msg_")));
        auto value = [&](const char *name) {
            for (const auto &[key, headerValue] : fresh->headers) {
                if (key == name)
                    return headerValue;
            }
            return QByteArray();
        };
        QCOMPARE(QString::fromLatin1(value("webhook-id")), fresh->newKey);
        QCOMPARE(value("webhook-timestamp"), QByteArray::number(now.toSecsSinceEpoch()));
        QVERIFY(crypto::WebhookSignature::verify(secret, value("webhook-id"),
                                                 value("webhook-timestamp"), fresh->body,
                                                 value("webhook-signature"), now)
                    .ok());
    }
};

QTEST_GUILESS_MAIN(TestDeliveryExportWriters)
#include "test_deliveryexport_writers.moc"
