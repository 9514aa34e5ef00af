#pragma once

#include "common/result.h"
#include "mapping/webhook.h"
#include "records.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

namespace hb::services {

// A stored request made ready to send again (SPEC §6, Replay; `delivery replay`, the window's
// Replay). Sent with delivery::HttpSender, as `send` and the Sender page send.
struct ReplayRequest {
    QUrl url;
    QByteArray method;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QString newKey; // the fresh webhook-id / idempotency-key; empty when none was given
};

class DeliveryReplay {
public:
    // Where a stored request goes again: `url` when given (an address without a path, such as
    // "http://host:8080", gets the stored target), else the URL of its webhook as `send` finds
    // it (WebhookUrl), with the stored query string. `webhook` is null once it was removed.
    static hb::Result<QUrl> url(const DeliveryRecord &record, const mapping::Webhook *webhook,
                                const QString &url);
    // True for a header that belongs to one connection or its framing (Host, Content-Length,
    // Transfer-Encoding, Connection, Expect...): the client that sends again makes its own.
    static bool isConnectionHeader(QByteArrayView name);
    // The request as received, minus its connection headers. With `newId`, the webhook-id and
    // idempotency-key headers it had get a fresh value, a webhook-timestamp `now`, and the
    // signature is made again when the webhook signs, so the catcher takes it as a new delivery
    // rather than answering it as a duplicate.
    static hb::Result<ReplayRequest> prepare(const DeliveryRecord &record,
                                             const mapping::Webhook *webhook, const QUrl &url,
                                             bool newId, const QDateTime &now);
};

} // namespace hb::services
