#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QPair>
#include <QString>

namespace hb::store {

class Database;

// A request refused before it became a delivery (401, and 403/404 too), kept for support staff.
struct RejectedRequest {
    qint64 id = 0;        // 0 until stored
    qint64 webhookId = 0; // 0: no webhook (unknown token)
    QString webhookName;
    int status = 0;
    QString reason; // "wrong x-api-key", "webhook-signature: no valid signature"
    QByteArray method, target;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray bodyHead; // the first bodyHeadSize bytes of the body
    QString remoteAddress;
    QString at; // hb::isoUtc
};

// The bounded log of refused requests (table rejected_requests): only the newest `keep` rows
// stay, so a flood of bad requests cannot fill the disk.
class RejectionLog {
public:
    explicit RejectionLog(Database &db);

    // Inside the caller's open write transaction (the catcher's writer); trims old rows.
    hb::Status append(const QList<RejectedRequest> &rejected);
    // Newest first.
    hb::Result<QList<RejectedRequest>> recent(int limit = 100);
    hb::Result<qint64> count();

    static constexpr int keep = 500;
    static constexpr int bodyHeadSize = 4096;

private:
    Database &m_db;
};

} // namespace hb::store

Q_DECLARE_METATYPE(hb::store::RejectedRequest)
