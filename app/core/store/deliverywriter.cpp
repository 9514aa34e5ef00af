#include "deliverywriter.h"

#include "database.h"
#include "walcheckpointer.h"
#include "webhookrepository.h"

#include <QMutex>
#include <QMutexLocker>
#include <QThread>
#include <QWaitCondition>

#include <atomic>
#include <optional>

namespace hb::store {
namespace {

// A group larger than this is split, so one answer never waits behind an unbounded transaction.
constexpr qsizetype maxGroupSize = 4096;

struct Job {
    NewDelivery delivery;
    DeliveryWriter::Done done;
};

// Why one request's row was refused may be that its webhook is gone: the catcher answers that
// as if it had known (404), not the store's "FOREIGN KEY constraint failed".
bool webhookIsGone(Database &db, qint64 webhookId)
{
    const auto webhook = WebhookRepository(db).findById(webhookId);
    return webhook && !webhook->has_value();
}

} // namespace

struct DeliveryWriter::Private {
    QString location;
    QString synchronous;
    Committed onCommitted;
    RejectionsLogged onRejectionsLogged;

    QMutex mutex;
    QWaitCondition wakeUp;
    QList<Job> queue;
    QList<RejectedRequest> rejections;
    bool accepting = false;
    bool stopping = false;
    std::optional<hb::Status> opened; // set by the thread once it tried to open
    QWaitCondition openedChanged;
    std::unique_ptr<QThread> thread;

    std::atomic<qint64> commits{0};
    std::atomic<qint64> largest{0};
    std::atomic<qint64> stored{0};

