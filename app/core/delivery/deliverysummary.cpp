#include "deliverysummary.h"

#include "payload/jsonnumber.h"
#include "payload/jsonwriter.h"
#include "webhookintake.h"

#include <QJsonArray>

namespace hb::delivery {
namespace {

using Advice = DeliverySummary::NextStep;

Advice webhookRemoved()
{
    return {QStringLiteral("Its webhook was removed, so it cannot be re-run: have the sender "
                           "send it again to a webhook that exists."),
            false};
}

// The advice follows the kind the engine gave the failure (DeliveryProcessor, ChangePlanner,
// PayloadDecoder, AesCipher), never the reason's words; a kind without advice here (or a delivery
// failed before kinds were kept) gets none rather than a wrong one.
Advice adviceFor(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::UserNotMapped:
        return {QStringLiteral("Map the user in the webhook's designer: click the email or "
                               "username in the payload."),
                true};
    case ErrorKind::UnknownUser:
        return {QStringLiteral("Add this user to the community, or ask the sender to send the "
                               "identifier of an existing user."),
                true};
    case ErrorKind::MissingPath:
        return {QStringLiteral("The payload has no value at that path: fix the path in the "
                               "webhook's mapping, or ask the sender to include the value."),
                true};
    case ErrorKind::NotWholeNumber:
        return {QStringLiteral("Coins and XP take whole numbers: ask the sender to send one, or "
                               "map another path."),
                true};
    case ErrorKind::WrongValueKind:
        return {QStringLiteral("The sender sent another kind of value at that path: ask it to "
                               "send the kind the field takes, or map another path."),
                true};
    case ErrorKind::BelowZero:
        return {QStringLiteral("The user's balance is too low for this change: check the "
                               "mapping's operator and path, or the user's balance."),
                true};
    case ErrorKind::OutOfRange:
        return {QStringLiteral("The amount is out of range: check the value the sender sent and "
                               "the path the mapping reads."),
                true};
    case ErrorKind::FieldRemoved:
        return {QStringLiteral("Add the field again, or remove its row from the webhook's "
                               "mapping."),
                true};
    case ErrorKind::OperatorNotAllowed:
        return {QStringLiteral("Choose an operator the field's type allows in the webhook's "
                               "mapping."),
                true};
    case ErrorKind::BadStoredValue:
        return {QStringLiteral("Correct the user's stored value of that field."), true};
    case ErrorKind::NotEncrypted:
        return {QStringLiteral("Ask the sender to encrypt the body with this webhook's key and to "
                               "send the header x-encrypted: true.")};
    case ErrorKind::NoEncryptionKey:
        return {QStringLiteral("Turn encryption on for this webhook with the key and mode the "
                               "sender uses."),
                true};
    case ErrorKind::DecryptFailed:
        return {QStringLiteral("Check that the webhook and the sender use the same key and mode "
                               "(CBC or GCM); if the webhook's key was wrong, correct it."),
                true};
    case ErrorKind::UnreadableBody:
        return {QStringLiteral("Ask the sender to send JSON or form data, with its "
                               "Content-Type.")};
    case ErrorKind::WebhookRemoved:
        return webhookRemoved();
    case ErrorKind::WebhookDamaged:
        return {QStringLiteral("The webhook's configuration cannot be read: repair or re-import "
                               "it."),
                true};
    case ErrorKind::StoreWriteFailed:
        return {QStringLiteral("The store refused the write: once it is healthy again (disk "
                               "space, database reachable), nothing else needs to change."),
                true};
    case ErrorKind::Other:
    case ErrorKind::NotFound:
    case ErrorKind::Cancelled:
        break;
    }
    return {};
}

} // namespace

QString DeliverySummary::statusText(const store::DeliveryRecord &record)
{
    const QString status = deliveryStatusName(record.status);
    return record.stale ? status + QStringLiteral(" (stale)") : status;
}

QString DeliverySummary::valueText(const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined())
        return QStringLiteral("-");
    // A number with every digit, never with JsonNumber's mark (a marked one is held as a string).
    if (const std::optional<QString> number = payload::JsonNumber::text(value))
        return *number;
    if (value.isString())
        return value.toString();
    return QString::fromUtf8(payload::JsonWriter::write(value));
}

DeliverySummary::Change DeliverySummary::change(const QJsonObject &change)
{
    Change row;
    row.kind = change.value(QStringLiteral("kind")).toString();
    if (row.kind == QLatin1String("message")) {
        row.subject =
            QStringLiteral("message to #") + change.value(QStringLiteral("channel")).toString();
        row.after = change.value(QStringLiteral("text")).toString();
        return row;
    }
    // Anything but a field names its currency (the CLI always read it so).
    row.subject = change
                      .value(row.kind == QLatin1String("field") ? QStringLiteral("field")
                                                                : QStringLiteral("currency"))
                      .toString();
    row.before = valueText(change.value(QStringLiteral("old")));
    row.after = valueText(change.value(QStringLiteral("new")));
    row.operatorName = change.value(QStringLiteral("operator")).toString();
    return row;
}

QString DeliverySummary::changeText(const QJsonObject &change)
{
    const Change row = DeliverySummary::change(change);
    if (row.kind == QLatin1String("message"))
        return row.subject + QStringLiteral(": ") + row.after;
    return row.subject + QStringLiteral(": ") + row.before + QStringLiteral(" → ") + row.after
           + QStringLiteral(" (") + row.operatorName + QLatin1Char(')');
}

DeliverySummary::NextStep DeliverySummary::nextStep(const store::DeliveryRecord &record)
{
    if (record.status != DeliveryStatus::Failed)
        return {};
    // Whatever it failed for, a fix on this side no longer helps once the webhook is gone.
    if (record.webhookId == 0)
        return webhookRemoved();
    return adviceFor(record.reasonKind);
}

QString DeliverySummary::idempotencyKey(const store::DeliveryRecord &record)
{
    // As the catcher reads it: the first webhook-id header, or when that is empty the first
    // idempotency-key header.
    auto first = [&record](const char *name) {
        for (const auto &[key, value] : record.headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return QString::fromUtf8(value);
        }
        return QString();
    };
    const QString key = first("webhook-id");
    return key.isEmpty() ? first("idempotency-key") : key;
}

QByteArray DeliverySummary::acceptedBody(const store::DeliveryRecord &record, bool duplicate)
{
    // A new delivery was answered "pending", or "sample" when its webhook was a draft (a sample
    // stays one until it is re-run).
    const DeliveryStatus answered = duplicate || record.status == DeliveryStatus::Sample
                                        ? record.status
                                        : DeliveryStatus::Pending;
    return WebhookIntake::acceptedBody(record.id, deliveryStatusName(answered), duplicate);
}

} // namespace hb::delivery
