#include "negativerunner.h"

#include "httpsender.h"
#include "negativecases.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

namespace hb::delivery {
namespace {

// The answer's message: {"error": ...} of a refusal, else the body as text (a 202's JSON).
QString answerMessage(const QByteArray &body)
{
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    if (object.value(QLatin1String("error")).isString())
        return object.value(QLatin1String("error")).toString();
    constexpr qsizetype shown = 200; // a catcher that echoes a 1 MiB body is not shown whole
    return QString::fromUtf8(body.left(shown)).trimmed();
}

bool compare(const NegativeExpectation &expected, const NegativeActual &actual)
{
    if (actual.httpStatus != expected.httpStatus || actual.duplicate != expected.duplicate)
        return false;
    if (!expected.deliveryStatus || actual.answerOnly)
        return true;
    return actual.deliveryStatus == expected.deliveryStatus
           && actual.reason.contains(expected.reasonContains);
}

} // namespace

NegativeRunner::NegativeRunner(QObject *parent)
    : QObject(parent)
{}

NegativeRunner::~NegativeRunner() = default;

bool NegativeRunner::start(const QUrl &url, const mapping::Webhook &webhook,
                           const QByteArray &payload, qint64 bodyLimit)
{
    if (m_running || !webhook.enabled)
        return false;
    if (!m_sender) {
        // Made here, on the thread the runner works on, not in the constructor's.
        m_sender = new HttpSender(this);
        connect(m_sender, &HttpSender::finished, this, &NegativeRunner::answered);
        m_pollTimer = new QTimer(this);
        m_pollTimer->setSingleShot(true);
        m_pollTimer->setInterval(pollIntervalMs);
        connect(m_pollTimer, &QTimer::timeout, this, &NegativeRunner::poll);
    }
    m_sender->setTimeout(m_timeoutMs);
    m_sender->setVerifyCertificates(m_verifyCertificates);
    m_url = url;
    m_webhook = webhook;
    m_payload = payload;
    m_bodyLimit = bodyLimit;
    m_cases = NegativeCases::forWebhook(webhook);
    m_results.clear();
    m_index = -1;
    m_running = true;
    const quint64 generation = ++m_generation;
    // After start() has returned, so that a caller sees every signal of the run.
    QTimer::singleShot(0, this, [this, generation] {
        if (generation == m_generation)
            startCase();
    });
    return true;
}

void NegativeRunner::cancel()
{
    if (!m_running)
        return;
    ++m_generation;
    m_running = false; // first: the cancelled request's answer is then ignored
    m_pollTimer->stop();
    m_sender->cancel();
    finishRun(true);
}

void NegativeRunner::startCase()
{
    if (!m_running)
        return;
    if (++m_index >= m_cases.size())
        return finishRun(false);
    emit caseStarted(m_index);
    // Built now, not at start(): every timestamp is fresh when its request leaves.
    m_requests = NegativeCases::requestsFor(m_cases.at(m_index), m_webhook, m_payload,
                                            QDateTime::currentDateTimeUtc(), m_bodyLimit);
    m_actual = NegativeActual{};
    m_firstDeliveryId = 0;
    sendNext();
}

void NegativeRunner::sendNext()
{
    if (m_requests.isEmpty()) {
        m_actual.error = tr("no request to send");
        return finishCase();
    }
    const SampleRequest request = m_requests.takeFirst();
    if (!m_sender->send(m_url, request.headers, request.body)) {
        m_actual.error = tr("the previous request is still in flight");
        finishCase();
    }
}

void NegativeRunner::answered(const SendAnswer &answer)
{
    if (!m_running)
        return;
    NegativeActual actual;
    actual.httpStatus = answer.status;
    actual.error = answer.error;
    actual.answer = answer.answered() ? answerMessage(answer.body) : QString();
    const QJsonObject body = QJsonDocument::fromJson(answer.body).object();
    actual.deliveryId = body.value(QLatin1String("delivery_id")).toInteger();
    const bool saysDuplicate = body.value(QLatin1String("duplicate")).toBool();

    if (!m_requests.isEmpty()) {
        // The replayed id's first request: it must be received before its repeat means anything.
        if (answer.status == 202 && !saysDuplicate && actual.deliveryId > 0) {
            m_firstDeliveryId = actual.deliveryId;
            return sendNext();
        }
        m_requests.clear();
    }
    // A repeat counts as a duplicate only when it names the first request's delivery.
    actual.duplicate =
        saysDuplicate && (m_firstDeliveryId == 0 || actual.deliveryId == m_firstDeliveryId);
    m_actual = actual;
    if (answer.status == 202 && !actual.duplicate && actual.deliveryId > 0) {
        if (!m_lookup) {
            m_actual.answerOnly = true;
            return finishCase();
        }
        m_polling.start();
        return poll();
    }
    finishCase();
}

void NegativeRunner::poll()
{
    if (!m_running)
        return;
    const auto outcome = m_lookup(m_actual.deliveryId);
    if (!outcome || !outcome->has_value()) {
        m_actual.answerOnly = true;
        if (!outcome)
            m_actual.reason = outcome.error();
        return finishCase();
    }
    const auto &[status, reason] = **outcome;
    if (status == DeliveryStatus::Pending && m_polling.elapsed() < processingTimeoutMs)
        return m_pollTimer->start();
    m_actual.deliveryStatus = status;
    m_actual.reason = reason;
    finishCase();
}

void NegativeRunner::finishCase()
{
    NegativeResult result;
    result.testCase = m_cases.at(m_index);
    result.actual = m_actual;
    result.matches = compare(result.testCase.expected, result.actual);
    m_results.append(result);
    emit caseFinished(m_index, result);
    const quint64 generation = m_generation;
    // The next case from the event loop: a long run never nests calls.
    QTimer::singleShot(0, this, [this, generation] {
        if (generation == m_generation)
            startCase();
    });
}

void NegativeRunner::finishRun(bool cancelled)
{
    m_running = false;
    emit finished(m_results, cancelled);
}

} // namespace hb::delivery
