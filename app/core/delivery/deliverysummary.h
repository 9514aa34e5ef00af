#pragma once

#include "store/deliveryrepository.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace hb::delivery {

// The readable words for a delivery: its status, its changes, what to do about a failure and
// what the catcher answered. Shared by `hookbench delivery` and the window's Deliveries page so
// that support staff read the same thing in both (plain text, no markup, no GUI).
class DeliverySummary {
public:
    // One applied change, split for a table; changeText() joins the same parts for a line.
    struct Change {
        QString kind;         // "field", "currency" or "message"
        QString subject;      // the field key, the currency, or "message to #channel"
        QString before;       // as plainValue(); empty for a message
        QString after;        // the new value, or the message's text
        QString operatorName; // add, subtract, overwrite; empty for a message
    };

    // "success", "failed", "pending" or "pending (stale)": the CLI's words.
    static QString statusText(const store::DeliveryRecord &record);
    // A JSON value in plain text: strings bare, unset as "-".
    static QString valueText(const QJsonValue &value);
    static Change change(const QJsonObject &change);
    // "total-deposit: 10 → 22.5 (add)", "message to #general: Ann deposited 10".
    static QString changeText(const QJsonObject &change);
    // What support staff can do about a Failed delivery's reason.
    struct NextStep {
        QString advice;          // empty when the reason suggests nothing, or it did not fail
        bool rerunHelps = false; // a re-run applies the webhook's current mapping to the same
                                 // request, so it helps once the advice was followed
    };
    static NextStep nextStep(const store::DeliveryRecord &record);
    // The webhook-id or idempotency-key header the request carried (empty when none): repeats of
    // it are answered as duplicates and never stored again.
    static QString idempotencyKey(const store::DeliveryRecord &record);
    // The body of the catcher's 202 for this delivery as WebhookIntake writes it: when it was
    // stored ({"delivery_id":12,"status":"pending"}), or, with `duplicate`, for a repeat of it
    // now (the delivery's current status and "duplicate":true).
    static QByteArray acceptedBody(const store::DeliveryRecord &record, bool duplicate);
};

} // namespace hb::delivery
