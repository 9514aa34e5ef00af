#pragma once

#include "common/result.h"
#include "mapping/deliveryplan.h"
#include "mapping/webhook.h"
#include "store/userrepository.h"
#include "store/webhookrepository.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace hb::store {
class Database;
}

namespace hb::services {

// Everything front ends do to webhooks (SPEC §2), on one store connection, for the thread that
// owns it: the CLI calls it directly, the window through a services::StoreExecutor. It validates
// against the custom fields, keeps webhooks an identity (id and token; the name is a label) and
// says every committed change through StoreEvents.
class WebhookService {
public:
    explicit WebhookService(store::Database &db);

    // Every stored webhook by name, the damaged ones too.
    hb::Result<QList<store::StoredWebhook>> list();
    // By current name; a message naming it when there is none.
    hb::Result<mapping::Webhook> find(const QString &name);
    hb::Result<mapping::Webhook> findById(qint64 id);

    // A new webhook as the window makes it: a draft with no user path yet, named `name` (made
    // unique with " 2", " 3"... when taken), with a fresh token.
    hb::Result<mapping::Webhook> createDraft(const QString &name);
    // Adds a webhook; its mapping is checked against the custom fields.
    hb::Result<mapping::Webhook> create(const mapping::Webhook &webhook);
    // Saves a webhook's new settings and mapping, by id (name and token may change; they stay
    // unique). A live webhook must say where the user is.
    hb::Result<mapping::Webhook> update(const mapping::Webhook &webhook);
    hb::Result<mapping::Webhook> rename(const QString &oldName, const QString &newName);
    hb::Result<mapping::Webhook> renameById(qint64 id, const QString &newName);
    // Deliveries stay, with the webhook's last name.
    hb::Status remove(const QString &name);
    hb::Status removeById(qint64 id);
    // Makes a draft live (its next requests are processed) or a live webhook a draft again.
    hb::Result<mapping::Webhook> setDraft(qint64 id, bool draft);

    enum class ImportMode {
        Add,     // a new webhook; its name must be free
        Replace, // the webhook of that name takes the file's configuration in place: same id,
                 // same deliveries, same token unless the file gives one
    };
    // A configuration file (SPEC §2) read and checked against the custom fields; messages name
    // the member at fault.
    hb::Result<mapping::Webhook> parseConfig(const QByteArray &json);
    // Stores a parsed configuration as a new webhook or in place of the one of its name.
    hb::Result<mapping::Webhook> importWebhook(const mapping::Webhook &webhook, ImportMode mode);
    // parseConfig() then importWebhook().
    hb::Result<mapping::Webhook> importConfig(const QByteArray &json, ImportMode mode);
    hb::Result<QJsonObject> exportConfig(const QString &name);

    // The request caught for designing (an empty object when none).
    hb::Status setSample(qint64 id, const QJsonObject &sample);
    hb::Result<QJsonObject> sample(qint64 id);

    // The user a webhook's "map to user" finds for `value`, looked up the way its identifier
    // says (an email is not tried as a username): what the designer's preview names before
    // anything is applied. Nothing when there is no such user.
    hb::Result<std::optional<store::User>> findUser(mapping::Identifier identifier,
                                                    const QString &value);

    // What `webhook` (as edited, not necessarily stored) would do with `payload`: the designer's
    // preview. Looks users up on this connection and writes nothing; a Skipped plan names the
    // unmet condition, a failure says why the delivery would fail.
    hb::Result<mapping::DeliveryPlan> preview(const mapping::Webhook &webhook,
                                              const QJsonValue &payload) const;

private:
    // The webhook's field and currency mappings against the custom fields as they are now.
    hb::Status checkMapping(const mapping::Webhook &webhook);
    void changed(qint64 id);

    store::Database &m_db;
    store::WebhookRepository m_webhooks;
};

} // namespace hb::services
