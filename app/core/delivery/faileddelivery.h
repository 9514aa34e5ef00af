#pragma once

#include <QMetaType>
#include <QString>

namespace hb::delivery {

// A delivery that processing ended Failed, with the reason stored on it: what `serve` reports as
// it happens.
struct FailedDelivery {
    qint64 id = 0;
    QString webhookName;
    QString reason;
};

} // namespace hb::delivery

Q_DECLARE_METATYPE(hb::delivery::FailedDelivery)
