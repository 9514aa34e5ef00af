#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <QTest>
#include <QUrl>

#include <utility>

// What one run of the executable gave. `err` also carries the helper's own explanation when the
// executable could not be run at all, so that a failing QVERIFY2(..., err) says why.
struct HookbenchRun {
    bool ran = false; // false: not started, crashed or timed out (see err)
    int exitCode = -1;
    QByteArray out;
    QString err;

    QJsonValue json() const { return parseJson(out); }
    QJsonArray array() const { return json().toArray(); }
    QJsonObject object() const { return json().toObject(); }

    static QJsonValue parseJson(const QByteArray &json)
    {
        const QJsonDocument document = QJsonDocument::fromJson(json);
        return document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
    }
};

// Runs `$HOOKBENCH_BIN --db <store> args...` the way a user would, for the integration tests.
// The environment is the test's own minus the variables that would point the executable at
// another store or another public URL than the test chose (a developer may have them set).
class HookbenchProcess {
public:
    explicit HookbenchProcess(QString database)
        : m_database(std::move(database))
    {
        m_environment.remove(QStringLiteral("HOOKBENCH_DB"));
        m_environment.remove(QStringLiteral("HOOKBENCH_PUBLIC_URL"));
    }

    // Set by hb_add_test; empty when the test binary is started by hand.
    static QString binary() { return qEnvironmentVariable("HOOKBENCH_BIN"); }

    // An empty value removes the variable again.
    void setEnvironment(const QString &name, const QString &value)
    {
        if (value.isEmpty())
            m_environment.remove(name);
        else
            m_environment.insert(name, value);
    }

    const QString &database() const { return m_database; }
    void setDatabase(const QString &database) { m_database = database; }

    // Runs one command to its end; `input` is written to its stdin, which is then closed.
    HookbenchRun run(const QStringList &arguments, const QByteArray &input = {},
                     int timeoutMs = 60000) const
    {
        HookbenchRun result;
        QProcess process;
        if (!start(process, arguments, &result.err))
            return result;
        if (!input.isEmpty())
            process.write(input);
        process.closeWriteChannel();
        if (!process.waitForFinished(timeoutMs)) {
            process.kill();
            process.waitForFinished();
            result.err = QStringLiteral("hookbench %1 did not finish within %2 s")
                             .arg(arguments.join(QLatin1Char(' ')))
                             .arg(timeoutMs / 1000);
            return result;
        }
        result.out = process.readAllStandardOutput();
        result.err = QString::fromUtf8(process.readAllStandardError());
        if (process.exitStatus() != QProcess::NormalExit) {
            result.err = QStringLiteral("hookbench %1 crashed; stderr: %2")
                             .arg(arguments.join(QLatin1Char(' ')), result.err);
            return result;
        }
        result.ran = true;
        result.exitCode = process.exitCode();
        return result;
    }

    // Starts a command that keeps running (serve); false, with `error` set, when it did not start.
    bool start(QProcess &process, const QStringList &arguments, QString *error = nullptr) const
    {
        const QString program = binary();
        QString problem;
        if (program.isEmpty()) {
            problem = QStringLiteral("HOOKBENCH_BIN is not set: run this test through ctest");
        } else {
            process.setProgram(program);
            process.setArguments(QStringList{QStringLiteral("--db"), m_database} + arguments);
            process.setProcessEnvironment(m_environment);
            process.start();
            if (!process.waitForStarted(10000))
                problem = QStringLiteral("cannot start %1: %2").arg(program, process.errorString());
        }
        if (error)
            *error = problem;
        return problem.isEmpty();
    }

    // Starts `serve --listen 127.0.0.1:0 extra...` and returns the URL from the line it prints
    // first, or an empty URL (with `error` set) when it printed none.
    QUrl startServe(QProcess &process, const QStringList &extra = {},
                    QString *error = nullptr) const
    {
        QString problem;
        if (!start(process,
                   QStringList{QStringLiteral("serve"), QStringLiteral("--listen"),
                               QStringLiteral("127.0.0.1:0")}
                       + extra,
                   &problem)) {
            if (error)
                *error = problem;
            return {};
        }
        QByteArray line;
        QElapsedTimer waited;
        waited.start();
        while (!line.contains('\n') && process.state() == QProcess::Running
               && waited.elapsed() < 20000) {
            process.waitForReadyRead(1000);
            line += process.readAllStandardOutput();
        }
        static const QRegularExpression pattern(
            QStringLiteral("^listening on (http://127\\.0\\.0\\.1:\\d+)\n$"));
        const QRegularExpressionMatch match = pattern.match(QString::fromUtf8(line));
        if (error && !match.hasMatch())
            *error =
                QStringLiteral("serve did not print `listening on <url>` but \"%1\"; stderr: %2")
                    .arg(QString::fromUtf8(line),
                         QString::fromUtf8(process.readAllStandardError()));
        return match.hasMatch() ? QUrl(match.captured(1)) : QUrl();
    }

private:
    QString m_database;
    QProcessEnvironment m_environment = QProcessEnvironment::systemEnvironment();
};

// In a test slot: the command ran and exited with 0; else the failure names it and its stderr.
inline void verifySucceeded(const HookbenchRun &result, const QString &command)
{
    QVERIFY2(result.ran && result.exitCode == 0,
             qPrintable(command + QStringLiteral(": ") + result.err));
}

// In a test slot: the command failed the way SPEC asks of every command, with a non-zero exit,
// "hookbench: <message>" as the only line on stderr and nothing on stdout.
inline void verifyOneLineError(const HookbenchRun &result, const QString &command,
                               const QString &message)
{
    QVERIFY2(result.ran, qPrintable(command + QStringLiteral(": ") + result.err));
    QVERIFY2(result.exitCode != 0, qPrintable(command));
    QCOMPARE(result.err, QStringLiteral("hookbench: ") + message + QLatin1Char('\n'));
    QCOMPARE(result.out, QByteArray());
}
