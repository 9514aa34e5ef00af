#pragma once

// A store with `hookbench serve` running on it, for the integration tests that drive the real
// executable: commands set the store up, then serve listens on a free loopback port until the
// test ends.
#include "hookbenchprocess.h"
#include "tempstore.h"

#include <QProcess>

class ServedStore {
public:
    ~ServedStore()
    {
        m_serve.terminate();
        m_serve.waitForFinished(20000);
    }

    // Runs each of `setup` (hookbench arguments, each must succeed), then starts serve with
    // `serveArguments`. False with the reason in `error`.
    bool start(const QList<QStringList> &setup, const QStringList &serveArguments, QString *error)
    {
        if (!m_store.isValid()) {
            *error = QStringLiteral("no temporary store");
            return false;
        }
        for (const QStringList &arguments : setup) {
            const HookbenchRun done = run(arguments);
            if (!done.ran || done.exitCode != 0) {
                *error = arguments.join(QLatin1Char(' ')) + QStringLiteral(": ") + done.err;
                return false;
            }
        }
        const QUrl url =
            HookbenchProcess(m_store.path()).startServe(m_serve, serveArguments, error);
        m_url = url.toString();
        return url.isValid();
    }

    HookbenchRun run(const QStringList &arguments, int timeoutMs = 60000) const
    {
        return HookbenchProcess(m_store.path()).run(arguments, {}, timeoutMs);
    }

    QString path() const { return m_store.path(); }
    // The catcher's base URL, http://127.0.0.1:PORT.
    QString url() const { return m_url; }

private:
    TempStore m_store;
    QProcess m_serve;
    QString m_url;
};
