#include "batchsender.h"

#include "samplerequestbuilder.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslError>
#include <QTimer>

#include <cmath>

namespace hb::delivery {
namespace {

constexpr int connectionsPerManager = 6; // QNetworkAccessManager's per-host limit for HTTP/1
constexpr qint64 progressIntervalMs = 50;

} // namespace

BatchSender::BatchSender(QObject *parent)
    : QObject(parent)
{}

BatchSender::~BatchSender()
{
    // Gone before the batch ended: nobody is left to tell.
    for (QNetworkReply *reply : std::as_const(m_replies)) {
        reply->disconnect(this);
        reply->abort();
        delete reply;
    }
}

bool BatchSender::start(const BatchJob &job)
{
    if (m_running)
        return false;
    m_job = job;
    m_job.concurrency = std::clamp(job.concurrency, 1, BatchJob::maxConcurrency);
    const int managers = (m_job.concurrency + connectionsPerManager - 1) / connectionsPerManager;
    while (m_networks.size() < managers) {
        auto *network = new QNetworkAccessManager(this);
        network->setAutoDeleteReplies(false); // rowFinished() deletes each once read
        m_networks << network;
    }
    m_inFlightPerManager = QList<int>(m_networks.size(), 0);
    if (!m_rateTimer) {
        m_rateTimer = new QTimer(this);
        m_rateTimer->setSingleShot(true);
        m_rateTimer->setTimerType(Qt::PreciseTimer);
        connect(m_rateTimer, &QTimer::timeout, this, &BatchSender::pump);
    }
    m_results = QList<BatchRowResult>(m_job.rows.size());
    m_notSent = QList<bool>(m_job.rows.size(), false);
    m_next = m_started = m_inFlight = m_done = 0;
    m_cancelled = false;
    m_running = true;
    m_clock.start();
    m_sinceProgress.start();
    QMetaObject::invokeMethod(this, &BatchSender::pump, Qt::QueuedConnection);
    return true;
}

void BatchSender::cancel()
{
    if (!m_running || m_cancelled)
        return;
    m_cancelled = true;
    if (m_rateTimer)
        m_rateTimer->stop();
    // Queued: a caller in a progress slot is not answered from inside its own call.
    QMetaObject::invokeMethod(this, &BatchSender::finishIfDone, Qt::QueuedConnection);
}

void BatchSender::pump()
{
    const int total = m_job.rows.size();
    while (m_running && !m_cancelled && m_inFlight < m_job.concurrency && m_next < total) {
        if (m_job.ratePerSecond > 0) {
            // Row k may start at k / rate seconds: evenly spread, and a slow answer does not
            // bunch up the starts behind it.
            const qint64 dueMs = qint64(std::llround(m_started * 1000.0 / m_job.ratePerSecond));
            const qint64 waitMs = dueMs - m_clock.elapsed();
            if (waitMs > 0) {
                if (!m_rateTimer->isActive())
                    m_rateTimer->start(int(waitMs));
                return;
            }
        }
        startRow(m_next++);
    }
    finishIfDone();
}

QNetworkAccessManager *BatchSender::leastBusyManager(int *index)
{
    int best = 0;
    for (int i = 1; i < m_inFlightPerManager.size(); ++i) {
        if (m_inFlightPerManager.at(i) < m_inFlightPerManager.at(best))
            best = i;
    }
    *index = best;
    return m_networks.at(best);
}

void BatchSender::startRow(int index)
{
    ++m_started;
    const BatchRow &row = m_job.rows.at(index);
    BatchRowResult &result = m_results[index];
    result.line = row.line;
    const QString missing = m_job.bodyTemplate.missingValue(row.values);
    if (!missing.isEmpty()) {
        result.error = tr("line %1 has no value for {{%2}}: not sent").arg(row.line).arg(missing);
        m_notSent[index] = true;
        rowDone(index);
        return;
    }
    const QByteArray body = m_job.bodyTemplate.fill(row.values);
    const SampleRequest sample = SampleRequestBuilder::build(m_job.webhook, body, m_job.contentType,
                                                             QDateTime::currentDateTimeUtc());
    QNetworkRequest request(m_job.url);
    for (const auto &[name, value] : HeaderEditor::apply(sample.headers, m_job.headerEdits))
        request.setRawHeader(name, value);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(m_job.timeoutMs);

    int manager = 0;
    QNetworkAccessManager *network = leastBusyManager(&manager);
    QNetworkReply *reply = m_job.method == "POST"
                               ? network->post(request, sample.body)
                               : network->sendCustomRequest(request, m_job.method, sample.body);
    ++m_inFlight;
    ++m_inFlightPerManager[manager];
    m_replies << reply;
    const qint64 startedMs = m_clock.elapsed();
    connect(reply, &QNetworkReply::finished, this, [this, reply, index, manager, startedMs] {
        rowFinished(reply, index, manager, startedMs);
    });
    if (!m_job.verifyCertificates) {
        connect(reply, &QNetworkReply::sslErrors, reply,
                [reply](const QList<QSslError> &errors) { reply->ignoreSslErrors(errors); });
    }
}

void BatchSender::rowFinished(QNetworkReply *reply, int index, int manager, qint64 startedMs)
{
    m_replies.removeOne(reply);
    reply->deleteLater();
    --m_inFlight;
    --m_inFlightPerManager[manager];
    BatchRowResult &result = m_results[index];
    result.elapsedMs = m_clock.elapsed() - startedMs;
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (status.isValid()) {
        result.status = status.toInt();
        if (result.status >= 200 && result.status <= 299) {
            const QJsonDocument answer = QJsonDocument::fromJson(reply->readAll());
            result.deliveryId = answer.object().value(QLatin1String("delivery_id")).toInteger();
        }
    } else {
        result.error = HttpSender::describeFailure(m_job.url, reply->error(), reply->errorString(),
                                                   m_job.timeoutMs);
    }
    rowDone(index);
    pump();
}

void BatchSender::rowDone(int)
{
    ++m_done;
    if (m_sinceProgress.elapsed() >= progressIntervalMs || m_done == m_job.rows.size()) {
        m_sinceProgress.restart();
        emit progress(m_done, m_job.rows.size());
    }
}

void BatchSender::finishIfDone()
{
    if (!m_running || m_inFlight > 0)
        return;
    const int total = m_job.rows.size();
    if (!m_cancelled && m_next < total)
        return;
    m_running = false;
    // Only the rows dealt with: a cancelled batch lists no row it never started.
    const QList<BatchRowResult> results = m_results.first(m_next);
    const QList<bool> notSent = m_notSent.first(m_next);
    // Cancelled once every row was on its way: nothing was left out, the batch is complete.
    const bool leftRowsOut = m_cancelled && m_next < total;
    const BatchSummary summary =
        BatchSummary::fromResults(results, notSent, total, m_clock.elapsed(), leftRowsOut);
    if (m_done != total) // the last progress, when it was not a complete one
        emit progress(m_done, total);
    emit finished(summary);
}

} // namespace hb::delivery
