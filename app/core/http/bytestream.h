#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

namespace hb::http {

// One client connection's bytes, whatever carries them: plain TCP through the thread's
// SocketPoller (PlainSocketStream, the fast path) or a Qt socket (QtSocketStream, for TLS).
// HttpConnection speaks only to this, so the HTTP logic is the same for both.
class ByteStream : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

    // The peer's address as text, read once when the connection was accepted.
    virtual QString peer() const = 0;
    // Copies up to `size` received bytes into `data`: the count (0: nothing now), or -1 when
    // the peer has closed its side or the connection failed (nothing more will come).
    virtual qint64 read(char *data, qint64 size) = 0;
    // Queues bytes to send after those queued before; flush() sends them.
    virtual void write(const QByteArray &bytes) = 0;
    virtual void flush() = 0;
    // Bytes queued by write() that the peer has not taken yet.
    virtual qint64 bytesToWrite() const = 0;
    // Stops or resumes readable(): while paused, TCP makes the sender wait.
    virtual void setReading(bool reading) = 0;
    // Sends what is queued, then closes; closed() follows, now or once the peer has gone.
    virtual void close() = 0;
    // Closes now, dropping what is queued; closed() follows if it has not been emitted.
    virtual void abort() = 0;
    virtual bool isClosed() const = 0;

signals:
    // More bytes (or the end of them) can be read.
    void readable();
    // The connection is gone; emitted once.
    void closed();
    // What was queued is all sent, after the peer had stopped taking it for a while.
    void drained();
};

} // namespace hb::http
