// The community's hand-made edits (CommunityService over store::CommunityEditor) on a real
// temporary store, SQLite then PostgreSQL: a user changed (duplicates matched as SPEC §1 says), a
// value set by hand checked by its field's type and kept in the history with source `manual`,
// balances set by hand in the gamification log, a user removed with what goes with them, a field
// renamed and its values counted, users exported as CSV and imported back, and the community
// version that windows poll, bumped in the same transaction as each edit.
#include "storevariant.h"
#include "tempstore.h"

#include "services/communityservice.h"
#include "services/storeevents.h"
#include "store/database.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace hb;
using services::CommunityService;
using services::UserEdit;

class TestCommunityEdits : public QObject {
    Q_OBJECT

public:
    explicit TestCommunityEdits(bool postgres)
        : m_postgres(postgres)
    {}

private:
    bool m_postgres = false;
    StoreVariant m_store;
    qint64 m_ann = 0, m_bob = 0;

    store::Database &db() { return m_store.db(); }
    CommunityService community() { return CommunityService(db()); }

    store::User user(qint64 id)
    {
        auto found = community().findUser(id);
        return found ? *found : store::User{};
    }

    UserEdit editOf(qint64 id)
    {
        const store::User stored = user(id);
        return UserEdit{id, stored.email, stored.username, stored.displayName, {}};
    }

    qint64 count(const QString &sql)
    {
        QSqlQuery query(db().connection());
        if (!query.exec(sql) || !query.next())
            return -1;
        return query.value(0).toLongLong();
    }

    // As written in JSON: 10 and 10.0 are one number, null is not "".
    static QByteArray json(const QJsonValue &value)
    {
        return QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    }

    // A value set by hand: the value stored and the history row it left.
    void expectManualHistory(const QString &field, const QJsonValue &oldValue,
                             const QJsonValue &newValue)
    {
        auto history = community().history(m_ann, field);
        QVERIFY(history);
        QVERIFY(!history->isEmpty());
        const store::HistoryEntry &last = history->last();
        QCOMPARE(last.source, QStringLiteral("manual"));
        QCOMPARE(last.op, QStringLiteral("overwrite"));
        QCOMPARE(last.deliveryId, 0);
        QCOMPARE(json(last.oldValue), json(oldValue));
        QCOMPARE(json(last.newValue), json(newValue));
    }

private slots:
    void init()
    {
        if (!m_store.open(m_postgres))
            return;
        CommunityService service(db());
        for (const auto &[key, type] :
             {std::pair{QStringLiteral("total"), mapping::FieldType::Number},
              std::pair{QStringLiteral("joined"), mapping::FieldType::Date},
              std::pair{QStringLiteral("vip"), mapping::FieldType::Boolean},
              std::pair{QStringLiteral("nickname"), mapping::FieldType::Text}})
            QVERIFY(service.addField({key, key, type}).ok());
        auto ann = service.saveUser({0,
                                     QStringLiteral("Ann@Example.com"),
                                     QStringLiteral("ann"),
                                     QStringLiteral("Ann"),
                                     {{QStringLiteral("total"), QStringLiteral("10")}}});
        QVERIFY2(ann, qPrintable(ann.error()));
        m_ann = ann->id;
        auto bob = service.saveUser(
            {0, QStringLiteral("bob@example.com"), QStringLiteral("bob"), QString(), {}});
        QVERIFY2(bob, qPrintable(bob.error()));
        m_bob = bob->id;
    }
    void cleanup() { m_store.close(); }

    void addingWithValuesKeepsThemInTheHistory()
    {
        QCOMPARE(user(m_ann).fields.value(QStringLiteral("total")), QStringLiteral("10"));
        expectManualHistory(QStringLiteral("total"), QJsonValue(), QJsonValue(10));
    }

    void editChangesTheIdentity()
    {
        UserEdit edit = editOf(m_ann);
        edit.email = QStringLiteral("  ANN@example.com "); // her own, in other letters
        edit.username = QStringLiteral(" annie ");
        edit.displayName = QStringLiteral("Annie");
        QSignalSpy changed(&services::StoreEvents::instance(),
                           &services::StoreEvents::communityChanged);
        auto saved = community().saveUser(edit);
        QVERIFY2(saved, qPrintable(saved.error()));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(user(m_ann).email, QStringLiteral("ANN@example.com"));
        QCOMPARE(user(m_ann).username, QStringLiteral("annie"));
        QCOMPARE(user(m_ann).displayName, QStringLiteral("Annie"));
        QVERIFY(community().findUser(QStringLiteral("ann@EXAMPLE.com")).ok());
        // Fields the edit does not name keep their values.
        QCOMPARE(user(m_ann).fields.value(QStringLiteral("total")), QStringLiteral("10"));
    }

