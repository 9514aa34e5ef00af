#pragma once

#include "common/result.h"
#include "httplimits.h"

#include <QHostAddress>
#include <QSslCertificate>
#include <QSslKey>
#include <QTcpServer>

#include <optional>

namespace hb::http {

class ByteStream;
class HttpConnection;
class RequestBudget;
class RequestHandler;
class ResponseOutbox;
class SocketPoller;

// The listening socket. Meant to live on its own QThread (with all its connections) so that a
// busy GUI never delays a sender; the handler is called on that thread. Over-cap connections are
// answered 503 and closed.
class HttpServer : public QTcpServer {
    Q_OBJECT
public:
    HttpServer(RequestHandler &handler, const HttpLimits &limits, QObject *parent = nullptr);
    ~HttpServer() override;

    // Reads and checks PEM files; the messages name the file at fault.
    hb::Status setTls(const QString &certificateFile, const QString &keyFile);
    bool isTls() const { return m_certificate.has_value(); }

    // listen() with a message a user understands: "127.0.0.1:8080 is already in use".
    hb::Status start(const QHostAddress &address, quint16 port);
    // Stops accepting; open connections finish the requests they have and are then closed.
    void stopAccepting();
    // Closes every connection now (after stopAccepting and the writer's drain).
    void closeAll();
    int connectionCount() const { return m_connections; }
    // Bytes of requests handed on and not yet answered (HttpLimits::maxBytesInFlight); any thread.
    qint64 bytesInFlight() const;

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    // nullptr when the descriptor cannot be used; it is then closed.
    ByteStream *plainStream(qintptr socketDescriptor);
    ByteStream *tlsStream(qintptr socketDescriptor);

    RequestHandler &m_handler;
    HttpLimits m_limits;
    ResponseOutbox *m_outbox;         // a child: moves to the server's thread with it
    RequestBudget *m_budget;          // a child; the connections go before it (~HttpServer)
    SocketPoller *m_poller = nullptr; // a child, made on first use
    std::optional<QSslCertificate> m_certificate;
    QSslKey m_key;
    QList<QSslCertificate> m_chain;
    int m_connections = 0;
};

} // namespace hb::http
