// The models behind the designer's conditions and transform chains: operators that fit the
// sample's value, values read the way the sample suggests, edits that undo, and each transform
// step's result on the sample; all under QAbstractItemModelTester.
#include "webhooks/conditionsmodel.h"
#include "webhooks/conditionvalue.h"
#include "webhooks/transformstepsmodel.h"
#include "webhooks/transformtext.h"
#include "webhooks/webhookdocument.h"

#include "payload/jsonnumber.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>
#include <QUndoStack>

using hb::mapping::ConditionOperator;
using hb::mapping::Operator;
using hb::mapping::TransformStep;
using hb::mapping::Webhook;
using hb::ui::ConditionsModel;
using hb::ui::ConditionValue;
using hb::ui::TransformStepsModel;
using hb::ui::TransformText;
using hb::ui::WebhookDocument;

namespace {
QJsonObject payload()
{
    return {{QStringLiteral("event"), QStringLiteral("deposit")},
            {QStringLiteral("amount"), 12.5},
            {QStringLiteral("cents"), QStringLiteral("1,234")},
            {QStringLiteral("tags"), QJsonArray{QStringLiteral("vip")}},
            {QStringLiteral("test"), false}};
}

Webhook webhook()
{
    Webhook webhook;
    webhook.id = 1;
    webhook.name = QStringLiteral("Deposit");
    webhook.user.path = QStringLiteral("/email");
    return webhook;
}

// "a b c" as a list, to compare with.
QStringList words(const char *text)
{
    return QString::fromLatin1(text).split(QLatin1Char(' '));
}

QStringList allowed(const ConditionsModel &model, int row)
{
    return model.index(row, ConditionsModel::OperatorColumn)
        .data(ConditionsModel::AllowedOperatorsRole)
        .toStringList();
}
} // namespace

class TestConditionsModel : public QObject {
    Q_OBJECT

private slots:
    void operatorsFitTheNodeAndValuesArePrefilled()
    {
        WebhookDocument document;
        document.load(webhook());
        ConditionsModel model(&document);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPayload(payload());
        for (const char *path : {"/event", "/amount", "/tags", "/test"})
            model.addCondition(QLatin1String(path));
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(allowed(model, 0), words("equals not_equals one_of contains exists missing"));
        QCOMPARE(allowed(model, 1),
                 words("equals not_equals greater_than less_than one_of exists missing"));
        QCOMPARE(allowed(model, 2), words("contains exists missing"));
        QCOMPARE(allowed(model, 3).first(), QStringLiteral("equals"));

        const QList<hb::mapping::Condition> &when = document.webhook().when;
        QCOMPARE(when.at(0).op, ConditionOperator::Equals);
        QCOMPARE(when.at(0).value, QJsonValue(QStringLiteral("deposit")));
        QCOMPARE(model.index(0, ConditionsModel::ValueColumn).data().toString(),
                 QStringLiteral("\"deposit\""));
        QCOMPARE(when.at(1).value.toDouble(), 12.5);
        QCOMPARE(when.at(2).op, ConditionOperator::Contains);
        QCOMPARE(when.at(2).value, QJsonValue(QStringLiteral("vip")));
        QCOMPARE(when.at(3).value, QJsonValue(false));
    }

