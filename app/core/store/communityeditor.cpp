#include "communityeditor.h"

#include "common/clock.h"
#include "communitychanges.h"
#include "csvimporter.h"

#include <QHash>
#include <QSqlQuery>
#include <QVariant>

#include <functional>

namespace hb::store {
namespace {

using mapping::CustomField;

struct StoredField {
    qint64 id = 0;
    mapping::FieldType type = mapping::FieldType::Text;
};

Result<QHash<QString, StoredField>> storedFields(Database &db)
{
    QSqlQuery query(db.connection());
    if (!query.exec(QStringLiteral("SELECT id, key, type FROM custom_fields")))
        return fail(QStringLiteral("cannot read custom fields: %1").arg(Database::describe(query)));
    QHash<QString, StoredField> fields;
    while (query.next()) {
        const std::optional<mapping::FieldType> type =
            mapping::fieldTypeFromName(query.value(2).toString());
        fields.insert(query.value(1).toString(),
                      {query.value(0).toLongLong(), type.value_or(mapping::FieldType::Text)});
    }
    return fields;
}

QVariant textOrNull(const std::optional<QString> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<QString>());
}

// A typed SQL NULL: the history's delivery_id of a change made by hand.
QVariant noDelivery()
{
    return QVariant(QMetaType::fromType<qlonglong>());
}

Status exec(QSqlQuery &query, const QString &what)
{
    if (query.exec())
        return success();
    return fail(QStringLiteral("cannot %1: %2").arg(what, Database::describe(query)));
}

} // namespace

QString CommunityEditor::manualSource()
{
    return QStringLiteral("manual");
}

CommunityEditor::CommunityEditor(Database &db)
    : m_db(db)
{}

template <typename T>
Result<T> CommunityEditor::inTransaction(const std::function<Result<T>()> &write)
{
    if (Status status = m_db.beginWrite(); !status)
        return Error{status.error()};
    Result<T> written = write();
    if (Status bumped = written ? CommunityChanges::bump(m_db) : success(); !bumped)
        written = Error{bumped.error()};
    if (!written) {
        m_db.rollback();
        return written;
    }
    if (Status status = m_db.commit(); !status)
        return Error{status.error()};
    return written;
}

Result<User> CommunityEditor::loadUser(qint64 userId)
{
    Result<std::optional<User>> user = UserRepository(m_db).findById(userId);
    if (!user)
        return Error{user.error()};
    if (!user->has_value())
        return fail(QStringLiteral("the user was removed meanwhile"), ErrorKind::NotFound);
    return **user;
}

Result<User> CommunityEditor::save(const UserEdit &edit, QString *input)
{
    return inTransaction<User>([&] { return saveInTransaction(edit, input); });
}

Result<User> CommunityEditor::saveInTransaction(const UserEdit &edit, QString *input)
{
    User identity;
    identity.id = edit.id;
    identity.email = edit.email;
    identity.username = edit.username;
    identity.displayName = edit.displayName;
    UserRepository users(m_db);
    Result<User> saved =
        edit.id == 0 ? users.insert(identity) : users.updateIdentity(identity, input);
    if (!saved) {
        // insert() does not say which input; its checks are the same as updateIdentity()'s.
        if (edit.id == 0 && input)
            (void)users.checkIdentity(identity, input);
        return saved;
    }
    if (edit.id != 0) {
        Result<User> stored = loadUser(edit.id);
        if (!stored)
            return stored;
        saved = std::move(*stored);
    }
    if (Status written = writeFields(*saved, edit.fields, input); !written)
        return Error{written.error()};
    return loadUser(saved->id);
}

Status CommunityEditor::writeFields(const User &user, const QMap<QString, QString> &texts,
                                    QString *input)
{
    if (texts.isEmpty())
        return success();
    const Result<QHash<QString, StoredField>> fields = storedFields(m_db);
    if (!fields)
        return Error{fields.error()};
    for (auto it = texts.cbegin(); it != texts.cend(); ++it) {
        const auto field = fields->constFind(it.key());
        if (field == fields->cend()) {
            if (input)
                *input = it.key();
            return fail(QStringLiteral("no custom field \"%1\"").arg(it.key()),
                        ErrorKind::FieldRemoved);
        }
        std::optional<QString> value;
        if (!it.value().trimmed().isEmpty()) {
            const Result<QString> canonical = CsvImporter::canonicalValue(field->type, it.value());
            if (!canonical) {
                if (input)
                    *input = it.key();
                return fail(QStringLiteral("%1: %2").arg(it.key(), canonical.error()),
                            ErrorKind::WrongValueKind);
            }
            value = *canonical;
        }
        const auto old = user.fields.constFind(it.key());
        const std::optional<QString> oldValue =
            old == user.fields.cend() ? std::nullopt : std::optional<QString>(*old);
        if (oldValue == value)
            continue; // nothing changed: no history row
        if (Status written = writeField(user.id, field->id, it.key(), oldValue, value); !written)
            return written;
    }
    return success();
}

