#include "processingstore.h"

#include "database.h"
#include "deliveryrepository.h"
#include "preparedstatement.h"
#include "store/webhookrepository.h"

#include <QSqlQuery>
#include <QVariant>

namespace hb::store {
namespace {

// The first key of the PostgreSQL advisory locks that order one webhook's deliveries ("hb").
constexpr int webhookLockClass = 0x6862;

constexpr qint64 batchBodyBudget = 64 * 1024 * 1024;

QVariant textOrNull(const std::optional<QString> &text)
{
    return text ? QVariant(*text) : QVariant(QMetaType(QMetaType::QString));
}

// Qt binds a null QString as SQL NULL; these columns are NOT NULL with '' for "none".
QString notNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

} // namespace

ProcessingStore::ProcessingStore(Database &db)
    : m_db(db)
{}

ProcessingStore::~ProcessingStore() = default;

QString ProcessingStore::statementSql(Statement which) const
{
    QString sql;
    const QString deliveryColumns = QStringLiteral(
        "SELECT id, webhook_id, COALESCE(removed_webhook_name, webhook_name), status, method,"
        " target, headers, body, attempts"
        " FROM deliveries");
    switch (which) {
    case TakePending:
        sql = deliveryColumns + QStringLiteral(" WHERE status = 'pending' ORDER BY id LIMIT ?");
        if (m_db.isPostgres())
            sql += QStringLiteral(" FOR UPDATE SKIP LOCKED");
        break;
    case LoadDelivery:
        sql = deliveryColumns + QStringLiteral(" WHERE id = ?");
        if (m_db.isPostgres())
            sql += QStringLiteral(" FOR UPDATE");
        break;
    // The user and every field value in one statement: one round trip per delivery.
    case UserByEmail:
    case UserByUsername:
        sql = QStringLiteral("SELECT u.id, u.email, u.coins, u.xp, v.field_id, v.value FROM users u"
                             " LEFT JOIN user_field_values v ON v.user_id = u.id WHERE u.%1 = ?")
                  .arg(which == UserByEmail ? QStringLiteral("email_key")
                                            : QStringLiteral("username"));
        // PostgreSQL instances run at once: the balances are read to be written back.
        if (m_db.isPostgres())
            sql += QStringLiteral(" FOR UPDATE OF u");
        break;
    case LockWebhook:
        sql = QStringLiteral("SELECT pg_try_advisory_xact_lock(%1, CAST(? AS INTEGER))")
                  .arg(webhookLockClass);
        break;
    case OldestPending:
        sql = QStringLiteral(
            "SELECT MIN(id) FROM deliveries WHERE webhook_id = ? AND status = 'pending'");
        break;
    case Savepoint:
        sql = QStringLiteral("SAVEPOINT delivery");
        break;
    case ReleaseSavepoint:
        sql = QStringLiteral("RELEASE SAVEPOINT delivery");
        break;
    case RollbackToSavepoint:
        sql = QStringLiteral("ROLLBACK TO SAVEPOINT delivery");
        break;
    case UpsertField:
        sql = QStringLiteral("INSERT INTO user_field_values (user_id, field_id, value)"
                             " VALUES (?, ?, ?) ON CONFLICT (user_id, field_id)"
                             " DO UPDATE SET value = excluded.value");
        break;
    case InsertHistory:
        sql = QStringLiteral("INSERT INTO field_history (user_id, field_key, old_value, new_value,"
                             " operator, source, delivery_id, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
        break;
    case UpdateBalances:
        sql = QStringLiteral("UPDATE users SET coins = ?, xp = ? WHERE id = ?");
        break;
    case InsertGamification:
        sql = QStringLiteral("INSERT INTO gamification_log (user_id, currency, delta, balance,"
                             " action, delivery_id, at) VALUES (?, ?, ?, ?, ?, ?, ?)");
        break;
    case FindChannel:
        sql = QStringLiteral("SELECT id FROM channels WHERE name = ?");
        break;
    case InsertChannel:
        sql = QStringLiteral("INSERT INTO channels (name, created_at) VALUES (?, ?)"
                             " ON CONFLICT (name) DO NOTHING");
        break;
    case InsertMessage:
        sql = QStringLiteral("INSERT INTO messages (channel_id, text, author, delivery_id, at)"
                             " VALUES (?, ?, ?, ?, ?)");
        break;
    // The latest attempt lives in the delivery's row; delivery_attempts keeps the earlier ones.
    case UpdateDelivery:
        sql = QStringLiteral("UPDATE deliveries SET status = ?, reason = ?, reason_kind = ?,"
                             " changes = ?,"
                             " user_label = ?, processed_at = ?, attempts = attempts + 1"
                             " WHERE id = ?");
        break;
    case ArchiveAttempt:
        sql = QStringLiteral("INSERT INTO delivery_attempts (delivery_id, attempt, status, reason,"
                             " changes, finished_at) SELECT id, attempts, status, reason, changes,"
                             " COALESCE(processed_at, received_at) FROM deliveries"
                             " WHERE id = ? AND attempts > 0 AND NOT EXISTS (SELECT 1 FROM"
                             " delivery_attempts a WHERE a.delivery_id = deliveries.id"
                             " AND a.attempt = deliveries.attempts)");
        break;
    case StatementCount:
        break;
    }
    return sql;
}

hb::Result<PreparedStatement *> ProcessingStore::statement(Statement which)
{
    std::unique_ptr<PreparedStatement> &slot = m_statements[which];
    if (slot)
        return slot.get();
    auto prepared = PreparedStatement::prepare(m_db, statementSql(which));
    if (!prepared)
        return prepared.failure();
    slot = std::move(*prepared);
    return slot.get();
}

hb::Status ProcessingStore::loadCatalog()
{
    forgetCachedState();
    WebhookRepository webhooks(m_db);
    auto list = webhooks.list();
    if (!list)
        return list.failure();
    m_webhooks.clear();
    for (const mapping::Webhook &webhook : std::as_const(*list))
        m_webhooks.insert(webhook.id, webhook);

    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT id, key, name, type FROM custom_fields")))
        return hb::fail(Database::describe(query));
    m_fields.clear();
    m_fieldIds.clear();
    m_fieldKeys.clear();
    while (query.next()) {
        mapping::CustomField field;
        field.key = query.value(1).toString();
        field.name = query.value(2).toString();
        field.type = mapping::fieldTypeFromName(query.value(3).toString())
                         .value_or(mapping::FieldType::Text);
        m_fieldIds.insert(field.key, query.value(0).toLongLong());
        m_fieldKeys.insert(query.value(0).toLongLong(), field.key);
        m_fields.append(field);
    }
    return hb::success();
}

const mapping::Webhook *ProcessingStore::webhook(qint64 id) const
{
    auto found = m_webhooks.constFind(id);
    return found == m_webhooks.constEnd() ? nullptr : &*found;
}

namespace {

PendingDelivery readDelivery(const PreparedStatement &query)
{
    PendingDelivery delivery;
    delivery.id = query.value(0).toLongLong();
    delivery.webhookId = query.value(1).isNull() ? 0 : query.value(1).toLongLong();
    delivery.webhookName = query.value(2).toString();
    delivery.status =
        deliveryStatusFromName(query.value(3).toString()).value_or(DeliveryStatus::Pending);
    delivery.method = query.value(4).toString().toUtf8();
    delivery.target = query.value(5).toString().toUtf8();
    delivery.headers = DeliveryRepository::headersFromJson(query.value(6).toByteArray());
    delivery.body = query.value(7).toByteArray();
    delivery.attempts = query.value(8).toInt();
    return delivery;
}

} // namespace

hb::Result<QList<PendingDelivery>> ProcessingStore::takePending(int maxCount)
{
    auto query = statement(TakePending);
    if (!query)
        return query.failure();
    (*query)->bind({maxCount});
    if (!(*query)->exec())
        return hb::fail((*query)->errorText());
    QList<PendingDelivery> deliveries;
    qint64 bodyBytes = 0;
    // Bodies may be up to the catcher's limit each: a batch stops growing at a memory budget,
    // and what it leaves stays Pending for the next one.
    while (bodyBytes < batchBodyBudget && (*query)->next()) {
        deliveries.append(readDelivery(**query));
        bodyBytes += deliveries.constLast().body.size();
    }
    (*query)->finish();
    if (m_db.isPostgres())
        return keepWebhookOrder(std::move(deliveries));
    return deliveries;
}

hb::Result<QList<PendingDelivery>>
ProcessingStore::keepWebhookOrder(QList<PendingDelivery> deliveries)
{
    // Another instance may hold (locked, uncommitted) older deliveries of a webhook we took
    // later ones of. A webhook is ours only when we hold its advisory lock and its oldest Pending
    // delivery is among ours; its other deliveries wait for a later batch.
    QHash<qint64, bool> ours;
    QList<PendingDelivery> kept;
    kept.reserve(deliveries.size());
    for (PendingDelivery &delivery : deliveries) {
        if (delivery.webhookId == 0) { // removed webhook: nothing to order
            kept.append(std::move(delivery));
            continue;
        }
        auto decided = ours.constFind(delivery.webhookId);
        if (decided == ours.constEnd()) {
            auto owned = ownsWebhook(delivery.webhookId, delivery.id);
            if (!owned)
                return owned.failure();
            decided = ours.insert(delivery.webhookId, *owned);
        }
        if (*decided)
            kept.append(std::move(delivery));
    }
    return kept;
}

hb::Result<bool> ProcessingStore::ownsWebhook(qint64 webhookId, qint64 firstId)
{
    auto lock = statement(LockWebhook);
    if (!lock)
        return lock.failure();
    (*lock)->bind({webhookId});
    if (!(*lock)->exec() || !(*lock)->next())
        return hb::fail((*lock)->errorText());
    const bool locked = (*lock)->value(0).toBool();
    (*lock)->finish();
    if (!locked)
        return false;
    auto oldest = statement(OldestPending);
    if (!oldest)
        return oldest.failure();
    (*oldest)->bind({webhookId});
    if (!(*oldest)->exec() || !(*oldest)->next())
        return hb::fail((*oldest)->errorText());
    const qint64 oldestId = (*oldest)->value(0).toLongLong();
    (*oldest)->finish();
    return oldestId == firstId;
}

hb::Result<std::optional<PendingDelivery>> ProcessingStore::loadDelivery(qint64 id)
{
    auto query = statement(LoadDelivery);
    if (!query)
        return query.failure();
    (*query)->bind({id});
    if (!(*query)->exec())
        return hb::fail((*query)->errorText());
    std::optional<PendingDelivery> delivery;
    if ((*query)->next())
        delivery = readDelivery(**query);
    (*query)->finish();
    return delivery;
}

hb::Result<std::optional<ProcessingUser>> ProcessingStore::findUser(mapping::Identifier identifier,
                                                                    const QString &value)
{
    const bool byEmail = identifier == mapping::Identifier::Email;
    const QString key = byEmail ? value.trimmed().toLower() : value.trimmed();
    const QString cacheKey = (byEmail ? QStringLiteral("e:") : QStringLiteral("u:")) + key;
    if (auto id = m_userIds.constFind(cacheKey); id != m_userIds.constEnd())
        return std::optional<ProcessingUser>(m_users.value(*id));

    auto query = statement(byEmail ? UserByEmail : UserByUsername);
    if (!query)
        return query.failure();
    (*query)->bind({key});
    if (!(*query)->exec())
        return hb::fail((*query)->errorText());
    std::optional<ProcessingUser> user;
    while ((*query)->next()) {
        if (!user) {
            user.emplace();
            user->id = (*query)->value(0).toLongLong();
            user->state.id = user->id;
            user->state.label = (*query)->value(1).toString();
            user->state.coins = (*query)->value(2).toLongLong();
            user->state.xp = (*query)->value(3).toLongLong();
        }
        // A value of a field the catalog does not know (created after it was read) is not one
        // any mapping of this batch can name.
        if (!(*query)->isNull(4)) {
            if (auto fieldKey = m_fieldKeys.constFind((*query)->value(4).toLongLong());
                fieldKey != m_fieldKeys.constEnd())
                user->state.fields.insert(*fieldKey, (*query)->value(5).toString());
        }
    }
    (*query)->finish();
    if (!user)
        return user;
    // Changes applied earlier in this transaction are in the cache, and win over the row only
    // if they are newer, which they always are: the cache is cleared with every transaction.
    if (auto cached = m_users.constFind(user->id); cached != m_users.constEnd())
        user = *cached;
    else
        m_users.insert(user->id, *user);
    m_userIds.insert(cacheKey, user->id);
    return user;
}

hb::Result<qint64> ProcessingStore::channelId(const QString &name, const QString &at)
{
    if (auto cached = m_channels.constFind(name); cached != m_channels.constEnd())
        return *cached;
    auto find = statement(FindChannel);
    if (!find)
        return find.failure();
    // Two processors may create one channel at once: the loser's insert does nothing and it
    // reads the winner's row.
    for (int round = 0; round < 2; ++round) {
        (*find)->bind({name});
        if (!(*find)->exec())
            return hb::fail((*find)->errorText());
        if ((*find)->next()) {
            const qint64 id = (*find)->value(0).toLongLong();
            (*find)->finish();
            m_channels.insert(name, id);
            return id;
        }
        (*find)->finish();
        if (round == 0) {
            auto insert = statement(InsertChannel);
            if (!insert)
                return insert.failure();
            (*insert)->bind({name, at});
            if (!(*insert)->exec())
                return hb::fail((*insert)->errorText());
        }
    }
    return hb::fail(QStringLiteral("the channel \"%1\" could not be created").arg(name));
}

hb::Status ProcessingStore::apply(const ProcessingUser &user, const mapping::ChangePlan &plan,
                                  const QString &source, qint64 deliveryId, const QString &at)
{
    ProcessingUser updated = user;
    for (const auto &change : plan.fields) {
        const auto fieldId = m_fieldIds.constFind(change.field);
        if (fieldId == m_fieldIds.constEnd())
            return hb::fail(
                QStringLiteral("custom field \"%1\" no longer exists").arg(change.field),
                ErrorKind::FieldRemoved);
        auto upsert = statement(UpsertField);
        if (!upsert)
            return upsert.failure();
        (*upsert)->bind({user.id, *fieldId, notNull(change.newValue)});
        if (!(*upsert)->exec())
            return hb::fail((*upsert)->errorText());
        auto history = statement(InsertHistory);
        if (!history)
            return history.failure();
        (*history)->bind({user.id, change.field, textOrNull(change.oldValue),
                          notNull(change.newValue), mapping::operatorName(change.op), source,
                          deliveryId, at});
        if (!(*history)->exec())
            return hb::fail((*history)->errorText());
        updated.state.fields.insert(change.field, change.newValue);
    }
    if (!plan.currencies.isEmpty()) {
        for (const auto &change : plan.currencies) {
            (change.currency == mapping::Currency::Coins ? updated.state.coins : updated.state.xp) =
                change.newValue;
            auto log = statement(InsertGamification);
            if (!log)
                return log.failure();
            (*log)->bind({user.id, mapping::currencyName(change.currency), change.delta,
                          change.newValue, source, deliveryId, at});
            if (!(*log)->exec())
                return hb::fail((*log)->errorText());
        }
        auto balances = statement(UpdateBalances);
        if (!balances)
            return balances.failure();
        (*balances)->bind({updated.state.coins, updated.state.xp, user.id});
        if (!(*balances)->exec())
            return hb::fail((*balances)->errorText());
    }
    if (plan.message) {
        auto channel = channelId(plan.message->channel, at);
        if (!channel)
            return channel.failure();
        auto message = statement(InsertMessage);
        if (!message)
            return message.failure();
        (*message)->bind({*channel, notNull(plan.message->text), source, deliveryId, at});
        if (!(*message)->exec())
            return hb::fail((*message)->errorText());
    }
    m_users.insert(user.id, updated);
    return hb::success();
}

hb::Status ProcessingStore::recordOutcome(const PendingDelivery &delivery,
                                          const DeliveryOutcome &outcome, const QString &at)
{
    auto update = statement(UpdateDelivery);
    if (!update)
        return update.failure();
    (*update)->bind({deliveryStatusName(outcome.status), notNull(outcome.reason),
                     errorKindName(outcome.reasonKind),
                     outcome.changesJson.isNull() ? QStringLiteral("[]") : outcome.changesJson,
                     notNull(outcome.userLabel), at, delivery.id});
    if (!(*update)->exec())
        return hb::fail((*update)->errorText());
    return hb::success();
}

hb::Status ProcessingStore::archiveAttempt(const PendingDelivery &delivery)
{
    auto archive = statement(ArchiveAttempt);
    if (!archive)
        return archive.failure();
    (*archive)->bind({delivery.id});
    if (!(*archive)->exec())
        return hb::fail((*archive)->errorText());
    return hb::success();
}

hb::Status ProcessingStore::run(Statement which)
{
    if (m_db.isPostgres()) { // PostgreSQL cannot PREPARE a SAVEPOINT
        QSqlQuery direct(m_db.connection());
        if (!direct.exec(statementSql(which)))
            return hb::fail(Database::describe(direct));
        return hb::success();
    }
    auto query = statement(which);
    if (!query)
        return query.failure();
    if (!(*query)->exec())
        return hb::fail((*query)->errorText());
    return hb::success();
}

hb::Status ProcessingStore::savepoint()
{
    return run(Savepoint);
}

hb::Status ProcessingStore::releaseSavepoint()
{
    return run(ReleaseSavepoint);
}

void ProcessingStore::rollbackToSavepoint()
{
    (void)run(RollbackToSavepoint);
    // The rolled-back writes may have created a channel or changed a cached user.
    forgetCachedState();
}

void ProcessingStore::forgetCachedState()
{
    m_users.clear();
    m_userIds.clear();
    m_channels.clear();
}

} // namespace hb::store
