#include "plainsocketstream.h"

#include "socketpoller.h"

#include <QHostAddress>

#include <cerrno>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace hb::http {
namespace {

QString peerOf(int descriptor)
{
    sockaddr_storage address{};
    socklen_t length = sizeof address;
    if (::getpeername(descriptor, reinterpret_cast<sockaddr *>(&address), &length) != 0)
        return {};
    return QHostAddress(reinterpret_cast<const sockaddr *>(&address)).toString();
}

bool wouldBlock(int error)
{
    return error == EAGAIN || error == EWOULDBLOCK;
}

} // namespace

PlainSocketStream::PlainSocketStream(int descriptor, SocketPoller &poller, QObject *parent)
    : ByteStream(parent)
    , m_descriptor(descriptor)
    , m_poller(&poller)
    , m_peer(peerOf(descriptor))
{
    const int flags = ::fcntl(descriptor, F_GETFL);
    const int noDelay = 1;
    ::setsockopt(descriptor, IPPROTO_TCP, TCP_NODELAY, &noDelay, sizeof noDelay);
    m_interest = EPOLLIN;
    if (flags < 0 || ::fcntl(descriptor, F_SETFL, flags | O_NONBLOCK) != 0
        || !poller.watch(descriptor, this, m_interest)) {
        ::close(descriptor);
        m_poller = nullptr;
        m_closed = true;
    }
}

PlainSocketStream::~PlainSocketStream()
{
    if (m_closed)
        return;
    if (m_poller)
        m_poller->forget(m_descriptor);
    ::close(m_descriptor);
}

qint64 PlainSocketStream::read(char *data, qint64 size)
{
    if (m_closed || m_ended)
        return -1;
    for (;;) {
        const ssize_t count = ::recv(m_descriptor, data, size_t(size), 0);
        if (count > 0)
            return count;
        if (count < 0 && errno == EINTR)
            continue;
        if (count < 0 && wouldBlock(errno))
            return 0;
        // The peer's end (0) or a failed connection: reading again would only say so again.
        m_ended = true;
        updateInterest();
        return -1;
    }
}

void PlainSocketStream::write(const QByteArray &bytes)
{
    if (m_closed || m_shutdownSent)
        return;
    m_queued.append(bytes); // shares the bytes when nothing else is queued
}

void PlainSocketStream::flush()
{
    if (!m_closed)
        sendQueued();
}

void PlainSocketStream::setReading(bool reading)
{
    m_reading = reading;
    updateInterest();
}

void PlainSocketStream::close()
{
    if (m_closed || m_closing)
        return;
    m_closing = true;
    sendQueued();
}

void PlainSocketStream::abort()
{
    release();
}

void PlainSocketStream::handleEvents(quint32 events)
{
    if (m_closed)
        return;
    if (events & (EPOLLERR | EPOLLHUP)) {
        // Reset by the peer, or both sides closed: nothing more can be sent or read.
        release();
        return;
    }
    if (events & EPOLLOUT)
        sendQueued();
    if (m_closed || !(events & EPOLLIN))
        return;
    // After close() nobody reads: what still comes is dropped here, or the level-triggered poll
    // would report it again on every pass until the last answer is out.
    if (m_closing)
        discardUntilEnd();
    else
        emit readable();
}

void PlainSocketStream::sendQueued()
{
    const bool wasWaiting = m_interest & EPOLLOUT; // the peer had stopped taking bytes
    while (m_sent < m_queued.size()) {
        const ssize_t count = ::send(m_descriptor, m_queued.constData() + m_sent,
                                     size_t(m_queued.size() - m_sent), MSG_NOSIGNAL);
        if (count > 0) {
            m_sent += count;
            continue;
        }
        if (count < 0 && errno == EINTR)
            continue;
        if (count < 0 && wouldBlock(errno))
            break;
        release(); // the peer is gone (EPIPE, ECONNRESET)
        return;
    }
    if (m_sent == m_queued.size()) {
        m_queued.clear();
        m_sent = 0;
        if (m_closing && !m_shutdownSent) {
            shutdownWrite();
            return;
        }
        updateInterest();
        if (wasWaiting)
            emit drained();
        return;
    }
    updateInterest();
}

void PlainSocketStream::shutdownWrite()
{
    m_shutdownSent = true;
    if (m_ended || ::shutdown(m_descriptor, SHUT_WR) != 0) {
        release();
        return;
    }
    updateInterest();
}

void PlainSocketStream::discardUntilEnd()
{
    char sink[16 * 1024];
    // A few reads a pass: a peer that floods must not keep the thread from the other
    // connections (the poll reports the rest on the next pass).
    for (int reads = 0; reads < 16; ++reads) {
        const ssize_t count = ::recv(m_descriptor, sink, sizeof sink, 0);
        if (count > 0)
            continue;
        if (count < 0 && errno == EINTR)
            continue;
        if (count < 0 && wouldBlock(errno))
            return;
        if (count < 0 || m_shutdownSent) {
            release(); // failed, or both sides are done
            return;
        }
        m_ended = true; // the peer is done; the last answer is still being sent
        updateInterest();
        return;
    }
}

void PlainSocketStream::updateInterest()
{
    if (m_closed || !m_poller)
        return;
    quint32 wanted = 0;
    if (!m_ended && (m_reading || m_closing))
        wanted |= EPOLLIN;
    if (m_sent < m_queued.size())
        wanted |= EPOLLOUT;
    if (wanted != m_interest) {
        m_poller->change(m_descriptor, wanted);
        m_interest = wanted;
    }
}

void PlainSocketStream::release()
{
    if (m_closed)
        return;
    m_closed = true;
    if (m_poller)
        m_poller->forget(m_descriptor);
    ::close(m_descriptor);
    m_queued.clear();
    emit closed();
}

} // namespace hb::http
