// What the designer proposes after a catch (issue 14 "Suggestions"), as the pure inference: the
// user path, field rows by name, coins/XP rows, the number step for numeric text; nothing the
// mapping already does; relative paths under for-each.
#include "webhooks/mappingsuggestions.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using hb::mapping::Currency;
using hb::mapping::CustomField;
using hb::mapping::FieldType;
using hb::mapping::Identifier;
using hb::mapping::Operator;
using hb::mapping::TransformStep;
using hb::mapping::Webhook;
using hb::ui::MappingSuggestion;
using hb::ui::MappingSuggestions;

namespace {
QList<CustomField> fields()
{
    return {{QStringLiteral("total-deposit"), QStringLiteral("Total deposit"), FieldType::Number},
            {QStringLiteral("nickname"), QStringLiteral("Nickname"), FieldType::Text}};
}

QStringList keys(const QList<MappingSuggestion> &suggestions)
{
    QStringList result;
    for (const MappingSuggestion &suggestion : suggestions)
        result << suggestion.key;
    return result;
}

const MappingSuggestion *find(const QList<MappingSuggestion> &suggestions, const QString &key)
{
    for (const MappingSuggestion &suggestion : suggestions) {
        if (suggestion.key == key)
            return &suggestion;
    }
    return nullptr;
}
} // namespace

class TestMappingSuggestions : public QObject {
    Q_OBJECT

private slots:
    void namesCompareIgnoringCaseAndSeparators()
    {
        QCOMPARE(MappingSuggestions::normalized(QStringLiteral("Total_Deposit")),
                 QStringLiteral("totaldeposit"));
        QCOMPARE(MappingSuggestions::normalized(QStringLiteral("total-deposit")),
                 MappingSuggestions::normalized(QStringLiteral("TOTAL deposit")));
        QVERIFY(MappingSuggestions::isNumericText(QStringLiteral(" 1,234.50 ")));
        QVERIFY(MappingSuggestions::isNumericText(QStringLiteral("12")));
        QVERIFY(!MappingSuggestions::isNumericText(QStringLiteral("1,2345")));
        QVERIFY(!MappingSuggestions::isNumericText(QStringLiteral("abc")));
        QVERIFY(!MappingSuggestions::isNumericText(12.5)); // a number needs no step
        QVERIFY(MappingSuggestions::looksLikeEmail(QStringLiteral("alice@example.com")));
        QVERIFY(!MappingSuggestions::looksLikeEmail(QStringLiteral("alice")));
    }

    void inferredFromTheReadmeExample()
    {
        const QJsonObject payload{
            {QStringLiteral("event"), QStringLiteral("deposit")},
            {QStringLiteral("customer"),
             QJsonObject{{QStringLiteral("email"), QStringLiteral("alice@example.com")},
                         {QStringLiteral("name"), QStringLiteral("Alice")}}},
            {QStringLiteral("Total_Deposit"), QStringLiteral("1,234.50")},
            {QStringLiteral("bonus"), 7},
            {QStringLiteral("points"), 3}};
        Webhook webhook;
        const QList<MappingSuggestion> suggestions =
            MappingSuggestions::infer(payload, fields(), webhook);
        QCOMPARE(keys(suggestions),
                 QStringList({QStringLiteral("user:email:/customer/email"),
                              QStringLiteral("field:total-deposit:/Total_Deposit"),
                              QStringLiteral("currency:coins:/bonus"),
                              QStringLiteral("currency:xp:/points")}));
        const MappingSuggestion *deposit =
            find(suggestions, QStringLiteral("field:total-deposit:/Total_Deposit"));
        QCOMPARE(deposit->op, Operator::Add); // a number field adds
        QCOMPARE(deposit->transform.size(), 1);
        QCOMPARE(deposit->transform.first().kind, TransformStep::Kind::Number);

        // Taking them all: the mapping of the example, in four clicks.
        for (const MappingSuggestion &suggestion : suggestions)
            webhook = MappingSuggestions::apply(webhook, suggestion);
        QCOMPARE(webhook.user.identifier, Identifier::Email);
        QCOMPARE(webhook.user.path, QStringLiteral("/customer/email"));
        QCOMPARE(webhook.fields.size(), 1);
        QCOMPARE(webhook.fields.first().path, QStringLiteral("/Total_Deposit"));
        QCOMPARE(webhook.currencies.size(), 2);
        QCOMPARE(webhook.currencies.at(0).currency, Currency::Coins);
        QCOMPARE(webhook.currencies.at(1).currency, Currency::Xp);
        // Nothing is proposed twice once it is in the mapping.
        QVERIFY(MappingSuggestions::infer(payload, fields(), webhook).isEmpty());
    }

