#include "webhookrepository.h"

#include "common/clock.h"
#include "crypto/securerandom.h"
#include "mapping/webhookconfig.h"
#include "payload/jsonreader.h"
#include "payload/jsonwriter.h"

#include <QSqlQuery>

namespace hb::store {
namespace {

using mapping::Webhook;

const QString webhookColumns =
    QStringLiteral("SELECT id, name, token, enabled, config FROM webhooks");

QString configText(const Webhook &webhook)
{
    // JsonWriter: a number in the configuration (a `when` value) keeps every digit.
    return QString::fromUtf8(payload::JsonWriter::write(mapping::WebhookConfig::toJson(webhook)));
}

StoredWebhook readStored(const QSqlQuery &query)
{
    StoredWebhook stored;
    // No field list: a field removed since import is the processor's to report.
    Result<Webhook> webhook =
        mapping::WebhookConfig::fromJson(query.value(4).toString().toUtf8(), nullptr);
    if (webhook)
        stored.webhook = std::move(*webhook);
    else
        stored.problem = QStringLiteral("damaged: %1").arg(webhook.error());
    // The columns are what the catcher looks up, so they win over the copy inside `config`; they
    // are all a damaged webhook has.
    stored.webhook.id = query.value(0).toLongLong();
    stored.webhook.name = query.value(1).toString();
    stored.webhook.token = query.value(2).toString();
    stored.webhook.enabled = query.value(3).toInt() != 0;
    return stored;
}

} // namespace

WebhookRepository::WebhookRepository(Database &db)
    : m_db(db)
{}

QString WebhookRepository::generateToken()
{
    return crypto::SecureRandom::urlToken();
}

Result<Webhook> WebhookRepository::add(Webhook webhook)
{
    webhook.name = webhook.name.trimmed();
    if (webhook.name.isEmpty())
        return fail(QStringLiteral("a webhook needs a name"));
    if (webhook.token.isEmpty())
        webhook.token = generateToken();
    const auto byName = findStored(QStringLiteral("name"), webhook.name);
    if (!byName)
        return Error{byName.error()};
    if (byName->has_value())
        return fail(QStringLiteral("a webhook named \"%1\" already exists").arg(webhook.name));
    const auto byToken = findStored(QStringLiteral("token"), webhook.token);
    if (!byToken)
        return Error{byToken.error()};
    if (byToken->has_value())
        return fail(QStringLiteral("the token is already used by webhook \"%1\"")
                        .arg((*byToken)->webhook.name));

    const QString now = nowIsoUtc();
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("INSERT INTO webhooks (name, token, enabled, config, created_at, "
                                 "updated_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"));
    query.addBindValue(webhook.name);
    query.addBindValue(webhook.token);
    query.addBindValue(webhook.enabled ? 1 : 0);
    query.addBindValue(configText(webhook));
    query.addBindValue(now);
    query.addBindValue(now);
    if (!query.exec() || !query.next())
        return fail(QStringLiteral("cannot add webhook \"%1\": %2")
                        .arg(webhook.name, Database::describe(query)));
    webhook.id = query.value(0).toLongLong();
    return webhook;
}

Status WebhookRepository::update(const Webhook &webhook)
{
    Webhook stored = webhook;
    stored.name = webhook.name.trimmed();
    if (stored.name.isEmpty())
        return fail(QStringLiteral("a webhook needs a name"));
    if (stored.token.isEmpty())
        return fail(QStringLiteral("webhook \"%1\" has no token").arg(stored.name));
    const auto byName = findStored(QStringLiteral("name"), stored.name);
    if (!byName)
        return Error{byName.error()};
    if (byName->has_value() && (*byName)->webhook.id != stored.id)
        return fail(QStringLiteral("a webhook named \"%1\" already exists").arg(stored.name));
    const auto byToken = findStored(QStringLiteral("token"), stored.token);
    if (!byToken)
        return Error{byToken.error()};
    if (byToken->has_value() && (*byToken)->webhook.id != stored.id)
        return fail(QStringLiteral("the token is already used by webhook \"%1\"")
                        .arg((*byToken)->webhook.name));

    QSqlQuery query(m_db.connection());
    query.prepare(
        QStringLiteral("UPDATE webhooks SET name = ?, token = ?, enabled = ?, config = ?, "
                       "updated_at = ? WHERE id = ?"));
    query.addBindValue(stored.name);
    query.addBindValue(stored.token);
    query.addBindValue(stored.enabled ? 1 : 0);
    query.addBindValue(configText(stored));
    query.addBindValue(nowIsoUtc());
    query.addBindValue(stored.id);
    if (!query.exec())
        return fail(QStringLiteral("cannot save webhook \"%1\": %2")
                        .arg(stored.name, Database::describe(query)));
    if (query.numRowsAffected() == 0)
        return fail(QStringLiteral("no webhook with id %1").arg(stored.id));
    return success();
}

