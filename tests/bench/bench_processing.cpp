// Processing throughput: N Pending deliveries with two mappings each (a number field and coins)
// for a few thousand users in a temporary SQLite store, processed in batches like `serve` does.
// Prints deliveries per second; the goal is >= 20,000/s on a 2-core machine (Release build).
// Usage: bench_processing [N=100000] [batch=500] [maxLockMs=0] [plain|mapping]
// `mapping`: the same deliveries under a webhook with two `when` conditions and a two-step
// transform chain (issue 14: they must cost under 10 % of the throughput).
#include "common/clock.h"
#include "delivery/deliveryprocessor.h"
#include "mapping/webhookconfig.h"
#include "store/database.h"
#include "store/deliveryrepository.h"
#include "store/fieldrepository.h"
#include "store/webhookrepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QVariant>

#include <cstdio>
#include <ctime>

using namespace hb;

namespace {

// CPU time of the process: on a shared machine it says more than the wall clock.
qint64 cpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1000 + now.tv_nsec / 1000000;
}

int die(const QString &message)
{
    std::fprintf(stderr, "bench_processing: %s\n", qPrintable(message));
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    const QStringList arguments = application.arguments();
    const int count = arguments.size() > 1 ? arguments.at(1).toInt() : 100000;
    const int batch = arguments.size() > 2 ? arguments.at(2).toInt() : 500;
    const int maxLockMs = arguments.size() > 3 ? arguments.at(3).toInt() : 0;
    const bool withMapping = arguments.size() > 4 && arguments.at(4) == QLatin1String("mapping");
    constexpr int users = 5000;

    QTemporaryDir dir;
    store::Database db(dir.filePath(QStringLiteral("bench.db")));
    if (hb::Status status = db.open(); !status)
        return die(status.error());
    if (!store::FieldRepository(db).add(
            {QStringLiteral("total-deposit"), QString(), mapping::FieldType::Number}))
        return die(QStringLiteral("cannot add the field"));
    auto webhook = mapping::WebhookConfig::fromJson(
        withMapping
            ? R"({"name": "Deposit", "user": {"identifier": "email", "path": "/customer/email"},
            "when": [{"path": "/event", "operator": "equals", "value": "deposit"},
                     {"path": "/amount", "operator": "greater_than", "value": 0}],
            "fields": [{"field": "total-deposit", "operator": "add", "path": "/amount",
                        "transform": [{"multiply": "0.01"}, {"round": 2}]}],
            "currencies": [{"currency": "coins", "operator": "add", "path": "/bonus"}]})"
            : R"({"name": "Deposit", "user": {"identifier": "email", "path": "/customer/email"},
            "fields": [{"field": "total-deposit", "operator": "add", "path": "/amount"}],
            "currencies": [{"currency": "coins", "operator": "add", "path": "/bonus"}]})",
        nullptr);
    if (!webhook)
        return die(webhook.error());
    auto stored = store::WebhookRepository(db).add(*webhook);
    if (!stored)
        return die(stored.error());

    // BENCH_SQL="stmt;stmt": run on the store before timing, to try an index or a pragma.
    if (const QString extra = qEnvironmentVariable("BENCH_SQL"); !extra.isEmpty()) {
        QSqlQuery query(db.connection());
        for (const QString &sql : extra.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
            if (!query.exec(sql))
                return die(store::Database::describe(query));
        }
    }
    QElapsedTimer timer;
    timer.start();
    if (!db.beginWrite())
        return die(QStringLiteral("cannot begin"));
    {
        QSqlQuery insert(db.connection());
        insert.prepare(QStringLiteral("INSERT INTO users (email, email_key, username, created_at)"
                                      " VALUES (?, ?, ?, ?)"));
        for (int i = 0; i < users; ++i) {
            const QString email = QStringLiteral("user%1@example.com").arg(i);
            insert.addBindValue(email);
            insert.addBindValue(email);
            insert.addBindValue(QStringLiteral("user%1").arg(i));
            insert.addBindValue(nowIsoUtc());
            if (!insert.exec())
                return die(store::Database::describe(insert));
        }
    }
    QList<store::NewDelivery> deliveries;
    deliveries.reserve(count);
    for (int i = 0; i < count; ++i) {
        store::NewDelivery delivery;
        delivery.webhookId = stored->id;
        delivery.webhookName = stored->name;
        delivery.method = "POST";
        delivery.target = "/hooks/" + stored->token.toUtf8();
        delivery.headers = {{"Host", "127.0.0.1:8080"}, {"Content-Type", "application/json"}};
        delivery.body = QStringLiteral(R"({"event": "deposit", "customer": {"email":
            "user%1@example.com"}, "amount": %2.25, "bonus": %3})")
                            .arg(i % users)
                            .arg(i % 100)
                            .arg(i % 7)
                            .toUtf8();
        delivery.receivedAt = nowIsoUtc();
        deliveries << delivery;
    }
    if (auto inserted = store::DeliveryRepository(db).insertPending(deliveries); !inserted)
        return die(inserted.error());
    if (!db.commit())
        return die(QStringLiteral("cannot commit"));
    const qint64 insertMs = timer.restart();
    const qint64 cpuStart = cpuMs();

    delivery::DeliveryProcessor processor(db);
    qint64 processed = 0;
    for (;;) {
        auto done = processor.processPending(batch, maxLockMs);
        if (!done)
            return die(done.error());
        if (*done == 0)
            break;
        processed += *done;
    }
    const qint64 processMs = std::max<qint64>(1, timer.elapsed());
    const qint64 processCpuMs = std::max<qint64>(1, cpuMs() - cpuStart);

    QSqlQuery check(db.connection());
    check.exec(QStringLiteral("SELECT COUNT(*) FROM deliveries WHERE status = 'success'"));
    check.next();
    const qint64 successes = check.value(0).toLongLong();
    QTextStream out(stdout);
    out << "inserted " << count << " pending deliveries in " << insertMs << " ms\n"
        << "processed " << processed << " deliveries (" << successes << " success) in " << processMs
        << " ms, batch " << batch << ": " << (processed * 1000 / processMs) << " deliveries/s"
        << " (CPU " << processCpuMs << " ms: " << (processed * 1000 / processCpuMs)
        << " deliveries per CPU second)" << (withMapping ? " [mapping]" : " [plain]") << Qt::endl;
    return successes == count ? 0 : 1;
}
