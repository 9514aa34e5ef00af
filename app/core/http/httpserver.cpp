#include "httpserver.h"

#include "httpconnection.h"
#include "httprequest.h"
#include "plainsocketstream.h"
#include "qtsocketstream.h"
#include "requestbudget.h"
#include "responseoutbox.h"
#include "socketpoller.h"

#include <QFile>
#include <QSslConfiguration>
#include <QSslSocket>

#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

#include <unistd.h>

namespace hb::http {
namespace {

QString endpoint(const QHostAddress &address, quint16 port)
{
    const QString host = address.protocol() == QAbstractSocket::IPv6Protocol
                             ? QStringLiteral("[%1]").arg(address.toString())
                             : address.toString();
    return QStringLiteral("%1:%2").arg(host).arg(port);
}

hb::Result<QByteArray> readPem(const QString &file, const char *what)
{
    QFile input(file);
    if (!input.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("cannot read the TLS %1 %2: %3")
                        .arg(QLatin1String(what), file, input.errorString()));
    return input.readAll();
}

// Hands an accepted descriptor to `socket`; when Qt does not take it, deletes the socket and
// closes the descriptor (nobody else will) and returns false.
bool adopt(QTcpSocket *socket, qintptr descriptor)
{
    if (socket->setSocketDescriptor(descriptor))
        return true;
    delete socket;
    ::close(int(descriptor));
    return false;
}

// Qt cannot tell whether a private key belongs to a certificate; OpenSSL can.
bool keyMatches(const QByteArray &certificatePem, const QByteArray &keyPem)
{
    BIO *certificateBio = BIO_new_mem_buf(certificatePem.constData(), int(certificatePem.size()));
    BIO *keyBio = BIO_new_mem_buf(keyPem.constData(), int(keyPem.size()));
    X509 *certificate = PEM_read_bio_X509(certificateBio, nullptr, nullptr, nullptr);
    EVP_PKEY *key = PEM_read_bio_PrivateKey(keyBio, nullptr, nullptr, nullptr);
    const bool matches = certificate && key && X509_check_private_key(certificate, key) == 1;
    EVP_PKEY_free(key);
    X509_free(certificate);
    BIO_free(keyBio);
    BIO_free(certificateBio);
    ERR_clear_error();
    return matches;
}

} // namespace

HttpServer::HttpServer(RequestHandler &handler, const HttpLimits &limits, QObject *parent)
    : QTcpServer(parent)
    , m_handler(handler)
    , m_limits(limits)
    , m_outbox(new ResponseOutbox(this))
    , m_budget(new RequestBudget(limits.maxBytesInFlight, this))
{}

HttpServer::~HttpServer()
{
    // Before the other children: a connection gives back what it holds of the budget as it goes.
    qDeleteAll(findChildren<HttpConnection *>(Qt::FindDirectChildrenOnly));
}

qint64 HttpServer::bytesInFlight() const
{
    return m_budget->used();
}

hb::Status HttpServer::setTls(const QString &certificateFile, const QString &keyFile)
{
    if (!QSslSocket::supportsSsl())
        return fail(QStringLiteral("TLS is not available: no OpenSSL backend for Qt Network"));
    auto certificateBytes = readPem(certificateFile, "certificate");
    if (!certificateBytes)
        return certificateBytes.failure();
    auto keyBytes = readPem(keyFile, "key");
    if (!keyBytes)
        return keyBytes.failure();
    const QList<QSslCertificate> chain = QSslCertificate::fromData(*certificateBytes, QSsl::Pem);
    if (chain.isEmpty() || chain.first().isNull())
        return fail(
            QStringLiteral("the TLS certificate %1 holds no PEM certificate").arg(certificateFile));
    QSslKey key(*keyBytes, QSsl::Rsa, QSsl::Pem);
    if (key.isNull())
        key = QSslKey(*keyBytes, QSsl::Ec, QSsl::Pem);
    if (key.isNull())
        return fail(
            QStringLiteral("the TLS key %1 holds no unencrypted PEM private key (RSA or EC)")
                .arg(keyFile));
    if (!keyMatches(*certificateBytes, *keyBytes))
        return fail(QStringLiteral("the TLS key %1 does not belong to the certificate %2")
                        .arg(keyFile, certificateFile));
    m_certificate = chain.first();
    m_chain = chain.mid(1);
    m_key = key;
    return success();
}

hb::Status HttpServer::start(const QHostAddress &address, quint16 port)
{
    if (address.isNull())
        return fail(QStringLiteral("no address to listen on"));
    if (!listen(address, port)) {
        const QString where = endpoint(address, port);
        switch (serverError()) {
        case QAbstractSocket::AddressInUseError:
            return fail(QStringLiteral("%1 is already in use").arg(where));
        case QAbstractSocket::SocketAccessError:
            return fail(QStringLiteral("no permission to listen on %1").arg(where));
        case QAbstractSocket::SocketAddressNotAvailableError:
            return fail(QStringLiteral("cannot listen on %1: the address is not on this machine")
                            .arg(where));
        default:
            return fail(QStringLiteral("cannot listen on %1: %2").arg(where, errorString()));
        }
    }
    return success();
}

void HttpServer::stopAccepting()
{
    close();
}

void HttpServer::closeAll()
{
    for (HttpConnection *connection : findChildren<HttpConnection *>(Qt::FindDirectChildrenOnly))
        connection->closeWhenDone();
}

void HttpServer::incomingConnection(qintptr socketDescriptor)
{
    if (m_connections >= m_limits.maxConnections) {
        // Refused with an answer rather than a silent reset, so the sender knows to retry.
        auto *socket = new QTcpSocket(this);
        if (!adopt(socket, socketDescriptor))
            return;
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        if (!isTls())
            socket->write(HttpResponse::error(503, QStringLiteral("too many connections (limit "
                                                                  "%1): try again later")
                                                       .arg(m_limits.maxConnections))
                              .serialize(false));
        socket->disconnectFromHost();
        return;
    }
    ByteStream *stream = isTls() ? tlsStream(socketDescriptor) : plainStream(socketDescriptor);
    if (!stream)
        return;
    ++m_connections;
    auto *connection =
        new HttpConnection(stream, m_handler, m_limits, m_outbox->mailbox(), *m_budget, this);
    connect(connection, &HttpConnection::closed, this, [this] { --m_connections; });
}

ByteStream *HttpServer::plainStream(qintptr socketDescriptor)
{
    if (!m_poller) // made here, on the server's thread, whose event loop it joins
        m_poller = new SocketPoller(this);
    if (!m_poller->isValid()) { // no epoll set (out of descriptors?): Qt's sockets still work
        auto *socket = new QTcpSocket;
        if (!adopt(socket, socketDescriptor))
            return nullptr;
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        return new QtSocketStream(socket);
    }
    auto *stream = new PlainSocketStream(int(socketDescriptor), *m_poller);
    if (!stream->isValid()) {
        delete stream;
        return nullptr;
    }
    return stream;
}

ByteStream *HttpServer::tlsStream(qintptr socketDescriptor)
{
    auto *socket = new QSslSocket;
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificate(*m_certificate);
    configuration.setLocalCertificateChain(QList<QSslCertificate>{*m_certificate} + m_chain);
    configuration.setPrivateKey(m_key);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    socket->setSslConfiguration(configuration);
    if (!adopt(socket, socketDescriptor))
        return nullptr;
    socket->startServerEncryption();
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    return new QtSocketStream(socket);
}

} // namespace hb::http