    void run();
    void commitGroup(Database &db, DeliveryRepository &repository, QList<Job> &jobs);
    void logRejections(Database &db, const QList<RejectedRequest> &entries);
};

void DeliveryWriter::Private::run()
{
    Database db(location);
    hb::Status status = db.open();
    if (status)
        status = db.setSynchronous(synchronous);
    {
        QMutexLocker locker(&mutex);
        opened = status;
        accepting = status.ok();
        openedChanged.wakeAll();
    }
    if (!status)
        return;
    // The WAL is copied back on a thread of its own, not inside the commits that answer senders;
    // without it the writer's connection does it itself, as SQLite would: slower, never wrong.
    std::unique_ptr<WalCheckpointer> checkpointer;
    if (!db.isPostgres()) {
        QString error;
        checkpointer = WalCheckpointer::start(db.fileKey(), &error);
        if (!checkpointer)
            qWarning("hookbench: %s", qPrintable(error));
    }
    // One for the connection's life: its statements are prepared once.
    DeliveryRepository repository(db);
    for (;;) {
        QList<Job> jobs;
        QList<RejectedRequest> rejected;
        {
            QMutexLocker locker(&mutex);
            while (queue.isEmpty() && rejections.isEmpty() && !stopping)
                wakeUp.wait(&mutex);
            if (queue.isEmpty() && rejections.isEmpty() && stopping)
                break;
            // Everything that arrived while the previous commit ran goes into this one.
            if (queue.size() <= maxGroupSize) {
                jobs.swap(queue);
            } else {
                jobs = queue.mid(0, maxGroupSize);
                queue.remove(0, maxGroupSize);
            }
            rejected.swap(rejections);
        }
        if (!jobs.isEmpty())
            commitGroup(db, repository, jobs);
        if (!rejected.isEmpty())
            logRejections(db, rejected);
    }
}

void DeliveryWriter::Private::commitGroup(Database &db, DeliveryRepository &repository,
                                          QList<Job> &jobs)
{
    auto failAll = [&jobs](const QString &why) {
        const QString message =
            QStringLiteral("the request could not be stored (%1); it was not received, "
                           "send it again")
                .arg(why);
        for (Job &job : jobs)
            job.done(fail(message));
    };
    if (hb::Status status = db.beginWrite(); !status) {
        db.rollback();
        failAll(status.error());
        return;
    }
    QList<NewDelivery> deliveries;
    deliveries.reserve(jobs.size());
    for (const Job &job : jobs)
        deliveries.append(job.delivery);
    hb::Result<QList<InsertedDelivery>> inserted = repository.insertPending(deliveries);
    if (!inserted && jobs.size() > 1) {
        // The store took the lock but refused a row (its webhook removed a moment ago, while
        // the catcher's cache still had it): that request alone fails, not its whole group.
        db.rollback();
        for (Job &job : jobs) {
            QList<Job> alone{std::move(job)};
            commitGroup(db, repository, alone);
        }
        return;
    }
    if (!inserted || inserted->size() != jobs.size()) {
        db.rollback();
        if (!inserted && webhookIsGone(db, jobs.first().delivery.webhookId)) {
            jobs.first().done(fail(DeliveryWriter::webhookGone(), ErrorKind::NotFound));
            return;
        }
        failAll(inserted ? QStringLiteral("the store answered for a different number of requests")
                         : inserted.error());
        return;
    }
    if (hb::Status status = db.commit(); !status) {
        db.rollback();
        failAll(status.error());
        return;
    }
    ++commits;
    if (jobs.size() > largest.load())
        largest = jobs.size();

    // Durable from here on: only now may anyone be told so.
    QList<QPair<qint64, qint64>> stored;
    for (qsizetype i = 0; i < jobs.size(); ++i) {
        const InsertedDelivery &row = inserted->at(i);
        StoredDelivery outcome{row.id, row.duplicate, jobs.at(i).delivery.status};
        if (row.duplicate) {
            if (auto first = repository.find(row.id); first && first->has_value())
                outcome.status = (*first)->status;
        } else {
            stored.append({row.id, jobs.at(i).delivery.webhookId});
        }
        jobs[i].done(outcome);
    }
    this->stored += stored.size();
    if (onCommitted && !stored.isEmpty())
        onCommitted(stored);
}

void DeliveryWriter::Private::logRejections(Database &db, const QList<RejectedRequest> &entries)
{
    // Its own transaction: a problem with the log never touches a delivery.
    hb::Status status = db.beginWrite();
    if (status) {
        RejectionLog log(db);
        status = log.append(entries);
        if (status)
            status = db.commit();
    }
    if (!status) {
        db.rollback();
        qWarning("hookbench: %d refused requests were not logged: %s", int(entries.size()),
                 qPrintable(status.error()));
        return;
    }
    if (onRejectionsLogged)
        onRejectionsLogged(int(entries.size()));
}

DeliveryWriter::DeliveryWriter(QString dbLocation, QString synchronous)
    : d(std::make_unique<Private>())
{
    d->location = std::move(dbLocation);
    d->synchronous = std::move(synchronous);
}

DeliveryWriter::~DeliveryWriter()
{
    stop();
}

void DeliveryWriter::setCommittedHandler(Committed handler)
{
    d->onCommitted = std::move(handler);
}

void DeliveryWriter::setRejectionsLoggedHandler(RejectionsLogged handler)
{
    d->onRejectionsLogged = std::move(handler);
}

hb::Status DeliveryWriter::start()
{
    if (d->thread)
        return fail(QStringLiteral("the delivery writer is already running"));
    d->thread.reset(QThread::create([this] { d->run(); }));
    d->thread->setObjectName(QStringLiteral("hookbench-writer"));
    d->thread->start();
    QMutexLocker locker(&d->mutex);
    while (!d->opened)
        d->openedChanged.wait(&d->mutex);
    hb::Status status = *d->opened;
    if (!status) {
        locker.unlock();
        d->thread->wait();
        d->thread.reset();
        d->opened.reset();
    }
    return status;
}

void DeliveryWriter::stop()
{
    if (!d->thread)
        return;
    {
        QMutexLocker locker(&d->mutex);
        d->accepting = false;
        d->stopping = true;
        d->wakeUp.wakeAll();
    }
    d->thread->wait();
    d->thread.reset();
    QMutexLocker locker(&d->mutex);
    d->opened.reset();
    d->stopping = false;
}

QString DeliveryWriter::webhookGone()
{
    return QStringLiteral("its webhook was removed a moment ago");
}

void DeliveryWriter::submit(NewDelivery delivery, Done done)
{
    QMutexLocker locker(&d->mutex);
    if (!d->accepting) {
        locker.unlock();
        done(fail(QStringLiteral("the catcher is not accepting requests (shutting down)")));
        return;
    }
    d->queue.append({std::move(delivery), std::move(done)});
    d->wakeUp.wakeOne();
}

void DeliveryWriter::submitRejection(RejectedRequest rejected)
{
    QMutexLocker locker(&d->mutex);
    if (!d->accepting)
        return;
    // Bounded in memory too: a flood of bad requests must not grow the queue without end.
    if (d->rejections.size() >= RejectionLog::keep)
        d->rejections.removeFirst();
    d->rejections.append(std::move(rejected));
    d->wakeUp.wakeOne();
}

qint64 DeliveryWriter::commitCount() const
{
    return d->commits.load();
}

qint64 DeliveryWriter::storedCount() const
{
    return d->stored.load();
}

qint64 DeliveryWriter::largestGroup() const
{
    return d->largest.load();
}

} // namespace hb::store
