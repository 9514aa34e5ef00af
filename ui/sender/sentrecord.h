#pragma once

#include "delivery/sendanswer.h"
#include "services/records.h"

namespace hb::ui {

// One send as the Sender page keeps it in the store's history (services::SentRequest) and shows
// it again after a restart (delivery::SendAnswer): the two directions in one place.
class SentRecord {
public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;
    static services::SentRequest of(qint64 webhookId, const QString &webhookName,
                                    const Headers &headers, const QByteArray &body,
                                    const delivery::SendAnswer &answer);
    static delivery::SendAnswer answerOf(const services::SentRequest &sent);
};

} // namespace hb::ui
