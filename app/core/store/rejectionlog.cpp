#include "rejectionlog.h"

#include "common/clock.h"
#include "database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

namespace hb::store {
namespace {

QString headersToJson(const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QJsonArray array;
    for (const auto &[name, value] : headers)
        array.append(QJsonArray{QString::fromUtf8(name), QString::fromUtf8(value)});
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<QPair<QByteArray, QByteArray>> headersFromJson(const QString &text)
{
    QList<QPair<QByteArray, QByteArray>> headers;
    const QJsonArray array = QJsonDocument::fromJson(text.toUtf8()).array();
    for (const QJsonValue &pair : array)
        headers.append({pair[0].toString().toUtf8(), pair[1].toString().toUtf8()});
    return headers;
}

} // namespace

RejectionLog::RejectionLog(Database &db)
    : m_db(db)
{}

hb::Status RejectionLog::append(const QList<RejectedRequest> &rejected)
{
    if (rejected.isEmpty())
        return success();
    QSqlQuery insert(m_db.connection());
    if (!insert.prepare(QStringLiteral(
            "INSERT INTO rejected_requests (webhook_id, webhook_name, status, reason, method,"
            " target, headers, body_head, remote_address, at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")))
        return fail(Database::describe(insert));
    for (const RejectedRequest &entry : rejected) {
        insert.addBindValue(entry.webhookId > 0 ? QVariant(entry.webhookId)
                                                : QVariant(QMetaType(QMetaType::LongLong)));
        // A null QString binds as NULL: the NOT NULL text columns get "" instead.
        insert.addBindValue(entry.webhookName.isNull() ? QStringLiteral("") : entry.webhookName);
        insert.addBindValue(entry.status);
        insert.addBindValue(entry.reason.isNull() ? QStringLiteral("") : entry.reason);
        // A request refused while it was read may lack its method or target.
        insert.addBindValue(entry.method.isEmpty() ? QStringLiteral("")
                                                   : QString::fromUtf8(entry.method));
        insert.addBindValue(entry.target.isEmpty() ? QStringLiteral("")
                                                   : QString::fromUtf8(entry.target.left(8192)));
        insert.addBindValue(headersToJson(entry.headers));
        insert.addBindValue(entry.bodyHead.isNull() ? QByteArray("")
                                                    : entry.bodyHead.left(bodyHeadSize));
        insert.addBindValue(entry.remoteAddress.isNull() ? QStringLiteral("")
                                                         : entry.remoteAddress);
        insert.addBindValue(entry.at.isEmpty() ? nowIsoUtc() : entry.at);
        if (!insert.exec())
            return fail(Database::describe(insert));
    }
    // Keep only the newest rows; the subquery finds the id of the oldest one to keep.
    QSqlQuery trim(m_db.connection());
    if (!trim.prepare(QStringLiteral(
            "DELETE FROM rejected_requests WHERE id < (SELECT id FROM rejected_requests"
            " ORDER BY id DESC LIMIT 1 OFFSET ?)")))
        return fail(Database::describe(trim));
    trim.addBindValue(keep - 1);
    if (!trim.exec())
        return fail(Database::describe(trim));
    return success();
}

hb::Result<QList<RejectedRequest>> RejectionLog::recent(int limit)
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (!query.prepare(QStringLiteral(
            "SELECT id, webhook_id, webhook_name, status, reason, method, target, headers,"
            " body_head, remote_address, at FROM rejected_requests ORDER BY id DESC LIMIT ?")))
        return fail(Database::describe(query));
    query.addBindValue(limit);
    if (!query.exec())
        return fail(Database::describe(query));
    QList<RejectedRequest> entries;
    while (query.next()) {
        RejectedRequest entry;
        entry.id = query.value(0).toLongLong();
        entry.webhookId = query.value(1).toLongLong();
        entry.webhookName = query.value(2).toString();
        entry.status = query.value(3).toInt();
        entry.reason = query.value(4).toString();
        entry.method = query.value(5).toString().toUtf8();
        entry.target = query.value(6).toString().toUtf8();
        entry.headers = headersFromJson(query.value(7).toString());
        entry.bodyHead = query.value(8).toByteArray();
        entry.remoteAddress = query.value(9).toString();
        entry.at = query.value(10).toString();
        entries.append(entry);
    }
    return entries;
}

hb::Result<qint64> RejectionLog::count()
{
    QSqlQuery query(m_db.connection());
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM rejected_requests")) || !query.next())
        return fail(Database::describe(query));
    return query.value(0).toLongLong();
}

} // namespace hb::store
