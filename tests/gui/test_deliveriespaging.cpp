// The Deliveries page on a long log, as support staff use it: the table holds every matching
// delivery (not the newest 200), jumps to the last row with one page read, keeps only a few
// pages in memory; "#123" or a bare number finds one delivery; a custom time range narrows it and
// refuses a start after its end; a selection is re-run at once (what cannot be re-run is named);
// a re-run under the Failed filter says where the row went, and shows it there on request.
#include "deliveriesfixture.h"

#include "common/messagelabel.h"
#include "deliveries/deliveriesmodel.h"
#include "deliveries/deliveriespage.h"
#include "deliveries/deliveryfilterbar.h"
#include "deliveries/deliveryoverviewtab.h"
#include "deliveries/deliveryselectionbar.h"
#include "store/userrepository.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QTest>

using namespace hb::ui;

namespace {

const QByteArray nobodyDeposit = R"({"email": "nobody@example.com", "amount": 5, "bonus": 3})";
const QByteArray aliceDeposit = R"({"email": "alice@example.com", "amount": 2, "bonus": 1})";

} // namespace

class TestDeliveriesPaging : public deliveriesfixture::Fixture {
    Q_OBJECT

private:
    // `count` Pending deliveries in one transaction, received a second apart from `first`; the
    // ids, oldest first.
    QList<qint64> receiveMany(int count, const QDateTime &first = QDateTime::currentDateTimeUtc())
    {
        QList<hb::store::NewDelivery> deliveries;
        for (int i = 0; i < count; ++i) {
            hb::store::NewDelivery delivery;
            delivery.webhookId = m_deposits.id;
            delivery.webhookName = m_deposits.name;
            delivery.method = "POST";
            delivery.target = "/hooks/" + m_deposits.token.toUtf8();
            delivery.headers = {{"Content-Type", "application/json"}};
            delivery.body = "{\"email\": \"user" + QByteArray::number(i) + "@example.com\"}";
            delivery.receivedAt = hb::isoUtc(first.addSecs(i));
            deliveries << delivery;
        }
        if (!m_db->beginWrite())
            qFatal("cannot begin a write");
        auto inserted = hb::store::DeliveryRepository(*m_db).insertPending(deliveries);
        if (!inserted || !m_db->commit())
            qFatal("cannot insert: %s", qPrintable(inserted.error()));
        QList<qint64> ids;
        for (const auto &one : *inserted)
            ids << one.id;
        return ids;
    }

    DeliveriesModel *model() const { return m_page->model(); }

    qint64 idAt(int row) const
    {
        return model()->index(row, 0).data(DeliveriesModel::IdRole).toLongLong();
    }

    // Scrolls row `row` into view and waits for its page.
    bool showRow(int row)
    {
        m_page->table()->scrollTo(model()->index(row, 0));
        return QTest::qWaitFor([&] { return settled() && model()->record(row) != nullptr; });
    }

    QList<qint64> listed() const
    {
        QList<qint64> ids;
        for (int row = 0; row < model()->rowCount(); ++row)
            ids << idAt(row);
        return ids;
    }

    bool settledOn(const QList<qint64> &expected) const
    {
        return QTest::qWaitFor([&] { return settled() && listed() == expected; });
    }

    // Ctrl+clicks the rows of `ids`, as a user selects several.
    void ctrlSelect(const QList<qint64> &ids)
    {
        for (qint64 id : ids) {
            const int row = rowOf(id);
            QVERIFY(row >= 0);
            QTest::mouseClick(m_page->table()->viewport(), Qt::LeftButton, Qt::ControlModifier,
                              m_page->table()->visualRect(model()->index(row, 1)).center());
        }
    }

private slots:
    void initTestCase() { isolateSettings(QStringLiteral("test_deliveriespaging")); }
    void init() { start(); }
    void cleanup() { stop(); }

