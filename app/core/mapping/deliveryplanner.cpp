#include "deliveryplanner.h"

#include "mapping/changeplanner.h"
#include "mapping/conditionevaluator.h"
#include "mapping/valuetext.h"
#include "payload/jsonpointer.h"

#include <QHash>
#include <QJsonArray>

namespace hb::mapping {
namespace {

// The user an item names, as earlier items of this delivery left them.
hb::Result<UserState> itemUser(const Webhook &webhook, const QString &identifier,
                               const DeliveryPlanner::FindUser &findUser,
                               const QHash<qint64, UserState> &planned)
{
    auto found = findUser(webhook.user.identifier, identifier);
    if (!found)
        return found.failure();
    if (!*found)
        return hb::fail(QStringLiteral("no user with %1 \"%2\"")
                            .arg(identifierName(webhook.user.identifier), identifier),
                        ErrorKind::UnknownUser);
    if (auto earlier = planned.constFind((*found)->id); earlier != planned.constEnd())
        return *earlier;
    return **found;
}

hb::Result<DeliveryPlan::Item> planItem(const Webhook &webhook, const QJsonValue &item,
                                        const QList<CustomField> &fields,
                                        const DeliveryPlanner::FindUser &findUser,
                                        QHash<qint64, UserState> &planned)
{
    DeliveryPlan::Item planItem;
    auto identifier = ChangePlanner::userIdentifier(webhook, item);
    if (!identifier)
        return identifier.failure();
    planItem.identifier = *identifier;
    auto user = itemUser(webhook, *identifier, findUser, planned);
    if (!user)
        return user.failure();
    planItem.user = std::move(*user);
    auto plan = ChangePlanner::planItem(webhook, item, planItem.user, fields);
    if (!plan)
        return plan.failure();
    planItem.plan = std::move(*plan);
    // Only for_each can meet the same user again; one item spares the copy of the user.
    if (!webhook.forEach.isEmpty())
        planned.insert(planItem.user.id, ChangePlanner::after(planItem.user, planItem.plan));
    return planItem;
}

// The for_each array, or why there is none.
hb::Result<QJsonArray> forEachArray(const Webhook &webhook, const QJsonValue &payload)
{
    auto pointer = payload::JsonPointer::parse(webhook.forEach);
    if (!pointer)
        return pointer.failure();
    const std::optional<QJsonValue> value = pointer->resolve(payload);
    if (!value)
        return hb::fail(
            QStringLiteral("for_each path %1 not found in payload").arg(webhook.forEach),
            ErrorKind::MissingPath);
    if (!value->isArray())
        return hb::fail(QStringLiteral("value %1 at %2 (for_each) is not an array")
                            .arg(ValueText::describe(*value), webhook.forEach),
                        ErrorKind::WrongValueKind);
    return value->toArray();
}

} // namespace

hb::Result<DeliveryPlan> DeliveryPlanner::plan(const Webhook &webhook, const QJsonValue &payload,
                                               const QList<CustomField> &fields,
                                               const FindUser &findUser)
{
    DeliveryPlan plan;
    if (std::optional<QString> unmet = ConditionEvaluator::firstUnmet(webhook.when, payload)) {
        plan.skipped = true;
        plan.skipReason = *unmet;
        return plan;
    }
    QHash<qint64, UserState> planned; // users as the items so far leave them
    if (webhook.forEach.isEmpty()) {
        auto item = planItem(webhook, payload, fields, findUser, planned);
        if (!item)
            return item.failure();
        plan.items.append(std::move(*item));
    } else {
        auto array = forEachArray(webhook, payload);
        if (!array)
            return array.failure();
        if (array->isEmpty()) {
            plan.skipped = true;
            plan.skipReason =
                QStringLiteral("for_each %1 is an empty array: no items").arg(webhook.forEach);
            return plan;
        }
        for (qsizetype i = 0; i < array->size(); ++i) {
            const QString pointer = webhook.forEach + QLatin1Char('/') + QString::number(i);
            auto item = planItem(webhook, array->at(i), fields, findUser, planned);
            if (!item)
                return hb::fail(
                    QStringLiteral("item %1 (%2): %3").arg(i).arg(pointer, item.error()),
                    item.errorKind());
            item->index = int(i);
            item->pointer = pointer;
            plan.items.append(std::move(*item));
        }
    }
    auto message = ChangePlanner::planMessage(webhook, payload);
    if (!message)
        return message.failure();
    plan.message = *message;
    return plan;
}

} // namespace hb::mapping
