#include "deliverystatus.h"

#include <QStringList>

namespace hb {

QString deliveryStatusName(DeliveryStatus status)
{
    switch (status) {
    case DeliveryStatus::Pending:
        return QStringLiteral("pending");
    case DeliveryStatus::Success:
        return QStringLiteral("success");
    case DeliveryStatus::Failed:
        return QStringLiteral("failed");
    case DeliveryStatus::Skipped:
        return QStringLiteral("skipped");
    case DeliveryStatus::Sample:
        return QStringLiteral("sample");
    }
    return QStringLiteral("pending");
}

std::optional<DeliveryStatus> deliveryStatusFromName(QStringView name)
{
    for (DeliveryStatus status : allDeliveryStatuses()) {
        if (name == deliveryStatusName(status))
            return status;
    }
    return std::nullopt;
}

QList<DeliveryStatus> allDeliveryStatuses()
{
    return {DeliveryStatus::Pending, DeliveryStatus::Success, DeliveryStatus::Failed,
            DeliveryStatus::Skipped, DeliveryStatus::Sample};
}

QString deliveryStatusNames()
{
    QStringList names;
    for (DeliveryStatus status : allDeliveryStatuses())
        names << deliveryStatusName(status);
    return names.join(QLatin1String(", "));
}

bool canRerun(DeliveryStatus status)
{
    return status == DeliveryStatus::Failed || status == DeliveryStatus::Skipped
           || status == DeliveryStatus::Sample;
}

} // namespace hb
