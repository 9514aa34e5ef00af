#pragma once

#include "mapping/webhook.h"
#include "store/database.h"
#include "store/userrepository.h"
#include "store/webhookrepository.h"

#include <QByteArray>
#include <QString>

// Community members and webhooks put straight into a store, for tests about what becomes of
// requests rather than about how members and webhooks are made. A store that refuses them ends
// the test run: every check after it would be about nothing.
class StoreSeed {
public:
    static void addUser(hb::store::Database &db, const QString &email, const QString &username)
    {
        hb::store::User user;
        user.email = email;
        user.username = username;
        const auto added = hb::store::UserRepository(db).add(user);
        if (!added)
            qFatal("cannot add user %s: %s", qPrintable(email), qPrintable(added.error()));
    }

    // Adds the webhook (with a generated token); returns its path, "/hooks/<token>".
    static QByteArray addWebhook(hb::store::Database &db, const hb::mapping::Webhook &webhook)
    {
        const auto added = hb::store::WebhookRepository(db).add(webhook);
        if (!added)
            qFatal("cannot add webhook %s: %s", qPrintable(webhook.name),
                   qPrintable(added.error()));
        return "/hooks/" + added->token.toUtf8();
    }
};
