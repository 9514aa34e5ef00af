#include "deliveryprocessor.h"

#include "common/clock.h"
#include "crypto/aescipher.h"
#include "mapping/deliveryplanner.h"
#include "payload/payloaddecoder.h"
#include "store/database.h"
#include "store/processingstore.h"
#include "store/webhookrepository.h"

#include <QElapsedTimer>
#include <QHash>
#include <QStringList>

#include <optional>

namespace hb::delivery {
namespace {

QByteArray headerValue(const store::PendingDelivery &delivery, const char *name)
{
    for (const auto &[headerName, value] : delivery.headers) {
        if (headerName.compare(name, Qt::CaseInsensitive) == 0)
            return value.trimmed();
    }
    return {};
}

// The webhooks of one batch's deliveries. The store's catalog holds the readable ones; one that is
// not there was removed, or is damaged (the catalog leaves out a webhook whose configuration
// cannot be read). Its deliveries then fail with a reason naming it and the problem, and the other
// webhooks' deliveries go on: one damaged row must not stop processing for everybody.
class BatchWebhooks {
public:
    BatchWebhooks(store::ProcessingStore &store, store::Database &db)
        : m_store(store)
        , m_db(db)
    {}

    struct Found {
        const mapping::Webhook *webhook = nullptr;
        QString missing; // why there is no webhook
        ErrorKind missingKind = ErrorKind::WebhookRemoved;
    };
    // Fails only when the store cannot be read (that aborts the batch).
    hb::Result<Found> find(const store::PendingDelivery &delivery)
    {
        if (const mapping::Webhook *webhook = m_store.webhook(delivery.webhookId))
            return Found{webhook, {}, ErrorKind::Other};
        const QString removed =
            QStringLiteral("the webhook \"%1\" no longer exists").arg(delivery.webhookName);
        if (delivery.webhookId == 0) // removed: its deliveries keep only its name
            return Found{nullptr, removed, ErrorKind::WebhookRemoved};
        // Asked once per webhook and batch: a damaged webhook may have many deliveries waiting.
        if (auto known = m_missing.constFind(delivery.webhookId); known != m_missing.constEnd())
            return Found{nullptr, known->message, known->kind};
        auto stored = store::WebhookRepository(m_db).findStoredById(delivery.webhookId);
        if (!stored)
            return stored.failure();
        hb::Error why{removed, ErrorKind::WebhookRemoved};
        if (stored->has_value() && (*stored)->isDamaged())
            why = {(*stored)->problemMessage(), ErrorKind::WebhookDamaged};
        m_missing.insert(delivery.webhookId, why);
        return Found{nullptr, why.message, why.kind};
    }

private:
    store::ProcessingStore &m_store;
    store::Database &m_db;
    QHash<qint64, hb::Error> m_missing;
};

// What one delivery would change, or why it fails; reads the store but writes nothing.
struct Evaluation {
    store::DeliveryOutcome outcome;
    mapping::DeliveryPlan plan;
};

// The delivery's user label: the user, or for several items the first users and how many more
// ("a@x.com, b@x.com +3"), short enough for a list column.
QString usersLabel(const QStringList &labels)
{
    constexpr qsizetype shown = 2;
    if (labels.size() <= shown)
        return labels.join(QStringLiteral(", "));
    return QStringLiteral("%1 +%2")
        .arg(labels.mid(0, shown).join(QStringLiteral(", ")))
        .arg(labels.size() - shown);
}

// The delivery's `changes`: every item's changes in order, then the message; under for_each
// each field and currency change says whose it is and which element made it.
QString changesJson(const mapping::DeliveryPlan &plan)
{
    if (plan.items.size() == 1 && plan.items.first().index < 0) {
        mapping::ChangePlan all = plan.items.first().plan;
        all.message = plan.message;
        return all.toJsonText();
    }
    mapping::ChangePlan all;
    for (const mapping::DeliveryPlan::Item &item : plan.items) {
        for (mapping::ChangePlan::FieldChange change : item.plan.fields) {
            change.user = item.user.label;
            change.item = item.index;
            all.fields.append(std::move(change));
        }
        for (mapping::ChangePlan::CurrencyChange change : item.plan.currencies) {
            change.user = item.user.label;
            change.item = item.index;
            all.currencies.append(change);
        }
    }
    all.message = plan.message;
    return all.toJsonText();
}

hb::Status evaluate(store::ProcessingStore &store, const mapping::Webhook *webhook,
                    const store::PendingDelivery &delivery, Evaluation &evaluation)
{
    QByteArray body = delivery.body;
    const bool markedEncrypted =
        headerValue(delivery, "x-encrypted").compare("true", Qt::CaseInsensitive) == 0;
    if (webhook->encryption) {
        if (!markedEncrypted)
            return hb::fail(
                QStringLiteral("this webhook expects an encrypted body (x-encrypted: true)"),
                ErrorKind::NotEncrypted);
        auto plain = crypto::AesCipher::decryptBody(body, webhook->encryption->mode,
                                                    webhook->encryption->key.toUtf8());
        if (!plain)
            return plain.failure();
        body = *plain;
    } else if (markedEncrypted) {
        return hb::fail(QStringLiteral("the request is marked x-encrypted: true but this webhook "
                                       "has no encryption key"),
                        ErrorKind::NoEncryptionKey);
    }

    const qsizetype question = delivery.target.indexOf('?');
    const QByteArray query = question < 0 ? QByteArray() : delivery.target.mid(question + 1);
    auto payload =
        payload::PayloadDecoder::decode(body, headerValue(delivery, "content-type"), query);
    if (!payload)
        return payload.failure();

    // The users found, in order: a delivery that fails after finding some still names them.
    QStringList labels;
    auto findUser =
        [&store, &labels](mapping::Identifier identifier,
                          const QString &value) -> hb::Result<std::optional<mapping::UserState>> {
        auto user = store.findUser(identifier, value);
        if (!user)
            return user.failure();
        if (!*user)
            return std::optional<mapping::UserState>();
        if (!labels.contains((*user)->state.label))
            labels << (*user)->state.label;
        return std::optional<mapping::UserState>((*user)->state);
    };
    auto plan = mapping::DeliveryPlanner::plan(*webhook, *payload, store.fields(), findUser);
    evaluation.outcome.userLabel = usersLabel(labels);
    if (!plan)
        return plan.failure();
    evaluation.plan = std::move(*plan);
    return hb::success();
}

// How a batch keeps each delivery all-or-nothing. Optimistic: no savepoint (a savepoint costs
// two statements and copies every page a delivery touches, a seventh of the processing time);
// the planner has checked every change, so a write can fail only when the store itself does,
// and then the whole batch is rolled back and run again Guarded, with a savepoint per delivery.
enum class Mode { Optimistic, Guarded };

struct OneResult {
    hb::Status status = hb::success();
    bool retryGuarded = false;
    // Set when the delivery was recorded as Failed: its reason, for whoever reports failures.
    std::optional<QString> failedReason = std::nullopt;
};

// A Failed outcome recorded on the delivery: the store's status, and the reason to report.
OneResult recordedFailure(store::ProcessingStore &store, const store::PendingDelivery &delivery,
                          const store::DeliveryOutcome &outcome, const QString &at)
{
    return {store.recordOutcome(delivery, outcome, at), false, outcome.reason};
}

// Writes every item's changes (each item's user as the items before it left them) and the
// message once, with the last item so that the store's copy of that user stays current.
hb::Status applyPlan(store::ProcessingStore &store, const mapping::DeliveryPlan &plan,
                     const QString &source, qint64 deliveryId, const QString &at)
{
    for (qsizetype i = 0; i < plan.items.size(); ++i) {
        const mapping::DeliveryPlan::Item &item = plan.items.at(i);
        store::ProcessingUser user;
        user.id = item.user.id;
        user.state = item.user;
        hb::Status applied = hb::success();
        if (i + 1 == plan.items.size() && plan.message) {
            mapping::ChangePlan last = item.plan;
            last.message = plan.message;
            applied = store.apply(user, last, source, deliveryId, at);
        } else {
            applied = store.apply(user, item.plan, source, deliveryId, at);
        }
        if (!applied)
            return applied;
    }
    return hb::success();
}

// Processes one delivery inside the caller's write transaction. A failure of the delivery is
// recorded on it; only a failure of the store itself is returned (and aborts the batch).
// `at` is the batch's time: its deliveries all finish when its transaction commits.
OneResult processOne(store::ProcessingStore &store, BatchWebhooks &webhooks,
                     const store::PendingDelivery &delivery, const QString &at, Mode mode)
{
    auto found = webhooks.find(delivery);
    if (!found)
        return {found.failure()};
    Evaluation evaluation;
    if (!found->webhook) {
        evaluation.outcome.status = DeliveryStatus::Failed;
        evaluation.outcome.reason = found->missing;
        evaluation.outcome.reasonKind = found->missingKind;
        return recordedFailure(store, delivery, evaluation.outcome, at);
    }
    if (hb::Status status = evaluate(store, found->webhook, delivery, evaluation); !status) {
        evaluation.outcome.status = DeliveryStatus::Failed;
        evaluation.outcome.reason = status.error();
        evaluation.outcome.reasonKind = status.errorKind();
        return recordedFailure(store, delivery, evaluation.outcome, at);
    }
    if (evaluation.plan.skipped) { // its conditions did not hold: nothing to apply
        evaluation.outcome.status = DeliveryStatus::Skipped;
        evaluation.outcome.reason = evaluation.plan.skipReason;
        return {store.recordOutcome(delivery, evaluation.outcome, at)};
    }

    const bool guarded = mode == Mode::Guarded;
    if (guarded) {
        if (hb::Status status = store.savepoint(); !status)
            return {status};
    }
    // History sources, gamification actions and message authors carry the webhook's name as it
    // is now, when the change is applied (SPEC §2, Identity), not the name it was received under.
    hb::Status applied = applyPlan(store, evaluation.plan, found->webhook->name, delivery.id, at);
    if (applied) {
        evaluation.outcome.status = DeliveryStatus::Success;
        evaluation.outcome.changesJson = changesJson(evaluation.plan);
        if (hb::Status status = store.recordOutcome(delivery, evaluation.outcome, at); !status) {
            if (guarded)
                store.rollbackToSavepoint();
            return {status};
        }
        return {guarded ? store.releaseSavepoint() : hb::success()};
    }
    if (!guarded) // part of it may be written, and nothing can take it back but the batch
        return {applied.failure(), true};
    // Nothing of a half-applied delivery stays: all of it or none (SPEC §6).
    store.rollbackToSavepoint();
    (void)store.releaseSavepoint();
    evaluation.outcome.status = DeliveryStatus::Failed;
    evaluation.outcome.reason =
        QStringLiteral("the changes could not be saved: %1").arg(applied.error());
    // A field removed while the batch ran is the admin's to fix; anything else is the store's.
    evaluation.outcome.reasonKind = applied.errorKind() == ErrorKind::FieldRemoved
                                        ? ErrorKind::FieldRemoved
                                        : ErrorKind::StoreWriteFailed;
    return recordedFailure(store, delivery, evaluation.outcome, at);
}

} // namespace

DeliveryProcessor::DeliveryProcessor(store::Database &db)
    : m_db(db)
{}

DeliveryProcessor::~DeliveryProcessor() = default;

store::ProcessingStore &DeliveryProcessor::processingStore()
{
    if (!m_store)
        m_store = std::make_unique<store::ProcessingStore>(m_db);
    return *m_store;
}

hb::Result<int> DeliveryProcessor::processPending(int maxCount, int maxLockMs)
{
    auto done = processBatch(maxCount, maxLockMs, false);
    if (!done && m_retryGuarded)
        done = processBatch(maxCount, maxLockMs, true);
    return done;
}

hb::Result<int> DeliveryProcessor::processBatch(int maxCount, int maxLockMs, bool guarded)
{
    const Mode mode = guarded ? Mode::Guarded : Mode::Optimistic;
    m_lastProcessed.clear();
    m_lastFailed.clear();
    m_retryGuarded = false;
    m_stoppedEarly = false;
    store::ProcessingStore &store = processingStore();
    // One transaction per batch: BEGIN IMMEDIATE takes SQLite's write lock, so another process
    // waits for this batch and then finds these deliveries no longer Pending.
    if (hb::Status status = m_db.beginWrite(); !status)
        return status.failure();
    QElapsedTimer locked;
    locked.start();
    auto abort = [&](const QString &error) {
        m_db.rollback();
        store.forgetCachedState();
        m_lastProcessed.clear();
        m_lastFailed.clear();
        m_stoppedEarly = false;
        return hb::Result<int>(hb::fail(error));
    };
    if (hb::Status status = store.loadCatalog(); !status)
        return abort(status.error());
    auto pending = store.takePending(maxCount);
    if (!pending)
        return abort(pending.error());
    if (pending->isEmpty()) {
        m_db.rollback();
        return 0;
    }
    const QString at = nowIsoUtc();
    BatchWebhooks webhooks(store, m_db);
    for (const store::PendingDelivery &delivery : std::as_const(*pending)) {
        OneResult one = processOne(store, webhooks, delivery, at, mode);
        if (!one.status) {
            m_retryGuarded = one.retryGuarded;
            return abort(one.status.error());
        }
        m_lastProcessed.append(delivery.id);
        if (one.failedReason) {
            const mapping::Webhook *current = store.webhook(delivery.webhookId);
            m_lastFailed.append(
                {delivery.id, current ? current->name : delivery.webhookName, *one.failedReason});
        }
        // The rest stay Pending for the next batch: a prefix in id order keeps every
        // webhook's order, and the catcher's writer waits for no more than this.
        if (maxLockMs > 0 && locked.hasExpired(maxLockMs)) {
            m_stoppedEarly = m_lastProcessed.size() < pending->size();
            break;
        }
    }
    if (pending->size() >= maxCount)
        m_stoppedEarly = true;
    if (hb::Status status = m_db.commit(); !status)
        return abort(status.error());
    return int(m_lastProcessed.size());
}

hb::Result<store::DeliveryRecord> DeliveryProcessor::rerun(qint64 deliveryId, RerunMode mode)
{
    store::ProcessingStore &store = processingStore();
    if (hb::Status status = m_db.beginWrite(); !status)
        return status.failure();
    auto abort = [&](const QString &error) {
        m_db.rollback();
        store.forgetCachedState();
        return hb::Result<store::DeliveryRecord>(hb::fail(error));
    };
    if (hb::Status status = store.loadCatalog(); !status)
        return abort(status.error());
    auto delivery = store.loadDelivery(deliveryId);
    if (!delivery)
        return abort(delivery.error());
    if (!*delivery)
        return abort(QStringLiteral("no delivery with id %1").arg(deliveryId));
    if (!canRerun((*delivery)->status))
        return abort(QStringLiteral("delivery %1 is %2; only failed, skipped and sample deliveries "
                                    "can be re-run")
                         .arg(deliveryId)
                         .arg(deliveryStatusName((*delivery)->status)));
    if (hb::Status status = store.archiveAttempt(**delivery); !status)
        return abort(status.error());
    BatchWebhooks webhooks(store, m_db);
    if (OneResult one = processOne(store, webhooks, **delivery, nowIsoUtc(), Mode::Guarded);
        !one.status)
        return abort(one.status.error());
    store::DeliveryRepository deliveries(m_db);
    if (mode == RerunMode::DryRun) {
        // What it would become, read inside the transaction, which is then undone.
        auto preview = deliveries.find(deliveryId);
        m_db.rollback();
        store.forgetCachedState();
        if (!preview)
            return preview.failure();
        if (!*preview)
            return hb::fail(QStringLiteral("no delivery with id %1").arg(deliveryId));
        return std::move(**preview);
    }
    if (hb::Status status = m_db.commit(); !status)
        return abort(status.error());

    auto record = deliveries.find(deliveryId);
    if (!record)
        return record.failure();
    if (!*record)
        return hb::fail(QStringLiteral("no delivery with id %1").arg(deliveryId));
    return std::move(**record);
}

} // namespace hb::delivery
