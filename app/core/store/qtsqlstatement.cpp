#include "qtsqlstatement.h"

#include "database.h"

#include <QStringList>

namespace hb::store {
namespace {

const QString &placeholderName(int position)
{
    static const QStringList names = [] {
        QStringList list;
        for (int i = 0; i < 16; ++i)
            list << QStringLiteral(":v%1").arg(i);
        return list;
    }();
    return names.at(position);
}

// The statement's "?" placeholders as named ones (":v0", ":v1"...), for bind().
QString namedPlaceholders(const QString &sql)
{
    QString named;
    named.reserve(sql.size() + 32);
    int position = 0;
    for (const QChar c : sql) {
        if (c == u'?')
            named += placeholderName(position++);
        else
            named += c;
    }
    return named;
}

} // namespace

hb::Result<std::unique_ptr<PreparedStatement>>
QtSqlStatement::prepare(const QSqlDatabase &connection, const QString &sql)
{
    std::unique_ptr<QtSqlStatement> statement(new QtSqlStatement(connection));
    statement->m_query.setForwardOnly(true);
    if (!statement->m_query.prepare(namedPlaceholders(sql)))
        return hb::fail(statement->errorText());
    return std::unique_ptr<PreparedStatement>(std::move(statement));
}

QtSqlStatement::QtSqlStatement(const QSqlDatabase &connection)
    : m_query(connection)
{}

void QtSqlStatement::bind(std::initializer_list<QVariant> values)
{
    int position = 0;
    for (const QVariant &value : values)
        m_query.bindValue(placeholderName(position++), value);
}

QString QtSqlStatement::errorText() const
{
    return Database::describe(m_query);
}

} // namespace hb::store
