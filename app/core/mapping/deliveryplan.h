#pragma once

#include "mapping/changeplan.h"
#include "mapping/changeplanner.h"

#include <QList>
#include <QString>

#include <optional>

namespace hb::mapping {

// What one delivery does under its webhook's whole mapping (SPEC §2, §6): nothing when a `when`
// condition does not hold (Skipped), else one item per element of `for_each` (or one item for
// the whole payload), each with its user and changes, and at most one message.
struct DeliveryPlan {
    struct Item {
        int index = -1;     // the element's index under for_each; -1 without for_each
        QString pointer;    // the element's JSON Pointer ("/results/3"); "" without for_each
        QString identifier; // the user's email or username as read from the item
        UserState user;     // the matched user as this item finds it (after earlier items)
        ChangePlan plan;    // this item's field and currency changes (never a message)
    };

    bool skipped = false;
    QString skipReason; // the first condition not met, or the empty for_each array
    QList<Item> items;
    std::optional<ChangePlan::MessageChange> message;
};

} // namespace hb::mapping
