#pragma once

#include "bytestream.h"

#include <QPointer>

namespace hb::http {

class SocketPoller;

// A ByteStream straight on an accepted TCP descriptor, read and written with system calls
// when the thread's SocketPoller says it is ready: per request one read and one send, where
// Qt's socket layer added a size query, a copy through its buffer and a poll of every socket.
// Closing is lingering: after the last answer the write side is shut down and whatever the peer
// still sends is read and dropped until it closes, so that the kernel does not reset the
// connection (and lose the answer) because of unread bytes.
class PlainSocketStream : public ByteStream {
    Q_OBJECT
public:
    // Owns `descriptor` from here on, also when isValid() is false.
    PlainSocketStream(int descriptor, SocketPoller &poller, QObject *parent = nullptr);
    ~PlainSocketStream() override;

    // False when the descriptor could not be watched: the stream is closed.
    bool isValid() const { return !m_closed; }

    QString peer() const override { return m_peer; }
    qint64 read(char *data, qint64 size) override;
    void write(const QByteArray &bytes) override;
    void flush() override;
    qint64 bytesToWrite() const override { return m_queued.size() - m_sent; }
    void setReading(bool reading) override;
    void close() override;
    void abort() override;
    bool isClosed() const override { return m_closed; }

    // Called by the poller with epoll's event bits.
    void handleEvents(quint32 events);

private:
    void sendQueued();
    void shutdownWrite();
    void discardUntilEnd();
    void updateInterest();
    void release();

    int m_descriptor;
    QPointer<SocketPoller> m_poller;
    QString m_peer;
    QByteArray m_queued;
    qsizetype m_sent = 0; // of m_queued
    quint32 m_interest = 0;
    bool m_reading = true;
    bool m_ended = false;        // the peer has closed its side (or the connection failed)
    bool m_closing = false;      // close() was called: input is dropped; shut down once sent
    bool m_shutdownSent = false; // our side is closed; reading only to see the peer's end
    bool m_closed = false;
};

} // namespace hb::http
