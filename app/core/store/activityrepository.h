#pragma once

#include "common/result.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace hb::store {

class Database;

// One change of a custom field (SPEC §1 user field history).
struct HistoryEntry {
    qint64 id = 0;
    QString email, username, field, op, source, at;
    QJsonValue oldValue, newValue; // typed like `user show`; null = unset
    qint64 deliveryId = 0;         // 0: not from a delivery
};

// One coins/XP change (SPEC §1 gamification log).
struct GamificationEntry {
    qint64 id = 0;
    QString email, username, currency, action, at;
    qint64 delta = 0, balance = 0, deliveryId = 0;
};

struct MessageEntry {
    qint64 id = 0;
    QString channel, text, author, at;
    qint64 deliveryId = 0;
};

struct Channel {
    qint64 id = 0;
    QString name, createdAt;
    qint64 messageCount = 0;
};

// What processing changed, for `history`, `gamification-log`, `message list` and the app's logs.
// Every list is in the order it happened (oldest first); `limit` > 0 keeps only the newest ones.
class ActivityRepository {
public:
    explicit ActivityRepository(Database &db);

    // userId 0: every user; field empty: every field.
    hb::Result<QList<HistoryEntry>> history(qint64 userId, const QString &field, int limit = 0);
    hb::Result<QList<GamificationEntry>> gamificationLog(qint64 userId, int limit = 0);
    // channel empty: every channel.
    hb::Result<QList<MessageEntry>> messages(const QString &channel, int limit = 0);
    hb::Result<QList<Channel>> channels();
    // Whether the field history mentions `field` (it may have been removed since).
    hb::Result<bool> historyHasField(const QString &field);

private:
    Database &m_db;
};

} // namespace hb::store
