#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace hb {

// Where a delivery stands (SPEC §6). Code compares these; the words ("pending", ...) exist only
// at the boundaries: the store's column, the CLI's arguments and every JSON the program prints.
enum class DeliveryStatus {
    Pending, // received, not processed yet
    Success, // applied
    Failed,  // could not be applied; the reason says why
    Skipped, // its webhook's conditions did not hold; nothing changed
    Sample,  // received by a draft webhook: kept for designing, never applied on its own
};

// "pending", "success", "failed", "skipped", "sample".
QString deliveryStatusName(DeliveryStatus status);
// The status named by its word (as stored or typed), or nothing for an unknown word.
std::optional<DeliveryStatus> deliveryStatusFromName(QStringView name);
// Every status, in the order lists and filters show them.
QList<DeliveryStatus> allDeliveryStatuses();
// "pending, success, failed, skipped, sample": for messages that say what is accepted.
QString deliveryStatusNames();
// Whether a delivery in this status can be re-run under its webhook's current mapping (SPEC §6:
// Failed, Skipped and Sample; Pending is still to come and Success was applied).
bool canRerun(DeliveryStatus status);

} // namespace hb
