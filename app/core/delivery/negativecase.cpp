#include "negativecase.h"

#include <QCoreApplication>

namespace hb::delivery {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("hb::delivery::NegativeCase", text);
}

// "Failed", "Sample": the status as the delivery log names it.
QString statusWord(DeliveryStatus status)
{
    QString word = deliveryStatusName(status);
    if (!word.isEmpty())
        word[0] = word[0].toUpper();
    return word;
}

} // namespace

QString NegativeExpectation::text() const
{
    if (httpStatus < 200 || httpStatus > 299)
        return tr("%1 refused").arg(httpStatus);
    if (duplicate)
        return tr("%1 duplicate of the first").arg(httpStatus);
    if (deliveryStatus)
        return tr("%1, then %2").arg(httpStatus).arg(statusWord(*deliveryStatus));
    return QString::number(httpStatus);
}

QString NegativeActual::text() const
{
    if (httpStatus == 0)
        return tr("no answer: %1").arg(error);
    if (httpStatus < 200 || httpStatus > 299)
        return tr("%1 refused").arg(httpStatus);
    if (duplicate)
        return tr("%1 duplicate of the first").arg(httpStatus);
    if (answerOnly)
        return tr("%1 (the delivery is not in this store: only the answer was compared)")
            .arg(httpStatus);
    if (deliveryStatus) {
        if (*deliveryStatus == DeliveryStatus::Pending)
            return tr("%1, still Pending (not processed in time)").arg(httpStatus);
        return tr("%1, then %2").arg(httpStatus).arg(statusWord(*deliveryStatus));
    }
    return QString::number(httpStatus);
}

} // namespace hb::delivery
