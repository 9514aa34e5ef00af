#include "qtsocketstream.h"

#include <QTcpSocket>

namespace hb::http {
namespace {

// Enough to hold a full request at the default limits; beyond it the kernel buffers and TCP
// pushes back on the sender while we are busy with earlier pipelined requests.
constexpr qint64 readBufferSize = 2 * 1024 * 1024;

} // namespace

QtSocketStream::QtSocketStream(QTcpSocket *socket, QObject *parent)
    : ByteStream(parent)
    , m_socket(socket)
    , m_peer(socket->peerAddress().toString())
{
    m_socket->setParent(this);
    m_socket->setReadBufferSize(readBufferSize);
    connect(m_socket, &QTcpSocket::readyRead, this, &ByteStream::readable);
    connect(m_socket, &QTcpSocket::bytesWritten, this, [this] {
        if (m_socket->bytesToWrite() == 0)
            emit drained();
    });
    connect(m_socket, &QTcpSocket::disconnected, this, &QtSocketStream::markClosed);
    connect(m_socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError error) {
        // The peer closing its side is reported by disconnected() once the socket has closed.
        if (error != QAbstractSocket::RemoteHostClosedError)
            markClosed();
    });
    if (m_socket->bytesAvailable() > 0)
        QMetaObject::invokeMethod(this, &ByteStream::readable, Qt::QueuedConnection);
}

qint64 QtSocketStream::read(char *data, qint64 size)
{
    if (m_closed)
        return -1;
    return qMax<qint64>(m_socket->read(data, size), 0);
}

void QtSocketStream::write(const QByteArray &bytes)
{
    if (!m_closed)
        m_socket->write(bytes);
}

qint64 QtSocketStream::bytesToWrite() const
{
    return m_closed ? 0 : m_socket->bytesToWrite();
}

void QtSocketStream::flush()
{
    if (!m_closed)
        m_socket->flush();
}

void QtSocketStream::close()
{
    if (m_closed)
        return;
    m_socket->disconnectFromHost();
    if (m_socket->state() == QAbstractSocket::UnconnectedState)
        markClosed();
}

void QtSocketStream::abort()
{
    if (m_closed)
        return;
    m_socket->abort();
    markClosed();
}

void QtSocketStream::markClosed()
{
    if (m_closed)
        return;
    m_closed = true;
    emit closed();
}

} // namespace hb::http
