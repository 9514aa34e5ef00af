#pragma once

#include "common/result.h"
#include "database.h"
#include "mapping/webhook.h"

#include <QJsonObject>
#include <QList>
#include <QVariant>

#include <optional>

namespace hb::store {

// Stored webhooks. The `config` column holds WebhookConfig::toJson; name, token and enabled are
// columns too because they are looked up and unique. Loading does not check that mapped fields
// still exist (the processor reports a removed field on the delivery).
class WebhookRepository {
public:
    explicit WebhookRepository(Database &db);

    hb::Result<mapping::Webhook>
    add(mapping::Webhook webhook); // generates token if empty; unique name/token
    hb::Status update(const mapping::Webhook &webhook); // by id; name stays unique
    hb::Status remove(const QString &name);
    hb::Result<QList<mapping::Webhook>> list(); // by name
    hb::Result<std::optional<mapping::Webhook>> findByName(const QString &name);
    hb::Result<std::optional<mapping::Webhook>> findByToken(const QString &token);
    hb::Result<std::optional<mapping::Webhook>> findById(qint64 id);

    // The caught sample request (a JSON object: method, target, headers, body, payload...).
    hb::Status setSampleRequest(qint64 webhookId, const QJsonObject &sample);
    // An empty object when none was caught.
    hb::Result<QJsonObject> sampleRequest(qint64 webhookId);

    // A random URL-safe token of 256 bits (base64url, no padding): SPEC §2 asks for >= 128.
    static QString generateToken();

private:
    hb::Result<std::optional<mapping::Webhook>> findOne(const QString &column,
                                                        const QVariant &value);

    Database &m_db;
};

} // namespace hb::store
