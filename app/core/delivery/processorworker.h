#pragma once

#include <QList>
#include <QObject>
#include <QString>

#include "faileddelivery.h"

#include <memory>

class QTimer;

namespace hb::store {
class Database;
}

namespace hb::delivery {

class DeliveryProcessor;

// A QObject that lives on its own QThread with its own Database connection: wake() (queued)
// makes it drain Pending deliveries, in batches that hold the write lock at most a few ms with
// pauses between them while a backlog lasts; it also polls every ~500 ms for deliveries written
// by other processes. Signal after each batch: processed(QList<qint64> deliveryIds).
// Usage: worker->moveToThread(thread); connect(thread, &QThread::started, worker, &start);
// call stop() (queued or blocking-queued) before quitting the thread.
class ProcessorWorker : public QObject {
    Q_OBJECT
public:
    explicit ProcessorWorker(QString dbLocation, QObject *parent = nullptr);
    ~ProcessorWorker() override;

public slots:
    void start();
    void wake();
    void stop();

signals:
    void processed(const QList<qint64> &deliveryIds);
    // After processed(), the deliveries of the batch that ended Failed (none: not emitted).
    void failed(const QList<hb::delivery::FailedDelivery> &deliveries);
    void failedToOpen(const QString &error);
    // A batch could not be processed (the store is locked or gone); it is tried again later.
    void processingError(const QString &error);

private:
    void drain();

    QString m_dbLocation;
    std::unique_ptr<store::Database> m_db;
    std::unique_ptr<DeliveryProcessor> m_processor;
    QTimer *m_pollTimer = nullptr;
    QTimer *m_resumeTimer = nullptr; // the pause between the batches of a backlog
    bool m_draining = false;
};

} // namespace hb::delivery
