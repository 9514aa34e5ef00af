#include "senderservice.h"

namespace hb::services {

SenderService::SenderService(store::Database &db)
    : m_sender(db)
{}

hb::Result<QList<SavedRequest>> SenderService::savedRequests(qint64 webhookId)
{
    return m_sender.savedRequests(webhookId);
}

hb::Result<SavedRequest> SenderService::saveRequest(qint64 webhookId, const QString &name,
                                                    const QJsonObject &request)
{
    SavedRequest saved;
    saved.webhookId = webhookId;
    saved.name = name.trimmed();
    saved.request = request;
    if (saved.name.isEmpty())
        return hb::fail(QStringLiteral("a saved request needs a name"));
    return m_sender.saveRequest(saved);
}

hb::Status SenderService::removeSavedRequest(qint64 id)
{
    return m_sender.removeSavedRequest(id);
}

hb::Result<qint64> SenderService::recordSend(const SentRequest &sent)
{
    SentRequest kept = sent;
    kept.body.truncate(bodyKeep);
    kept.responseBody.truncate(bodyKeep);
    return m_sender.appendSent(kept, historySize);
}

hb::Result<QList<SentRequest>> SenderService::sendHistory(int limit)
{
    return m_sender.sentRequests(limit);
}

hb::Status SenderService::clearSendHistory()
{
    return m_sender.clearSent();
}

} // namespace hb::services
