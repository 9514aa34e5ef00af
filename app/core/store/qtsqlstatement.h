#pragma once

#include "preparedstatement.h"

#include <QSqlQuery>

namespace hb::store {

// A PreparedStatement over a QSqlQuery, for PostgreSQL. The "?" placeholders become named ones
// (":v0", ":v1"...): Qt SQL binds a name without formatting one for every value.
class QtSqlStatement : public PreparedStatement {
public:
    static hb::Result<std::unique_ptr<PreparedStatement>> prepare(const QSqlDatabase &connection,
                                                                  const QString &sql);

    void bind(std::initializer_list<QVariant> values) override;
    bool exec() override { return m_query.exec(); }
    bool next() override { return m_query.next(); }
    QVariant value(int column) const override { return m_query.value(column); }
    bool isNull(int column) const override { return m_query.isNull(column); }
    void finish() override { m_query.finish(); }
    QString errorText() const override;

private:
    explicit QtSqlStatement(const QSqlDatabase &connection);

    QSqlQuery m_query;
};

} // namespace hb::store
