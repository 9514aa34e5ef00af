#pragma once

#include "common/result.h"
#include "mapping/webhook.h"
#include "negativecase.h"
#include "samplerequestbuilder.h"
#include "sendanswer.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QUrl>

#include <functional>
#include <optional>
#include <utility>

class QTimer;

namespace hb::delivery {

class HttpSender;

// Runs a webhook's negative cases (NegativeCases) one after another over real HTTP and compares
// each answer with what the catcher promises. After a 202 it follows the delivery through the
// outcome lookup until it is processed, so that "202, then Failed" is checked, not assumed.
//
// Lives on one thread (a worker's in the window, the main one in the CLI): its HttpSender is
// made there by start(), and every signal is emitted there.
class NegativeRunner : public QObject {
    Q_OBJECT
public:
    // The status and reason of a stored delivery; nothing when this store has no such delivery
    // (another catcher's store): the case then compares the HTTP answer only.
    using OutcomeLookup =
        std::function<hb::Result<std::optional<std::pair<DeliveryStatus, QString>>>(
            qint64 deliveryId)>;

    static constexpr int pollIntervalMs = 100;
    static constexpr int processingTimeoutMs = 10000;

    explicit NegativeRunner(QObject *parent = nullptr);
    ~NegativeRunner() override;

    void setOutcomeLookup(OutcomeLookup lookup) { m_lookup = std::move(lookup); }
    // Starts the cases of `webhook` against `url` (its /hooks/<token> URL). False, and nothing
    // sent, while a run is going on or for a disabled webhook: the catcher answers 403 to every
    // request of a disabled webhook before any other check, so no case would test anything.
    bool start(const QUrl &url, const mapping::Webhook &webhook, const QByteArray &payload,
               qint64 bodyLimit);
    // Gives up the run: the request in flight is cancelled and `finished` comes with the cases
    // done so far and `cancelled` true.
    void cancel();
    bool isRunning() const { return m_running; }
    // The cases of the current (or last) run.
    QList<NegativeCase> cases() const { return m_cases; }
    // How long a request may wait for its answer (the HttpSender's transfer timeout).
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    // As HttpSender's: off reaches an https:// catcher with a self-signed test certificate.
    void setVerifyCertificates(bool verify) { m_verifyCertificates = verify; }

signals:
    void caseStarted(int index);
    void caseFinished(int index, const hb::delivery::NegativeResult &result);
    void finished(const QList<hb::delivery::NegativeResult> &results, bool cancelled);

private:
    void startCase();
    void sendNext();
    void answered(const SendAnswer &answer);
    void poll();
    void finishCase();
    void finishRun(bool cancelled);

    OutcomeLookup m_lookup;
    HttpSender *m_sender = nullptr;
    QTimer *m_pollTimer = nullptr;
    int m_timeoutMs = 30000;
    bool m_verifyCertificates = true;
    // Bumped by every start() and cancel(), so that a step queued for an earlier run is dropped.
    quint64 m_generation = 0;

    QUrl m_url;
    mapping::Webhook m_webhook;
    QByteArray m_payload;
    qint64 m_bodyLimit = 0;
    QList<NegativeCase> m_cases;
    QList<NegativeResult> m_results;
    bool m_running = false;

    // The case in progress.
    int m_index = -1;
    QList<SampleRequest> m_requests; // still to send
    qint64 m_firstDeliveryId = 0;    // the replayed id's first request
    NegativeActual m_actual;
    QElapsedTimer m_polling;
};

} // namespace hb::delivery
