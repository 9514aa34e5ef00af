#include "sentrecord.h"

#include <QDateTime>

namespace hb::ui {

services::SentRequest SentRecord::of(qint64 webhookId, const QString &webhookName,
                                     const Headers &headers, const QByteArray &body,
                                     const delivery::SendAnswer &answer)
{
    services::SentRequest sent;
    sent.sentAt = answer.sentAt.toUTC().toString(Qt::ISODateWithMs);
    sent.webhookId = webhookId;
    sent.webhookName = webhookName;
    sent.method = answer.method;
    sent.url = answer.url.toString();
    sent.headers = headers;
    sent.body = body;
    sent.status = answer.status;
    sent.reason = answer.reason;
    sent.responseBody = answer.body;
    sent.elapsedMs = answer.elapsedMs;
    sent.error = answer.error;
    return sent;
}

delivery::SendAnswer SentRecord::answerOf(const services::SentRequest &sent)
{
    delivery::SendAnswer answer;
    answer.method = sent.method;
    answer.url = QUrl(sent.url);
    answer.sentAt = QDateTime::fromString(sent.sentAt, Qt::ISODateWithMs).toLocalTime();
    answer.status = sent.status;
    answer.reason = sent.reason;
    answer.body = sent.responseBody;
    answer.elapsedMs = sent.elapsedMs;
    answer.error = sent.error;
    return answer;
}

} // namespace hb::ui
