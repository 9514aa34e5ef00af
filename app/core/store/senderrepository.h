#pragma once

#include "common/result.h"
#include "savedrequest.h"
#include "sentrequest.h"

#include <QList>

namespace hb::store {

class Database;

// The Sender's saved requests (per webhook, by name) and its history of sends, on one store
// connection. How much history to keep is the caller's choice (services::SenderService).
class SenderRepository {
public:
    explicit SenderRepository(Database &db);

    // The webhook's saved requests by name.
    hb::Result<QList<SavedRequest>> savedRequests(qint64 webhookId);
    // Stores `saved` under its name, or replaces the request saved under that name for its
    // webhook (which keeps its id). NotFound when the webhook is not there. Its own transaction.
    hb::Result<SavedRequest> saveRequest(const SavedRequest &saved);
    // NotFound when there is no such saved request.
    hb::Status removeSavedRequest(qint64 id);

    // Adds a send and keeps only the newest `keep`, in one transaction; the new send's id.
    hb::Result<qint64> appendSent(const SentRequest &sent, int keep);
    // Newest first.
    hb::Result<QList<SentRequest>> sentRequests(int limit);
    hb::Status clearSent();

private:
    Database &m_db;
};

} // namespace hb::store
