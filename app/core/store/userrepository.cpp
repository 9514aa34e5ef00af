#include "userrepository.h"

#include "common/clock.h"
#include "communitychanges.h"

#include <QHash>
#include <QJsonValue>
#include <QSqlQuery>
#include <QVariant>

namespace hb::store {
namespace {

const QString userColumns =
    QStringLiteral("SELECT id, email, username, display_name, coins, xp FROM users");

User readUser(const QSqlQuery &query)
{
    User user;
    user.id = query.value(0).toLongLong();
    user.email = query.value(1).toString();
    user.username = query.value(2).toString();
    user.displayName = query.value(3).toString();
    user.coins = query.value(4).toLongLong();
    user.xp = query.value(5).toLongLong();
    return user;
}

// Qt binds a null QString as SQL NULL; the columns are NOT NULL with '' for "none".
QString notNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

} // namespace

UserRepository::UserRepository(Database &db)
    : m_db(db)
{}

QString UserRepository::emailKey(const QString &email)
{
    return email.trimmed().toLower();
}

Result<User> UserRepository::add(const User &user)
{
    if (Status status = m_db.beginWrite(); !status)
        return Error{status.error()};
    Result<User> added = insert(user);
    if (Status bumped = added ? CommunityChanges::bump(m_db) : success(); !bumped)
        added = Error{bumped.error()};
    if (!added) {
        m_db.rollback();
        return added;
    }
    if (Status status = m_db.commit(); !status)
        return Error{status.error()};
    return added;
}

Result<User> UserRepository::checkIdentity(const User &user, QString *input)
{
    User stored = user;
    stored.email = user.email.trimmed();
    stored.username = user.username.trimmed();
    stored.displayName = user.displayName.trimmed();
    const auto problem = [input](const char *about, QString message) -> Result<User> {
        if (input)
            *input = QLatin1String(about);
        return fail(std::move(message));
    };
    if (stored.email.isEmpty())
        return problem("email", QStringLiteral("email is required"));
    if (!stored.email.contains(QLatin1Char('@')))
        return problem(
            "email",
            QStringLiteral("email \"%1\" is not an email address (no @)").arg(stored.email));
    if (stored.username.isEmpty())
        return problem("username", QStringLiteral("username is required"));
    // An ID on the command line is an email when it has an '@', so a username cannot have one.
    if (stored.username.contains(QLatin1Char('@')))
        return problem("username",
                       QStringLiteral("username \"%1\" must not contain @").arg(stored.username));

    const Result<std::optional<User>> byEmail = findByEmail(stored.email);
    if (!byEmail)
        return Error{byEmail.error()};
    if (byEmail->has_value() && (*byEmail)->id != stored.id)
        return problem("email",
                       QStringLiteral("a user with email \"%1\" already exists").arg(stored.email));
    const Result<std::optional<User>> byUsername = findByUsername(stored.username);
    if (!byUsername)
        return Error{byUsername.error()};
    if (byUsername->has_value() && (*byUsername)->id != stored.id)
        return problem(
            "username",
            QStringLiteral("a user with username \"%1\" already exists").arg(stored.username));
    return stored;
}

Result<User> UserRepository::updateIdentity(const User &user, QString *input)
{
    Result<User> checked = checkIdentity(user, input);
    if (!checked)
        return checked;
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral(
        "UPDATE users SET email = ?, email_key = ?, username = ?, display_name = ? WHERE id = ?"));
    query.addBindValue(checked->email);
    query.addBindValue(emailKey(checked->email));
    query.addBindValue(checked->username);
    query.addBindValue(notNull(checked->displayName));
    query.addBindValue(checked->id);
    if (!query.exec())
        return fail(QStringLiteral("cannot change user \"%1\": %2")
                        .arg(checked->email, Database::describe(query)));
    if (query.numRowsAffected() == 0)
        return fail(QStringLiteral("the user was removed meanwhile"), ErrorKind::NotFound);
    return checked;
}