    void usernameByNameAndTextFieldsOverwrite()
    {
        const QJsonObject payload{{QStringLiteral("login"), QStringLiteral("alice")},
                                  {QStringLiteral("NickName"), QStringLiteral("Ally")}};
        const QList<MappingSuggestion> suggestions =
            MappingSuggestions::infer(payload, fields(), Webhook());
        const MappingSuggestion *user = find(suggestions, QStringLiteral("user:username:/login"));
        QVERIFY(user);
        QCOMPARE(user->identifier, Identifier::Username);
        const MappingSuggestion *nickname =
            find(suggestions, QStringLiteral("field:nickname:/NickName"));
        QVERIFY(nickname);
        QCOMPARE(nickname->op, Operator::Overwrite);
        QVERIFY(nickname->transform.isEmpty());
    }

    void numberStepForAMappedRowReadingText()
    {
        const QJsonObject payload{{QStringLiteral("email"), QStringLiteral("a@b.c")},
                                  {QStringLiteral("amount"), QStringLiteral(" 12.50 ")}};
        Webhook webhook;
        webhook.user.path = QStringLiteral("/email");
        webhook.fields.append(
            {QStringLiteral("total-deposit"), Operator::Add, QStringLiteral("/amount")});
        const QList<MappingSuggestion> suggestions =
            MappingSuggestions::infer(payload, fields(), webhook);
        QCOMPARE(keys(suggestions), QStringList({QStringLiteral("number:total-deposit:/amount")}));
        const Webhook taken = MappingSuggestions::apply(webhook, suggestions.first());
        QCOMPARE(taken.fields.first().transform.size(), 1);
        QCOMPARE(taken.fields.first().transform.first().kind, TransformStep::Kind::Number);
        QVERIFY(MappingSuggestions::infer(payload, fields(), taken).isEmpty());
    }

    void underForEachPathsAreRelativeToTheItem()
    {
        const QJsonObject payload{
            {QStringLiteral("tournament"), QStringLiteral("spring")},
            {QStringLiteral("results"),
             QJsonArray{QJsonObject{{QStringLiteral("username"), QStringLiteral("alice")},
                                    {QStringLiteral("xp"), 30}},
                        QJsonObject{{QStringLiteral("username"), QStringLiteral("bob")},
                                    {QStringLiteral("xp"), 20}}}}};
        Webhook webhook;
        webhook.forEach = QStringLiteral("/results");
        QCOMPARE(keys(MappingSuggestions::infer(payload, fields(), webhook)),
                 QStringList({QStringLiteral("user:username:/username"),
                              QStringLiteral("currency:xp:/xp")}));
        webhook.forEach = QStringLiteral("/missing");
        QVERIFY(MappingSuggestions::infer(payload, fields(), webhook).isEmpty());
    }

    void nothingFromANonNumericAmount()
    {
        const QJsonObject payload{{QStringLiteral("total_deposit"), QStringLiteral("lots")},
                                  {QStringLiteral("coins"), QStringLiteral("many")}};
        QVERIFY(MappingSuggestions::infer(payload, fields(), Webhook()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestMappingSuggestions)
#include "test_mappingsuggestions.moc"
