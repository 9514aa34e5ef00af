// The delivery log's tools over the real executable and a real catcher (`hookbench serve` on a
// free loopback port): `delivery list` paging and filters, `delivery export` in each format read
// back, `delivery curl` run with bash against the catcher, `delivery replay` with and without
// --new-id, and every error a user can cause.
#include "catcherclient.h"
#include "csvreader.h"
#include "hookbenchprocess.h"
#include "tempstore.h"

#include "crypto/webhooksignature.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

namespace {

using Run = HookbenchRun;
const QString signingSecret = QStringLiteral("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");
const QByteArray apiKey = "key-0123456789abcdef0123456789abcdef";

QStringList words(const QString &line)
{
    return line.split(QLatin1Char(' '));
}

using csvreader::parseCsv;

QString str(const QJsonObject &object, const char *name)
{
    return object.value(QLatin1String(name)).toString();
}

} // namespace

class TestCliDeliveries : public QObject {
    Q_OBJECT

    TempStore m_store;
    QProcess m_serve;
    QUrl m_base;
    QByteArray m_plainPath, m_signedPath; // "/hooks/<token>"
    qint64 m_keyed = 0, m_unknown = 0, m_binary = 0, m_signed = 0;

    Run run(const QStringList &arguments) const
    {
        HookbenchProcess process(m_store.path());
        // "The webhook's URL" of curl and replay: the catcher of this test.
        process.setEnvironment(QStringLiteral("HOOKBENCH_PUBLIC_URL"), m_base.toString());
        return process.run(arguments);
    }
    Run run(const QString &line) const { return run(words(line)); }
    QJsonValue json(const QString &line) const
    {
        const Run result = run(line + QStringLiteral(" --json"));
        if (result.exitCode != 0)
            qWarning("%s: %s", qPrintable(line), qPrintable(result.err));
        return result.json();
    }