Result<User> UserRepository::insert(const User &user)
{
    if (user.coins < 0)
        return fail(QStringLiteral("coins cannot be below 0 (got %1)").arg(user.coins));
    if (user.xp < 0)
        return fail(QStringLiteral("xp cannot be below 0 (got %1)").arg(user.xp));
    User unsaved = user;
    unsaved.id = 0; // a new user clashes with every stored one
    Result<User> checked = checkIdentity(unsaved);
    if (!checked)
        return checked;
    User stored = *checked;

    QHash<QString, qint64> fieldIds;
    if (!stored.fields.isEmpty()) {
        QSqlQuery fields(m_db.connection());
        if (!fields.exec(QStringLiteral("SELECT id, key FROM custom_fields")))
            return fail(Database::describe(fields));
        while (fields.next())
            fieldIds.insert(fields.value(1).toString(), fields.value(0).toLongLong());
        for (auto it = stored.fields.cbegin(); it != stored.fields.cend(); ++it) {
            if (!fieldIds.contains(it.key()))
                return fail(QStringLiteral("no custom field \"%1\"").arg(it.key()));
        }
    }

    QSqlQuery query(m_db.connection());
    query.prepare(
        QStringLiteral("INSERT INTO users (email, email_key, username, display_name, "
                       "coins, xp, created_at) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    query.addBindValue(stored.email);
    query.addBindValue(emailKey(stored.email));
    query.addBindValue(stored.username);
    query.addBindValue(notNull(stored.displayName));
    query.addBindValue(stored.coins);
    query.addBindValue(stored.xp);
    query.addBindValue(nowIsoUtc());
    if (!query.exec() || !query.next())
        return fail(QStringLiteral("cannot add user \"%1\": %2")
                        .arg(stored.email, Database::describe(query)));
    stored.id = query.value(0).toLongLong();
    query.finish();

    for (auto it = stored.fields.cbegin(); it != stored.fields.cend(); ++it) {
        QSqlQuery value(m_db.connection());
        value.prepare(QStringLiteral(
            "INSERT INTO user_field_values (user_id, field_id, value) VALUES (?, ?, ?)"));
        value.addBindValue(stored.id);
        value.addBindValue(fieldIds.value(it.key()));
        value.addBindValue(notNull(it.value()));
        if (!value.exec())
            return fail(QStringLiteral("cannot store field \"%1\" of user \"%2\": %3")
                            .arg(it.key(), stored.email, Database::describe(value)));
    }
    return stored;
}

Result<std::optional<User>> UserRepository::findByIdentifier(const QString &emailOrUsername)
{
    if (emailOrUsername.contains(QLatin1Char('@')))
        return findByEmail(emailOrUsername);
    return findByUsername(emailOrUsername);
}

Result<std::optional<User>> UserRepository::findById(qint64 id)
{
    return findOne(QStringLiteral("id"), id);
}

Result<std::optional<User>> UserRepository::findByEmail(const QString &email)
{
    return findOne(QStringLiteral("email_key"), emailKey(email));
}

Result<std::optional<User>> UserRepository::findByUsername(const QString &username)
{
    return findOne(QStringLiteral("username"), username.trimmed());
}

Result<std::optional<User>> UserRepository::findOne(const QString &column, const QVariant &value)
{
    QSqlQuery query(m_db.connection());
    // `column` is one of ours, never user input.
    query.prepare(userColumns + QStringLiteral(" WHERE %1 = ?").arg(column));
    query.addBindValue(value);
    if (!query.exec())
        return fail(QStringLiteral("cannot read users: %1").arg(Database::describe(query)));
    QList<User> users;
    if (query.next())
        users << readUser(query);
    query.finish();
    if (users.isEmpty())
        return std::optional<User>();
    if (Status status = loadFields(users); !status)
        return Error{status.error()};
    return std::optional<User>(users.first());
}

Result<QList<User>> UserRepository::list()
{
    QSqlQuery query(m_db.connection());
    if (!query.exec(userColumns + QStringLiteral(" ORDER BY id")))
        return fail(QStringLiteral("cannot read users: %1").arg(Database::describe(query)));
    QList<User> users;
    while (query.next())
        users << readUser(query);
    query.finish();
    if (Status status = loadFields(users); !status)
        return Error{status.error()};
    return users;
}

Status UserRepository::loadFields(QList<User> &users)
{
    if (users.isEmpty())
        return success();
    QHash<qint64, qsizetype> indexById;
    for (qsizetype i = 0; i < users.size(); ++i)
        indexById.insert(users.at(i).id, i);
    QSqlQuery query(m_db.connection());
    QString sql = QStringLiteral("SELECT v.user_id, f.key, v.value FROM user_field_values v "
                                 "JOIN custom_fields f ON f.id = v.field_id");
    if (users.size() == 1) {
        query.prepare(sql + QStringLiteral(" WHERE v.user_id = ?"));
        query.addBindValue(users.first().id);
    } else {
        query.prepare(sql);
    }
    if (!query.exec())
        return fail(QStringLiteral("cannot read field values: %1").arg(Database::describe(query)));
    while (query.next()) {
        const auto index = indexById.constFind(query.value(0).toLongLong());
        if (index != indexById.cend())
            users[*index].fields.insert(query.value(1).toString(), query.value(2).toString());
    }
    return success();
}

} // namespace hb::store
