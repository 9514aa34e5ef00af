#pragma once

// What the Deliveries page tests share: a store from designerfixture::populate() plus a
// "Deposits" webhook that changes a field, coins and posts a message; deliveries put in as the
// catcher would; the page opened on its own StoreExecutor; a row clicked as a user would.
#include "designerfixture.h"
#include "tempstore.h"

#include "common/clock.h"
#include "deliveries/deliveriesmodel.h"
#include "deliveries/deliveriespage.h"
#include "deliveries/deliverydetailsview.h"
#include "delivery/deliveryprocessor.h"
#include "mapping/webhookconfig.h"
#include "services/storeexecutor.h"
#include "store/deliveryrepository.h"
#include "store/webhookrepository.h"

#include <QCoreApplication>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

#include <memory>

namespace deliveriesfixture {

using Headers = QList<QPair<QByteArray, QByteArray>>;

// The examples' webhook "Deposit bonus" can map no field yet: this one changes a field, coins
// and posts a message, as a real deposit webhook does.
inline const char *depositConfig = R"({"name": "Deposits",
    "user": {"identifier": "email", "path": "/email"},
    "fields": [{"field": "total-deposit", "operator": "add", "path": "/amount"}],
    "currencies": [{"currency": "coins", "operator": "add", "path": "/bonus"}],
    "message": {"channel": "deposits", "template": "{{/email}} deposited {{/amount}}"}})";

inline QString tableText(const QTableWidget *table, int row, int column)
{
    const QTableWidgetItem *item = table->item(row, column);
    return item ? item->text() : QString();
}

// A test class derives from this and calls start() in init() and stop() in cleanup().
class Fixture : public QObject {
protected:
    std::unique_ptr<TempStore> m_store;
    std::unique_ptr<hb::store::Database> m_db;
    std::unique_ptr<hb::services::StoreExecutor> m_reader;
    std::unique_ptr<hb::ui::DeliveriesPage> m_page;
    hb::mapping::Webhook m_deposits;

    // In initTestCase(): settings of this test binary only, never the user's.
    static void isolateSettings(const QString &testName)
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("hookbench-tests"));
        QCoreApplication::setApplicationName(testName);
    }

    void start()
    {
        m_store = std::make_unique<TempStore>();
        QString error;
        QVERIFY2(designerfixture::populate(m_store->path(), &error), qPrintable(error));
        m_db = std::make_unique<hb::store::Database>(m_store->path());
        QVERIFY(m_db->open().ok());
        auto config = hb::mapping::WebhookConfig::fromJson(QByteArray(depositConfig), nullptr);
        QVERIFY2(config, qPrintable(config.error()));
        auto added = hb::store::WebhookRepository(*m_db).add(*config);
        QVERIFY2(added, qPrintable(added.error()));
        m_deposits = *added;
    }

    void stop()
    {
        m_page.reset();
        m_reader.reset();
        m_db.reset();
        m_store.reset();
    }

    // A Pending delivery stored as the catcher stores one; its id.
    qint64 receive(const hb::mapping::Webhook &webhook, const QByteArray &body,
                   const Headers &headers = {{"Content-Type", "application/json"}})
    {
        hb::store::NewDelivery delivery;
        delivery.webhookId = webhook.id;
        delivery.webhookName = webhook.name;
        delivery.method = "POST";
        delivery.target = "/hooks/" + webhook.token.toUtf8();
        delivery.headers = headers;
        delivery.body = body;
        delivery.receivedAt = hb::nowIsoUtc();
        delivery.remoteAddress = QStringLiteral("192.0.2.7");
        if (!m_db->beginWrite())
            qFatal("cannot begin a write");
        auto inserted = hb::store::DeliveryRepository(*m_db).insertPending({delivery});
        if (!inserted || !m_db->commit())
            qFatal("cannot insert: %s", qPrintable(inserted.error()));
        return inserted->at(0).id;
    }

    void processAll()
    {
        hb::delivery::DeliveryProcessor processor(*m_db);
        if (auto processed = processor.processPending(); !processed)
            qFatal("processing failed: %s", qPrintable(processed.error()));
    }

    // The page, opened once the deliveries are in the store.
    hb::ui::DeliveriesPage *openPage()
    {
        m_reader = std::make_unique<hb::services::StoreExecutor>(m_store->path());
        m_page = std::make_unique<hb::ui::DeliveriesPage>(*m_reader);
        modeltesting::watchAll(m_page.get());
        m_page->resize(1000, 700);
        m_page->show();
        return m_page.get();
    }

    // Nothing read or re-run is on its way.
    bool settled() const { return !m_page->isLoading() && !m_page->isRerunning(); }

    int rowOf(qint64 id) const
    {
        // Among the rows read (a page not read yet has none to compare).
        return m_page->model()->rowOf(id);
    }

    // Clicks the row of delivery `id` and waits for its details.
    bool select(qint64 id)
    {
        if (!QTest::qWaitFor([&] { return settled() && m_page->model()->rowCount() > 0; }))
            return false;
        const int row = rowOf(id);
        if (row < 0)
            return false;
        QTest::mouseClick(m_page->table()->viewport(), Qt::LeftButton, {},
                          m_page->table()->visualRect(m_page->model()->index(row, 1)).center());
        return QTest::qWaitFor(
            [&] { return settled() && m_page->detailsView()->deliveryId() == id; });
    }
};

} // namespace deliveriesfixture
