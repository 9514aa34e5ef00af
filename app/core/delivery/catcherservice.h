#pragma once

#include "common/result.h"
#include "faileddelivery.h"
#include "http/httplimits.h"
#include "store/rejectionlog.h"

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>

#include <memory>

namespace hb::delivery {

struct CatcherSettings {
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 8080;                    // port 0: any free port
    QString tlsCertificateFile, tlsKeyFile; // both set: https
    http::HttpLimits limits;
    bool processDeliveries = true;
    // SQLite's synchronous level for the writer: NORMAL survives a crash or kill -9 of the
    // process (the promise of a 2xx); FULL also survives power loss, at one fsync per group.
    QString synchronous = QStringLiteral("NORMAL");
};

// What the durable writer did since start(), for `serve`'s last words and the benchmark.
struct IntakeFigures {
    qint64 stored = 0;       // new deliveries committed
    qint64 commits = 0;      // transactions they took (group commit: many per transaction)
    qint64 largestGroup = 0; // requests in the largest transaction
};

// The catcher as one object: HTTP server thread, the durable writer thread and (optionally) the
// processor, wired together. `hookbench serve` and the desktop app both embed it.
class CatcherService : public QObject {
    Q_OBJECT
public:
    explicit CatcherService(QString dbLocation, QObject *parent = nullptr);
    ~CatcherService() override; // stops cleanly

    // Binds before returning, so a taken port is reported here: "127.0.0.1:8080 is already in use".
    hb::Status start(const CatcherSettings &settings);
    // Stops accepting, finishes and commits what is in flight, then returns.
    void stop();
    bool isListening() const;
    // What start() was given (the limits a request meets: the Sender's oversized-body case).
    const CatcherSettings &settings() const;
    QUrl baseUrl() const; // http://127.0.0.1:8080 (the real port when 0 was asked)
    QString webhookUrl(const QString &token) const; // baseUrl + /hooks/<token>
    // Requests refused since start() by status (401, 403, 404, 405); the most recent are kept in
    // the store's rejected_requests table (store::RejectionLog).
    qint64 rejectedCount(int status) const;
    // Call after changing or removing a webhook in the store: the next request sees the change
    // (another process's changes are seen within a second).
    void webhooksChanged();
    // Live while running; after stop(), the figures of the run that ended.
    IntakeFigures intakeFigures() const;
    // Bytes of requests received and waiting for their answer (at most about
    // HttpLimits::maxBytesInFlight: past it the catcher stops reading); 0 when not listening.
    qint64 bytesInFlight() const;

signals: // emitted from worker threads: connect with Qt::QueuedConnection or AutoConnection
    void deliveryStored(qint64 deliveryId, qint64 webhookId);
    void deliveriesProcessed(const QList<qint64> &deliveryIds);
    // Processed deliveries that ended Failed (after deliveriesProcessed).
    void deliveriesFailed(const QList<hb::delivery::FailedDelivery> &deliveries);
    // Processing could not run (the store full, locked or gone): the deliveries stay Pending and
    // it is tried again shortly.
    void processingStalled(const QString &error);
    // A request refused before it was received (its id is 0: it is not stored yet, or at all
    // for a 405 or a path outside /hooks/; `webhookId` 0 when its token names no webhook), or
    // one the store could not take (503, never in the rejection log).
    void requestRejected(const hb::store::RejectedRequest &request);
    // Refused requests are now in the store's rejection log (after requestRejected, which
    // comes as the answer goes out).
    void rejectionsLogged(int count);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace hb::delivery
