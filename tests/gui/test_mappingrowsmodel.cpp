// The mapping rows of the designer: operators by field type, problems shown in place, edits that
// undo, paths dropped from the payload tree.
#include "webhooks/mappingrowsmodel.h"
#include "webhooks/payloadtreemodel.h"
#include "webhooks/webhookdocument.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QTest>
#include <QUndoStack>

using hb::mapping::CustomField;
using hb::mapping::FieldType;
using hb::mapping::Operator;
using hb::ui::MappingRowsModel;
using hb::ui::WebhookDocument;

class TestMappingRowsModel : public QObject {
    Q_OBJECT

private:
    static QList<CustomField> fields()
    {
        return {
            {QStringLiteral("total-deposit"), QStringLiteral("Total deposit"), FieldType::Number},
            {QStringLiteral("nickname"), QStringLiteral("Nickname"), FieldType::Text},
            {QStringLiteral("vip"), QStringLiteral("VIP"), FieldType::Boolean}};
    }
    static hb::mapping::Webhook webhook()
    {
        hb::mapping::Webhook webhook;
        webhook.id = 1;
        webhook.name = QStringLiteral("Deposit");
        webhook.user.path = QStringLiteral("/email");
        return webhook;
    }

    // A document of `start` over fields() and its rows, under QAbstractItemModelTester for as long
    // as they live.
    struct Rows {
        explicit Rows(const hb::mapping::Webhook &start = webhook())
            : loaded(load(document, start))
            , model(&document)
            , tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest)
        {}
        static bool load(WebhookDocument &document, const hb::mapping::Webhook &start)
        {
            document.setFields(fields());
            document.load(start);
            return true;
        }
        WebhookDocument document;
        bool loaded;
        MappingRowsModel model;
        QAbstractItemModelTester tester;
    };

