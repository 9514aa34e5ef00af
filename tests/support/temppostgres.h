#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QUrl>
#include <QUuid>

// A fresh PostgreSQL database on the server named by $HOOKBENCH_TEST_PG (a postgresql:// URL of a
// role that may create databases; .ci/run starts that server), dropped with the object.
// Without the variable, isAvailable() is false: tests then skip, except under CI where the
// server must be there.
class TempPostgres {
public:
    TempPostgres()
    {
        const QString admin = qEnvironmentVariable("HOOKBENCH_TEST_PG");
        if (admin.isEmpty())
            return;
        m_adminUrl = QUrl(admin);
        m_name =
            QStringLiteral("hookbench_test_") + QUuid::createUuid().toString(QUuid::Id128).left(16);
        if (!run(QStringLiteral("CREATE DATABASE %1").arg(m_name)))
            return;
        QUrl url = m_adminUrl;
        url.setPath(QLatin1Char('/') + m_name);
        m_url = url.toString();
    }
    ~TempPostgres()
    {
        if (!m_url.isEmpty())
            run(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name));
    }

    static bool required() { return qEnvironmentVariableIsSet("CI"); }
    bool isAvailable() const { return !m_url.isEmpty(); }
    const QString &url() const { return m_url; }
    const QString &error() const { return m_error; }

private:
    bool run(const QString &sql)
    {
        const QString connection = QStringLiteral("temppostgres-admin");
        bool ok = false;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
            db.setHostName(m_adminUrl.host());
            db.setPort(m_adminUrl.port(5432));
            db.setUserName(m_adminUrl.userName());
            db.setPassword(m_adminUrl.password());
            db.setDatabaseName(m_adminUrl.path().mid(1));
            if (db.open()) {
                QSqlQuery query(db);
                ok = query.exec(sql);
                if (!ok)
                    m_error = query.lastError().text();
            } else {
                m_error = db.lastError().text();
            }
        }
        QSqlDatabase::removeDatabase(connection);
        return ok;
    }

    QUrl m_adminUrl;
    QString m_name;
    QString m_url;
    QString m_error;
};

// In a test slot: skips without a server, fails under CI without one.
#define REQUIRE_POSTGRES(temp)                                                                     \
    do {                                                                                           \
        if (!(temp).isAvailable()) {                                                               \
            if (TempPostgres::required())                                                          \
                QFAIL(qPrintable(QStringLiteral("PostgreSQL is required under CI: ")               \
                                 + (temp).error()));                                               \
            QSKIP("set HOOKBENCH_TEST_PG to a postgresql:// URL to run this test");                \
        }                                                                                          \
    } while (false)
