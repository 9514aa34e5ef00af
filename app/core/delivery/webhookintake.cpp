#include "webhookintake.h"

#include "common/clock.h"
#include "crypto/constanttime.h"
#include "crypto/webhooksignature.h"
#include "store/database.h"
#include "store/deliverywriter.h"
#include "store/preparedstatement.h"
#include "store/webhookrepository.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>

#include <array>
#include <atomic>
#include <charconv>

namespace hb::delivery {
namespace {

const QByteArray hooksPrefix = QByteArrayLiteral("/hooks/");

// The token of a /hooks/<token> path; empty when the path names no webhook (another path, no
// token, or more segments after it).
QString hookToken(const QByteArray &path)
{
    if (!path.startsWith(hooksPrefix))
        return {};
    const QString token = QString::fromUtf8(path.mid(hooksPrefix.size()));
    return token.contains(QLatin1Char('/')) ? QString() : token;
}
const QByteArray allowedHookMethods = QByteArrayLiteral("GET, POST, PUT, PATCH");

struct CachedWebhook {
    qint64 id = 0;
    QString name;
    bool enabled = true;
    bool draft = false; // its requests are kept as Sample deliveries
    QByteArray apiKey;
    QString signingSecret;
    // Why this token cannot be served (a damaged stored configuration, or a store error while
    // looking it up); empty when it can. Its key and signature are unknown then, so nothing is
    // taken for it: the sender is told to come back (503) and nothing is stored.
    QString problem;
};

CachedWebhook cached(const mapping::Webhook &webhook)
{
    return {webhook.id,
            webhook.name,
            webhook.enabled,
            webhook.draft,
            webhook.apiKey.toUtf8(),
            webhook.signingSecret,
            QString()};
}

CachedWebhook cached(const store::StoredWebhook &stored)
{
    CachedWebhook entry = cached(stored.webhook);
    if (stored.isDamaged())
        entry.problem = stored.problemMessage();
    return entry;
}

bool isHookMethod(const QByteArray &method)
{
    return method == "POST" || method == "PUT" || method == "PATCH" || method == "GET";
}

int counterIndex(int status)
{
    switch (status) {
    case 401:
        return 0;
    case 403:
        return 1;
    case 404:
        return 2;
    case 405:
        return 3;
    default:
        return -1;
    }
}

} // namespace

struct WebhookIntake::Private {
    QString dbLocation;
    store::DeliveryWriter &writer;
    std::unique_ptr<store::Database> db;
    QHash<QString, CachedWebhook> byToken;
    bool loaded = false;
    // The store's count of webhook changes (store_changes, kept by triggers whoever writes),
    // read before each request is judged: a key turned on in another process is never skipped.
    std::unique_ptr<store::PreparedStatement> versionQuery;
    qint64 versionLoaded = -1;
    // Bumped by webhooksChanged() (any thread); a request that sees a new value reloads first.
    std::atomic<quint64> changes{0};
    quint64 changesLoaded = 0;
    std::array<std::atomic<qint64>, 4> counters{};
    // Many requests share a millisecond: its text is made once.
    qint64 lastMs = -1;
    QString lastIso;

    const QString &receivedText(const QDateTime &receivedAt)
    {
        const QDateTime at = receivedAt.isValid() ? receivedAt : QDateTime::currentDateTimeUtc();
        if (const qint64 ms = at.toMSecsSinceEpoch(); ms != lastMs) {
            lastMs = ms;
            lastIso = isoUtc(at);
        }
        return lastIso;
    }

    Private(QString location, store::DeliveryWriter &deliveryWriter)
        : dbLocation(std::move(location))
        , writer(deliveryWriter)
    {}

    bool ensureDb()
    {
        if (db)
            return true;
        auto opened = std::make_unique<store::Database>(dbLocation);
        if (!opened->open())
            return false;
        db = std::move(opened);
        return true;
    }

    void refreshAll()
    {
        if (!ensureDb())
            return;
        store::WebhookRepository repository(*db);
        auto webhooks = repository.listAll();
        if (!webhooks) {
            versionLoaded = -1; // read again at the next request
            return;             // keep serving from the last good copy
        }
        QHash<QString, CachedWebhook> fresh;
        for (const store::StoredWebhook &stored : *webhooks)
            fresh.insert(stored.webhook.token, cached(stored));
        byToken.swap(fresh);
        loaded = true;
    }