    void jumpsToTheLastRowAndKeepsFewPages()
    {
        const int count = DeliveriesModel::pageSize * (DeliveriesModel::keptPages + 4) + 37;
        const QList<qint64> ids = receiveMany(count);
        openPage();
        QTRY_VERIFY(settled() && model()->rowCount() == count);
        QCOMPARE(idAt(0), ids.last());
        // The end at once: one page read, not every page before it.
        m_page->table()->scrollToBottom();
        QVERIFY(QTest::qWaitFor([&] { return settled() && model()->record(count - 1); }));
        QVERIFY2(model()->pagesInMemory() <= 3,
                 qPrintable(QString::number(model()->pagesInMemory())));
        QCOMPARE(idAt(count - 1), ids.first());
        for (int row = count - DeliveriesModel::pageSize; row < count - 1; ++row)
            QCOMPARE(idAt(row), idAt(row + 1) + 1);
        // Any row in the middle, then every page: memory stays bounded, the least recently
        // shown pages go, and come back when shown again.
        QVERIFY(showRow(count / 2));
        QCOMPARE(idAt(count / 2), ids.at(count - 1 - count / 2));
        for (int row = 0; row < count; row += DeliveriesModel::pageSize)
            QVERIFY(showRow(row));
        QVERIFY(model()->pagesInMemory() <= DeliveriesModel::keptPages);
        // The second page shown in that walk is long gone.
        QVERIFY(!model()->record(DeliveriesModel::pageSize + 10));
        QVERIFY(showRow(0));
        QCOMPARE(idAt(0), ids.last());
        QCOMPARE(idAt(1), ids.last() - 1);
    }

    void newDeliveriesArriveOnTopKeepingTheSelection()
    {
        const QList<qint64> ids = receiveMany(DeliveriesModel::pageSize * 3);
        openPage();
        QVERIFY(select(ids.last() - 5));
        const qint64 newer = receive(m_deposits, aliceDeposit);
        m_page->refresh();
        QTRY_VERIFY(settled() && model()->rowCount() == ids.size() + 1);
        QCOMPARE(idAt(0), newer);
        QCOMPARE(m_page->table()->currentIndex().data(DeliveriesModel::IdRole).toLongLong(),
                 ids.last() - 5);
        QCOMPARE(m_page->table()->currentIndex().row(), 6);
    }

    void searchByIdFindsThatDeliveryOnly()
    {
        // Users whose names hold the digits of the id: "2" must not find them.
        const qint64 first = receive(m_deposits, R"({"email": "a2@example.com"})");
        const qint64 second = receive(m_deposits, R"({"email": "b22@example.com"})");
        const qint64 third = receive(m_deposits, R"({"email": "c@example.com"})");
        processAll();
        openPage();
        QVERIFY(settledOn({third, second, first}));
        m_page->searchEdit()->setText(QStringLiteral("#%1").arg(second));
        QVERIFY(settledOn({second}));
        m_page->searchEdit()->setText(QString::number(first));
        QVERIFY(settledOn({first}));
        QCOMPARE(m_page->countsText(),
                 QStringLiteral("1 delivery: 0 success · 1 failed · 0 pending"));
        m_page->searchEdit()->setText(QStringLiteral("b22"));
        QVERIFY(settledOn({second}));
    }

    void customRangeNarrowsAndRefusesBackwards()
    {
        const QDateTime start = QDateTime(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);
        const QList<qint64> ids = receiveMany(10, start); // 12:00:00 to 12:00:09
        openPage();
        QVERIFY(settledOn({ids.crbegin(), ids.crend()}));
        // From 12:00:00 (inclusive) to 12:01 (exclusive), then to 12:00 itself: nothing.
        m_page->filterBar()->setCustomRange(start.addSecs(-60), start.addSecs(60));
        QVERIFY(m_page->filterBar()->fromEdit()->isVisible());
        QVERIFY(settledOn({ids.crbegin(), ids.crend()}));
        m_page->filterBar()->setCustomRange(start.addSecs(-60), start);
        QVERIFY(settledOn({}));
        m_page->filterBar()->setCustomRange(start.addSecs(5), start.addSecs(60));
        QVERIFY(settledOn({ids.at(9), ids.at(8), ids.at(7), ids.at(6), ids.at(5)}));
        QCOMPARE(m_page->countsText(),
                 QStringLiteral("5 deliveries: 0 success · 0 failed · 5 pending"));
        // Backwards: said where it happened, and no rows that would read as matching.
        m_page->filterBar()->untilEdit()->setDateTime(start.addSecs(-3600).toLocalTime());
        QTRY_VERIFY(m_page->message()->isError());
        QVERIFY2(m_page->message()->text().contains(QStringLiteral("starts after it ends")),
                 qPrintable(m_page->message()->text()));
        QCOMPARE(model()->rowCount(), 0);
        m_page->filterBar()->untilEdit()->setDateTime(start.addSecs(8).toLocalTime());
        QVERIFY(settledOn({ids.at(7), ids.at(6), ids.at(5)}));
        QVERIFY(!m_page->message()->isError());
    }