Status WebhookRepository::remove(const QString &name)
{
    // Deliveries stay for support staff: their webhook_id becomes NULL, and they keep the name the
    // webhook had last (SPEC §2), besides the one each was received under. One transaction, so
    // that no delivery is left with neither.
    const QString trimmed = name.trimmed();
    if (Status begun = m_db.beginWrite(); !begun)
        return begun;
    auto abort = [this, &trimmed](const QSqlQuery &query) {
        const QString why = Database::describe(query);
        m_db.rollback();
        return fail(QStringLiteral("cannot remove webhook \"%1\": %2").arg(trimmed, why));
    };
    QSqlQuery keepName(m_db.connection());
    keepName.prepare(
        QStringLiteral("UPDATE deliveries SET removed_webhook_name = ? WHERE webhook_id"
                       " = (SELECT id FROM webhooks WHERE name = ?)"));
    keepName.addBindValue(trimmed);
    keepName.addBindValue(trimmed);
    if (!keepName.exec())
        return abort(keepName);
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("DELETE FROM webhooks WHERE name = ?"));
    query.addBindValue(trimmed);
    if (!query.exec())
        return abort(query);
    if (query.numRowsAffected() == 0) {
        m_db.rollback();
        return fail(QStringLiteral("no webhook named \"%1\"").arg(trimmed));
    }
    return m_db.commit();
}

Result<QList<StoredWebhook>> WebhookRepository::listAll()
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (!query.exec(webhookColumns + QStringLiteral(" ORDER BY name")))
        return fail(QStringLiteral("cannot read webhooks: %1").arg(Database::describe(query)));
    QList<StoredWebhook> webhooks;
    while (query.next())
        webhooks << readStored(query);
    return webhooks;
}

Result<QList<Webhook>> WebhookRepository::list()
{
    Result<QList<StoredWebhook>> all = listAll();
    if (!all)
        return Error{all.error()};
    QList<Webhook> webhooks;
    webhooks.reserve(all->size());
    for (StoredWebhook &stored : *all) {
        if (!stored.isDamaged())
            webhooks << std::move(stored.webhook);
    }
    return webhooks;
}

Result<std::optional<Webhook>> WebhookRepository::findByName(const QString &name)
{
    return findOne(QStringLiteral("name"), name.trimmed());
}

Result<std::optional<Webhook>> WebhookRepository::findByToken(const QString &token)
{
    return findOne(QStringLiteral("token"), token);
}

Result<std::optional<Webhook>> WebhookRepository::findById(qint64 id)
{
    return findOne(QStringLiteral("id"), id);
}

Result<std::optional<StoredWebhook>> WebhookRepository::findStoredById(qint64 id)
{
    return findStored(QStringLiteral("id"), id);
}

Result<std::optional<Webhook>> WebhookRepository::findOne(const QString &column,
                                                          const QVariant &value)
{
    Result<std::optional<StoredWebhook>> found = findStored(column, value);
    if (!found)
        return Error{found.error()};
    if (!found->has_value())
        return std::optional<Webhook>();
    if ((*found)->isDamaged())
        return fail((*found)->problemMessage());
    return std::optional<Webhook>(std::move((*found)->webhook));
}

Result<std::optional<StoredWebhook>> WebhookRepository::findStored(const QString &column,
                                                                   const QVariant &value)
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    // `column` is one of ours, never user input.
    query.prepare(webhookColumns + QStringLiteral(" WHERE %1 = ?").arg(column));
    query.addBindValue(value);
    if (!query.exec())
        return fail(QStringLiteral("cannot read webhooks: %1").arg(Database::describe(query)));
    if (!query.next())
        return std::optional<StoredWebhook>();
    return std::optional<StoredWebhook>(readStored(query));
}

Status WebhookRepository::setSampleRequest(qint64 webhookId, const QJsonObject &sample)
{
    QSqlQuery query(m_db.connection());
    query.prepare(
        QStringLiteral("UPDATE webhooks SET sample_request = ?, updated_at = ? WHERE id = ?"));
    query.addBindValue(QString::fromUtf8(payload::JsonWriter::write(sample)));
    query.addBindValue(nowIsoUtc());
    query.addBindValue(webhookId);
    if (!query.exec())
        return fail(
            QStringLiteral("cannot store the sample request: %1").arg(Database::describe(query)));
    if (query.numRowsAffected() == 0)
        return fail(QStringLiteral("no webhook with id %1").arg(webhookId));
    return success();
}

Result<QJsonObject> WebhookRepository::sampleRequest(qint64 webhookId)
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT sample_request FROM webhooks WHERE id = ?"));
    query.addBindValue(webhookId);
    if (!query.exec())
        return fail(
            QStringLiteral("cannot read the sample request: %1").arg(Database::describe(query)));
    if (!query.next())
        return fail(QStringLiteral("no webhook with id %1").arg(webhookId));
    if (query.value(0).isNull())
        return QJsonObject();
    return payload::JsonReader::read(query.value(0).toString().toUtf8())
        .value_or(QJsonValue())
        .toObject();
}

} // namespace hb::store
