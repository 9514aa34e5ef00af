#pragma once

#include "common/clock.h"
#include "mapping/webhook.h"
#include "store/database.h"
#include "store/deliveryrepository.h"

#include <QByteArray>
#include <QList>

// Requests to a webhook stored as pending deliveries the way the catcher stores them, for tests
// that need deliveries without an HTTP round trip. A store that refuses them ends the test run:
// every check after it would be about nothing.
class ReceivedRequest {
public:
    // A POST to the webhook's URL, received now.
    static hb::store::NewDelivery of(const hb::mapping::Webhook &webhook, const QByteArray &body,
                                     const QByteArray &contentType = "application/json")
    {
        hb::store::NewDelivery delivery;
        delivery.webhookId = webhook.id;
        delivery.webhookName = webhook.name;
        delivery.method = "POST";
        delivery.target = "/hooks/" + webhook.token.toUtf8();
        delivery.headers = {{"Content-Type", contentType}};
        delivery.body = body;
        delivery.receivedAt = hb::nowIsoUtc();
        return delivery;
    }

    // Stores the deliveries in one write; their ids, in order.
    static QList<qint64> insert(hb::store::Database &db,
                                const QList<hb::store::NewDelivery> &deliveries)
    {
        if (!db.beginWrite())
            qFatal("cannot begin a write");
        auto inserted = hb::store::DeliveryRepository(db).insertPending(deliveries);
        if (!inserted || !db.commit())
            qFatal("cannot insert deliveries: %s", qPrintable(inserted.error()));
        QList<qint64> ids;
        for (const auto &delivery : *inserted)
            ids << delivery.id;
        return ids;
    }

    static qint64 insert(hb::store::Database &db, const hb::mapping::Webhook &webhook,
                         const QByteArray &body, const QByteArray &contentType = "application/json")
    {
        return insert(db, {of(webhook, body, contentType)}).at(0);
    }
};
