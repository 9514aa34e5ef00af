// The payload tree of the designer: a real model over an immutable snapshot, checked by
// QAbstractItemModelTester, with the pointers a user clicks and drags.
#include "webhooks/payloadsnapshot.h"
#include "webhooks/payloadtreemodel.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeData>
#include <QSortFilterProxyModel>
#include <QTest>

using hb::ui::PayloadSnapshot;
using hb::ui::PayloadTreeModel;

class TestPayloadTreeModel : public QObject {
    Q_OBJECT

private:
    static QJsonValue parse(const char *json)
    {
        const QJsonDocument document = QJsonDocument::fromJson(QByteArray(json));
        return document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array());
    }

private slots:
    void showsKeysValuesTypesAndPointers()
    {
        PayloadTreeModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSnapshot(PayloadSnapshot::fromJson(parse(
            R"({"customer": {"email": "alice@example.com", "name": "Alice"}, "amount": 12.5,
                "items": [{"sku": "a"}, {"sku": "b"}], "vip": true, "note": null})")));

        QCOMPARE(model.rowCount(), 5);
        const QModelIndex email = model.indexForPointer(QStringLiteral("/customer/email"));
        QVERIFY(email.isValid());
        QCOMPARE(email.data().toString(), QStringLiteral("email"));
        QCOMPARE(email.siblingAtColumn(PayloadTreeModel::ValueColumn).data().toString(),
                 QStringLiteral("\"alice@example.com\""));
        QCOMPARE(email.siblingAtColumn(PayloadTreeModel::TypeColumn).data().toString(),
                 QStringLiteral("string"));
        QCOMPARE(email.siblingAtColumn(PayloadTreeModel::PointerColumn).data().toString(),
                 QStringLiteral("/customer/email"));
        QCOMPARE(model.parent(email), model.indexForPointer(QStringLiteral("/customer")));

        const QModelIndex amount = model.indexForPointer(QStringLiteral("/amount"));
        QCOMPARE(amount.siblingAtColumn(PayloadTreeModel::ValueColumn).data().toString(),
                 QStringLiteral("12.5"));
        QCOMPARE(amount.siblingAtColumn(PayloadTreeModel::TypeColumn).data().toString(),
                 QStringLiteral("number"));
        const QModelIndex items = model.indexForPointer(QStringLiteral("/items"));
        QCOMPARE(model.rowCount(items), 2);
        QCOMPARE(model.index(1, 0, items).data(PayloadTreeModel::PointerRole).toString(),
                 QStringLiteral("/items/1"));
        QCOMPARE(items.siblingAtColumn(PayloadTreeModel::ValueColumn).data().toString(),
                 QStringLiteral("[2 items]"));
        QCOMPARE(model.indexForPointer(QStringLiteral("/vip"))
                     .siblingAtColumn(PayloadTreeModel::ValueColumn)
                     .data()
                     .toString(),
                 QStringLiteral("true"));
        QCOMPARE(model.indexForPointer(QStringLiteral("/note"))
                     .siblingAtColumn(PayloadTreeModel::TypeColumn)
                     .data()
                     .toString(),
                 QStringLiteral("null"));
        QVERIFY(!model.indexForPointer(QStringLiteral("/missing")).isValid());
    }

    void escapesSlashAndTildeInPointers()
    {
        PayloadTreeModel model;
        model.setSnapshot(PayloadSnapshot::fromJson(parse(R"({"a/b": {"m~n": 1}})")));
        const QModelIndex outer = model.index(0, 0);
        QCOMPARE(outer.data(PayloadTreeModel::PointerRole).toString(), QStringLiteral("/a~1b"));
        QCOMPARE(model.index(0, 0, outer).data(PayloadTreeModel::PointerRole).toString(),
                 QStringLiteral("/a~1b/m~0n"));
    }

    void numbersReadAsWritten()
    {
        PayloadTreeModel model;
        model.setSnapshot(PayloadSnapshot::fromJson(parse(R"({"a": 0.1, "b": 22.5, "c": 100})")));
        QCOMPARE(model.index(0, PayloadTreeModel::ValueColumn).data().toString(),
                 QStringLiteral("0.1"));
        QCOMPARE(model.index(1, PayloadTreeModel::ValueColumn).data().toString(),
                 QStringLiteral("22.5"));
        QCOMPARE(model.index(2, PayloadTreeModel::ValueColumn).data().toString(),
                 QStringLiteral("100"));
    }

    void dragCarriesThePointer()
    {
        PayloadTreeModel model;
        model.setSnapshot(PayloadSnapshot::fromJson(parse(R"({"customer": {"email": "x"}})")));
        const QModelIndex email = model.indexForPointer(QStringLiteral("/customer/email"));
        QVERIFY(model.flags(email) & Qt::ItemIsDragEnabled);
        std::unique_ptr<QMimeData> mime(model.mimeData({email}));
        QVERIFY(mime);
        QCOMPARE(
            QString::fromUtf8(mime->data(QString::fromLatin1(PayloadTreeModel::pointerMimeType))),
            QStringLiteral("/customer/email"));
        QCOMPARE(mime->text(), QStringLiteral("/customer/email"));
    }

    void scalarAndEmptyPayloads()
    {
        PayloadTreeModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        model.setSnapshot(PayloadSnapshot::fromJson(QJsonValue(QJsonObject())));
        QCOMPARE(model.rowCount(), 0);
        model.setSnapshot(PayloadSnapshot::fromJson(QJsonValue(42)));
        QCOMPARE(model.rowCount(), 0);
        model.setSnapshot(nullptr);
        QCOMPARE(model.rowCount(), 0);
    }

    // 10,000 nodes: the model answers from the snapshot without walking JSON, and a recursive
    // filter (the search box) finds a deep node.
    void tenThousandNodes()
    {
        QJsonArray orders;
        for (int i = 0; i < 2000; ++i)
            orders.append(
                QJsonObject{{QStringLiteral("id"), i},
                            {QStringLiteral("email"), QStringLiteral("user%1@example.com").arg(i)},
                            {QStringLiteral("amount"), i * 0.5},
                            {QStringLiteral("tags"), QJsonArray{QStringLiteral("t")}}});
        const auto snapshot =
            PayloadSnapshot::fromJson(QJsonObject{{QStringLiteral("orders"), orders}});
        QVERIFY(snapshot->size() > 10000);

        PayloadTreeModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSnapshot(snapshot);
        const QModelIndex ordersIndex = model.index(0, 0);
        QCOMPARE(model.rowCount(ordersIndex), 2000);
        const QModelIndex last = model.index(1999, 0, ordersIndex);
        QCOMPARE(model.rowCount(last), 4);
        QCOMPARE(model.indexForPointer(QStringLiteral("/orders/1999/email"))
                     .siblingAtColumn(PayloadTreeModel::ValueColumn)
                     .data()
                     .toString(),
                 QStringLiteral("\"user1999@example.com\""));

        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setRecursiveFilteringEnabled(true);
        proxy.setFilterKeyColumn(-1);
        proxy.setFilterFixedString(QStringLiteral("user1234@"));
        QCOMPARE(proxy.rowCount(), 1);
        const QModelIndex orderRow = proxy.index(0, 0, proxy.index(0, 0));
        QCOMPARE(orderRow.data(PayloadTreeModel::PointerRole).toString(),
                 QStringLiteral("/orders/1234"));
    }
};

QTEST_MAIN(TestPayloadTreeModel)
#include "test_payloadtreemodel.moc"
