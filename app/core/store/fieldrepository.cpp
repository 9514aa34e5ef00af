#include "fieldrepository.h"

#include "common/clock.h"
#include "communitychanges.h"
#include "mapping/fieldkey.h"

#include <QSqlQuery>
#include <QVariant>

#include <functional>

namespace hb::store {

using mapping::CustomField;

FieldRepository::FieldRepository(Database &db)
    : m_db(db)
{}

namespace {

// `write` and the change counter's bump in one transaction.
template <typename T> Result<T> inTransaction(Database &db, const std::function<Result<T>()> &write)
{
    if (Status status = db.beginWrite(); !status)
        return Error{status.error()};
    Result<T> written = write();
    if (Status bumped = written ? CommunityChanges::bump(db) : success(); !bumped)
        written = Error{bumped.error()};
    if (!written) {
        db.rollback();
        return written;
    }
    if (Status status = db.commit(); !status)
        return Error{status.error()};
    return written;
}

} // namespace

Result<CustomField> FieldRepository::add(const CustomField &field)
{
    return inTransaction<CustomField>(m_db, [&] { return insert(field); });
}

Status FieldRepository::remove(const QString &key)
{
    return inTransaction<std::monostate>(m_db, [&] { return erase(key); });
}

Result<CustomField> FieldRepository::rename(const QString &key, const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return fail(QStringLiteral("a field's name cannot be empty"));
    return inTransaction<CustomField>(m_db, [&]() -> Result<CustomField> {
        QSqlQuery query(m_db.connection());
        query.prepare(QStringLiteral("UPDATE custom_fields SET name = ? WHERE key = ?"));
        query.addBindValue(trimmed);
        query.addBindValue(key.trimmed());
        if (!query.exec())
            return fail(QStringLiteral("cannot rename custom field \"%1\": %2")
                            .arg(key, Database::describe(query)));
        if (query.numRowsAffected() == 0)
            return fail(QStringLiteral("no custom field \"%1\"").arg(key.trimmed()),
                        ErrorKind::NotFound);
        query.finish();
        const Result<std::optional<CustomField>> renamed = find(key);
        if (!renamed)
            return Error{renamed.error()};
        return **renamed;
    });
}

Result<qint64> FieldRepository::countValues(const QString &key)
{
    const Result<std::optional<CustomField>> field = find(key);
    if (!field)
        return Error{field.error()};
    if (!field->has_value())
        return fail(QStringLiteral("no custom field \"%1\"").arg(key.trimmed()),
                    ErrorKind::NotFound);
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM user_field_values v"
                                 " JOIN custom_fields f ON f.id = v.field_id WHERE f.key = ?"));
    query.addBindValue(key.trimmed());
    if (!query.exec() || !query.next())
        return fail(QStringLiteral("cannot count the values of \"%1\": %2")
                        .arg(key, Database::describe(query)));
    return query.value(0).toLongLong();
}

Result<CustomField> FieldRepository::insert(const CustomField &field)
{
    CustomField stored = field;
    stored.key = field.key.trimmed();
    stored.name = field.name.trimmed();
    if (!mapping::FieldKey::isValid(stored.key))
        return fail(mapping::FieldKey::problem(stored.key));
    if (stored.name.isEmpty())
        stored.name = stored.key;
    const Result<std::optional<CustomField>> existing = find(stored.key);
    if (!existing)
        return Error{existing.error()};
    if (existing->has_value())
        return fail(QStringLiteral("custom field \"%1\" already exists").arg(stored.key));

    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral(
        "INSERT INTO custom_fields (key, name, type, created_at) VALUES (?, ?, ?, ?)"));
    query.addBindValue(stored.key);
    query.addBindValue(stored.name);
    query.addBindValue(mapping::fieldTypeName(stored.type));
    query.addBindValue(nowIsoUtc());
    if (!query.exec()) {
        // Another process may have added the same key between the check and the insert.
        const Result<std::optional<CustomField>> again = find(stored.key);
        if (again && again->has_value())
            return fail(QStringLiteral("custom field \"%1\" already exists").arg(stored.key));
        return fail(QStringLiteral("cannot add custom field \"%1\": %2")
                        .arg(stored.key, Database::describe(query)));
    }
    return stored;
}

namespace {

Result<QList<CustomField>> readFields(QSqlQuery &query)
{
    QList<CustomField> fields;
    while (query.next()) {
        CustomField field;
        field.key = query.value(0).toString();
        field.name = query.value(1).toString();
        const std::optional<mapping::FieldType> type =
            mapping::fieldTypeFromName(query.value(2).toString());
        if (!type)
            return fail(QStringLiteral("custom field \"%1\" has an unknown type \"%2\" in the "
                                       "database")
                            .arg(field.key, query.value(2).toString()));
        field.type = *type;
        fields << field;
    }
    return fields;
}

} // namespace

Result<QList<CustomField>> FieldRepository::list()
{
    QSqlQuery query(m_db.connection());
    if (!query.exec(QStringLiteral("SELECT key, name, type FROM custom_fields ORDER BY key")))
        return fail(QStringLiteral("cannot list custom fields: %1").arg(Database::describe(query)));
    return readFields(query);
}

Result<std::optional<CustomField>> FieldRepository::find(const QString &key)
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT key, name, type FROM custom_fields WHERE key = ?"));
    query.addBindValue(key.trimmed());
    if (!query.exec())
        return fail(QStringLiteral("cannot read custom field \"%1\": %2")
                        .arg(key, Database::describe(query)));
    Result<QList<CustomField>> fields = readFields(query);
    if (!fields)
        return Error{fields.error()};
    if (fields->isEmpty())
        return std::optional<CustomField>();
    return std::optional<CustomField>(fields->first());
}

Status FieldRepository::erase(const QString &key)
{
    // The values go with the field (ON DELETE CASCADE); history rows keep the key as text.
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("DELETE FROM custom_fields WHERE key = ?"));
    query.addBindValue(key.trimmed());
    if (!query.exec())
        return fail(QStringLiteral("cannot remove custom field \"%1\": %2")
                        .arg(key, Database::describe(query)));
    if (query.numRowsAffected() == 0)
        return fail(QStringLiteral("no custom field \"%1\"").arg(key.trimmed()));
    return success();
}

} // namespace hb::store