    void editRefusesDuplicates_data()
    {
        QTest::addColumn<QString>("email");
        QTest::addColumn<QString>("username");
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("message");
        QTest::newRow("email, other case") << "BOB@example.com"
                                           << "ann"
                                           << "email"
                                           << "a user with email \"BOB@example.com\" already "
                                              "exists";
        QTest::newRow("username, trimmed") << "ann@example.com"
                                           << " bob "
                                           << "username"
                                           << "a user with username \"bob\" already exists";
        QTest::newRow("no @") << "ann"
                              << "ann"
                              << "email"
                              << "email \"ann\" is not an email address (no @)";
        QTest::newRow("empty username") << "ann@example.com"
                                        << ""
                                        << "username"
                                        << "username is required";
    }
    void editRefusesDuplicates()
    {
        QFETCH(QString, email);
        QFETCH(QString, username);
        QFETCH(QString, input);
        QFETCH(QString, message);
        const qint64 before = community().version()->edits;
        UserEdit edit = editOf(m_ann);
        edit.email = email;
        edit.username = username;
        QString problemInput;
        auto saved = community().saveUser(edit, &problemInput);
        QVERIFY(!saved);
        QCOMPARE(saved.error(), message);
        QCOMPARE(problemInput, input);
        QCOMPARE(user(m_ann).username, QStringLiteral("ann"));
        QCOMPARE(community().version()->edits, before);
        // A username that differs only in case is another username (matched exactly).
        edit = editOf(m_ann);
        edit.username = QStringLiteral("Bob");
        QVERIFY(community().saveUser(edit).ok());
    }

