#pragma once

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QPair>
#include <QString>

namespace hb::store {

// One send of the Sender and the answer it got (table sent_requests). It stays after its webhook
// is removed, under the name it was sent to.
struct SentRequest {
    qint64 id = 0;        // 0 until stored
    QString sentAt;       // hb::isoUtc; now when empty
    qint64 webhookId = 0; // 0: none (or stored as NULL)
    QString webhookName;
    QByteArray method;
    QString url;
    QList<QPair<QByteArray, QByteArray>> headers; // the request's, in order
    QByteArray body;                              // the request's
    int status = 0;                               // 0: no answer came (error says why)
    QString reason;                               // the answer's reason phrase
    QByteArray responseBody;
    qint64 elapsedMs = 0;
    QString error; // why there was no answer; empty when one came
};

} // namespace hb::store

Q_DECLARE_METATYPE(hb::store::SentRequest)
