#pragma once

// What the user view and channels view tests share: a SQLite store with the field total-deposit,
// the users ann and bob, a "Deposits" webhook (a field, coins, a message to #deposits) and a
// "Chat" one (a message to #chat only), and a real catcher on a free loopback port that processes
// what it stores: deliveries arrive over HTTP as a sender's would.
#include "tempstore.h"

#include "delivery/catcherservice.h"
#include "mapping/webhookconfig.h"
#include "services/communityservice.h"
#include "services/storeexecutor.h"
#include "store/database.h"
#include "store/deliveryrepository.h"
#include "store/userrepository.h"
#include "store/webhookrepository.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QStandardPaths>
#include <QTest>

#include <memory>

namespace userviewfixture {

inline const char *depositsConfig = R"({"name": "Deposits",
    "user": {"identifier": "email", "path": "/email"},
    "fields": [{"field": "total-deposit", "operator": "add", "path": "/amount"}],
    "currencies": [{"currency": "coins", "operator": "add", "path": "/bonus"}],
    "message": {"channel": "deposits", "template": "{{/email}} deposited {{/amount}}"}})";

inline const char *chatConfig = R"({"name": "Chat",
    "user": {"identifier": "email", "path": "/email"},
    "message": {"channel": "chat", "template": "{{/text}}"}})";

class Fixture : public QObject {
protected:
    std::unique_ptr<TempStore> m_store;
    std::unique_ptr<hb::store::Database> m_db;
    std::unique_ptr<hb::delivery::CatcherService> m_catcher;
    std::unique_ptr<hb::services::StoreExecutor> m_reader;
    QString m_depositsToken, m_chatToken;
    qint64 m_ann = 0, m_bob = 0;

    static void isolateSettings(const QString &testName)
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("hookbench-tests"));
        QCoreApplication::setApplicationName(testName);
    }

    qint64 addUser(const QString &email, const QString &username, const QString &name)
    {
        hb::store::User user;
        user.email = email;
        user.username = username;
        user.displayName = name;
        auto added = hb::store::UserRepository(*m_db).add(user);
        if (!added)
            qFatal("cannot add user: %s", qPrintable(added.error()));
        return added->id;
    }

    QString addWebhook(const char *config)
    {
        auto webhook = hb::mapping::WebhookConfig::fromJson(QByteArray(config), nullptr);
        if (!webhook)
            qFatal("bad webhook: %s", qPrintable(webhook.error()));
        auto added = hb::store::WebhookRepository(*m_db).add(*webhook);
        if (!added)
            qFatal("cannot add webhook: %s", qPrintable(added.error()));
        return added->token;
    }

    void start()
    {
        m_store = std::make_unique<TempStore>();
        m_db = std::make_unique<hb::store::Database>(m_store->path());
        QVERIFY(m_db->open().ok());
        hb::services::CommunityService community(*m_db);
        QVERIFY(community
                    .addField({QStringLiteral("total-deposit"), QStringLiteral("Total deposit"),
                               hb::mapping::FieldType::Number})
                    .ok());
        QVERIFY(community
                    .addField({QStringLiteral("nickname"), QStringLiteral("Nickname"),
                               hb::mapping::FieldType::Text})
                    .ok());
        m_ann = addUser(QStringLiteral("ann@example.com"), QStringLiteral("ann"),
                        QStringLiteral("Ann Example"));
        m_bob = addUser(QStringLiteral("bob@example.com"), QStringLiteral("bob"), QString());
        m_depositsToken = addWebhook(depositsConfig);
        m_chatToken = addWebhook(chatConfig);
        m_catcher = std::make_unique<hb::delivery::CatcherService>(m_store->path());
        hb::delivery::CatcherSettings settings;
        settings.port = 0;
        const hb::Status started = m_catcher->start(settings);
        QVERIFY2(started.ok(), qPrintable(started.error()));
        m_reader = std::make_unique<hb::services::StoreExecutor>(m_store->path());
    }

    void stop()
    {
        m_reader.reset();
        if (m_catcher)
            m_catcher->stop();
        m_catcher.reset();
        m_db.reset();
        m_store.reset();
    }

    // POSTs `body` to the webhook over HTTP and waits until the catcher has processed it; the
    // delivery's id from the 202, 0 when it did not come.
    qint64 post(const QString &token, const QByteArray &body)
    {
        QNetworkAccessManager network;
        QNetworkRequest request{QUrl(m_catcher->webhookUrl(token))};
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        QNetworkReply *reply = network.post(request, body);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        reply->deleteLater();
        if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 202)
            return 0;
        const qint64 id = QJsonDocument::fromJson(reply->readAll())
                              .object()
                              .value(QStringLiteral("delivery_id"))
                              .toInteger();
        hb::store::DeliveryRepository deliveries(*m_db);
        const bool processed = QTest::qWaitFor([&] {
            auto found = deliveries.find(id);
            return found && *found && (*found)->status != hb::DeliveryStatus::Pending;
        });
        return processed ? id : 0;
    }

    qint64 deposit(const char *email, const QByteArray &amount, int bonus)
    {
        return post(m_depositsToken, "{\"email\": \"" + QByteArray(email)
                                         + "\", \"amount\": " + amount
                                         + ", \"bonus\": " + QByteArray::number(bonus) + "}");
    }

    qint64 chat(const char *email, const QByteArray &text)
    {
        return post(m_chatToken,
                    "{\"email\": \"" + QByteArray(email) + "\", \"text\": \"" + text + "\"}");
    }

    // By hand, as `hookbench user set` and the window's forms do: kept with source (or action)
    // manual and no delivery.
    void changeByHand(qint64 userId)
    {
        hb::services::CommunityService community(*m_db);
        auto set =
            community.setFieldValue(userId, QStringLiteral("nickname"), QStringLiteral("annie"));
        QVERIFY2(set, qPrintable(set.error()));
        auto balance = community.setBalance(userId, QStringLiteral("xp"), 40);
        QVERIFY2(balance, qPrintable(balance.error()));
    }
};

} // namespace userviewfixture
