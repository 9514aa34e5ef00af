#pragma once

#include "batchjob.h"
#include "batchsummary.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace hb::delivery {

// Sends a batch: one request per row, each with its own body filled from the row and its own
// webhook-id, encryption and signature (SampleRequestBuilder), then the tester's header edits.
//
// Up to `concurrency` requests in flight, their starts spread evenly when a rate is set.
// Redirects are not followed and each transfer has a timeout, like HttpSender, whose words it
// uses for a request without an answer. Lives on one thread (the command line's, or a window's
// worker thread): its network managers are made in start(), on the thread that runs the batch,
// and its signals are emitted there.
class BatchSender : public QObject {
    Q_OBJECT
public:
    explicit BatchSender(QObject *parent = nullptr);
    ~BatchSender() override;

    // False (and nothing sent) while a batch runs. `finished` always comes later, from the event
    // loop, never from inside start().
    bool start(const BatchJob &job);
    // Starts no more requests. The ones in flight finish or time out and are counted, so that the
    // summary says exactly what was sent; then `finished`.
    void cancel();
    bool isRunning() const { return m_running; }

signals:
    // At most about 20 a second, and always the last one.
    void progress(int done, int total);
    void finished(const hb::delivery::BatchSummary &summary);

private:
    void pump();
    void startRow(int index);
    void rowFinished(QNetworkReply *reply, int index, int manager, qint64 startedMs);
    void rowDone(int index);
    void finishIfDone();
    QNetworkAccessManager *leastBusyManager(int *index);

    BatchJob m_job;
    // Qt 6.4 opens at most 6 connections to one host per manager and queues the rest, which
    // would cap the concurrency and count the queueing as response time: one manager per 6.
    QList<QNetworkAccessManager *> m_networks;
    QList<int> m_inFlightPerManager;
    QList<QNetworkReply *> m_replies;
    QList<BatchRowResult> m_results; // one per row, filled as rows are dealt with
    QList<bool> m_notSent;           // rows whose body could not be made
    QElapsedTimer m_clock;
    QElapsedTimer m_sinceProgress;
    QTimer *m_rateTimer = nullptr;
    int m_next = 0;    // the next row to start
    int m_started = 0; // rows dealt with or in flight, for the rate
    int m_inFlight = 0;
    int m_done = 0;
    bool m_running = false;
    bool m_cancelled = false;
};

} // namespace hb::delivery
