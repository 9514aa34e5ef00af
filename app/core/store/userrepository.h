#pragma once

#include "common/result.h"
#include "database.h"
#include "mapping/customfield.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QVariant>

#include <optional>

namespace hb::store {

// A member of the community (SPEC §1).
struct User {
    qint64 id = 0;
    QString email, username, displayName;
    qint64 coins = 0, xp = 0;
    QMap<QString, QString> fields; // field key -> canonical stored text (absent = unset)
};

class UserRepository {
public:
    explicit UserRepository(Database &db);

    // Trims; email unique case-insensitively; username unique exactly. `fields` values must be
    // canonical already (see CsvImporter::canonicalValue) and name existing fields.
    hb::Result<User> add(const User &user);
    // add() without its own transaction, for callers that hold one (the CSV import).
    hb::Result<User> insert(const User &user);
    // Changes a user's email, username and display name (user.id names the user), inside the
    // caller's transaction, with add()'s rules. `input`, when given, is set on error to what the
    // error is about ("email", "username"), for a form to show it next to that input.
    hb::Result<User> updateIdentity(const User &user, QString *input = nullptr);
    // The trimmed identity, checked (required, an email with @, a username without, unique but
    // for the user `user.id` itself). `input` as for updateIdentity().
    hb::Result<User> checkIdentity(const User &user, QString *input = nullptr);
    hb::Result<std::optional<User>> findById(qint64 id);

    // An "ID" of the command line: an email (contains '@', matched case-insensitively) or a
    // username.
    hb::Result<std::optional<User>> findByIdentifier(const QString &emailOrUsername);
    hb::Result<std::optional<User>> findByEmail(const QString &email);
    hb::Result<std::optional<User>> findByUsername(const QString &username);
    hb::Result<QList<User>> list(); // by username
    // The stored form of an email, the unique key: trimmed and lower-cased.
    static QString emailKey(const QString &email);

private:
    hb::Result<std::optional<User>> findOne(const QString &column, const QVariant &value);
    hb::Status loadFields(QList<User> &users);

    Database &m_db;
};

} // namespace hb::store
