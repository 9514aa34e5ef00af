#pragma once

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

// A self-signed certificate for 127.0.0.1 and its key, made by the openssl command in a temporary
// folder removed with the object: what `serve --tls-cert/--tls-key` is given in a test.
class SelfSignedCertificate {
public:
    SelfSignedCertificate()
        : m_certificate(m_dir.filePath(QStringLiteral("cert.pem")))
        , m_key(m_dir.filePath(QStringLiteral("key.pem")))
    {
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                       QStringLiteral("rsa:2048"), QStringLiteral("-nodes"),
                       QStringLiteral("-keyout"), m_key, QStringLiteral("-out"), m_certificate,
                       QStringLiteral("-days"), QStringLiteral("1"), QStringLiteral("-subj"),
                       QStringLiteral("/CN=127.0.0.1")});
        m_made = openssl.waitForFinished(60000) && openssl.exitStatus() == QProcess::NormalExit
                 && openssl.exitCode() == 0;
    }
    bool isMade() const { return m_made; }
    const QString &certificateFile() const { return m_certificate; }
    const QString &keyFile() const { return m_key; }
    QString folder() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
    QString m_certificate, m_key;
    bool m_made = false;
};
