#pragma once

#include "common/result.h"
#include "mapping/changeplan.h"
#include "mapping/customfield.h"
#include "mapping/webhook.h"

#include <QJsonValue>
#include <QList>
#include <QMap>
#include <QString>

namespace hb::mapping {

// The matched user as the planner sees it.
struct UserState {
    qint64 id = 0; // the store's id of the user (for writing the changes back)
    QString label; // the email, for messages
    qint64 coins = 0, xp = 0;
    QMap<QString, QString> fields; // key -> canonical text; absent = unset
};

// Given the webhook, the decoded payload, the current state of the matched user and the
// community's fields, computes every change or the first failure with a reason. PURE: no SQL,
// no I/O, so the app's live preview calls exactly this.
class ChangePlanner {
public:
    // The identifier value at the webhook's user path, trimmed (email: lower-cased as well is up
    // to the lookup). Fails "path /x not found in payload" or when it is not a non-empty string.
    static hb::Result<QString> userIdentifier(const Webhook &webhook, const QJsonValue &payload);
    // Fields, currencies and message of one delivery without for_each (conditions aside).
    static hb::Result<ChangePlan> plan(const Webhook &webhook, const QJsonValue &payload,
                                       const UserState &user, const QList<CustomField> &fields);
    // The field and currency changes of one item (the whole payload, or one for_each element:
    // the mappings' paths are read in `item`). Never a message.
    static hb::Result<ChangePlan> planItem(const Webhook &webhook, const QJsonValue &item,
                                           const UserState &user, const QList<CustomField> &fields);
    // The webhook's message on the whole payload; nothing when it has none.
    static hb::Result<std::optional<ChangePlan::MessageChange>>
    planMessage(const Webhook &webhook, const QJsonValue &payload);
    // The user as a plan leaves them: where the next item for the same user starts.
    static UserState after(const UserState &user, const ChangePlan &plan);
};

} // namespace hb::mapping
