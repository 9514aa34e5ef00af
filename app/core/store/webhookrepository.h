#pragma once

#include "common/result.h"
#include "database.h"
#include "mapping/webhook.h"

#include <QJsonObject>
#include <QList>
#include <QVariant>

#include <optional>

namespace hb::store {

// A webhook as stored. A damaged one (its configuration cannot be read: the file was edited by
// hand, or written by a newer version) keeps the id, name, token and enabled of its columns, so
// that people can see it and remove it; the rest of `webhook` is then unknown, not empty.
struct StoredWebhook {
    mapping::Webhook webhook;
    QString problem; // empty when readable, else "damaged: <why>"
    bool isDamaged() const { return !problem.isEmpty(); }
    // One line for whoever needed the whole webhook: `webhook "NAME" is damaged: <why>`.
    QString problemMessage() const
    {
        return QStringLiteral("webhook \"%1\" is %2").arg(webhook.name, problem);
    }
};

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
    // Every stored webhook by name, the damaged ones too, with their problem: what people list.
    hb::Result<QList<StoredWebhook>> listAll();
    // The readable webhooks by name: what is served and processed. A damaged one is left out, not
    // a reason to fail: its key, signature and mapping are unknown, so the catcher must not take
    // it for one without a key (it answers 404), and the processor fails its deliveries naming
    // the problem (findById tells it).
    hb::Result<QList<mapping::Webhook>> list();
    // These fail for a damaged webhook, with a message naming it and the problem.
    hb::Result<std::optional<mapping::Webhook>> findByName(const QString &name);
    hb::Result<std::optional<mapping::Webhook>> findByToken(const QString &token);
    hb::Result<std::optional<mapping::Webhook>> findById(qint64 id);
    // A damaged webhook is an answer here, not an error.
    hb::Result<std::optional<StoredWebhook>> findStoredById(qint64 id);

    // The caught sample request (a JSON object: method, target, headers, body, payload...).
    hb::Status setSampleRequest(qint64 webhookId, const QJsonObject &sample);
    // An empty object when none was caught.
    hb::Result<QJsonObject> sampleRequest(qint64 webhookId);

    // A random URL-safe token of 256 bits (base64url, no padding): SPEC §2 asks for >= 128.
    static QString generateToken();

private:
    hb::Result<std::optional<mapping::Webhook>> findOne(const QString &column,
                                                        const QVariant &value);
    // Like findOne, but a damaged webhook is an answer, not an error: the uniqueness checks of
    // add() and update() must see it.
    hb::Result<std::optional<StoredWebhook>> findStored(const QString &column,
                                                        const QVariant &value);

    Database &m_db;
};

} // namespace hb::store
