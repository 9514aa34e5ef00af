#include "webhookservice.h"

#include "storeevents.h"

#include "mapping/deliveryplanner.h"
#include "mapping/webhookconfig.h"
#include "store/database.h"
#include "store/fieldrepository.h"

namespace hb::services {

using mapping::Webhook;
using mapping::WebhookConfig;

WebhookService::WebhookService(store::Database &db)
    : m_db(db)
    , m_webhooks(db)
{}

void WebhookService::changed(qint64 id)
{
    emit StoreEvents::instance().webhooksChanged(id);
}

hb::Result<QList<store::StoredWebhook>> WebhookService::list()
{
    return m_webhooks.listAll();
}

hb::Result<Webhook> WebhookService::find(const QString &name)
{
    auto found = m_webhooks.findByName(name.trimmed());
    if (!found)
        return hb::Error{found.error()};
    if (!found->has_value())
        return hb::fail(QStringLiteral("no webhook named \"%1\"").arg(name.trimmed()),
                        ErrorKind::NotFound);
    return **found;
}

hb::Result<Webhook> WebhookService::findById(qint64 id)
{
    auto found = m_webhooks.findById(id);
    if (!found)
        return hb::Error{found.error()};
    if (!found->has_value())
        return hb::fail(QStringLiteral("no webhook with id %1 (it was removed)").arg(id),
                        ErrorKind::NotFound);
    return **found;
}

hb::Status WebhookService::checkMapping(const Webhook &webhook)
{
    auto fields = store::FieldRepository(m_db).list();
    if (!fields)
        return hb::Error{fields.error()};
    // The configuration file's own validation, so that the window, the CLI and an imported file
    // accept exactly the same webhooks.
    auto checked = WebhookConfig::fromJsonObject(WebhookConfig::toJson(webhook), &*fields);
    if (!checked)
        return hb::Error{checked.error()};
    return hb::success();
}

hb::Result<Webhook> WebhookService::createDraft(const QString &name)
{
    const QString base = name.trimmed().isEmpty() ? QStringLiteral("New webhook") : name.trimmed();
    auto all = m_webhooks.listAll();
    if (!all)
        return hb::Error{all.error()};
    auto taken = [&all](const QString &candidate) {
        for (const store::StoredWebhook &stored : *all) {
            if (stored.webhook.name == candidate)
                return true;
        }
        return false;
    };
    QString unique = base;
    for (int n = 2; taken(unique); ++n)
        unique = QStringLiteral("%1 %2").arg(base).arg(n);
    Webhook draft;
    draft.name = unique;
    draft.draft = true;
    return create(draft);
}

hb::Result<Webhook> WebhookService::create(const Webhook &webhook)
{
    if (hb::Status valid = checkMapping(webhook); !valid)
        return hb::Error{valid.error()};
    auto added = m_webhooks.add(webhook);
    if (added)
        changed(added->id);
    return added;
}

hb::Result<Webhook> WebhookService::update(const Webhook &webhook)
{
    if (hb::Status valid = checkMapping(webhook); !valid)
        return hb::Error{valid.error()};
    if (hb::Status saved = m_webhooks.update(webhook); !saved)
        return hb::Error{saved.error()};
    changed(webhook.id);
    return findById(webhook.id);
}

hb::Result<Webhook> WebhookService::rename(const QString &oldName, const QString &newName)
{
    auto webhook = find(oldName);
    if (!webhook)
        return webhook;
    return renameById(webhook->id, newName);
}

hb::Result<Webhook> WebhookService::renameById(qint64 id, const QString &newName)
{
    auto webhook = findById(id);
    if (!webhook)
        return webhook;
    if (newName.trimmed().isEmpty())
        return hb::fail(QStringLiteral("a webhook needs a name"));
    webhook->name = newName.trimmed();
    // Only the label changes: the mapping is not checked again, so that a webhook whose field
    // was removed since can still be renamed.
    if (hb::Status saved = m_webhooks.update(*webhook); !saved)
        return hb::Error{saved.error()};
    changed(id);
    return webhook;
}

hb::Status WebhookService::remove(const QString &name)
{
    if (hb::Status removed = m_webhooks.remove(name); !removed)
        return removed;
    changed(0);
    return hb::success();
}

hb::Status WebhookService::removeById(qint64 id)
{
    auto stored = m_webhooks.findStoredById(id);
    if (!stored)
        return hb::Error{stored.error()};
    if (!stored->has_value())
        return hb::fail(QStringLiteral("no webhook with id %1 (it was removed)").arg(id),
                        ErrorKind::NotFound);
    return remove((*stored)->webhook.name);
}

hb::Result<Webhook> WebhookService::setDraft(qint64 id, bool draft)
{
    auto webhook = findById(id);
    if (!webhook)
        return webhook;
    if (!draft && webhook->user.path.isEmpty())
        return hb::fail(QStringLiteral("\"%1\" cannot go live yet: map the user (%2) to a payload "
                                       "node first")
                            .arg(webhook->name, mapping::identifierName(webhook->user.identifier)));
    webhook->draft = draft;
    return update(*webhook);
}

hb::Result<Webhook> WebhookService::parseConfig(const QByteArray &json)
{
    auto fields = store::FieldRepository(m_db).list();
    if (!fields)
        return hb::Error{fields.error()};
    return WebhookConfig::fromJson(json, &*fields);
}

hb::Result<Webhook> WebhookService::importConfig(const QByteArray &json, ImportMode mode)
{
    auto parsed = parseConfig(json);
    if (!parsed)
        return parsed;
    return importWebhook(*parsed, mode);
}

hb::Result<Webhook> WebhookService::importWebhook(const Webhook &webhook, ImportMode mode)
{
    if (mode == ImportMode::Add)
        return create(webhook);
    auto existing = find(webhook.name);
    if (!existing)
        return existing;
    Webhook replacement = webhook;
    replacement.id = existing->id;
    if (replacement.token.isEmpty())
        replacement.token = existing->token;
    return update(replacement);
}

hb::Result<QJsonObject> WebhookService::exportConfig(const QString &name)
{
    auto webhook = find(name);
    if (!webhook)
        return hb::Error{webhook.error()};
    return WebhookConfig::toJson(*webhook);
}

hb::Status WebhookService::setSample(qint64 id, const QJsonObject &sample)
{
    if (hb::Status saved = m_webhooks.setSampleRequest(id, sample); !saved)
        return saved;
    changed(id);
    return hb::success();
}

hb::Result<QJsonObject> WebhookService::sample(qint64 id)
{
    return m_webhooks.sampleRequest(id);
}

hb::Result<std::optional<store::User>> WebhookService::findUser(mapping::Identifier identifier,
                                                                const QString &value)
{
    store::UserRepository users(m_db);
    return identifier == mapping::Identifier::Email ? users.findByEmail(value)
                                                    : users.findByUsername(value);
}

hb::Result<mapping::DeliveryPlan> WebhookService::preview(const mapping::Webhook &webhook,
                                                          const QJsonValue &payload) const
{
    auto fields = store::FieldRepository(m_db).list();
    if (!fields)
        return fields.failure();
    store::UserRepository users(m_db);
    // The users as they are now; the processor's own lookup also sees this delivery's batch.
    auto findUser =
        [&users](mapping::Identifier identifier,
                 const QString &value) -> hb::Result<std::optional<mapping::UserState>> {
        auto found = identifier == mapping::Identifier::Email ? users.findByEmail(value)
                                                              : users.findByUsername(value);
        if (!found)
            return found.failure();
        if (!*found)
            return std::optional<mapping::UserState>();
        mapping::UserState state;
        state.id = (*found)->id;
        state.label = (*found)->email;
        state.coins = (*found)->coins;
        state.xp = (*found)->xp;
        state.fields = (*found)->fields;
        return std::optional<mapping::UserState>(std::move(state));
    };
    return mapping::DeliveryPlanner::plan(webhook, payload, *fields, findUser);
}

} // namespace hb::services
