#pragma once

#include "common/result.h"
#include "database.h"
#include "mapping/customfield.h"
#include "userrepository.h"

#include <QMap>
#include <QString>

namespace hb::store {

// What a form changes of a user: the identity, and the custom field values it names (as typed;
// "" clears). Fields it does not name keep their values, so that a form opened before a delivery
// changed another field never undoes that change.
struct UserEdit {
    qint64 id = 0; // 0: a new user
    QString email, username, displayName;
    QMap<QString, QString> fields;
};

// A removed user and what went with them.
struct RemovedUser {
    User user;
    qint64 historyRows = 0, gamificationRows = 0;
};

// The community's hand-made edits (SPEC §7 `user set`, `user remove`, the window's forms), each
// in one transaction with its history rows and the bump of the change counter (CommunityChanges).
// A value set by hand is checked by its field's type exactly as processing checks a payload's
// text (CsvImporter::canonicalValue) and kept in the field history with source `manual`,
// operator `overwrite` and no delivery; a balance set by hand is kept in the gamification log
// with action `manual`.
//
// Removing a user removes their field values, field history and gamification log with them
// (the schema's ON DELETE CASCADE): a removal is asked for to forget a person. What the webhooks
// did stays readable in the deliveries, which keep the user's label and the changes they made;
// the window's confirmation says how many history and log rows go.
class CommunityEditor {
public:
    static QString manualSource(); // "manual"

    explicit CommunityEditor(Database &db);

    // Adds (edit.id 0) or changes a user. On error, `input` (when given) is set to what it is
    // about, "email", "username" or a field key, for a form to show it next to that input.
    hb::Result<User> save(const UserEdit &edit, QString *input = nullptr);
    // One field by hand; "" clears it.
    hb::Result<User> setFieldValue(qint64 userId, const QString &key, const QString &text);
    // `currency` is "coins" or "xp"; the amount is the new balance, never below 0.
    hb::Result<User> setBalance(qint64 userId, const QString &currency, qint64 amount);
    hb::Result<RemovedUser> removeUser(qint64 userId);

private:
    hb::Result<User> saveInTransaction(const UserEdit &edit, QString *input);
    hb::Status writeFields(const User &user, const QMap<QString, QString> &texts, QString *input);
    hb::Status writeField(qint64 userId, qint64 fieldId, const QString &key,
                          const std::optional<QString> &oldValue,
                          const std::optional<QString> &newValue);
    hb::Result<User> loadUser(qint64 userId);
    template <typename T> hb::Result<T> inTransaction(const std::function<hb::Result<T>()> &write);

    Database &m_db;
};

} // namespace hb::store