Status CommunityEditor::writeField(qint64 userId, qint64 fieldId, const QString &key,
                                   const std::optional<QString> &oldValue,
                                   const std::optional<QString> &newValue)
{
    QSqlQuery value(m_db.connection());
    if (newValue) {
        value.prepare(QStringLiteral("INSERT INTO user_field_values (user_id, field_id, value)"
                                     " VALUES (?, ?, ?) ON CONFLICT (user_id, field_id)"
                                     " DO UPDATE SET value = excluded.value"));
        value.addBindValue(userId);
        value.addBindValue(fieldId);
        value.addBindValue(*newValue);
    } else {
        value.prepare(
            QStringLiteral("DELETE FROM user_field_values WHERE user_id = ? AND field_id = ?"));
        value.addBindValue(userId);
        value.addBindValue(fieldId);
    }
    if (Status status = exec(value, QStringLiteral("store field \"%1\"").arg(key)); !status)
        return status;
    QSqlQuery history(m_db.connection());
    history.prepare(QStringLiteral("INSERT INTO field_history (user_id, field_key, old_value,"
                                   " new_value, operator, source, delivery_id, at)"
                                   " VALUES (?, ?, ?, ?, 'overwrite', ?, ?, ?)"));
    history.addBindValue(userId);
    history.addBindValue(key);
    history.addBindValue(textOrNull(oldValue));
    history.addBindValue(textOrNull(newValue));
    history.addBindValue(manualSource());
    history.addBindValue(noDelivery());
    history.addBindValue(nowIsoUtc());
    return exec(history, QStringLiteral("keep the history of \"%1\"").arg(key));
}

Result<User> CommunityEditor::setFieldValue(qint64 userId, const QString &key, const QString &text)
{
    return inTransaction<User>([&]() -> Result<User> {
        const Result<User> user = loadUser(userId);
        if (!user)
            return user;
        if (Status written = writeFields(*user, {{key.trimmed(), text}}, nullptr); !written)
            return written.failure();
        return loadUser(userId);
    });
}

Result<User> CommunityEditor::setBalance(qint64 userId, const QString &currency, qint64 amount)
{
    const bool coins = currency == QLatin1String("coins");
    if (!coins && currency != QLatin1String("xp"))
        return fail(QStringLiteral("unknown currency \"%1\" (expected coins or xp)").arg(currency));
    if (amount < 0)
        return fail(QStringLiteral("%1 cannot be below 0 (got %2)").arg(currency).arg(amount),
                    ErrorKind::BelowZero);
    return inTransaction<User>([&]() -> Result<User> {
        Result<User> user = loadUser(userId);
        if (!user)
            return user;
        const qint64 delta = amount - (coins ? user->coins : user->xp);
        if (delta == 0)
            return user;
        QSqlQuery update(m_db.connection());
        // The column name is one of two of ours, never user input.
        update.prepare(QStringLiteral("UPDATE users SET %1 = ? WHERE id = ?").arg(currency));
        update.addBindValue(amount);
        update.addBindValue(userId);
        if (Status status = exec(update, QStringLiteral("set %1").arg(currency)); !status)
            return Error{status.error()};
        QSqlQuery log(m_db.connection());
        log.prepare(
            QStringLiteral("INSERT INTO gamification_log (user_id, currency, delta,"
                           " balance, action, delivery_id, at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
        for (const QVariant &bound :
             {QVariant(userId), QVariant(currency), QVariant(delta), QVariant(amount),
              QVariant(manualSource()), noDelivery(), QVariant(nowIsoUtc())})
            log.addBindValue(bound);
        if (Status status = exec(log, QStringLiteral("keep the %1 change").arg(currency)); !status)
            return Error{status.error()};
        return loadUser(userId);
    });
}

Result<RemovedUser> CommunityEditor::removeUser(qint64 userId)
{
    return inTransaction<RemovedUser>([&]() -> Result<RemovedUser> {
        const Result<User> user = loadUser(userId);
        if (!user)
            return user.failure();
        RemovedUser removed{*user, 0, 0};
        QSqlQuery count(m_db.connection());
        count.prepare(
            QStringLiteral("SELECT (SELECT COUNT(*) FROM field_history WHERE user_id = ?),"
                           " (SELECT COUNT(*) FROM gamification_log WHERE user_id = ?)"));
        count.addBindValue(userId);
        count.addBindValue(userId);
        if (Status status = exec(count, QStringLiteral("count the user's history")); !status)
            return Error{status.error()};
        if (count.next()) {
            removed.historyRows = count.value(0).toLongLong();
            removed.gamificationRows = count.value(1).toLongLong();
        }
        count.finish();
        // Values, history and log rows go with the user (ON DELETE CASCADE): see the header.
        QSqlQuery erase(m_db.connection());
        erase.prepare(QStringLiteral("DELETE FROM users WHERE id = ?"));
        erase.addBindValue(userId);
        if (Status status = exec(erase, QStringLiteral("remove \"%1\"").arg(user->email)); !status)
            return Error{status.error()};
        return removed;
    });
}

} // namespace hb::store
