#pragma once

#include "http/requesthandler.h"
#include "mapping/webhook.h"
#include "store/rejectionlog.h"

#include <QByteArray>
#include <QString>
#include <QStringView>

#include <functional>
#include <memory>

namespace hb::store {
class Database;
class DeliveryWriter;
} // namespace hb::store

namespace hb::delivery {

// The webhook side of the catcher (SPEC §3): routes /hooks/<token> and /healthz, checks the
// webhook's state, API key and signature, and hands everything that passes to the writer, which
// answers 202 only after the commit. Called on the HTTP thread; keeps its own read connection
// for the token cache.
class WebhookIntake : public http::RequestHandler {
public:
    // Rejections reported to whoever shows them (CatcherService's signal), logged or not, and
    // requests the store could not take (503; on the writer's thread).
    using RejectedHandler = std::function<void(const store::RejectedRequest &request)>;

    WebhookIntake(QString dbLocation, store::DeliveryWriter &writer);
    ~WebhookIntake() override;

    void setRejectedHandler(RejectedHandler handler) { m_onRejected = std::move(handler); }
    void handle(http::HttpRequest request, Responder respond) override;
    // Logged under its webhook when the target names one (SPEC §3: refused, never stored).
    void refusedWhileReading(const http::HttpRequest &partial, int status,
                             const QString &reason) override;

    // A webhook was changed or removed in this process (the window): the next request reads
    // them again instead of trusting the cache for up to a second. Any thread, after the commit.
    void webhooksChanged();
    // Opens the read connection on the thread that will handle requests; without it the first
    // request does (a failure is retried by the next one).
    void openConnection();
    // Releases the read connection; call on the thread that handled requests, before it ends.
    void closeConnection();

    // In-memory counters of refused requests by status since start (401, 403, 404, 405).
    qint64 rejectedCount(int status) const;

    // The body of the 202 (SPEC §3): {"delivery_id":12,"status":"pending"}, with
    // "duplicate":true for a repeat of an idempotency key (status: the first delivery's).
    static QByteArray acceptedBody(qint64 deliveryId, QStringView status, bool duplicate);

private:
    // Counts a refusal, tells whoever shows them and, when `log`, keeps it in the refused log.
    void recordRejection(const http::HttpRequest &request, int status, const QString &reason,
                         qint64 webhookId, const QString &webhookName, bool log);
    // On the writer's thread: a request the store did not take, answered 404 when its webhook is
    // gone, else 503.
    void answerUnstored(store::RejectedRequest request, const hb::Error &error,
                        const Responder &respond);

    struct Private;
    std::unique_ptr<Private> d;
    RejectedHandler m_onRejected;
};

} // namespace hb::delivery
