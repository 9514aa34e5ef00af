#pragma once

// What the catcher's tests share: a store with one user (alice, coins) and a webhook of each kind
// a request can meet (plain, keyed, signed, disabled, gcm, cbc), and a CatcherService on a free
// loopback port that processes what it stores. A test class derives from QObject and from this,
// calls startCatcher() in initTestCase() and stopCatcher() in cleanupTestCase().
#include "catcherclient.h"
#include "delivery/catcherservice.h"
#include "store/database.h"
#include "store/deliveryrepository.h"
#include "store/userrepository.h"
#include "store/webhookrepository.h"
#include "storeseed.h"
#include "tempstore.h"

#include <QHash>
#include <QTest>

#include <memory>

class CatcherFixture {
protected:
    static inline const QString signingSecret =
        QStringLiteral("whsec_") + QString::fromLatin1(QByteArray(32, '\x5a').toBase64());
    static inline const QByteArray encryptionKey = "0123456789abcdef0123456789abcdef";

    TempStore m_store;
    std::unique_ptr<hb::store::Database> m_db;
    std::unique_ptr<hb::delivery::CatcherService> m_service;
    QHash<QString, QByteArray> m_targets; // webhook name -> /hooks/<token>

    void addWebhook(hb::mapping::Webhook webhook)
    {
        webhook.user = {hb::mapping::Identifier::Email, QStringLiteral("/email")};
        webhook.currencies = {
            {hb::mapping::Currency::Coins, hb::mapping::Operator::Add, QStringLiteral("/bonus")}};
        m_targets.insert(webhook.name, StoreSeed::addWebhook(*m_db, webhook));
    }

    qint64 coins()
    {
        hb::store::UserRepository users(*m_db);
        auto user = users.findByEmail(QStringLiteral("alice@example.com"));
        return user.ok() && user->has_value() ? (*user)->coins : -1;
    }

    hb::store::DeliveryRecord waitProcessed(qint64 id)
    {
        hb::store::DeliveryRepository deliveries(*m_db);
        hb::store::DeliveryRecord record;
        for (int i = 0; i < 400; ++i) {
            auto found = deliveries.find(id);
            if (found.ok() && found->has_value() && (*found)->status != hb::DeliveryStatus::Pending)
                return **found;
            QTest::qWait(50);
        }
        return record;
    }

    qint64 deliveryCount()
    {
        hb::store::DeliveryRepository deliveries(*m_db);
        hb::store::DeliveryFilter filter;
        filter.limit = 100000;
        auto list = deliveries.list(filter);
        return list.ok() ? list->size() : -1;
    }

    // Balances read before a request are only its own starting point once the deliveries that
    // earlier tests left to the processor are done.
    void waitNothingPending(int timeoutMs = 20000)
    {
        hb::store::DeliveryRepository deliveries(*m_db);
        hb::store::DeliveryFilter pending;
        pending.status = hb::DeliveryStatus::Pending;
        QTRY_VERIFY_WITH_TIMEOUT(
            deliveries.list(pending).ok() && deliveries.list(pending)->isEmpty(), timeoutMs);
    }

    QUrl base() const { return m_service->baseUrl(); }

    // One request on a fresh connection.
    CaughtResponse once(const QByteArray &wire)
    {
        CatcherClient client(base());
        if (!client.isConnected())
            return {};
        return client.request(wire).value_or(CaughtResponse{});
    }

    QByteArray bonus(int amount)
    {
        return R"({"email":"alice@example.com","bonus":)" + QByteArray::number(amount) + "}";
    }

    void startCatcher()
    {
        QVERIFY(m_store.isValid());
        m_db = std::make_unique<hb::store::Database>(m_store.path());
        QVERIFY(m_db->open().ok());
        StoreSeed::addUser(*m_db, QStringLiteral("alice@example.com"), QStringLiteral("alice"));

        const auto named = [](const char *name) {
            hb::mapping::Webhook webhook;
            webhook.name = QString::fromLatin1(name);
            return webhook;
        };
        hb::mapping::Webhook keyed = named("keyed");
        keyed.apiKey = QStringLiteral("k3y-0123456789abcdef0123456789abcdef");
        hb::mapping::Webhook signedHook = named("signed");
        signedHook.signingSecret = signingSecret;
        hb::mapping::Webhook disabled = named("disabled");
        disabled.enabled = false;
        hb::mapping::Webhook gcm = named("gcm");
        gcm.encryption = hb::mapping::Encryption{hb::mapping::EncryptionMode::Gcm,
                                                 QString::fromLatin1(encryptionKey)};
        hb::mapping::Webhook cbc = named("cbc");
        cbc.encryption = hb::mapping::Encryption{hb::mapping::EncryptionMode::Cbc,
                                                 QString::fromLatin1(encryptionKey)};
        for (const hb::mapping::Webhook &webhook :
             {named("plain"), keyed, signedHook, disabled, gcm, cbc})
            addWebhook(webhook);

        m_service = std::make_unique<hb::delivery::CatcherService>(m_store.path());
        hb::delivery::CatcherSettings settings;
        settings.port = 0;
        settings.limits.requestTimeoutMs = 1500;
        const hb::Status started = m_service->start(settings);
        QVERIFY2(started.ok(), qPrintable(started.error()));
        QVERIFY(m_service->isListening());
        QCOMPARE(base().host(), QStringLiteral("127.0.0.1"));
        QVERIFY(base().port() > 0);
        QCOMPARE(m_service->webhookUrl(QStringLiteral("abc")),
                 base().toString() + QStringLiteral("/hooks/abc"));
    }

    void stopCatcher()
    {
        if (m_service)
            m_service->stop();
        m_service.reset();
    }
};
