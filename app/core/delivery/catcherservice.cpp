#include "catcherservice.h"

#include "http/httpserver.h"
#include "processorworker.h"
#include "store/deliverywriter.h"
#include "webhookintake.h"

#include <QElapsedTimer>
#include <QThread>

#include <atomic>

namespace hb::delivery {
namespace {

// How long stop() lets connections send their last answers before the thread ends.
constexpr int drainTimeoutMs = 3000;

template <typename F> void runOn(QObject *context, F &&function)
{
    if (context->thread() == QThread::currentThread())
        function();
    else
        QMetaObject::invokeMethod(context, std::forward<F>(function), Qt::BlockingQueuedConnection);
}

} // namespace

struct CatcherService::Private {
    QString dbLocation;
    CatcherSettings settings;
    std::unique_ptr<store::DeliveryWriter> writer;
    IntakeFigures lastFigures; // of the run stop() ended
    std::unique_ptr<WebhookIntake> intake;
    QThread httpThread;
    http::HttpServer *server = nullptr; // lives on httpThread
    QThread processorThread;
    std::atomic<ProcessorWorker *> worker{nullptr}; // lives on processorThread
    QUrl baseUrl;
    bool listening = false;
};

CatcherService::CatcherService(QString dbLocation, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    d->dbLocation = std::move(dbLocation);
    d->httpThread.setObjectName(QStringLiteral("hookbench-http"));
    d->processorThread.setObjectName(QStringLiteral("hookbench-processor"));
}

CatcherService::~CatcherService()
{
    stop();
}

const CatcherSettings &CatcherService::settings() const
{
    return d->settings;
}

hb::Status CatcherService::start(const CatcherSettings &settings)
{
    if (d->listening)
        return fail(
            QStringLiteral("the catcher is already listening on %1").arg(d->baseUrl.toString()));
    if (settings.tlsCertificateFile.isEmpty() != settings.tlsKeyFile.isEmpty())
        return fail(QStringLiteral("TLS needs both a certificate and a key file"));
    d->settings = settings;

    d->writer = std::make_unique<store::DeliveryWriter>(d->dbLocation, settings.synchronous);
    d->writer->setCommittedHandler([this](const QList<QPair<qint64, qint64>> &stored) {
        for (const auto &[deliveryId, webhookId] : stored)
            emit deliveryStored(deliveryId, webhookId);
        if (ProcessorWorker *worker = d->worker.load())
            QMetaObject::invokeMethod(worker, &ProcessorWorker::wake, Qt::QueuedConnection);
    });
    d->writer->setRejectionsLoggedHandler([this](int count) { emit rejectionsLogged(count); });
    if (hb::Status status = d->writer->start(); !status) {
        d->writer.reset();
        return status;
    }
    d->intake = std::make_unique<WebhookIntake>(d->dbLocation, *d->writer);
    d->intake->setRejectedHandler(
        [this](const store::RejectedRequest &request) { emit requestRejected(request); });

    auto *server = new http::HttpServer(*d->intake, settings.limits);
    if (!settings.tlsCertificateFile.isEmpty()) {
        if (hb::Status status = server->setTls(settings.tlsCertificateFile, settings.tlsKeyFile);
            !status) {
            delete server;
            d->intake.reset();
            d->writer.reset();
            return status;
        }
    }
    server->moveToThread(&d->httpThread);
    d->httpThread.start();
    hb::Status bound = success();
    WebhookIntake *intake = d->intake.get();
    runOn(server, [&] {
        // Before the first sender: opening the store waits for the write lock (its schema
        // check), which a long processing batch may hold; a request should not wait for that.
        intake->openConnection();
        bound = server->start(settings.address, settings.port);
    });
    if (!bound) {
        runOn(server, [server] { delete server; });
        d->httpThread.quit();
        d->httpThread.wait();
        d->intake.reset();
        d->writer.reset();
        return bound;
    }
    d->server = server;

    QUrl url;
    url.setScheme(server->isTls() ? QStringLiteral("https") : QStringLiteral("http"));
    url.setHost(settings.address.toString());
    url.setPort(server->serverPort());
    d->baseUrl = url;

    if (settings.processDeliveries) {
        auto *worker = new ProcessorWorker(d->dbLocation);
        worker->moveToThread(&d->processorThread);
        connect(&d->processorThread, &QThread::started, worker, &ProcessorWorker::start);
        connect(worker, &ProcessorWorker::processed, this, &CatcherService::deliveriesProcessed,
                Qt::DirectConnection);
        connect(worker, &ProcessorWorker::failed, this, &CatcherService::deliveriesFailed,
                Qt::DirectConnection);
        connect(worker, &ProcessorWorker::processingError, this, &CatcherService::processingStalled,
                Qt::DirectConnection);
        connect(worker, &ProcessorWorker::failedToOpen, this, &CatcherService::processingStalled,
                Qt::DirectConnection);
        d->worker = worker;
        d->processorThread.start();
    }
    d->listening = true;
    return success();
}

void CatcherService::stop()
{
    if (!d->listening)
        return;
    d->listening = false;
    http::HttpServer *server = d->server;
    // 1. No new connections; open ones stop reading and close once their answers are out.
    runOn(server, [server] {
        server->stopAccepting();
        server->closeAll();
    });
    // 2. Commit everything already handed over; its answers are posted to the connections.
    d->writer->stop();
    // 3. Let the connections send those answers.
    QElapsedTimer waited;
    waited.start();
    for (;;) {
        int open = 0;
        runOn(server, [server, &open] { open = server->connectionCount(); });
        if (open == 0 || waited.elapsed() > drainTimeoutMs)
            break;
        QThread::msleep(10);
    }
    WebhookIntake *intake = d->intake.get();
    runOn(server, [server, intake] {
        delete server;
        intake->closeConnection();
    });
    d->server = nullptr;
    d->httpThread.quit();
    d->httpThread.wait();
    d->intake.reset();
    d->lastFigures = intakeFigures();
    d->writer.reset();

    if (ProcessorWorker *worker = d->worker.load()) {
        runOn(worker, [worker] {
            worker->stop();
            delete worker;
        });
        d->worker = nullptr;
        d->processorThread.quit();
        d->processorThread.wait();
    }
}

bool CatcherService::isListening() const
{
    return d->listening;
}

QUrl CatcherService::baseUrl() const
{
    return d->baseUrl;
}

IntakeFigures CatcherService::intakeFigures() const
{
    if (!d->writer)
        return d->lastFigures;
    return {d->writer->storedCount(), d->writer->commitCount(), d->writer->largestGroup()};
}

void CatcherService::webhooksChanged()
{
    if (d->intake)
        d->intake->webhooksChanged();
}

qint64 CatcherService::bytesInFlight() const
{
    return d->listening && d->server ? d->server->bytesInFlight() : 0;
}

qint64 CatcherService::rejectedCount(int status) const
{
    return d->intake ? d->intake->rejectedCount(status) : 0;
}

QString CatcherService::webhookUrl(const QString &token) const
{
    return d->baseUrl.toString() + QStringLiteral("/hooks/") + token;
}

} // namespace hb::delivery
