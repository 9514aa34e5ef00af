#pragma once

#include "common/deliverystatus.h"
#include "common/result.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class QSqlQuery;

namespace hb::store {

class Database;

// A request that passed the catcher's checks, about to become a Pending delivery.
struct NewDelivery {
    qint64 webhookId = 0;
    QString webhookName; // at receipt: the delivery's `received_as`
    // Pending, or Sample for a draft webhook's request (kept, never applied on its own).
    DeliveryStatus status = DeliveryStatus::Pending;
    QString idempotencyKey; // from webhook-id or idempotency-key; empty = none
    QByteArray method, target;
    QList<QPair<QByteArray, QByteArray>> headers; // as received
    QByteArray body;
    QString remoteAddress;
    QString receivedAt; // hb::isoUtc
};

struct InsertedDelivery {
    qint64 id = 0;
    bool duplicate = false;
};

struct DeliveryFilter {
    std::optional<DeliveryStatus> status; // unset: every status
    // The webhook by identity: its current name finds the deliveries it received under any
    // name; a removed webhook's deliveries are found by its last name.
    QString webhookName;
    int limit = 100;
    qint64 beforeId = 0; // 0: from the newest; else only ids below it (paging)
    // Rows skipped from the newest matching one: a table that jumps to any row of a long log
    // (beforeId pages faster when the previous page's last id is known).
    qint64 offset = 0;
    // Case-insensitive part of the user, the reason or the webhook's current name; "#123" or a
    // bare number matches that delivery id only. Empty: no search.
    QString search;
    QString receivedSince; // hb::isoUtc, inclusive; empty: any time
    QString receivedUntil; // hb::isoUtc, exclusive; empty: up to now
};

// How many deliveries of each status a filter matches (its status, limit and paging aside).
struct DeliveryCounts {
    qint64 pending = 0, success = 0, failed = 0, skipped = 0, sample = 0;
    qint64 total() const { return pending + success + failed + skipped + sample; }
    qint64 of(DeliveryStatus status) const;
};

struct DeliveryRecord {
    qint64 id = 0;
    qint64 webhookId = 0; // 0 once the webhook was removed
    // The webhook's current name (its last one once removed), and the name it had when this
    // delivery was received (SPEC §2, Identity).
    QString webhookName, receivedAs;
    DeliveryStatus status = DeliveryStatus::Pending;
    QString reason, userLabel;
    ErrorKind reasonKind = ErrorKind::Other; // a Failed delivery's kind of reason
    QJsonArray changes;
    QString receivedAt, processedAt;
    int attempts = 0;
    bool stale = false; // Pending for more than an hour
    QByteArray method, target;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QString remoteAddress; // the sender's address as the catcher saw it; with the request
    QJsonArray attemptLog; // filled by find(): see attempts()
};

// Deliveries: written Pending by the catcher, read by the CLI and the app.
class DeliveryRepository {
public:
    explicit DeliveryRepository(Database &db);
    ~DeliveryRepository();

    // Inserts Pending deliveries INSIDE the caller's open write transaction (the catcher's writer
    // groups many per transaction, and keeps one repository per connection so that the
    // statements are prepared once). A repeat of an idempotency key for the same webhook (already
    // stored, or earlier in the same list) returns the first delivery's id with duplicate = true
    // and inserts nothing.
    hb::Result<QList<InsertedDelivery>> insertPending(const QList<NewDelivery> &deliveries);

    hb::Result<QList<DeliveryRecord>> list(const DeliveryFilter &filter); // newest first
    // With the request (headers and body); list() leaves them empty to stay light.
    hb::Result<std::optional<DeliveryRecord>> find(qint64 id);
    // Every processing attempt, oldest first: {"attempt", "status", "reason", "changes", "at"}.
    hb::Result<QJsonArray> attempts(qint64 id);
    hb::Result<qint64> countPending();
    hb::Result<DeliveryCounts> counts(const DeliveryFilter &filter);

    // The stored form of the headers: a JSON array of [name, value] pairs, in order.
    static QByteArray headersToJson(const QList<QPair<QByteArray, QByteArray>> &headers);
    static QList<QPair<QByteArray, QByteArray>> headersFromJson(const QByteArray &json);
    // True when a delivery received at `receivedAt` and still Pending counts as stale.
    static bool isStale(DeliveryStatus status, const QString &receivedAt);
    // The SELECT (up to FROM, no WHERE) whose rows readRecord() reads; shared with
    // DeliveryBatchReader, so that a page of an export reads exactly what find() reads.
    static QString selectColumns(bool withRequest);
    // `staleBefore`: isoUtc of an hour ago, computed once for many rows; empty: now.
    static DeliveryRecord readRecord(const QSqlQuery &query, bool withRequest,
                                     const QString &staleBefore = {});
    static QString staleThreshold();

private:
    struct IntakeStatements;
    // The prepared multi-row INSERT for `rows` rows, made on first use.
    QSqlQuery *insertStatement(int rows, QString *error);
    // The id already stored for this idempotency key of this webhook, if any.
    hb::Result<std::optional<qint64>> storedKey(qint64 webhookId, const QString &key);
    // Qt SQL's path (PostgreSQL): the rows `fresh` of `deliveries`, in multi-row INSERTs.
    hb::Status insertInChunks(const QList<NewDelivery> &deliveries, const QList<qsizetype> &fresh,
                              QList<InsertedDelivery> &inserted);

    Database &m_db;
    std::unique_ptr<IntakeStatements> m_intake;
};

} // namespace hb::store