    void editsReadValuesLikeTheSampleAndUndo()
    {
        WebhookDocument document;
        document.load(webhook());
        ConditionsModel model(&document);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPayload(payload());
        model.addCondition(QStringLiteral("/amount"));
        model.addCondition(QStringLiteral("/event"));
        // Next to a number, 100 is a number; next to text, the text "100".
        QVERIFY(model.setData(model.index(0, ConditionsModel::OperatorColumn),
                              QStringLiteral("greater_than")));
        QVERIFY(model.setData(model.index(0, ConditionsModel::ValueColumn), QStringLiteral("100")));
        QVERIFY(model.setData(model.index(1, ConditionsModel::ValueColumn), QStringLiteral("100")));
        QCOMPARE(document.webhook().when.at(0).op, ConditionOperator::GreaterThan);
        QVERIFY(hb::payload::JsonNumber::isNumber(document.webhook().when.at(0).value));
        QCOMPARE(document.webhook().when.at(1).value, QJsonValue(QStringLiteral("100")));
        // A number no double holds keeps every digit, shown without its mark.
        QVERIFY(model.setData(model.index(0, ConditionsModel::ValueColumn),
                              QStringLiteral("12345678901234567.89")));
        QCOMPARE(model.index(0, ConditionsModel::ValueColumn).data().toString(),
                 QStringLiteral("12345678901234567.89"));
        // one of takes a list.
        QVERIFY(model.setData(model.index(1, ConditionsModel::OperatorColumn),
                              QStringLiteral("one_of")));
        QVERIFY(model.setData(model.index(1, ConditionsModel::ValueColumn),
                              QStringLiteral("deposit, bonus")));
        QCOMPARE(document.webhook().when.at(1).value,
                 QJsonValue(QJsonArray{QStringLiteral("deposit"), QStringLiteral("bonus")}));
        // exists takes no value, and its value cell cannot be edited.
        QVERIFY(model.setData(model.index(1, ConditionsModel::OperatorColumn),
                              QStringLiteral("exists")));
        QVERIFY(document.webhook().when.at(1).value.isUndefined());
        QVERIFY(!model.index(1, ConditionsModel::ValueColumn).flags().testFlag(Qt::ItemIsEditable));

        model.removeCondition(0);
        QCOMPARE(model.rowCount(), 1);
        document.undoStack()->undo();
        QCOMPARE(model.rowCount(), 2);
        while (document.undoStack()->canUndo())
            document.undoStack()->undo();
        QCOMPARE(model.rowCount(), 0);
    }

    void eachStepShowsItsResultOnTheSample()
    {
        Webhook start = webhook();
        TransformStep number;
        number.kind = TransformStep::Kind::Number;
        TransformStep cents;
        cents.kind = TransformStep::Kind::Multiply;
        cents.operand = QStringLiteral("0.01");
        TransformStep round;
        round.kind = TransformStep::Kind::Round;
        round.places = 1;
        start.fields.append({QStringLiteral("total-deposit"),
                             Operator::Add,
                             QStringLiteral("/cents"),
                             {number, cents, round}});
        QCOMPARE(TransformText::chain(start.fields.first().transform),
                 QStringLiteral("number → × 0.01 → round 1"));
        WebhookDocument document;
        document.load(start);
        TransformStepsModel model(&document);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRow(0);
        model.setInput(QJsonValue(QStringLiteral("1,234")));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0).data(TransformStepsModel::ResultRole).toString(),
                 QStringLiteral("1234"));
        QCOMPARE(model.index(1).data(TransformStepsModel::ResultRole).toString(),
                 QStringLiteral("12.34"));
        QCOMPARE(model.index(2).data(TransformStepsModel::ResultRole).toString(),
                 QStringLiteral("12.3"));
        QCOMPARE(model.outcome(), QStringLiteral("12.3"));

        // Text that is not a number stops at the first step, which says why.
        model.setInput(QJsonValue(QStringLiteral("abc")));
        QVERIFY(model.index(0).data(TransformStepsModel::FailedRole).toBool());
        QVERIFY(!model.index(0).data(TransformStepsModel::ResultRole).toString().isEmpty());
        QVERIFY(model.index(1).data(TransformStepsModel::ResultRole).toString().isEmpty());

        // The document's edits reach the list (a step removed, then undone).
        Webhook next = document.webhook();
        next.fields[0].transform.removeFirst();
        document.change(next, QStringLiteral("Remove transform step"));
        QCOMPARE(model.rowCount(), 2);
        document.undoStack()->undo();
        QCOMPARE(model.rowCount(), 3);
    }

    void valueTextRoundTrips()
    {
        const QJsonValue quoted = QStringLiteral("say \"hi\"");
        QCOMPARE(ConditionValue::fromText(ConditionValue::toText(quoted), ConditionOperator::Equals,
                                          std::nullopt),
                 quoted);
        QCOMPARE(ConditionValue::fromText(QStringLiteral("true"), ConditionOperator::Equals,
                                          std::nullopt),
                 QJsonValue(true));
        QCOMPARE(ConditionValue::fromText(QStringLiteral("[1, \"a\"]"), ConditionOperator::OneOf,
                                          std::nullopt),
                 QJsonValue(QJsonArray{1, QStringLiteral("a")}));
        QCOMPARE(ConditionValue::describe(
                     {QStringLiteral("/event"), ConditionOperator::NotEquals, QStringLiteral("x")}),
                 QStringLiteral("/event not equals \"x\""));
    }
};

QTEST_MAIN(TestConditionsModel)
#include "test_conditionsmodel.moc"
