// Exact from the wire (SPEC §1, issue 14): every digit of a JSON number a sender posts is every
// digit applied, stored and printed. `hookbench serve` receives over real sockets and processes;
// the CLI reads back `user show`, `history` and `delivery show` as JSON, on SQLite and on
// PostgreSQL. Numbers too far out for an exact decimal fail their delivery and change nothing.
#include "catcherclient.h"
#include "hookbenchprocess.h"
#include "storevariant.h"
#include "temppostgres.h"
#include "tempstore.h"

#include "payload/decimal.h"
#include "payload/jsonnumber.h"
#include "payload/jsonreader.h"
#include "payload/jsonwriter.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using hb::payload::JsonNumber;
using hb::payload::JsonReader;
using hb::payload::JsonWriter;

class TestExactNumbers : public QObject {
    Q_OBJECT
public:
    explicit TestExactNumbers(bool postgres)
        : m_postgres(postgres)
    {}

private:
    bool m_postgres;
    std::unique_ptr<TempStore> m_file;
    std::unique_ptr<TempPostgres> m_server;
    QString m_location;
    QTemporaryDir m_files;
    QProcess m_serve;
    QUrl m_url;
    QString m_token;

    HookbenchRun run(const QStringList &arguments) const
    {
        return HookbenchProcess(m_location).run(arguments);
    }
    // The --json output of a command that must succeed, as text (to see how numbers are written).
    QByteArray jsonText(const QStringList &arguments) const
    {
        const HookbenchRun result = run(arguments + QStringList{QStringLiteral("--json")});
        if (result.exitCode != 0)
            qWarning("%s: %s", qPrintable(arguments.join(QLatin1Char(' '))),
                     qPrintable(result.err));
        return result.out;
    }
    // The same read without losing a digit.
    QJsonValue json(const QStringList &arguments) const
    {
        const QByteArray text = jsonText(arguments);
        JsonReader::Error error;
        const std::optional<QJsonValue> value = JsonReader::read(text, &error);
        if (!value)
            qWarning("not JSON (%s at %lld): %s", qPrintable(error.message),
                     qlonglong(error.offset), text.constData());
        return value.value_or(QJsonValue());
    }
    qint64 postAccepted(const QByteArray &body)
    {
        CatcherClient client(m_url);
        const auto answer = client.request(CatcherClient::post("/hooks/" + m_token.toUtf8(), body));
        if (!answer || answer->status != 202)
            return 0;
        return JsonReader::read(answer->body)
            .value_or(QJsonValue())
            .toObject()
            .value(QStringLiteral("delivery_id"))
            .toInteger();
    }
    QJsonObject show(qint64 id) const
    {
        return json({QStringLiteral("delivery"), QStringLiteral("show"), QString::number(id)})
            .toObject();
    }
    QString statusOf(qint64 id) const
    {
        return show(id).value(QStringLiteral("status")).toString();
    }
    QByteArray userText() const
    {
        return jsonText(
            {QStringLiteral("user"), QStringLiteral("show"), QStringLiteral("ann@example.com")});
    }
    QJsonObject fields() const
    {
        return JsonReader::read(userText())
            .value_or(QJsonValue())
            .toObject()
            .value(QStringLiteral("fields"))
            .toObject();
    }
    // A number's digits as the JSON carried them; "" when the value is not a JSON number.
    static QString digits(const QJsonValue &value)
    {
        return JsonNumber::isNumber(value) ? JsonNumber::text(value).value_or(QString())
                                           : QString();
    }
    // The exact decimal of a JSON number ("1.5e-20" is 0.000000000000000000015); "" otherwise.
    static QString decimal(const QJsonValue &value)
    {
        if (!JsonNumber::isNumber(value))
            return QString();
        const std::optional<hb::payload::Decimal> number = hb::payload::Decimal::fromJson(value);
        return number ? number->toString() : QStringLiteral("not a decimal: ") + digits(value);
    }

