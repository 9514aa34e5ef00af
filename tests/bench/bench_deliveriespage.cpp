// The Deliveries page on a store of a million deliveries (issue 13's figures): time to the first
// rows shown, to the last row after a jump to the end, of the filtered counts, and the peak
// memory of the process. Not a test: run it from a Release build (tests/bench/README.md).
//
//   bench_deliveriespage [STORE.db] [--rows N]
//
// The store is seeded once (kept for the next run) by a child process, so that the seeding's own
// memory is not counted in the window's peak.
#include "common/clock.h"
#include "deliveries/deliverieslisting.h"
#include "deliveries/deliveriesmodel.h"
#include "deliveries/deliveriespage.h"
#include "mapping/webhookconfig.h"
#include "services/deliveryservice.h"
#include "services/storeexecutor.h"
#include "store/database.h"
#include "store/webhookrepository.h"

#include <QApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTableView>
#include <QTest>

#include <sqlite3.h>

#include <cstdio>
#include <functional>

namespace {

constexpr int webhooks = 4;

bool fail(const QString &text)
{
    std::fprintf(stderr, "%s\n", qPrintable(text));
    return false;
}

// One transaction, one prepared statement: the rows a busy catcher would have stored over
// months, with a status mix like a real log's (70 % success, 20 % failed, 5 % skipped, 5 %
// pending).
bool seed(const QString &path, qint64 rows)
{
    hb::store::Database db(path);
    if (const hb::Status opened = db.open(); !opened)
        return fail(opened.error());
    QList<qint64> ids;
    for (int i = 0; i < webhooks; ++i) {
        auto config = hb::mapping::WebhookConfig::fromJson(
            QStringLiteral(
                R"({"name": "Hook %1", "user": {"identifier": "email", "path": "/email"}})")
                .arg(i)
                .toUtf8(),
            nullptr);
        auto added = hb::store::WebhookRepository(db).add(*config);
        if (!added)
            return fail(added.error());
        ids << added->id;
    }
    sqlite3 *handle = db.sqliteHandle();
    sqlite3_exec(handle, "BEGIN", nullptr, nullptr, nullptr);
    sqlite3_stmt *insert = nullptr;
    sqlite3_prepare_v2(handle,
                       "INSERT INTO deliveries (webhook_id, webhook_name, status, reason, changes,"
                       " user_label, method, target, headers, body, received_at, processed_at,"
                       " attempts, reason_kind) VALUES (?, ?, ?, ?, ?, ?, 'POST', '/hooks/x',"
                       " '[[\"content-type\",\"application/json\"]]', ?, ?, ?, ?, ?)",
                       -1, &insert, nullptr);
    const QDateTime start(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    for (qint64 row = 0; row < rows; ++row) {
        const int kind = int(row % 20);
        const char *status = kind < 14   ? "success"
                             : kind < 18 ? "failed"
                             : kind < 19 ? "skipped"
                                         : "pending";
        const QByteArray user = "user" + QByteArray::number(row % 50000) + "@example.com";
        const QByteArray reason =
            kind >= 14 && kind < 18 ? "no user with email \"" + user + "\"" : QByteArray();
        const QByteArray body =
            R"({"email": ")" + user + R"(", "amount": 12.5, "bonus": 3, "event": "deposit"})";
        const QByteArray at = hb::isoUtc(start.addSecs(row * 10)).toUtf8();
        const qint64 webhook = ids.at(int(row % webhooks));
        const QByteArray name = "Hook " + QByteArray::number(row % webhooks);
        sqlite3_bind_int64(insert, 1, webhook);
        sqlite3_bind_text(insert, 2, name.constData(), int(name.size()), SQLITE_TRANSIENT);
        sqlite3_bind_text(insert, 3, status, -1, SQLITE_STATIC);
        sqlite3_bind_text(insert, 4, reason.constData(), int(reason.size()), SQLITE_TRANSIENT);
        sqlite3_bind_text(insert, 5,
                          kind < 14 ? "[{\"field\":\"coins\",\"old\":\"0\",\"new\":\"3\"}]" : "[]",
                          -1, SQLITE_STATIC);
        sqlite3_bind_text(insert, 6, user.constData(), int(user.size()), SQLITE_TRANSIENT);
        sqlite3_bind_blob(insert, 7, body.constData(), int(body.size()), SQLITE_TRANSIENT);
        sqlite3_bind_text(insert, 8, at.constData(), int(at.size()), SQLITE_TRANSIENT);
        if (kind < 19)
            sqlite3_bind_text(insert, 9, at.constData(), int(at.size()), SQLITE_TRANSIENT);
        else
            sqlite3_bind_null(insert, 9);
        sqlite3_bind_int(insert, 10, kind < 19 ? 1 : 0);
        sqlite3_bind_text(insert, 11, kind >= 14 && kind < 18 ? "user" : "", -1, SQLITE_STATIC);
        if (sqlite3_step(insert) != SQLITE_DONE)
            return fail(QString::fromUtf8(sqlite3_errmsg(handle)));
        sqlite3_reset(insert);
    }
    sqlite3_finalize(insert);
    return sqlite3_exec(handle, "COMMIT", nullptr, nullptr, nullptr) == SQLITE_OK
           || fail(QString::fromUtf8(sqlite3_errmsg(handle)));
}

qint64 peakRssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

double timed(const std::function<bool()> &done, int timeoutMs = 60000)
{
    QElapsedTimer clock;
    clock.start();
    if (!QTest::qWaitFor(done, timeoutMs))
        return -1;
    return double(clock.nsecsElapsed()) / 1e6;
}

double timedCount(const QString &path, const hb::store::DeliveryFilter &filter)
{
    hb::store::Database db(path);
    if (!db.open())
        return -1;
    QElapsedTimer clock;
    clock.start();
    const auto counts = hb::services::DeliveryService(db).counts(filter);
    return counts ? double(clock.nsecsElapsed()) / 1e6 : -1;
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    qint64 rows = 1000000;
    if (const int at = int(args.indexOf(QStringLiteral("--rows")));
        at >= 0 && at + 1 < args.size()) {
        rows = args.at(at + 1).toLongLong();
        args.remove(at, 2);
    }
    if (args.value(0) == QStringLiteral("--seed-only"))
        return seed(args.value(1), rows) ? 0 : 1;
    const QString path = args.value(0, QStringLiteral("bench-deliveries-%1.db").arg(rows));
    if (!QFile::exists(path)) {
        QElapsedTimer clock;
        clock.start();
        if (QProcess::execute(app.applicationFilePath(),
                              {QStringLiteral("--seed-only"), path, QStringLiteral("--rows"),
                               QString::number(rows)})
            != 0)
            return 1;
        std::printf("seeded %lld deliveries in %.1f s\n", rows, double(clock.elapsed()) / 1000);
    }

    hb::services::StoreExecutor executor(path);
    QElapsedTimer clock;
    clock.start();
    hb::ui::DeliveriesPage page(executor);
    page.resize(1200, 800);
    page.show();
    auto *model = page.model();
    const double first = timed([&] { return model->rowCount() > 0 && model->record(0); });
    std::printf("first rows shown:          %8.1f ms (%d rows)\n", first + 0.0, model->rowCount());
    page.table()->scrollToBottom();
    const double last = timed([&] { return model->record(model->rowCount() - 1) != nullptr; });
    std::printf("last row after the jump:   %8.1f ms\n", last);
    page.table()->scrollTo(model->index(model->rowCount() / 2, 0));
    const double middle = timed([&] { return model->record(model->rowCount() / 2) != nullptr; });
    std::printf("middle row after the jump: %8.1f ms\n", middle);

    hb::store::DeliveryFilter filter;
    std::printf("count, no filter:          %8.1f ms\n", timedCount(path, filter));
    filter.status = hb::DeliveryStatus::Failed;
    std::printf("count, status:             %8.1f ms\n", timedCount(path, filter));
    filter = {};
    filter.webhookName = QStringLiteral("Hook 2");
    std::printf("count, webhook:            %8.1f ms\n", timedCount(path, filter));
    filter = {};
    filter.search = QStringLiteral("user123@");
    std::printf("count, search:             %8.1f ms\n", timedCount(path, filter));
    filter.status = hb::DeliveryStatus::Failed;
    filter.webhookName = QStringLiteral("Hook 2");
    std::printf("count, status+webhook+search: %5.1f ms\n", timedCount(path, filter));
    // The page's whole read for that filter (counts, newest id, store counts), as the user waits
    // for it after choosing.
    hb::ui::DeliveriesListing::Question question;
    question.filter = filter;
    hb::store::Database db(path);
    if (db.open()) {
        QElapsedTimer listing;
        listing.start();
        const auto read = hb::ui::DeliveriesListing::read(db, question);
        std::printf("page read, that filter:    %8.1f ms (%lld rows)\n",
                    double(listing.nsecsElapsed()) / 1e6, read ? read->rows.total : -1LL);
    }
    std::printf("peak RSS:                  %8.1f MB\n", double(peakRssKb()) / 1024);
    return 0;
}
