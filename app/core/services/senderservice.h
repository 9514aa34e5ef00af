#pragma once

#include "common/result.h"
#include "services/records.h"
#include "store/senderrepository.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace hb::store {
class Database;
}

namespace hb::services {

// The Sender's bench kept in the store (issue 15): requests saved per webhook under a name, and
// the history of sends with their answers, on one store connection (the window's through a
// StoreExecutor).
class SenderService {
public:
    explicit SenderService(store::Database &db);

    // The history keeps the newest historySize sends, and of each body (the request's and the
    // answer's) its first bodyKeep bytes: it is for reading answers again, not an archive, and
    // a tester sending megabytes in a loop must not fill the disk.
    static constexpr int historySize = 200;
    static constexpr int bodyKeep = 64 * 1024;

    // The webhook's saved requests by name.
    hb::Result<QList<SavedRequest>> savedRequests(qint64 webhookId);
    // Saves `request` under `name` (trimmed) for the webhook, in place of the one of that name.
    // An empty name or a webhook that is not there (NotFound) is a message.
    hb::Result<SavedRequest> saveRequest(qint64 webhookId, const QString &name,
                                         const QJsonObject &request);
    // NotFound when it was removed already.
    hb::Status removeSavedRequest(qint64 id);

    // Keeps a send in the history (its bodies cut at bodyKeep) and drops the oldest beyond
    // historySize; the send's id.
    hb::Result<qint64> recordSend(const SentRequest &sent);
    // Newest first.
    hb::Result<QList<SentRequest>> sendHistory(int limit = historySize);
    hb::Status clearSendHistory();

private:
    store::SenderRepository m_sender;
};

} // namespace hb::services
