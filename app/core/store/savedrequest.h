#pragma once

#include <QJsonObject>
#include <QMetaType>
#include <QString>

namespace hb::store {

// A request the Sender keeps under a name, for one webhook (table saved_requests): the form as
// the Sender page writes it, which the store keeps as it is. It goes with its webhook.
struct SavedRequest {
    qint64 id = 0; // 0 until stored
    qint64 webhookId = 0;
    QString name; // unique per webhook
    QJsonObject request;
    QString updatedAt; // hb::isoUtc
};

} // namespace hb::store

Q_DECLARE_METATYPE(hb::store::SavedRequest)