    // Sends {"email": ..., "n": <number text>} and waits for the delivery to end; its id.
    qint64 send(const QByteArray &number, const QString &expectedStatus)
    {
        const qint64 id = postAccepted(R"({"email":"ann@example.com","n":)" + number + "}");
        [&] { QVERIFY2(id > 0, "the request was not accepted"); }();
        if (id > 0)
            [&] { QTRY_COMPARE_WITH_TIMEOUT(statusOf(id), expectedStatus, 20000); }();
        return id;
    }

private slots:
    void init()
    {
        QVERIFY(m_files.isValid());
        m_file = std::make_unique<TempStore>();
        m_location = m_file->path();
        if (m_postgres) {
            m_server = std::make_unique<TempPostgres>();
            REQUIRE_POSTGRES(*m_server);
            m_location = m_server->url();
        }
        for (const char *field : {"exact", "total"}) {
            QCOMPARE(
                run({QStringLiteral("field"), QStringLiteral("add"), QString::fromLatin1(field),
                     QStringLiteral("--type"), QStringLiteral("number")})
                    .exitCode,
                0);
        }
        QCOMPARE(run({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--email"),
                      QStringLiteral("ann@example.com"), QStringLiteral("--username"),
                      QStringLiteral("ann")})
                     .exitCode,
                 0);
        const auto mapping = [](const char *field, const char *op) {
            return QJsonObject{{QStringLiteral("field"), QString::fromLatin1(field)},
                               {QStringLiteral("operator"), QString::fromLatin1(op)},
                               {QStringLiteral("path"), QStringLiteral("/n")}};
        };
        const QJsonObject config{
            {QStringLiteral("name"), QStringLiteral("Exact")},
            {QStringLiteral("user"),
             QJsonObject{{QStringLiteral("identifier"), QStringLiteral("email")},
                         {QStringLiteral("path"), QStringLiteral("/email")}}},
            {QStringLiteral("fields"),
             QJsonArray{mapping("exact", "overwrite"), mapping("total", "add")}},
        };
        const QString path = m_files.filePath(QStringLiteral("exact.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(JsonWriter::write(config, JsonWriter::Format::Indented));
        file.close();
        m_token = json({QStringLiteral("webhook"), QStringLiteral("import"), path})
                      .toObject()
                      .value(QStringLiteral("token"))
                      .toString();
        QVERIFY(!m_token.isEmpty());
        QString error;
        m_url = HookbenchProcess(m_location).startServe(m_serve, {}, &error);
        QVERIFY2(m_url.isValid(), qPrintable(error));
    }

    void cleanup()
    {
        if (m_serve.state() != QProcess::NotRunning) {
            m_serve.terminate();
            m_serve.waitForFinished(30000);
        }
        m_server.reset();
        m_file.reset();
    }

    // Each number overwrites `exact` and is added to `total`; both are read back digit for digit
    // from every JSON the CLI prints, written there as JSON numbers.
    void everyDigitSentIsApplied()
    {
        struct Step {
            QByteArray sent;
            QString exact; // canonical
            QString total; // the running sum, worked out by hand (Python's decimal)
        };
        const QList<Step> steps{
            {"12345678901234567.89", QStringLiteral("12345678901234567.89"),
             QStringLiteral("12345678901234567.89")},
            {"0.30000000000000000001", QStringLiteral("0.30000000000000000001"),
             QStringLiteral("12345678901234568.19000000000000000001")},
            // 38 significant digits in the sum.
            {"1.5e-20", QStringLiteral("0.000000000000000000015"),
             QStringLiteral("12345678901234568.190000000000000000025")},
            {"-12345678901234568.190000000000000000025",
             QStringLiteral("-12345678901234568.190000000000000000025"), QStringLiteral("0")},
            {"98765432109876543210", QStringLiteral("98765432109876543210"),
             QStringLiteral("98765432109876543210")},
            {"123456789012345678901234567891", QStringLiteral("123456789012345678901234567891"),
             QStringLiteral("123456789111111111011111111101")},
            {"1234567890123456789012345678901234567.8",
             QStringLiteral("1234567890123456789012345678901234567.8"),
             QStringLiteral("1234568013580245900123456690012345668.8")},
            {"2.5E+3", QStringLiteral("2500"),
             QStringLiteral("1234568013580245900123456690012348168.8")},
        };
        for (const Step &step : steps) {
            const qint64 id = send(step.sent, QStringLiteral("success"));
            if (QTest::currentTestFailed())
                return;

            // user show: JSON numbers (unquoted in the text itself) of the exact value. One a
            // double holds exactly may be written as Qt writes a double (1.5e-20).
            const QByteArray text = userText();
            const QJsonObject values = fields();
            for (const char *field : {"exact", "total"}) {
                const QJsonValue value = values.value(QLatin1String(field));
                QVERIFY2(text.contains(QByteArray("\"" + QByteArray(field)
                                                  + "\": " + digits(value).toLatin1())),
                         text.constData());
            }
            QCOMPARE(decimal(values.value(QStringLiteral("exact"))), step.exact);
            QCOMPARE(decimal(values.value(QStringLiteral("total"))), step.total);

            // delivery show: the changes, typed like user show.
            const QJsonArray changes = show(id).value(QStringLiteral("changes")).toArray();
            QCOMPARE(changes.size(), 2);
            QStringList newValues;
            for (const QJsonValue &change : changes)
                newValues << decimal(change.toObject().value(QStringLiteral("new")));
            newValues.sort();
            QStringList expected{step.exact, step.total};
            expected.sort();
            QCOMPARE(newValues, expected);

            // history: this delivery's entries, old and new.
            const QJsonArray history = json({QStringLiteral("history"), QStringLiteral("--field"),
                                             QStringLiteral("total")})
                                           .toArray();
            bool found = false;
            for (const QJsonValue &entry : history) {
                const QJsonObject object = entry.toObject();
                if (object.value(QStringLiteral("delivery_id")).toInteger() != id)
                    continue;
                found = true;
                QCOMPARE(decimal(object.value(QStringLiteral("new"))), step.total);
            }
            QVERIFY2(found, "no history entry for the delivery");
        }
        // The whole history of `exact`: every value sent is there.
        QStringList history;
        for (const QJsonValue &entry :
             json({QStringLiteral("history"), QStringLiteral("--field"), QStringLiteral("exact")})
                 .toArray())
            history << decimal(entry.toObject().value(QStringLiteral("new")));
        for (const Step &step : steps)
            QVERIFY2(history.contains(step.exact), qPrintable(history.join(u' ')));
    }

    // Numbers no exact decimal holds: valid JSON, never rounded, the delivery Failed with a
    // reason and nothing changed.
    void farOutNumbersFailAndChangeNothing_data()
    {
        QTest::addColumn<QByteArray>("number");
        QTest::newRow("1000 digits") << QByteArray(1000, '9');
        QTest::newRow("100 KB of digits") << QByteArray("1") + QByteArray(100 * 1024, '0');
        QTest::newRow("1e400") << QByteArray("1e400");
        QTest::newRow("1e-400") << QByteArray("1e-400");
        QTest::newRow("39 digits") << QByteArray("123456789012345678901234567890123456789");
        QTest::newRow("0.1 and 39 places")
            << QByteArray("0.000000000000000000000000000000000000001");
    }

    void farOutNumbersFailAndChangeNothing()
    {
        QFETCH(QByteArray, number);
        send("7.25", QStringLiteral("success"));
        const QJsonObject before = fields();
        QCOMPARE(digits(before.value(QStringLiteral("total"))), QStringLiteral("7.25"));

        const qint64 id = send(number, QStringLiteral("failed"));
        const QJsonObject delivery = show(id);
        const QString reason = delivery.value(QStringLiteral("reason")).toString();
        QVERIFY2(!reason.isEmpty(), "a failed delivery without a reason");
        QVERIFY2(reason.size() < 2000, qPrintable(reason.left(200)));
        QCOMPARE(delivery.value(QStringLiteral("changes")).toArray(), QJsonArray());
        QCOMPARE(fields(), before);
    }
};

int main(int argc, char *argv[])
{
    return runOnEveryStore<TestExactNumbers>(argc, argv);
}

#include "test_exact_numbers.moc"
