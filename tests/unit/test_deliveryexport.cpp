// services::DeliveryExport and store::DeliveryBatchReader on a real store (SQLite, then
// PostgreSQL): every delivery a filter matches, in batches, each as find() reads it (request and
// every attempt), newest first; a list of ids; the progress callback and its cancel.
#include "processorfixture.h"

#include "services/deliveryexport.h"
#include "services/recordjson.h"
#include "store/deliverybatchreader.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>

using namespace hb;

class TestDeliveryExport : public ProcessorFixture {
    Q_OBJECT

public:
    using ProcessorFixture::ProcessorFixture;

private:
    QList<qint64> m_ids; // oldest first

    // Seven deliveries: successes, failures re-run (attempts kept), a pending binary one.
    void receiveSome()
    {
        const hb::mapping::Webhook webhook = addWebhook(depositConfig);
        for (int i = 0; i < 3; ++i)
            m_ids << receive(webhook,
                             R"({"customer":{"email":"ann@example.com","name":"Ann"},"amount":1,)"
                             R"("cost":1})");
        m_ids << receive(webhook, R"({"customer":{"email":"nobody@example.com"},"amount":1})");
        m_ids << receive(webhook, R"({"customer":{"email":"bob@example.com"},"amount":2})");
        QCOMPARE(processAll(), 5);
        hb::delivery::DeliveryProcessor processor(*m_db);
        QVERIFY(processor.rerun(m_ids.at(3)).ok());
        QVERIFY(processor.rerun(m_ids.at(3)).ok());
        m_ids << receive(webhook, QByteArray("\x00\xff binary", 9),
                         {{"Content-Type", "application/octet-stream"}});
        m_ids << receive(webhook, "{}", jsonHeaders, QString(),
                         QStringLiteral("2020-01-01T00:00:00.000Z"));
    }

    QJsonArray exported(const hb::services::DeliveryFilter &filter, qint64 limit)
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        const auto written = services::DeliveryExport(*m_db).write(
            filter, limit, services::ExportFormat::Json, buffer, services::Secrets::Revealed);
        if (!written)
            qWarning("%s", qPrintable(written.error()));
        const QJsonArray array = QJsonDocument::fromJson(buffer.data()).array();
        return written && *written == array.size() ? array : QJsonArray{QStringLiteral("bad")};
    }

private slots:
    void batchesReadWhatFindReads()
    {
        receiveSome();
        hb::store::DeliveryFilter filter;
        filter.limit = 2;  // a table's page size: ignored
        filter.offset = 3; // likewise
        hb::store::DeliveryBatchReader reader(*m_db, filter, 0, 2);
        QCOMPARE(*reader.total(), qint64(m_ids.size()));
        QList<qint64> seen;
        for (;;) {
            const auto batch = reader.next();
            QVERIFY2(batch.ok(), qPrintable(batch.error()));
            if (batch->isEmpty())
                break;
            QVERIFY(batch->size() <= 2);
            for (const hb::store::DeliveryRecord &record : *batch) {
                seen << record.id;
                const hb::store::DeliveryRecord found = delivery(record.id);
                QCOMPARE(services::RecordJson::delivery(record, true, services::Secrets::Revealed),
                         services::RecordJson::delivery(found, true, services::Secrets::Revealed));
                QCOMPARE(record.body, found.body);
            }
        }
        QList<qint64> newestFirst(m_ids.rbegin(), m_ids.rend());
        QCOMPARE(seen, newestFirst);
        // The failure re-run twice kept its three attempts.
        QCOMPARE(delivery(m_ids.at(3)).attemptLog.size(), 3);
    }

    void filtersAndLimit()
    {
        receiveSome();
        hb::store::DeliveryFilter failed;
        failed.status = DeliveryStatus::Failed;
        const QJsonArray failures = exported(failed, 0);
        QCOMPARE(failures.size(), 2);
        QCOMPARE(failures.at(0).toObject().value(QLatin1String("id")).toInteger(), m_ids.at(4));
        QCOMPARE(exported({}, 4).size(), 4);
        hb::store::DeliveryFilter old;
        old.receivedUntil = QStringLiteral("2021-01-01T00:00:00.000Z");
        QCOMPARE(exported(old, 0).size(), 1);
        hb::store::DeliveryFilter before;
        before.beforeId = m_ids.at(2);
        QCOMPARE(exported(before, 0).size(), 2);
        hb::store::DeliveryFilter none;
        none.search = QStringLiteral("#999999");
        QCOMPARE(exported(none, 0), QJsonArray());
    }

    void selectedIds()
    {
        receiveSome();
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QList<qint64> progress;
        const auto written = services::DeliveryExport(*m_db).write(
            QList<qint64>{m_ids.at(1), m_ids.at(5), 999999, m_ids.at(1)},
            services::ExportFormat::Json, buffer, services::Secrets::Masked,
            [&](qint64 done, qint64 total) {
                progress << done << total;
                return true;
            });
        QVERIFY2(written.ok(), qPrintable(written.error()));
        QCOMPARE(*written, 2);
        const QJsonArray array = QJsonDocument::fromJson(buffer.data()).array();
        QCOMPARE(array.size(), 2);
        QCOMPARE(array.at(0).toObject().value(QLatin1String("id")).toInteger(), m_ids.at(5));
        QCOMPARE(array.at(0)
                     .toObject()
                     .value(QLatin1String("request"))
                     .toObject()
                     .value(QLatin1String("body_encoding"))
                     .toString(),
                 QStringLiteral("base64"));
        QCOMPARE(progress, (QList<qint64>{0, 3, 2, 3}));
    }

    void progressCanCancel()
    {
        receiveSome();
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        int calls = 0;
        const auto written = services::DeliveryExport(*m_db).write(
            hb::store::DeliveryFilter(), 0, services::ExportFormat::Csv, buffer,
            services::Secrets::Masked, [&](qint64, qint64) { return ++calls < 2; });
        QVERIFY(!written.ok());
        QCOMPARE(written.errorKind(), ErrorKind::Cancelled);
        QCOMPARE(calls, 2);
    }

    void anUnwritableDeviceIsAnError()
    {
        receiveSome();
        QBuffer readOnly;
        readOnly.open(QIODevice::ReadOnly);
        const auto written = services::DeliveryExport(*m_db).write(
            hb::store::DeliveryFilter(), 0, services::ExportFormat::Har, readOnly,
            services::Secrets::Masked);
        QVERIFY(!written.ok());
        QVERIFY2(written.error().startsWith(QLatin1String("cannot write the export")),
                 qPrintable(written.error()));
    }
};

int main(int argc, char *argv[])
{
    return runOnEveryStore<TestDeliveryExport>(argc, argv);
}
#include "test_deliveryexport.moc"
