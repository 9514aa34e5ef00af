#include "httpconnection.h"

#include "requesthandler.h"

#include <QMutex>
#include <QMutexLocker>
#include <QTcpSocket>
#include <QThread>

namespace hb::http {
namespace {

// Enough to hold a full request at the default limits; beyond it the kernel buffers and TCP
// pushes back on the sender while we are busy with earlier pipelined requests.
constexpr qint64 readBufferSize = 2 * 1024 * 1024;
// A peer that does not take its final answer is cut off after this long.
constexpr int closeGraceMs = 5000;

const QByteArray continueBytes = QByteArrayLiteral("HTTP/1.1 100 Continue\r\n\r\n");

} // namespace

// One answer, in request order. A Continue and an error are ready at once; a request's answer
// becomes ready when the handler responds (possibly from the writer thread, after its commit).
struct HttpConnection::Slot {
    quint64 sequence = 0;
    bool ready = false;
    bool close = false;
    QByteArray bytes;
};

// Lets a responder running on another thread reach the connection only while it exists.
struct HttpConnection::Guard {
    QMutex mutex;
    HttpConnection *connection = nullptr;
};

HttpConnection::HttpConnection(QTcpSocket *socket, RequestHandler &handler,
                               const HttpLimits &limits, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_handler(handler)
    , m_limits(limits)
    , m_parser(limits)
    , m_guard(std::make_shared<Guard>())
{
    m_guard->connection = this;
    m_socket->setParent(this);
    m_socket->setReadBufferSize(readBufferSize);
    m_requestTimer.setSingleShot(true);
    m_requestTimer.setInterval(limits.requestTimeoutMs);
    m_idleTimer.setSingleShot(true);
    m_idleTimer.setInterval(limits.idleTimeoutMs);
    connect(&m_requestTimer, &QTimer::timeout, this, &HttpConnection::onRequestTimeout);
    connect(&m_idleTimer, &QTimer::timeout, this, &HttpConnection::finish);
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::onReadyRead);
    connect(m_socket, &QTcpSocket::disconnected, this, &HttpConnection::finish);
    connect(m_socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError error) {
        if (error != QAbstractSocket::RemoteHostClosedError)
            finish();
    });
    updateTimers(false);
    if (m_socket->bytesAvailable() > 0)
        QMetaObject::invokeMethod(this, &HttpConnection::onReadyRead, Qt::QueuedConnection);
}

HttpConnection::~HttpConnection()
{
    QMutexLocker locker(&m_guard->mutex);
    m_guard->connection = nullptr;
}

void HttpConnection::closeWhenDone()
{
    m_closing = true;
    if (m_slots.isEmpty())
        finish();
}

void HttpConnection::onReadyRead()
{
    if (m_finished)
        return;
    // Stop reading while too many answers are outstanding: TCP then slows the sender down.
    while (!m_closing && m_slots.size() < m_limits.maxPipelinedRequests
           && m_socket->bytesAvailable() > 0) {
        const QByteArray data = m_socket->read(64 * 1024);
        if (data.isEmpty())
            break;
        const QList<ParseEvent> events = m_parser.feed(data);
        handleEvents(events);
    }
    if (m_closing)
        m_socket->readAll(); // the rest is not read as requests any more
}

