#pragma once

#include "common/deliverystatus.h"
#include "common/result.h"
#include "mapping/changeplan.h"
#include "mapping/changeplanner.h"
#include "mapping/customfield.h"
#include "mapping/webhook.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>

#include <memory>
#include <optional>

namespace hb::store {

class Database;
class PreparedStatement;

// A delivery as the processor needs it.
struct PendingDelivery {
    qint64 id = 0;
    qint64 webhookId = 0; // 0: the webhook was removed
    QString webhookName;  // at receipt
    DeliveryStatus status = DeliveryStatus::Pending;
    QByteArray method, target;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    int attempts = 0;
};

struct ProcessingUser {
    qint64 id = 0;
    mapping::UserState state; // label = email
};

struct DeliveryOutcome {
    DeliveryStatus status = DeliveryStatus::Failed; // Success, Failed or Skipped
    QString reason, userLabel;
    ErrorKind reasonKind = ErrorKind::Other; // what kind of failure the reason tells
    QString changesJson; // compact JSON array (ChangePlan::toJsonText); null: none
};

// The SQL of processing (SPEC §6), for one connection and the batches run on it. Every write
// runs inside the caller's transaction (Database::beginWrite); statements are prepared once and
// reused, because a batch runs them thousands of times.
class ProcessingStore {
public:
    explicit ProcessingStore(Database &db);
    ~ProcessingStore();

    // Reads the webhooks and custom fields, once per batch.
    hb::Status loadCatalog();
    const mapping::Webhook *webhook(qint64 id) const;
    const QList<mapping::CustomField> &fields() const { return m_fields; }

    // The oldest Pending deliveries, up to maxCount, in the order received. Inside the write
    // transaction, so no other processor can take them (SQLite: the write lock; PostgreSQL:
    // row locks, skipping rows another instance holds).
    hb::Result<QList<PendingDelivery>> takePending(int maxCount);
    hb::Result<std::optional<PendingDelivery>> loadDelivery(qint64 id);

    hb::Result<std::optional<ProcessingUser>> findUser(mapping::Identifier identifier,
                                                       const QString &value);
    // Writes every change of the plan with its history, gamification-log and message rows.
    hb::Status apply(const ProcessingUser &user, const mapping::ChangePlan &plan,
                     const QString &source, qint64 deliveryId, const QString &at);
    // Sets the delivery's status: its row holds the latest attempt.
    hb::Status recordOutcome(const PendingDelivery &delivery, const DeliveryOutcome &outcome,
                             const QString &at);
    // Before a re-run overwrites the row: keeps its attempt in delivery_attempts (the first
    // attempt is never copied unless re-run, which spares every delivery an insert).
    hb::Status archiveAttempt(const PendingDelivery &delivery);

    // One delivery's all-or-nothing inside the batch transaction.
    hb::Status savepoint();
    hb::Status releaseSavepoint();
    void rollbackToSavepoint();
    // Forgets what was read in a transaction that was rolled back.
    void forgetCachedState();

private:
    enum Statement {
        TakePending,
        LoadDelivery,
        UserByEmail,
        UserByUsername,
        Savepoint,
        ReleaseSavepoint,
        RollbackToSavepoint,
        LockWebhook,
        OldestPending,
        UpsertField,
        InsertHistory,
        UpdateBalances,
        InsertGamification,
        FindChannel,
        InsertChannel,
        InsertMessage,
        UpdateDelivery,
        ArchiveAttempt,
        StatementCount
    };
    QString statementSql(Statement which) const;
    hb::Result<PreparedStatement *> statement(Statement which);
    hb::Status run(Statement which);
    hb::Result<QList<PendingDelivery>> keepWebhookOrder(QList<PendingDelivery> deliveries);
    hb::Result<bool> ownsWebhook(qint64 webhookId, qint64 firstId);
    hb::Result<qint64> channelId(const QString &name, const QString &at);

    Database &m_db;
    std::unique_ptr<PreparedStatement> m_statements[StatementCount];
    QHash<qint64, mapping::Webhook> m_webhooks;
    QList<mapping::CustomField> m_fields;
    QHash<QString, qint64> m_fieldIds;
    QHash<qint64, QString> m_fieldKeys;
    // Read within the current transaction; updated by apply() so that several deliveries for
    // one user in a batch chain without reading the row again.
    QHash<qint64, ProcessingUser> m_users;
    QHash<QString, qint64> m_userIds; // "e:" + email key or "u:" + username -> id
    QHash<QString, qint64> m_channels;
};

} // namespace hb::store
