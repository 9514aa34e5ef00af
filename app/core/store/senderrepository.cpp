#include "senderrepository.h"

#include "common/clock.h"
#include "database.h"
#include "deliveryrepository.h"
#include "headersjson.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

namespace hb::store {
namespace {

// A null QString or QByteArray binds as NULL: the NOT NULL columns get "" instead.
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

QByteArray bytes(const QByteArray &value)
{
    return value.isNull() ? QByteArray("") : value;
}

SavedRequest readSaved(const QSqlQuery &query)
{
    SavedRequest saved;
    saved.id = query.value(0).toLongLong();
    saved.webhookId = query.value(1).toLongLong();
    saved.name = query.value(2).toString();
    saved.request = QJsonDocument::fromJson(query.value(3).toString().toUtf8()).object();
    saved.updatedAt = query.value(4).toString();
    return saved;
}

const char *const savedColumns = "SELECT id, webhook_id, name, request, updated_at"
                                 " FROM saved_requests";

} // namespace

SenderRepository::SenderRepository(Database &db)
    : m_db(db)
{}

hb::Result<QList<SavedRequest>> SenderRepository::savedRequests(qint64 webhookId)
{
    auto query = m_db.select(QString::fromLatin1(savedColumns)
                                 + QStringLiteral(" WHERE webhook_id = ? ORDER BY name"),
                             {webhookId});
    if (!query)
        return fail(QStringLiteral("cannot read the saved requests: %1").arg(query.error()));
    QList<SavedRequest> saved;
    while (query->next())
        saved.append(readSaved(*query));
    return saved;
}

hb::Result<SavedRequest> SenderRepository::saveRequest(const SavedRequest &saved)
{
    if (Status begun = m_db.beginWrite(); !begun)
        return begun.failure();
    auto abort = [this, &saved](const QString &why, ErrorKind kind = ErrorKind::Other) {
        m_db.rollback();
        return fail(QStringLiteral("cannot save the request \"%1\": %2").arg(saved.name, why),
                    kind);
    };
    // Checked first for a message that says so; the foreign key refuses it anyway.
    {
        auto webhook =
            m_db.select(QStringLiteral("SELECT 1 FROM webhooks WHERE id = ?"), {saved.webhookId});
        if (!webhook)
            return abort(webhook.error());
        if (!webhook->next())
            return abort(
                QStringLiteral("no webhook with id %1 (it was removed)").arg(saved.webhookId),
                ErrorKind::NotFound);
    }
    QSqlQuery upsert(m_db.connection());
    if (!upsert.prepare(QStringLiteral(
            "INSERT INTO saved_requests (webhook_id, name, request, updated_at)"
            " VALUES (?, ?, ?, ?) ON CONFLICT (webhook_id, name) DO UPDATE SET"
            " request = excluded.request, updated_at = excluded.updated_at RETURNING id")))
        return abort(Database::describe(upsert));
    SavedRequest stored = saved;
    stored.name = text(saved.name);
    stored.updatedAt = nowIsoUtc();
    upsert.addBindValue(stored.webhookId);
    upsert.addBindValue(stored.name);
    upsert.addBindValue(
        QString::fromUtf8(QJsonDocument(stored.request).toJson(QJsonDocument::Compact)));
    upsert.addBindValue(stored.updatedAt);
    if (!upsert.exec() || !upsert.next())
        return abort(Database::describe(upsert));
    stored.id = upsert.value(0).toLongLong();
    upsert.finish();
    if (Status committed = m_db.commit(); !committed)
        return abort(committed.error());
    return stored;
}

hb::Status SenderRepository::removeSavedRequest(qint64 id)
{
    QSqlQuery query(m_db.connection());
    if (!query.prepare(QStringLiteral("DELETE FROM saved_requests WHERE id = ?")))
        return fail(Database::describe(query));
    query.addBindValue(id);
    if (!query.exec())
        return fail(
            QStringLiteral("cannot remove the saved request: %1").arg(Database::describe(query)));
    if (query.numRowsAffected() == 0)
        return fail(QStringLiteral("no saved request with id %1 (it was removed)").arg(id),
                    ErrorKind::NotFound);
    return success();
}

hb::Result<qint64> SenderRepository::appendSent(const SentRequest &sent, int keep)
{
    if (Status begun = m_db.beginWrite(); !begun)
        return begun.failure();
    auto abort = [this](const QSqlQuery &query) {
        const QString why = Database::describe(query);
        m_db.rollback();
        return fail(QStringLiteral("cannot keep the send in the history: %1").arg(why));
    };
    QSqlQuery insert(m_db.connection());
    if (!insert.prepare(QStringLiteral(
            "INSERT INTO sent_requests (sent_at, webhook_id, webhook_name, method, url,"
            " request_headers, request_body, status, reason, response_body, elapsed_ms, error)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id")))
        return abort(insert);
    insert.addBindValue(sent.sentAt.isEmpty() ? nowIsoUtc() : sent.sentAt);
    insert.addBindValue(sent.webhookId > 0 ? QVariant(sent.webhookId)
                                           : QVariant(QMetaType(QMetaType::LongLong)));
    insert.addBindValue(text(sent.webhookName));
    insert.addBindValue(QString::fromUtf8(sent.method));
    insert.addBindValue(text(sent.url));
    insert.addBindValue(QString::fromUtf8(headersJsonBytes(sent.headers)));
    insert.addBindValue(bytes(sent.body));
    insert.addBindValue(sent.status);
    insert.addBindValue(text(sent.reason));
    insert.addBindValue(bytes(sent.responseBody));
    insert.addBindValue(sent.elapsedMs);
    insert.addBindValue(text(sent.error));
    if (!insert.exec() || !insert.next())
        return abort(insert);
    const qint64 id = insert.value(0).toLongLong();
    insert.finish();
    // Keep only the newest rows; the subquery finds the id of the oldest one to keep.
    QSqlQuery trim(m_db.connection());
    if (!trim.prepare(
            QStringLiteral("DELETE FROM sent_requests WHERE id < (SELECT id FROM sent_requests"
                           " ORDER BY id DESC LIMIT 1 OFFSET ?)")))
        return abort(trim);
    trim.addBindValue(qMax(keep, 1) - 1);
    if (!trim.exec())
        return abort(trim);
    if (Status committed = m_db.commit(); !committed) {
        m_db.rollback();
        return committed.failure();
    }
    return id;
}

hb::Result<QList<SentRequest>> SenderRepository::sentRequests(int limit)
{
    auto query = m_db.select(
        QStringLiteral("SELECT id, sent_at, webhook_id, webhook_name, method, url,"
                       " request_headers, request_body, status, reason, response_body,"
                       " elapsed_ms, error FROM sent_requests ORDER BY id DESC LIMIT ?"),
        {limit});
    if (!query)
        return fail(QStringLiteral("cannot read the history of sends: %1").arg(query.error()));
    QList<SentRequest> history;
    while (query->next()) {
        SentRequest sent;
        sent.id = query->value(0).toLongLong();
        sent.sentAt = query->value(1).toString();
        sent.webhookId = query->value(2).toLongLong();
        sent.webhookName = query->value(3).toString();
        sent.method = query->value(4).toString().toUtf8();
        sent.url = query->value(5).toString();
        sent.headers = DeliveryRepository::headersFromJson(query->value(6).toByteArray());
        sent.body = query->value(7).toByteArray();
        sent.status = query->value(8).toInt();
        sent.reason = query->value(9).toString();
        sent.responseBody = query->value(10).toByteArray();
        sent.elapsedMs = query->value(11).toLongLong();
        sent.error = query->value(12).toString();
        history.append(sent);
    }
    return history;
}

hb::Status SenderRepository::clearSent()
{
    QSqlQuery query(m_db.connection());
    if (!query.exec(QStringLiteral("DELETE FROM sent_requests")))
        return fail(
            QStringLiteral("cannot clear the history of sends: %1").arg(Database::describe(query)));
    return success();
}

} // namespace hb::store