    void rerunSelectedNamesWhatCannotBeRerun()
    {
        const qint64 failed = receive(m_deposits, nobodyDeposit);
        const qint64 success = receive(m_deposits, aliceDeposit);
        processAll();
        openPage();
        QVERIFY(select(failed));
        ctrlSelect({success});
        QCOMPARE(m_page->table()->selectionModel()->selectedRows().size(), 2);
        QPushButton *rerun = m_page->selectionBar()->rerunButton();
        QVERIFY(rerun->isEnabled());
        QCOMPARE(rerun->text(), QStringLiteral("Re-run selected (1 of 2)"));
        QTest::mouseClick(rerun, Qt::LeftButton);
        QTRY_VERIFY(settled() && !m_page->message()->text().isEmpty());
        const QString report = m_page->message()->text();
        QVERIFY2(report.contains(QStringLiteral("Re-ran 1 delivery: 1 failed again")),
                 qPrintable(report));
        QVERIFY2(report.contains(QStringLiteral("Not re-runnable"))
                     && report.contains(QStringLiteral("%1 (Success)").arg(success)),
                 qPrintable(report));
        // The failed one has a second attempt; the success none.
        auto record = hb::store::DeliveryRepository(*m_db).find(failed);
        QVERIFY(record && record->has_value());
        QCOMPARE((*record)->attempts, 2);
        record = hb::store::DeliveryRepository(*m_db).find(success);
        QCOMPARE((*record)->attempts, 1);
    }

    void rerunUnderFailedSaysWhereTheRowWent()
    {
        const qint64 other = receive(m_deposits, nobodyDeposit);
        const qint64 id =
            receive(m_deposits, R"({"email": "late@example.com", "amount": 1, "bonus": 2})");
        processAll();
        openPage();
        const int failedIndex = m_page->statusFilter()->findData(QStringLiteral("failed"));
        m_page->statusFilter()->setCurrentIndex(failedIndex);
        QVERIFY(settledOn({id, other}));
        QVERIFY(select(id));
        hb::store::User late;
        late.email = QStringLiteral("late@example.com");
        late.username = QStringLiteral("late");
        QVERIFY(hb::store::UserRepository(*m_db).add(late));
        QTest::mouseClick(m_page->detailsView()->overview()->rerunButton(), Qt::LeftButton);
        QVERIFY(settledOn({other}));
        QCOMPARE(m_page->movedNotice()->text(),
                 QStringLiteral("Delivery %1 succeeded on re-run: now under Success").arg(id));
        // Its details stay while the notice is up; Show takes the list to where it went.
        QCOMPARE(m_page->detailsView()->deliveryId(), id);
        QVERIFY(m_page->showMovedButton()->isVisible());
        QTest::mouseClick(m_page->showMovedButton(), Qt::LeftButton);
        QVERIFY(settledOn({id}));
        QCOMPARE(m_page->statusFilter()->currentData().toString(), QStringLiteral("success"));
        QCOMPARE(m_page->table()->currentIndex().data(DeliveriesModel::IdRole).toLongLong(), id);
        QTRY_COMPARE(m_page->detailsView()->overview()->statusText(), QStringLiteral("Success"));
        QVERIFY(!m_page->showMovedButton()->isVisible());
    }

    void splitterGivesTheTableMostAndIsRemembered()
    {
        QSettings().remove(QStringLiteral("deliveries/splitter"));
        openPage();
        QSplitter *split = m_page->splitter();
        QTRY_VERIFY(split->sizes().at(0) > split->sizes().at(1));
        split->setSizes({200, 400});
        const QList<int> chosen = split->sizes();
        m_page.reset(); // as the window closes
        openPage();
        QTRY_COMPARE(m_page->splitter()->sizes(), chosen);
    }
};

QTEST_MAIN(TestDeliveriesPaging)
#include "test_deliveriespaging.moc"
