// The summary a batch prints and the Batch tab exports: SPEC §7's keys exactly, counts that say
// what was sent and what was answered, nearest-rank percentiles, and CSV a spreadsheet opens.
#include "delivery/batchsummary.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using hb::delivery::BatchRowResult;
using hb::delivery::BatchSummary;

namespace {

BatchRowResult answered(int line, int status, qint64 ms, qint64 id = 0)
{
    BatchRowResult row;
    row.line = line;
    row.status = status;
    row.elapsedMs = ms;
    row.deliveryId = id;
    return row;
}

BatchRowResult failed(int line, const QString &error)
{
    BatchRowResult row;
    row.line = line;
    row.error = error;
    return row;
}

} // namespace

class TestBatchSummary : public QObject {
    Q_OBJECT

private slots:
    void countsAndNearestRankPercentiles()
    {
        QList<BatchRowResult> rows;
        for (int i = 1; i <= 20; ++i) // 10, 20, ..., 200 ms
            rows << answered(i + 1, i <= 18 ? 202 : 401, i * 10, i);
        rows << failed(22, QStringLiteral("nothing is listening"));
        rows << failed(23, QStringLiteral("line 23 has no value for {{coins}}: not sent"));
        QList<bool> notSent(rows.size(), false);
        notSent.last() = true;
        const BatchSummary summary = BatchSummary::fromResults(rows, notSent, 30, 1234, true);
        QCOMPARE(summary.total, 30);
        QCOMPARE(summary.sent, 21); // 20 answered + 1 network error; the unmade body is not sent
        QCOMPARE(summary.errors, 2);
        QCOMPARE(summary.byStatus.value(202), 18);
        QCOMPARE(summary.byStatus.value(401), 2);
        QCOMPARE(summary.p50Ms, 100); // rank ceil(0.5 * 20) = 10
        QCOMPARE(summary.p95Ms, 190); // rank ceil(0.95 * 20) = 19
        QCOMPARE(summary.accepted(), 18);
        QVERIFY(summary.cancelled);

        const BatchSummary one = BatchSummary::fromResults({answered(2, 202, 7)}, {}, 1, 7, false);
        QCOMPARE(one.p50Ms, 7);
        QCOMPARE(one.p95Ms, 7);
        const BatchSummary none = BatchSummary::fromResults({}, {}, 0, 0, false);
        QCOMPARE(none.p95Ms, 0);
    }

    void jsonHasSpecsKeysInSpecsOrder()
    {
        const BatchSummary summary = BatchSummary::fromResults(
            {answered(2, 202, 5), answered(3, 202, 9), answered(4, 401, 3)}, {}, 3, 40, false);
        const QByteArray text = summary.toJsonText();
        QVERIFY2(text.startsWith("{\"sent\":3,\"by_status\":{\"202\":2,\"401\":1},\"errors\":0,"
                                 "\"p50_ms\":5,\"p95_ms\":9,"),
                 text.constData());
        QVERIFY(!text.contains('\n'));
        const QJsonObject parsed = QJsonDocument::fromJson(text).object();
        QCOMPARE(parsed, summary.toJson());
        QCOMPARE(parsed.value(QStringLiteral("total")).toInt(), 3);
        QCOMPARE(parsed.value(QStringLiteral("cancelled")).toBool(), false);
        QCOMPARE(parsed.value(QStringLiteral("elapsed_ms")).toInt(), 40);
        QCOMPARE(parsed.value(QStringLiteral("by_status"))
                     .toObject()
                     .value(QStringLiteral("401"))
                     .toInt(),
                 1);
    }

    void csvTables()
    {
        const BatchSummary summary = BatchSummary::fromResults(
            {answered(2, 202, 5, 41),
             failed(3, QStringLiteral("cannot reach 127.0.0.1:1: \"x\", y"))},
            {}, 2, 10, false);
        QCOMPARE(summary.toCsv(), QByteArray("metric,value\nsent,2\nerrors,1\np50_ms,5\np95_ms,5\n"
                                             "total,2\ncancelled,false\nelapsed_ms,10\n"
                                             "status_202,1\n"));
        QCOMPARE(summary.resultsCsv(),
                 QByteArray("line,status,elapsed_ms,delivery_id,error\n2,202,5,41,\n"
                            "3,0,0,,\"cannot reach 127.0.0.1:1: \"\"x\"\", y\"\n"));
    }
};

QTEST_GUILESS_MAIN(TestBatchSummary)
#include "test_batchsummary.moc"
