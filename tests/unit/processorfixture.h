#pragma once

// What every delivery processor test (test_deliveryprocessor*.cpp) starts from: a fresh store on
// SQLite or PostgreSQL with the fields total-deposit and nickname and the user ann (10 coins,
// total-deposit 10), and the steps a delivery takes there (webhook, catch, process, read back).
// A test class derives from this, and runs from runOnEveryStore<>() in main(): once per back end.
#include "storevariant.h"

#include "common/clock.h"
#include "delivery/deliveryprocessor.h"
#include "mapping/webhookconfig.h"
#include "store/database.h"
#include "store/deliveryrepository.h"
#include "store/fieldrepository.h"
#include "store/userrepository.h"
#include "store/webhookrepository.h"

#include <QCoreApplication>
#include <QObject>
#include <QSqlQuery>
#include <QTest>

class ProcessorFixture : public QObject {
    Q_OBJECT

public:
    explicit ProcessorFixture(bool postgres)
        : m_postgres(postgres)
    {}

protected:
    using Headers = QList<QPair<QByteArray, QByteArray>>;
    static inline const Headers jsonHeaders{{"Content-Type", "application/json"}};

    // The deposit webhook of SPEC §2: a number field, coins and a message.
    static constexpr const char *depositConfig = R"({
        "name": "Deposit bonus",
        "user": {"identifier": "email", "path": "/customer/email"},
        "fields": [{"field": "total-deposit", "operator": "add", "path": "/amount"}],
        "currencies": [{"currency": "coins", "operator": "subtract", "path": "/cost"}],
        "message": {"channel": "general", "template": "{{/customer/name}} deposited {{/amount}}"}
    })";

    bool m_postgres = false;
    StoreVariant m_store;
    QString m_location;                  // m_store's, for workers that open their own connection
    hb::store::Database *m_db = nullptr; // m_store's, while a test runs

    static qint64 scalar(hb::store::Database &db, const QString &sql)
    {
        QSqlQuery query(db.connection());
        if (!query.exec(sql) || !query.next())
            qFatal("query failed: %s", qPrintable(sql));
        return query.value(0).toLongLong();
    }

    hb::mapping::Webhook addWebhook(const char *config)
    {
        auto webhook = hb::mapping::WebhookConfig::fromJson(QByteArray(config), nullptr);
        if (!webhook)
            qFatal("bad webhook config: %s", qPrintable(webhook.error()));
        hb::store::WebhookRepository webhooks(*m_db);
        auto added = webhooks.add(*webhook);
        if (!added)
            qFatal("cannot add webhook: %s", qPrintable(added.error()));
        return *added;
    }

    // Stores a request to `webhook` as a Pending delivery, as the catcher would; its id.
    qint64 receive(const hb::mapping::Webhook &webhook, const QByteArray &body,
                   const Headers &headers = jsonHeaders, const QString &key = QString(),
                   const QString &receivedAt = QString())
    {
        hb::store::NewDelivery delivery;
        delivery.webhookId = webhook.id;
        delivery.webhookName = webhook.name;
        delivery.idempotencyKey = key;
        delivery.method = "POST";
        delivery.target = "/hooks/" + webhook.token.toUtf8();
        delivery.headers = headers;
        delivery.body = body;
        delivery.receivedAt = receivedAt.isEmpty() ? hb::nowIsoUtc() : receivedAt;
        if (!m_db->beginWrite())
            qFatal("cannot begin");
        hb::store::DeliveryRepository deliveries(*m_db);
        auto inserted = deliveries.insertPending({delivery});
        if (!inserted || !m_db->commit())
            qFatal("cannot insert: %s", qPrintable(inserted.error()));
        return inserted->at(0).id;
    }

    hb::store::DeliveryRecord delivery(qint64 id)
    {
        hb::store::DeliveryRepository deliveries(*m_db);
        auto record = deliveries.find(id);
        if (!record || !*record)
            qFatal("no delivery %lld", id);
        return **record;
    }

    hb::store::User user(const QString &email)
    {
        hb::store::UserRepository users(*m_db);
        auto found = users.findByEmail(email);
        if (!found || !*found)
            qFatal("no user %s", qPrintable(email));
        return **found;
    }

    int processAll()
    {
        hb::delivery::DeliveryProcessor processor(*m_db);
        auto processed = processor.processPending();
        if (!processed)
            qFatal("processing failed: %s", qPrintable(processed.error()));
        return *processed;
    }

private slots:
    // QtTest calls these by name around each test function of the derived class. init() returns
    // early (the test then skips or fails) when the store cannot be set up.
    void init()
    {
        if (!m_store.open(m_postgres))
            return;
        m_db = &m_store.db();
        m_location = m_store.location();
        hb::store::FieldRepository fields(*m_db);
        QVERIFY(fields
                    .add({QStringLiteral("total-deposit"), QStringLiteral("Total deposit"),
                          hb::mapping::FieldType::Number})
                    .ok());
        QVERIFY(
            fields.add({QStringLiteral("nickname"), QString(), hb::mapping::FieldType::Text}).ok());
        hb::store::UserRepository users(*m_db);
        hb::store::User ann;
        ann.email = QStringLiteral("ann@example.com");
        ann.username = QStringLiteral("ann");
        ann.coins = 10;
        ann.fields.insert(QStringLiteral("total-deposit"), QStringLiteral("10"));
        auto added = users.add(ann);
        QVERIFY2(added.ok(), qPrintable(added.error()));
    }

    void cleanup()
    {
        m_db = nullptr;
        m_store.close();
    }
};