    QByteArray importWebhook(const QByteArray &config)
    {
        const QString path = m_store.folder() + QStringLiteral("/webhook.json");
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(config) != config.size())
            return {};
        file.close();
        const QJsonObject webhook = json(QStringLiteral("webhook import ") + path).toObject();
        return "/hooks/" + str(webhook, "token").toUtf8();
    }

    // Posts the exact bytes of a request; the delivery id of the 202.
    qint64 post(const QByteArray &path, const QByteArray &body,
                const QList<QPair<QByteArray, QByteArray>> &headers)
    {
        CatcherClient client(m_base);
        client.send(CatcherClient::post(path, body, headers));
        const auto answer = client.next();
        if (!answer || answer->status != 202)
            qWarning("no 202: %s", answer ? answer->body.constData() : "no answer");
        return answer ? answer->json().value(QLatin1String("delivery_id")).toInteger() : 0;
    }

    QJsonObject show(qint64 id, bool reveal = false) const
    {
        return json(QStringLiteral("delivery show %1%2")
                        .arg(id)
                        .arg(reveal ? QStringLiteral(" --reveal") : QString()))
            .toObject();
    }

    QJsonObject processed(qint64 id) const
    {
        QJsonObject delivery;
        for (int i = 0; i < 100; ++i) {
            delivery = show(id);
            if (str(delivery, "status") != QLatin1String("pending"))
                break;
            QTest::qWait(100);
        }
        return delivery;
    }

    QList<QPair<QByteArray, QByteArray>> signedHeaders(const QByteArray &id, const QByteArray &body)
    {
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        return {{"x-api-key", apiKey},
                {"webhook-id", id},
                {"webhook-timestamp", QByteArray::number(now)},
                {"webhook-signature",
                 hb::crypto::WebhookSignature::sign(signingSecret, id, now, body)}};
    }

    static QList<qint64> ids(const QJsonArray &array)
    {
        QList<qint64> list;
        for (const QJsonValue &value : array)
            list << value.toObject().value(QLatin1String("id")).toInteger();
        return list;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_store.isValid());
        verifySucceeded(run(QStringLiteral("user add --email ann@example.com --username ann")),
                        QStringLiteral("user add"));
        m_plainPath = importWebhook(R"({"name": "Plain",
            "user": {"identifier": "email", "path": "/email"},
            "currencies": [{"currency": "coins", "operator": "add", "path": "/coins"}]})");
        m_signedPath = importWebhook(R"({"name": "Signed", "api_key": ")" + apiKey
                                     + R"(", "signing_secret": ")" + signingSecret.toUtf8() + R"(",
            "user": {"identifier": "email", "path": "/email"},
            "currencies": [{"currency": "xp", "operator": "add", "path": "/xp"}]})");
        QVERIFY(m_plainPath.size() > 7 && m_signedPath.size() > 7);
        QString error;
        m_base = HookbenchProcess(m_store.path()).startServe(m_serve, {}, &error);
        QVERIFY2(m_base.isValid(), qPrintable(error));

        m_keyed = post(m_plainPath + "?source=test&n=1", R"({"email":"ann@example.com","coins":1})",
                       {{"idempotency-key", "idem-1"}, {"X-Quote", "it's \"quoted\", really"}});
        m_unknown = post(m_plainPath, "{\"email\":\"nobody@example.com\",\n \"coins\":1}",
                         {{"X-Empty", ""}});
        m_binary = post(m_plainPath, QByteArray("\x00\x01\xff'\"binary\r\n", 12),
                        {{"Content-Type", "application/octet-stream"}});
        const QByteArray signedBody = R"({"email":"ann@example.com","xp":2})";
        m_signed = post(m_signedPath, signedBody, signedHeaders("msg_first", signedBody));
        QVERIFY(m_keyed > 0 && m_unknown > m_keyed && m_binary > m_unknown && m_signed > m_binary);
        for (const qint64 id : {m_keyed, m_unknown, m_binary, m_signed})
            QVERIFY(str(processed(id), "status") != QLatin1String("pending"));
    }

    void cleanupTestCase()
    {
        m_serve.terminate();
        m_serve.waitForFinished(20000);
    }

    void listPagesAndFilters()
    {
        const QList<qint64> all{m_signed, m_binary, m_unknown, m_keyed};
        QCOMPARE(ids(json(QStringLiteral("delivery list --limit 2")).toArray()), all.mid(0, 2));
        QCOMPARE(ids(json(QStringLiteral("delivery list --limit 2 --before %1").arg(m_binary))
                         .toArray()),
                 all.mid(2, 2));
        QCOMPARE(ids(json(QStringLiteral("delivery list --status failed")).toArray()),
                 (QList<qint64>{m_binary, m_unknown}));
        QCOMPARE(ids(json(QStringLiteral("delivery list --webhook Signed")).toArray()),
                 QList<qint64>{m_signed});
        QCOMPARE(ids(json(QStringLiteral("delivery list --search #%1").arg(m_unknown)).toArray()),
                 QList<qint64>{m_unknown});
        QCOMPARE(ids(json(QStringLiteral("delivery list --search nobody")).toArray()),
                 QList<qint64>{m_unknown});
        QCOMPARE(ids(json(QStringLiteral("delivery list --since 2000-01-01")).toArray()), all);
        QCOMPARE(
            ids(json(QStringLiteral("delivery list --since 2000-01-01T00:00:00+01:00")).toArray()),
            all);
        QCOMPARE(json(QStringLiteral("delivery list --until 2000-01-01")).toArray(), QJsonArray());
        const QString tomorrow =
            QDateTime::currentDateTimeUtc().addDays(1).date().toString(Qt::ISODate);
        QCOMPARE(json(QStringLiteral("delivery list --since ") + tomorrow).toArray(), QJsonArray());
        QCOMPARE(ids(json(QStringLiteral("delivery list --until ") + tomorrow).toArray()), all);
        // The first received_at as an exact bound: --since is inclusive, --until exclusive.
        const QString first = str(show(m_keyed), "received_at");
        QCOMPARE(ids(json(QStringLiteral("delivery list --until ") + first).toArray()),
                 QList<qint64>());
        QCOMPARE(ids(json(QStringLiteral("delivery list --since ") + first).toArray()), all);
    }

    void exportJsonIsDeliveryShow()
    {
        const Run exported = run(QStringLiteral("delivery export --format json"));
        verifySucceeded(exported, QStringLiteral("export json"));
        const QJsonArray array = exported.array();
        QCOMPARE(ids(array).mid(array.size() - 4),
                 (QList<qint64>{m_signed, m_binary, m_unknown, m_keyed}));
        for (const QJsonValue &value : array) {
            const qint64 id = value.toObject().value(QLatin1String("id")).toInteger();
            QCOMPARE(value.toObject(), show(id));
        }
        QVERIFY(!exported.out.contains(apiKey)); // masked as show masks it
        const Run revealed =
            run(QStringLiteral("delivery export --format json --reveal --webhook Signed"));
        QCOMPARE(revealed.array().size(), 1);
        QCOMPARE(revealed.array().at(0).toObject(), show(m_signed, true));
        QVERIFY(revealed.out.contains(apiKey));
    }

    void exportCsvToAFile()
    {
        const QString path = m_store.folder() + QStringLiteral("/out.csv");
        const Run exported =
            run(QStringLiteral("delivery export --format csv --limit 3 --output ") + path);
        verifySucceeded(exported, QStringLiteral("export csv"));
        QCOMPARE(exported.out,
                 QByteArray("exported 3 deliveries as csv to ") + path.toUtf8() + '\n');
        QVERIFY2(exported.err.endsWith(QLatin1String("exported 3 of 3\n")),
                 qPrintable(exported.err));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QStringList> rows = parseCsv(QString::fromUtf8(file.readAll()));
        QCOMPARE(rows.size(), 4);
        QCOMPARE(rows.at(0),
                 words(QStringLiteral("id,received_at,webhook,status,user,reason,changes")
                           .replace(QLatin1Char(','), QLatin1Char(' '))));
        const QJsonArray listed = json(QStringLiteral("delivery list --limit 3")).toArray();
        for (int i = 0; i < 3; ++i) {
            const QJsonObject delivery =
                show(listed.at(i).toObject().value(QLatin1String("id")).toInteger());
            const QStringList row = rows.at(i + 1);
            QCOMPARE(row.size(), 7);
            QCOMPARE(row.at(0), QString::number(delivery.value(QLatin1String("id")).toInteger()));
            QCOMPARE(row.at(1), str(delivery, "received_at"));
            QCOMPARE(row.at(2), str(delivery, "webhook"));
            QCOMPARE(row.at(3), str(delivery, "status"));
            QCOMPARE(row.at(5), str(delivery, "reason"));
        }
        // The unknown user's reason quotes the email: a quoted, quote-doubled field.
        QVERIFY(rows.at(3).at(5).contains(QLatin1String("\"nobody@example.com\"")));
        QCOMPARE(rows.at(1).at(6), QStringLiteral("xp: 0 → 2 (add)"));
    }

    void exportHarIsHar12()
    {
        const Run exported = run(QStringLiteral("delivery export --format har --webhook Plain"));
        verifySucceeded(exported, QStringLiteral("export har"));
        const QJsonObject log =
            QJsonDocument::fromJson(exported.out).object().value(QLatin1String("log")).toObject();
        QCOMPARE(str(log, "version"), QStringLiteral("1.2"));
        QCOMPARE(str(log.value(QLatin1String("creator")).toObject(), "name"),
                 QStringLiteral("Hookbench"));
        const QJsonArray entries = log.value(QLatin1String("entries")).toArray();
        QCOMPARE(entries.size(), 3);
        for (const QJsonValue &value : entries) {
            const QJsonObject entry = value.toObject();
            for (const char *member :
                 {"startedDateTime", "time", "request", "response", "cache", "timings"})
                QVERIFY2(entry.contains(QLatin1String(member)), member);
            const qint64 id = entry.value(QLatin1String("_deliveryId")).toInteger();
            const QJsonObject delivery = show(id);
            QCOMPARE(str(entry, "startedDateTime"), str(delivery, "received_at"));
            const QJsonObject request = entry.value(QLatin1String("request")).toObject();
            QCOMPARE(str(request, "url"),
                     QStringLiteral("http://127.0.0.1")
                         + str(delivery.value(QLatin1String("request")).toObject(), "target"));
            const QJsonObject response = entry.value(QLatin1String("response")).toObject();
            QCOMPARE(response.value(QLatin1String("status")).toInt(), 202);
            QCOMPARE(QJsonDocument::fromJson(
                         str(response.value(QLatin1String("content")).toObject(), "text").toUtf8())
                         .object(),
                     (QJsonObject{{QStringLiteral("delivery_id"), id},
                                  {QStringLiteral("status"), QStringLiteral("pending")}}));
        }
        const QJsonObject binary =
            entries.at(0).toObject().value(QLatin1String("request")).toObject();
        const QJsonObject postData = binary.value(QLatin1String("postData")).toObject();
        QCOMPARE(str(postData, "encoding"), QStringLiteral("base64"));
        QCOMPARE(QByteArray::fromBase64(str(postData, "text").toLatin1()),
                 QByteArray("\x00\x01\xff'\"binary\r\n", 12));
        const QJsonArray query = entries.at(2)
                                     .toObject()
                                     .value(QLatin1String("request"))
                                     .toObject()
                                     .value(QLatin1String("queryString"))
                                     .toArray();
        QCOMPARE(query.size(), 2);
    }

    // The copied line, run by bash, makes the catcher store the same bytes again.
    void curlLineSendsTheSameBytes_data()
    {
        QTest::addColumn<bool>("binary");
        QTest::newRow("text with quotes and an empty header") << false;
        QTest::newRow("binary with NUL and CR") << true;
    }
    void curlLineSendsTheSameBytes()
    {
        QFETCH(bool, binary);
        const qint64 original = binary ? m_binary : m_unknown;
        const Run line = run(QStringLiteral("delivery curl %1").arg(original));
        verifySucceeded(line, QStringLiteral("delivery curl"));
        QVERIFY(line.out.startsWith(binary ? "printf" : "curl"));
        QProcess bash;
        bash.start(QStringLiteral("bash"), {QStringLiteral("-c"), QString::fromUtf8(line.out)});
        QVERIFY(bash.waitForFinished(20000));
        QCOMPARE(bash.exitCode(), 0);
        const QJsonObject answer = QJsonDocument::fromJson(bash.readAllStandardOutput()).object();
        const qint64 copy = answer.value(QLatin1String("delivery_id")).toInteger();
        QVERIFY2(copy > m_signed, qPrintable(QString::fromUtf8(bash.readAllStandardError())));
        const QJsonObject before = show(original).value(QLatin1String("request")).toObject();
        const QJsonObject after = processed(copy).value(QLatin1String("request")).toObject();
        QCOMPARE(after.value(QLatin1String("body")), before.value(QLatin1String("body")));
        QCOMPARE(after.value(QLatin1String("body_encoding")),
                 before.value(QLatin1String("body_encoding")));
        QCOMPARE(str(after, "method"), str(before, "method"));
        QJsonObject headersBefore = before.value(QLatin1String("headers")).toObject();
        QJsonObject headersAfter = after.value(QLatin1String("headers")).toObject();
        for (QJsonObject *headers : {&headersBefore, &headersAfter})
            headers->remove(QStringLiteral("Host"));
        QCOMPARE(headersAfter, headersBefore);
    }

    void replayWithoutANewIdIsADuplicate()
    {
        const QJsonObject answer =
            json(QStringLiteral("delivery replay %1").arg(m_keyed)).toObject();
        QCOMPARE(answer.value(QLatin1String("status")).toInt(), 202);
        const QJsonObject response = answer.value(QLatin1String("response")).toObject();
        QCOMPARE(response.value(QLatin1String("delivery_id")).toInteger(), m_keyed);
        QCOMPARE(response.value(QLatin1String("duplicate")).toBool(), true);
        const Run plain = run(QStringLiteral("delivery replay %1").arg(m_signed));
        verifySucceeded(plain, QStringLiteral("replay signed"));
        QVERIFY2(plain.out.startsWith("HTTP 202 Accepted from http://127.0.0.1:"),
                 plain.out.constData());
        QVERIFY(plain.out.contains("\"duplicate\":true"));
    }

    void replayWithANewIdIsANewDelivery()
    {
        for (const qint64 original : {m_keyed, m_signed}) {
            const QJsonObject answer =
                json(QStringLiteral("delivery replay %1 --new-id").arg(original)).toObject();
            QCOMPARE(answer.value(QLatin1String("status")).toInt(), 202);
            const QJsonObject response = answer.value(QLatin1String("response")).toObject();
            const qint64 copy = response.value(QLatin1String("delivery_id")).toInteger();
            QVERIFY(copy > m_signed);
            QVERIFY(!response.contains(QLatin1String("duplicate")));
            const QJsonObject delivery = processed(copy);
            QCOMPARE(str(delivery, "status"), QStringLiteral("success"));
            const QJsonObject headers = delivery.value(QLatin1String("request"))
                                            .toObject()
                                            .value(QLatin1String("headers"))
                                            .toObject();
            const QString key =
                str(headers, original == m_keyed ? "idempotency-key" : "webhook-id");
            QCOMPARE(key, str(answer, "new_id"));
            QVERIFY(key.startsWith(QLatin1String("msg_")));
        }
    }

    void replayToAnotherUrlAndItsFailures()
    {
        const Run elsewhere = run(QStringLiteral("delivery replay %1 --url %2/hooks/nope")
                                      .arg(m_unknown)
                                      .arg(m_base.toString()));
        QCOMPARE(elsewhere.exitCode, 1);
        QVERIFY(elsewhere.out.startsWith("HTTP 404 "));
        QCOMPARE(elsewhere.err, QStringLiteral("hookbench: the catcher answered 404\n"));
        verifyOneLineError(
            run(QStringLiteral("delivery replay %1 --url http://127.0.0.1:1").arg(m_unknown)),
            QStringLiteral("replay to a closed port"),
            QStringLiteral("nothing is listening on 127.0.0.1:1: is the catcher running?"));
        // An address without a path gets the stored target: a new delivery of the same webhook.
        const QJsonObject answer =
            json(
                QStringLiteral("delivery replay %1 --url %2").arg(m_unknown).arg(m_base.toString()))
                .toObject();
        QCOMPARE(answer.value(QLatin1String("status")).toInt(), 202);
    }

    void userErrors_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("message");
        const QString iso = QStringLiteral(
            "must be an ISO 8601 date or date-time, such as 2026-12-01 (that day's start in UTC), "
            "2026-12-01T09:30:00Z or 2026-12-01T09:30:00+01:00 (got \"%1\")");
        QTest::newRow("since words")
            << "delivery list --since yesterday"
            << QStringLiteral("--since ") + iso.arg(QStringLiteral("yesterday"));
        QTest::newRow("until bad month")
            << "delivery export --format csv --until 2026-13-01"
            << QStringLiteral("--until ") + iso.arg(QStringLiteral("2026-13-01"));
        QTest::newRow("until before since") << "delivery list --since 2026-12-02 --until 2026-12-01"
                                            << "--until (2026-12-01T00:00:00.000Z) must be later "
                                               "than --since (2026-12-02T00:00:00.000Z)";
        QTest::newRow("before")
            << "delivery list --before abc"
            << "--before must be a delivery ID, a positive number (got \"abc\")";
        QTest::newRow("status")
            << "delivery list --status lost"
            << "unknown status \"lost\" (expected pending, success, failed, skipped, sample)";
        QTest::newRow("limit") << "delivery export --format json --limit 0"
                               << "--limit must be a positive whole number (got \"0\")";
        QTest::newRow("no format") << "delivery export"
                                   << "delivery export needs --format json, csv or har";
        QTest::newRow("unknown format") << "delivery export --format xml"
                                        << "unknown format \"xml\" (expected json, csv or har)";
        QTest::newRow("unwritable output")
            << "delivery export --format csv --output /nonexistent/dir/out.csv"
            << "cannot write /nonexistent/dir/out.csv: ";
        QTest::newRow("curl without id") << "delivery curl"
                                         << "usage: delivery curl ID [--url URL] [--reveal]";
        QTest::newRow("curl bad id") << "delivery curl abc"
                                     << "a delivery ID is a positive number (got \"abc\")";
        QTest::newRow("curl no such") << "delivery curl 99999"
                                      << "no delivery with id 99999";
        QTest::newRow("replay no such") << "delivery replay 99999"
                                        << "no delivery with id 99999";
        QTest::newRow("replay bad url")
            << "delivery replay 1 --url ftp://x"
            << "the URL must be an http:// or https:// URL (got \"ftp://x\")";
        QTest::newRow("replay option") << "delivery replay 1 --reveal"
                                       << "unknown option --reveal (expected --url, --new-id)";
        QTest::newRow("unknown command") << "delivery frobnicate"
                                         << "unknown delivery command \"frobnicate\" (expected "
                                            "list, show, rerun, export, curl or replay)";
    }
    void userErrors()
    {
        QFETCH(QString, line);
        QFETCH(QString, message);
        const Run result = run(line);
        QVERIFY2(result.ran, qPrintable(result.err));
        QVERIFY(result.exitCode != 0);
        QCOMPARE(result.out, QByteArray());
        QVERIFY2(result.err.startsWith(QStringLiteral("hookbench: ") + message),
                 qPrintable(result.err));
        QCOMPARE(result.err.count(QLatin1Char('\n')), 1);
    }
};

QTEST_GUILESS_MAIN(TestCliDeliveries)
#include "test_cli_deliveries.moc"