private slots:
    void operatorsFollowTheFieldType()
    {
        QCOMPARE(MappingRowsModel::allowedOperators(FieldType::Number),
                 (QList<Operator>{Operator::Add, Operator::Subtract, Operator::Overwrite}));
        QCOMPARE(MappingRowsModel::allowedOperators(FieldType::Text),
                 QList<Operator>{Operator::Overwrite});
        QCOMPARE(MappingRowsModel::allowedOperators(FieldType::Date),
                 QList<Operator>{Operator::Overwrite});
        QCOMPARE(MappingRowsModel::allowedOperators(FieldType::Boolean),
                 QList<Operator>{Operator::Overwrite});

        Rows rows;
        WebhookDocument &document = rows.document;
        MappingRowsModel &model = rows.model;
        model.addFieldRow(); // the first unmapped field: total-deposit, a number
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, MappingRowsModel::OperatorColumn)
                     .data(MappingRowsModel::AllowedOperatorsRole)
                     .toStringList(),
                 (QStringList{QStringLiteral("add"), QStringLiteral("subtract"),
                              QStringLiteral("overwrite")}));
        QVERIFY(model.setData(model.index(0, MappingRowsModel::TargetColumn),
                              QStringLiteral("nickname")));
        QCOMPARE(model.index(0, MappingRowsModel::OperatorColumn)
                     .data(MappingRowsModel::AllowedOperatorsRole)
                     .toStringList(),
                 QStringList{QStringLiteral("overwrite")});
        // Switching to a text field leaves no forbidden operator behind.
        QCOMPARE(document.webhook().fields.first().op, Operator::Overwrite);
    }

    void problemsAreShownInPlace()
    {
        hb::mapping::Webhook start = webhook();
        start.fields = {{QStringLiteral("nickname"), Operator::Add, QStringLiteral("/name")},
                        {QStringLiteral("gone"), Operator::Overwrite, QStringLiteral("/x")},
                        {QStringLiteral("total-deposit"), Operator::Add, QString()},
                        {QStringLiteral("total-deposit"), Operator::Add, QStringLiteral("amount")}};
        start.currencies = {
            {hb::mapping::Currency::Coins, Operator::Subtract, QStringLiteral("/bonus")}};
        Rows rows(start);
        MappingRowsModel &model = rows.model;

        QCOMPARE(model.rowCount(), 5);
        QVERIFY(
            model.problem(0).contains(QStringLiteral("\"add\" is not allowed for the text field "
                                                     "\"nickname\"")));
        QVERIFY(model.problem(1).contains(QStringLiteral("Field \"gone\" does not exist")));
        QVERIFY(model.problem(2).contains(QStringLiteral("click a node in the payload")));
        QVERIFY(model.problem(3).contains(QStringLiteral("must start with \"/\"")));
        QVERIFY(model.problem(4).isEmpty());
        QVERIFY(!model.allRowsValid());
        const QModelIndex check = model.index(0, MappingRowsModel::CheckColumn);
        QCOMPARE(check.data().toString(), model.problem(0));
        QVERIFY(check.data(Qt::ToolTipRole).toString().startsWith(QStringLiteral("Invalid: ")));
        QVERIFY(!check.data(Qt::DecorationRole).value<QIcon>().isNull());
        QCOMPARE(model.index(4, MappingRowsModel::CheckColumn).data().toString(),
                 QStringLiteral("OK"));
        QVERIFY(model.isCurrencyRow(4));
        QCOMPARE(model.index(4, MappingRowsModel::TargetColumn).data(Qt::EditRole).toString(),
                 QStringLiteral("coins"));

        // Fixing each row in place makes the whole set valid.
        QVERIFY(model.setData(model.index(0, MappingRowsModel::OperatorColumn),
                              QStringLiteral("overwrite")));
        QVERIFY(
            model.setData(model.index(1, MappingRowsModel::TargetColumn), QStringLiteral("vip")));
        model.setRowPath(2, QStringLiteral("/amount"));
        model.setRowPath(3, QStringLiteral("/amount"));
        QVERIFY2(model.allRowsValid(), qPrintable(model.problem(0) + model.problem(1)
                                                  + model.problem(2) + model.problem(3)));
        QVERIFY(!model.setData(model.index(0, MappingRowsModel::OperatorColumn),
                               QStringLiteral("multiply")));
    }

    void editsUndoAndRedo()
    {
        Rows rows;
        WebhookDocument &document = rows.document;
        MappingRowsModel &model = rows.model;
        QVERIFY(!document.isModified());
        model.addFieldRow();
        model.setRowPath(0, QStringLiteral("/amount"));
        model.addCurrencyRow();
        QCOMPARE(model.rowCount(), 2);
        QVERIFY(document.isModified());
        document.undoStack()->undo();
        QCOMPARE(model.rowCount(), 1);
        document.undoStack()->undo();
        QCOMPARE(document.webhook().fields.first().path, QString());
        document.undoStack()->undo();
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!document.isModified());
        document.undoStack()->redo();
        document.undoStack()->redo();
        QCOMPARE(document.webhook().fields.first().path, QStringLiteral("/amount"));
        model.removeMappingRow(0);
        QCOMPARE(model.rowCount(), 0);
    }

    void dropSetsThePath()
    {
        Rows rows;
        WebhookDocument &document = rows.document;
        MappingRowsModel &model = rows.model;
        model.addFieldRow();
        model.addCurrencyRow();
        QMimeData mime;
        mime.setData(QString::fromLatin1(hb::ui::PayloadTreeModel::pointerMimeType), "/bonus");
        const QModelIndex target = model.index(1, MappingRowsModel::TargetColumn);
        QVERIFY(model.canDropMimeData(&mime, Qt::CopyAction, -1, -1, target));
        QVERIFY(model.dropMimeData(&mime, Qt::CopyAction, -1, -1, target));
        QCOMPARE(document.webhook().currencies.first().path, QStringLiteral("/bonus"));
        QMimeData text;
        text.setText(QStringLiteral("/bonus"));
        QVERIFY(!model.canDropMimeData(&text, Qt::CopyAction, -1, -1, target));
    }
};

QTEST_MAIN(TestMappingRowsModel)
#include "test_mappingrowsmodel.moc"
