#pragma once

#include "common/result.h"
#include "mapping/customfield.h"
#include "mapping/deliveryplan.h"
#include "mapping/webhook.h"

#include <QJsonValue>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace hb::mapping {

// A delivery's whole plan under its webhook's mapping (SPEC §2, §6): the `when` conditions, then
// one ChangePlanner item per `for_each` element (or for the whole payload), then the message.
// PURE like ChangePlanner: users come from `findUser`, so the processor passes its store's
// lookup and the designer's preview a read-only one, and both get exactly the same answer.
class DeliveryPlanner {
public:
    // The user with that email or username (looked up the way the identifier says), nothing
    // when there is none; a failure only when the lookup itself fails.
    using FindUser =
        std::function<hb::Result<std::optional<UserState>>(Identifier, const QString &)>;

    // Skipped (with its reason) when a condition does not hold or the for_each array is empty;
    // a failure names what failed and, under for_each, the element:
    // `item 3 (/players/3): no user with email "x@y.z"`. Several items of one user chain: the
    // second starts from the first's result.
    static hb::Result<DeliveryPlan> plan(const Webhook &webhook, const QJsonValue &payload,
                                         const QList<CustomField> &fields,
                                         const FindUser &findUser);
};

} // namespace hb::mapping