    // True when the webhooks may have changed since they were loaded (or it cannot be told).
    bool storeChanged()
    {
        if (!ensureDb())
            return true;
        if (!versionQuery) {
            auto prepared = store::PreparedStatement::prepare(
                *db, QStringLiteral("SELECT version FROM store_changes WHERE topic = 'webhooks'"));
            if (!prepared)
                return true;
            versionQuery = std::move(*prepared);
        }
        qint64 version = -1;
        if (versionQuery->exec() && versionQuery->next())
            version = versionQuery->value(0).toLongLong();
        versionQuery->finish();
        if (version >= 0 && version == versionLoaded)
            return false;
        versionLoaded = version;
        return true;
    }

    std::optional<CachedWebhook> find(const QString &token)
    {
        const quint64 changed = changes.load(std::memory_order_acquire);
        // Both checks run for every request: the store's counter costs one indexed read.
        const bool stale = storeChanged();
        if (!loaded || stale || changed != changesLoaded) {
            changesLoaded = changed;
            refreshAll();
        }
        if (auto it = byToken.constFind(token); it != byToken.constEnd())
            return *it;
        if (loaded)
            return std::nullopt; // the cache is the store as of this request: no such webhook
        // The store could not be read: not "no such webhook" (404), and nothing is cached, so
        // that the next request looks again.
        CachedWebhook unservable;
        unservable.problem = QStringLiteral("the store cannot be read");
        return unservable;
    }
};

WebhookIntake::WebhookIntake(QString dbLocation, store::DeliveryWriter &writer)
    : d(std::make_unique<Private>(std::move(dbLocation), writer))
{}

WebhookIntake::~WebhookIntake() = default;

// Built by hand, in one allocation, because it runs on the writer's thread for every request.
// The status is one of the store's fixed words, so it needs no escaping.
QByteArray WebhookIntake::acceptedBody(qint64 deliveryId, QStringView status, bool duplicate)
{
    char id[24];
    const auto idEnd = std::to_chars(id, id + sizeof id, deliveryId).ptr;
    QByteArray body;
    body.reserve(64);
    body += R"({"delivery_id":)";
    body += QByteArrayView(id, idEnd - id);
    body += R"(,"status":")";
    for (const QChar c : status)
        body += char(c.unicode());
    body += '"';
    if (duplicate)
        body += R"(,"duplicate":true)";
    body += '}';
    return body;
}

void WebhookIntake::answerUnstored(store::RejectedRequest request, const hb::Error &error,
                                   const Responder &respond)
{
    // Removed since the cache looked it up: the sender hears what it would have a moment later,
    // and the cache forgets what it had.
    const bool gone = error.kind == ErrorKind::NotFound;
    if (gone)
        webhooksChanged();
    request.status = gone ? 404 : 503;
    request.reason = gone ? QStringLiteral("no webhook with this token (it was removed a moment "
                                           "ago)")
                          : error.message;
    request.at = nowIsoUtc();
    // Said to whoever shows refusals (a full disk needs someone), not logged as refused: it
    // passed every check.
    if (m_onRejected)
        m_onRejected(request);
    respond(http::HttpResponse::error(request.status, request.reason));
}

void WebhookIntake::webhooksChanged()
{
    d->changes.fetch_add(1, std::memory_order_release);
}

void WebhookIntake::openConnection()
{
    d->ensureDb();
}

void WebhookIntake::closeConnection()
{
    d->versionQuery.reset();
    d->db.reset();
    d->byToken.clear();
    d->loaded = false;
    d->versionLoaded = -1;
}

qint64 WebhookIntake::rejectedCount(int status) const
{
    const int index = counterIndex(status);
    return index < 0 ? 0 : d->counters[size_t(index)].load();
}

void WebhookIntake::recordRejection(const http::HttpRequest &request, int status,
                                    const QString &reason, qint64 webhookId,
                                    const QString &webhookName, bool log)
{
    if (const int index = counterIndex(status); index >= 0)
        ++d->counters[size_t(index)];
    store::RejectedRequest entry;
    entry.webhookId = webhookId;
    entry.webhookName = webhookName;
    entry.status = status;
    entry.reason = reason;
    entry.method = request.method;
    entry.target = request.target;
    entry.headers = request.headers;
    entry.bodyHead = request.body.left(store::RejectionLog::bodyHeadSize);
    entry.remoteAddress = request.peer;
    entry.at =
        isoUtc(request.receivedAt.isValid() ? request.receivedAt : QDateTime::currentDateTimeUtc());
    if (m_onRejected)
        m_onRejected(entry);
    if (log)
        d->writer.submitRejection(std::move(entry));
}