void HttpConnection::handleEvents(const QList<ParseEvent> &events)
{
    bool completed = false;
    for (const ParseEvent &event : events) {
        if (m_closing)
            break;
        switch (event.kind) {
        case ParseEvent::Kind::Continue:
            m_slots.append({m_nextSequence++, true, false, continueBytes});
            break;
        case ParseEvent::Kind::Error:
            m_slots.append({m_nextSequence++, true, true,
                            HttpResponse::error(event.status, event.message).serialize(false)});
            m_closing = true;
            break;
        case ParseEvent::Kind::Request: {
            completed = true;
            const quint64 sequence = m_nextSequence++;
            const bool keepAlive = event.request.keepAlive;
            m_slots.append({sequence, false, !keepAlive, {}});
            if (!keepAlive)
                m_closing = true;
            std::weak_ptr<Guard> weak = m_guard;
            HttpRequest request = event.request;
            request.peer = m_socket->peerAddress();
            m_handler.handle(std::move(request), [weak, sequence,
                                                  keepAlive](HttpResponse response) {
                const std::shared_ptr<Guard> guard = weak.lock();
                if (!guard)
                    return;
                QMutexLocker locker(&guard->mutex);
                HttpConnection *connection = guard->connection;
                if (!connection)
                    return;
                if (QThread::currentThread() == connection->thread()) {
                    locker.unlock();
                    connection->answer(sequence, response.serialize(keepAlive), !keepAlive);
                } else {
                    // Posted while the guard is held: the connection cannot be deleted before
                    // the event is queued, and deleting it drops the event. Serialised on the
                    // connection's thread, to keep the writer's thread free for commits.
                    QMetaObject::invokeMethod(
                        connection,
                        [connection, sequence, response = std::move(response), keepAlive] {
                            connection->answer(sequence, response.serialize(keepAlive), !keepAlive);
                        },
                        Qt::QueuedConnection);
                }
            });
            break;
        }
        }
    }
    updateTimers(completed);
    flush();
}

void HttpConnection::answer(quint64 sequence, const QByteArray &bytes, bool close)
{
    for (Slot &slot : m_slots) {
        if (slot.sequence == sequence && !slot.ready) {
            slot.ready = true;
            slot.bytes = bytes;
            slot.close = slot.close || close;
            break;
        }
    }
    flush();
}

void HttpConnection::flush()
{
    if (m_finished)
        return;
    const bool wasFull = m_slots.size() >= m_limits.maxPipelinedRequests;
    while (!m_slots.isEmpty() && m_slots.first().ready) {
        const Slot slot = m_slots.takeFirst();
        m_socket->write(slot.bytes);
        if (slot.close) {
            m_slots.clear();
            finish();
            return;
        }
    }
    if (m_closing && m_slots.isEmpty()) {
        finish();
        return;
    }
    updateTimers(false);
    if (wasFull && m_slots.size() < m_limits.maxPipelinedRequests && m_socket->bytesAvailable())
        QMetaObject::invokeMethod(this, &HttpConnection::onReadyRead, Qt::QueuedConnection);
}

void HttpConnection::onRequestTimeout()
{
    if (m_finished || m_closing || !m_parser.inRequest())
        return;
    m_closing = true;
    m_slots.append(
        {m_nextSequence++, true, true,
         HttpResponse::error(408, QStringLiteral("the request was not complete within %1 s")
                                      .arg(m_limits.requestTimeoutMs / 1000.0))
             .serialize(false)});
    flush();
}

void HttpConnection::updateTimers(bool requestCompleted)
{
    if (m_finished)
        return;
    if (m_parser.inRequest()) {
        if (requestCompleted || !m_requestTimer.isActive())
            m_requestTimer.start();
    } else {
        m_requestTimer.stop();
    }
    if (!m_parser.inRequest() && m_slots.isEmpty() && !m_closing)
        m_idleTimer.start();
    else
        m_idleTimer.stop();
}

void HttpConnection::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    m_requestTimer.stop();
    m_idleTimer.stop();
    auto done = [this] {
        if (m_closedEmitted)
            return;
        m_closedEmitted = true;
        emit closed();
        deleteLater();
    };
    if (m_socket->state() == QAbstractSocket::UnconnectedState) {
        done();
        return;
    }
    connect(m_socket, &QTcpSocket::disconnected, this, done);
    QTimer::singleShot(closeGraceMs, this, [this] { m_socket->abort(); });
    m_socket->disconnectFromHost();
    if (m_socket->state() == QAbstractSocket::UnconnectedState)
        done();
}

} // namespace hb::http