    void valuesAreCheckedByTheirType_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("message");
        QTest::newRow("thousands separator") << "total"
                                             << "1,000"
                                             << "total: \"1,000\" is not a number";
        QTest::newRow("words") << "total"
                               << "abc"
                               << "total: \"abc\" is not a number";
        QTest::newRow("NaN") << "total"
                             << "NaN"
                             << "total: \"NaN\" is not a number";
        QTest::newRow("date") << "joined"
                              << "26/11/2026"
                              << "joined: \"26/11/2026\" is not an ISO 8601 date (2026-11-26 or "
                                 "2026-11-26T16:45:00Z)";
        QTest::newRow("date with a tail") << "joined"
                                          << "2026-11-26x"
                                          << "joined: \"2026-11-26x\" is not an ISO 8601 date "
                                             "(2026-11-26 or 2026-11-26T16:45:00Z)";
        QTest::newRow("boolean") << "vip"
                                 << "yes"
                                 << "vip: \"yes\" is not a boolean (true, false, 1 or 0)";
        QTest::newRow("unknown field") << "ghost"
                                       << "1"
                                       << "no custom field \"ghost\"";
    }
    void valuesAreCheckedByTheirType()
    {
        QFETCH(QString, field);
        QFETCH(QString, text);
        QFETCH(QString, message);
        const qint64 history = count(QStringLiteral("SELECT COUNT(*) FROM field_history"));
        auto set = community().setFieldValue(m_ann, field, text);
        QVERIFY(!set);
        QCOMPARE(set.error(), message);
        QCOMPARE(user(m_ann).fields.value(QStringLiteral("total")), QStringLiteral("10"));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM field_history")), history);
        // The same through the form: the error names the input it is about.
        UserEdit edit = editOf(m_ann);
        edit.fields.insert(field, text);
        QString input;
        QCOMPARE(community().saveUser(edit, &input).error(), message);
        QCOMPARE(input, field);
    }

    void valuesSetByHandAreCanonicalAndKept()
    {
        QVERIFY(
            community().setFieldValue(m_ann, QStringLiteral("total"), QStringLiteral(" 22.50 ")));
        QCOMPARE(user(m_ann).fields.value(QStringLiteral("total")), QStringLiteral("22.5"));
        expectManualHistory(QStringLiteral("total"), QJsonValue(10), QJsonValue(22.5));
        QVERIFY(community().setFieldValue(m_ann, QStringLiteral("total"),
                                          QStringLiteral("0.123456789012345678")));
        QCOMPARE(user(m_ann).fields.value(QStringLiteral("total")),
                 QStringLiteral("0.123456789012345678"));

        QVERIFY(community().setFieldValue(m_ann, QStringLiteral("vip"), QStringLiteral("1")));
        QCOMPARE(user(m_ann).fields.value(QStringLiteral("vip")), QStringLiteral("true"));
        expectManualHistory(QStringLiteral("vip"), QJsonValue(), QJsonValue(true));
        QVERIFY(community().setFieldValue(m_ann, QStringLiteral("joined"),
                                          QStringLiteral("2026-11-26T16:45:00Z")));
        QCOMPARE(user(m_ann).fields.value(QStringLiteral("joined")),
                 QStringLiteral("2026-11-26T16:45:00Z"));

        // The same value again changes nothing and leaves no row; empty clears.
        const qint64 rows = count(QStringLiteral("SELECT COUNT(*) FROM field_history"));
        QVERIFY(community().setFieldValue(m_ann, QStringLiteral("vip"), QStringLiteral("true")));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM field_history")), rows);
        QVERIFY(community().setFieldValue(m_ann, QStringLiteral("vip"), QString()));
        QVERIFY(!user(m_ann).fields.contains(QStringLiteral("vip")));
        expectManualHistory(QStringLiteral("vip"), QJsonValue(true), QJsonValue());
    }

    void balancesSetByHandAreLogged()
    {
        auto set = community().setBalance(m_ann, QStringLiteral("coins"), 15);
        QVERIFY2(set, qPrintable(set.error()));
        QCOMPARE(set->coins, 15);
        QVERIFY(community().setBalance(m_ann, QStringLiteral("coins"), 4));
        auto log = community().gamificationLog(m_ann);
        QVERIFY(log);
        QCOMPARE(log->size(), 2);
        QCOMPARE(log->last().delta, -11);
        QCOMPARE(log->last().balance, 4);
        QCOMPARE(log->last().action, QStringLiteral("manual"));
        QCOMPARE(log->last().deliveryId, 0);
        auto below = community().setBalance(m_ann, QStringLiteral("xp"), -1);
        QCOMPARE(below.error(), QStringLiteral("xp cannot be below 0 (got -1)"));
        QCOMPARE(community().setBalance(m_ann, QStringLiteral("gold"), 1).error(),
                 QStringLiteral("unknown currency \"gold\" (expected coins or xp)"));
        QCOMPARE(user(m_ann).xp, 0);
    }

    // Removal cascades (store::CommunityEditor): values, history and log go; others stay.
    void removingAUserTakesTheirHistory()
    {
        QVERIFY(community().setBalance(m_ann, QStringLiteral("xp"), 3));
        QVERIFY(community().setFieldValue(m_bob, QStringLiteral("total"), QStringLiteral("1")));
        auto removed = community().removeUser(m_ann);
        QVERIFY2(removed, qPrintable(removed.error()));
        QCOMPARE(removed->user.username, QStringLiteral("ann"));
        QCOMPARE(removed->historyRows, 1);
        QCOMPARE(removed->gamificationRows, 1);
        QCOMPARE(community().findUser(QStringLiteral("ann")).errorKind(), ErrorKind::NotFound);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM field_history")), 1); // bob's
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM gamification_log")), 0);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM user_field_values")), 1);
        QCOMPARE(community().removeUser(m_ann).error(),
                 QStringLiteral("the user was removed meanwhile"));
    }

    void fieldsAreRenamedAndCounted()
    {
        QVERIFY(community().setFieldValue(m_bob, QStringLiteral("total"), QStringLiteral("2")));
        QCOMPARE(*community().countFieldValues(QStringLiteral("total")), 2);
        QCOMPARE(*community().countFieldValues(QStringLiteral("vip")), 0);
        QCOMPARE(community().countFieldValues(QStringLiteral("ghost")).error(),
                 QStringLiteral("no custom field \"ghost\""));
        auto renamed = community().renameField(QStringLiteral("total"), QStringLiteral(" Total "));
        QVERIFY2(renamed, qPrintable(renamed.error()));
        QCOMPARE(renamed->key, QStringLiteral("total"));
        QCOMPARE((*community().findField(QStringLiteral("total")))->name, QStringLiteral("Total"));
        QCOMPARE(community().renameField(QStringLiteral("total"), QStringLiteral(" ")).error(),
                 QStringLiteral("a field's name cannot be empty"));
        QCOMPARE(community().renameField(QStringLiteral("ghost"), QStringLiteral("G")).error(),
                 QStringLiteral("no custom field \"ghost\""));
    }

    void exportImportsBack()
    {
        QVERIFY(community().setFieldValue(m_ann, QStringLiteral("nickname"),
                                          QStringLiteral("A, \"the\" one\nsecond line")));
        QVERIFY(community().setFieldValue(m_ann, QStringLiteral("vip"), QStringLiteral("false")));
        QVERIFY(community().setFieldValue(m_bob, QStringLiteral("joined"),
                                          QStringLiteral("2026-11-26")));
        QVERIFY(community().setBalance(m_bob, QStringLiteral("xp"), 12));
        QTemporaryDir folder;
        const QString path = folder.filePath(QStringLiteral("users.csv"));
        QCOMPARE(*community().exportUsers(path), 2);

        TempStore other;
        store::Database copy(other.path());
        QVERIFY(copy.open().ok());
        CommunityService target(copy);
        const auto fields = community().fields(); // kept: the loop reads into it
        for (const mapping::CustomField &field : *fields)
            QVERIFY(target.addField(field).ok());
        auto imported = target.importUsers(path);
        QVERIFY2(imported, qPrintable(imported.error()));
        QCOMPARE(*imported, 2);
        auto original = community().users();
        auto copied = target.users();
        QCOMPARE(copied->size(), original->size());
        for (qsizetype i = 0; i < original->size(); ++i) {
            QCOMPARE(copied->at(i).email, original->at(i).email);
            QCOMPARE(copied->at(i).username, original->at(i).username);
            QCOMPARE(copied->at(i).displayName, original->at(i).displayName);
            QCOMPARE(copied->at(i).coins, original->at(i).coins);
            QCOMPARE(copied->at(i).xp, original->at(i).xp);
            QCOMPARE(copied->at(i).fields, original->at(i).fields);
        }
        QCOMPARE(*target.usersCsv(), *community().usersCsv());
    }

    // Another connection (another process) sees each edit in the version it polls.
    void everyEditMovesTheVersion()
    {
        store::Database other(m_store.location());
        QVERIFY(other.open().ok());
        CommunityService watcher(other);
        auto version = [&watcher] { return *watcher.version(); };
        services::CommunityVersion last = version();
        const auto moved = [&](const char *what) {
            const services::CommunityVersion now = version();
            QVERIFY2(!(now == last), what);
            QVERIFY2(now.edits > last.edits, what);
            last = now;
        };
        QVERIFY(community().setFieldValue(m_bob, QStringLiteral("total"), QStringLiteral("3")));
        moved("set value");
        QVERIFY(community().renameField(QStringLiteral("vip"), QStringLiteral("V")));
        moved("rename");
        QVERIFY(community().addField({QStringLiteral("extra"), {}, mapping::FieldType::Text}));
        moved("add field");
        QVERIFY(community().removeField(QStringLiteral("extra")));
        moved("remove field");
        QVERIFY(community().addUser(
            {0, QStringLiteral("c@example.com"), QStringLiteral("c"), {}, 0, 0, {}}));
        moved("add user");
        QVERIFY(community().removeUser(m_bob));
        moved("remove user");
        // Nothing changed: the same version.
        QVERIFY(version() == last);
        // Processing is not counted as an edit, but its rows move the version too.
        QSqlQuery processed(db().connection());
        QVERIFY(processed.exec(QStringLiteral(
            "INSERT INTO gamification_log (user_id, currency, delta, balance, action, at)"
            " SELECT id, 'coins', 1, 1, 'Deposit', 'now' FROM users WHERE username = 'ann'")));
        QVERIFY(!(version() == last));
        QCOMPARE(version().edits, last.edits);
    }
};

int main(int argc, char *argv[])
{
    return runOnEveryStore<TestCommunityEdits>(argc, argv);
}

#include "test_communityedits.moc"
