// Export throughput and memory: a temporary SQLite store of N deliveries (JSON bodies of a few
// hundred bytes, five headers, processed with two changes each), exported by
// services::DeliveryExport to a file in each format, as `delivery export --output` does. Prints
// rows per second and the peak resident memory of each export next to the resident memory before
// it: the export streams, so the peak must not grow with N (run it with N=10000 and N=100000).
// The goal is >= 20,000 rows/s on a 2-core machine (Release build).
// Usage: bench_export [N=100000]
#include "common/clock.h"
#include "services/deliveryexport.h"
#include "store/database.h"
#include "store/deliveryrepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>
#include <ctime>

using namespace hb;

namespace {

int die(const QString &message)
{
    std::fprintf(stderr, "bench_export: %s\n", qPrintable(message));
    return 1;
}

// CPU time of the process: on a shared machine it says more than the wall clock.
qint64 cpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1000 + now.tv_nsec / 1000000;
}

// A line of /proc/self/status in KiB ("VmRSS", "VmHWM").
qint64 statusKiB(const char *name)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(name))
            return line.mid(qstrlen(name) + 1).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// Starts a new peak: VmHWM then tells the peak of what follows (Linux >= 4.0).
void resetPeak()
{
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    if (clear.open(QIODevice::WriteOnly))
        clear.write("5");
}

hb::Status fill(store::Database &db, int count)
{
    store::DeliveryRepository deliveries(db);
    const QDateTime start = QDateTime::currentDateTimeUtc().addDays(-30);
    constexpr int perTransaction = 1000;
    for (int done = 0; done < count; done += perTransaction) {
        QList<store::NewDelivery> rows;
        for (int i = done; i < qMin(count, done + perTransaction); ++i) {
            store::NewDelivery row;
            row.webhookName = QStringLiteral("Deposit");
            row.method = "POST";
            row.target = "/hooks/0123456789abcdef0123456789abcdef";
            row.headers = {{"Host", "127.0.0.1:8080"},
                           {"Content-Type", "application/json"},
                           {"User-Agent", "bench/1.0"},
                           {"x-api-key", "key-0123456789abcdef0123456789abcdef"},
                           {"idempotency-key", "key-" + QByteArray::number(i)}};
            row.body =
                R"({"event":"deposit","customer":{"email":"user)" + QByteArray::number(i % 5000)
                + R"(@example.com","name":"User, \"the\" tester"},"amount":12.5,"bonus":3,)"
                + R"("note":"a payload of a few hundred bytes, as a payment provider sends"})";
            row.receivedAt = isoUtc(start.addMSecs(qint64(i) * 20));
            rows << row;
        }
        if (!db.beginWrite())
            return hb::fail(QStringLiteral("cannot begin a write"));
        if (auto inserted = deliveries.insertPending(rows); !inserted)
            return inserted.failure();
        if (!db.commit())
            return hb::fail(QStringLiteral("cannot commit"));
    }
    QSqlQuery query(db.connection());
    if (!query.exec(QStringLiteral(
            "UPDATE deliveries SET status = 'success', attempts = 1, processed_at = received_at,"
            " user_label = 'user@example.com', changes = '[{\"kind\":\"field\",\"field\":"
            "\"total-deposit\",\"old\":\"10\",\"new\":\"22.5\",\"operator\":\"add\"},{\"kind\":"
            "\"currency\",\"currency\":\"coins\",\"old\":5,\"new\":8,\"operator\":\"add\"}]'")))
        return hb::fail(store::Database::describe(query));
    return hb::success();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    const QStringList arguments = application.arguments();
    const int count = arguments.size() > 1 ? arguments.at(1).toInt() : 100000;
    QTemporaryDir dir;
    store::Database db(dir.filePath(QStringLiteral("bench.db")));
    if (hb::Status status = db.open(); !status)
        return die(status.error());
    QElapsedTimer timer;
    timer.start();
    if (hb::Status filled = fill(db, count); !filled)
        return die(filled.error());
    std::printf("store of %d deliveries made in %.1f s\n", count, timer.elapsed() / 1000.0);
    for (const auto format :
         {services::ExportFormat::Json, services::ExportFormat::Csv, services::ExportFormat::Har}) {
        const QString name = services::ExportWriter::formatName(format);
        QFile file(dir.filePath(QStringLiteral("export.") + name));
        if (!file.open(QIODevice::WriteOnly))
            return die(file.errorString());
        const qint64 rssBefore = statusKiB("VmRSS:");
        resetPeak();
        timer.start();
        const qint64 cpuStart = cpuMs();
        const auto written = services::DeliveryExport(db).write(store::DeliveryFilter(), 0, format,
                                                                file, services::Secrets::Masked);
        const qint64 ms = qMax<qint64>(1, timer.elapsed());
        const qint64 cpu = qMax<qint64>(1, cpuMs() - cpuStart);
        if (!written)
            return die(written.error());
        file.close();
        std::printf("%-4s %7lld rows in %6.2f s: %7.0f rows/s (%7.0f per CPU second), %6.1f MB "
                    "written; RSS before %6.1f MB, peak during %6.1f MB\n",
                    qPrintable(name), *written, ms / 1000.0, *written * 1000.0 / ms,
                    *written * 1000.0 / cpu, file.size() / 1e6, rssBefore / 1024.0,
                    statusKiB("VmHWM:") / 1024.0);
    }
    return 0;
}