void WebhookIntake::refusedWhileReading(const http::HttpRequest &partial, int status,
                                        const QString &reason)
{
    // The head may have stopped before the parser split the target: the path is what comes
    // before its query.
    QByteArray path = partial.path;
    if (path.isEmpty()) {
        const qsizetype query = partial.target.indexOf('?');
        path = query < 0 ? partial.target : partial.target.left(query);
    }
    const QString token = hookToken(path);
    if (token.isEmpty())
        return;
    if (const std::optional<CachedWebhook> webhook = d->find(token))
        recordRejection(partial, status, reason, webhook->id, webhook->name, true);
}

void WebhookIntake::handle(http::HttpRequest request, Responder respond)
{
    auto reject = [&](int status, const QString &reason, qint64 webhookId = 0,
                      const QString &webhookName = {}, bool log = true) {
        recordRejection(request, status, reason, webhookId, webhookName, log);
        http::HttpResponse response = http::HttpResponse::error(status, reason);
        if (status == 405)
            response.headers.append(
                {"Allow", request.path == "/healthz" ? QByteArray("GET") : allowedHookMethods});
        respond(std::move(response));
    };

    if (request.path == "/healthz") {
        if (request.method != "GET")
            return reject(405,
                          QStringLiteral("method %1 is not allowed on /healthz")
                              .arg(QString::fromLatin1(request.method)),
                          0, {}, false);
        return respond(http::HttpResponse::json(200, R"({"status":"ok"})"));
    }
    if (!request.path.startsWith(hooksPrefix))
        return reject(404, QStringLiteral("not found: webhook URLs look like /hooks/<token>"), 0,
                      {}, false);
    if (!isHookMethod(request.method))
        return reject(405,
                      QStringLiteral("method %1 is not allowed: use POST, PUT, PATCH or GET")
                          .arg(QString::fromLatin1(request.method)),
                      0, {}, false);
    const QString token = hookToken(request.path);
    const std::optional<CachedWebhook> webhook = token.isEmpty() ? std::nullopt : d->find(token);
    if (!webhook)
        return reject(404, QStringLiteral("no webhook with this token"));
    if (!webhook->problem.isEmpty())
        return reject(503,
                      QStringLiteral("%1; the request was not received, send it again once the "
                                     "webhook is mended")
                          .arg(webhook->problem),
                      webhook->id, webhook->name);
    if (!webhook->enabled)
        return reject(403, QStringLiteral("the webhook \"%1\" is disabled").arg(webhook->name),
                      webhook->id, webhook->name);
    if (!webhook->apiKey.isEmpty()) {
        if (!request.hasHeader("x-api-key"))
            return reject(401, QStringLiteral("missing x-api-key header"), webhook->id,
                          webhook->name);
        if (!crypto::ConstantTime::equal(request.header("x-api-key"), webhook->apiKey))
            return reject(401, QStringLiteral("wrong x-api-key"), webhook->id, webhook->name);
    }
    if (!webhook->signingSecret.isEmpty()) {
        const hb::Status verified = crypto::WebhookSignature::verify(
            webhook->signingSecret, request.header("webhook-id"),
            request.header("webhook-timestamp"), request.body, request.header("webhook-signature"),
            QDateTime::currentDateTimeUtc());
        if (!verified)
            return reject(401, verified.error(), webhook->id, webhook->name);
    }

    store::NewDelivery delivery;
    delivery.webhookId = webhook->id;
    delivery.webhookName = webhook->name;
    // Same checks and the same 202 as a live webhook, but kept as a sample (SPEC §2, draft).
    delivery.status = webhook->draft ? DeliveryStatus::Sample : DeliveryStatus::Pending;
    QByteArray key = request.header("webhook-id");
    if (key.isEmpty())
        key = request.header("idempotency-key");
    delivery.idempotencyKey = QString::fromUtf8(key);
    delivery.method = request.method;
    delivery.target = request.target;
    delivery.headers = request.headers;
    delivery.body = request.body;
    delivery.remoteAddress = request.peer;
    delivery.receivedAt = d->receivedText(request.receivedAt);
    // What is said of it if the store cannot take it. The writer is stopped before this intake
    // goes, so `this` outlives the answer.
    store::RejectedRequest unstored;
    unstored.webhookId = webhook->id;
    unstored.webhookName = webhook->name;
    unstored.method = request.method;
    unstored.target = request.target;
    unstored.remoteAddress = request.peer;
    d->writer.submit(std::move(delivery), [this, respond = std::move(respond),
                                           unstored = std::move(unstored)](
                                              hb::Result<store::StoredDelivery> stored) mutable {
        if (!stored) {
            answerUnstored(std::move(unstored), hb::Error{stored.error(), stored.errorKind()},
                           respond);
            return;
        }
        respond(http::HttpResponse::json(
            202, acceptedBody(stored->id, deliveryStatusName(stored->status), stored->duplicate)));
    });
}

} // namespace hb::delivery
