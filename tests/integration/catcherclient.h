#pragma once

// A deliberately simple HTTP/1.1 client over a raw socket for the catcher's tests: it sends
// exactly the bytes a test gives (malformed, pipelined, one byte at a time) and reads answers
// framed by Content-Length, which is all the catcher ever sends.

#include <QByteArray>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QSslSocket>
#include <QTcpSocket>
#include <QUrl>

#include <memory>
#include <optional>

struct CaughtResponse {
    int status = 0;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QString error() const { return json().value(QStringLiteral("error")).toString(); }
};

class CatcherClient {
public:
    explicit CatcherClient(const QUrl &base, bool tls = false)
    {
        if (tls) {
            auto *ssl = new QSslSocket;
            ssl->setPeerVerifyMode(QSslSocket::VerifyNone);
            m_socket.reset(ssl);
            ssl->connectToHostEncrypted(base.host(), quint16(base.port()));
            m_connected = ssl->waitForEncrypted(10000);
        } else {
            m_socket = std::make_unique<QTcpSocket>();
            m_socket->connectToHost(base.host(), quint16(base.port()));
            m_connected = m_socket->waitForConnected(10000);
        }
    }
    bool isConnected() const { return m_connected; }
    QTcpSocket &socket() { return *m_socket; }

    void send(const QByteArray &bytes)
    {
        m_socket->write(bytes);
        m_socket->waitForBytesWritten(10000);
    }

    // The next complete answer, or nullopt when the connection closed or nothing came in time.
    std::optional<CaughtResponse> next(int timeoutMs = 20000)
    {
        QElapsedTimer timer;
        timer.start();
        for (;;) {
            if (auto response = take())
                return response;
            if (m_socket->state() != QAbstractSocket::ConnectedState) {
                m_buffer += m_socket->readAll();
                return take();
            }
            const qint64 left = timeoutMs - timer.elapsed();
            if (left <= 0)
                return std::nullopt;
            if (m_socket->waitForReadyRead(int(qMin<qint64>(left, 200))))
                m_buffer += m_socket->readAll();
        }
    }

    std::optional<CaughtResponse> request(const QByteArray &bytes, int timeoutMs = 20000)
    {
        send(bytes);
        return next(timeoutMs);
    }

    // True once the server has closed the connection (and nothing more arrived).
    bool waitClosed(int timeoutMs = 20000)
    {
        QElapsedTimer timer;
        timer.start();
        while (m_socket->state() == QAbstractSocket::ConnectedState
               && timer.elapsed() < timeoutMs) {
            if (m_socket->waitForReadyRead(200))
                m_buffer += m_socket->readAll();
        }
        return m_socket->state() != QAbstractSocket::ConnectedState;
    }

    QByteArray unread() const { return m_buffer; }

    static QByteArray post(const QByteArray &target, const QByteArray &body,
                           const QList<QPair<QByteArray, QByteArray>> &headers = {},
                           const QByteArray &method = "POST")
    {
        QByteArray wire = method + ' ' + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n";
        bool typed = false;
        for (const auto &[name, value] : headers) {
            wire += name + ": " + value + "\r\n";
            typed = typed || name.compare("content-type", Qt::CaseInsensitive) == 0;
        }
        if (!typed)
            wire += "Content-Type: application/json\r\n";
        wire += "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
        return wire;
    }
    static QByteArray get(const QByteArray &target)
    {
        return "GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
    }

    // Takes one complete answer off the front of `buffer`, if there is one.
    static std::optional<CaughtResponse> takeResponse(QByteArray &buffer)
    {
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return std::nullopt;
        const QList<QByteArray> lines = buffer.left(end).split('\n');
        CaughtResponse response;
        const QList<QByteArray> statusLine = lines.value(0).trimmed().split(' ');
        response.status = statusLine.value(1).toInt();
        qsizetype length = 0;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon < 0)
                continue;
            response.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
        }
        length = response.header("content-length").toLongLong();
        if (buffer.size() < end + 4 + length)
            return std::nullopt;
        response.body = buffer.mid(end + 4, length);
        buffer.remove(0, end + 4 + length);
        return response;
    }

private:
    std::optional<CaughtResponse> take() { return takeResponse(m_buffer); }

    std::unique_ptr<QTcpSocket> m_socket;
    QByteArray m_buffer;
    bool m_connected = false;
};
