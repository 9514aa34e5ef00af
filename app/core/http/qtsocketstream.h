#pragma once

#include "bytestream.h"

class QTcpSocket;

namespace hb::http {

// A ByteStream over a Qt socket, for TLS connections (a QSslSocket does the encryption).
class QtSocketStream : public ByteStream {
    Q_OBJECT
public:
    // Takes the socket as a child.
    explicit QtSocketStream(QTcpSocket *socket, QObject *parent = nullptr);

    QString peer() const override { return m_peer; }
    qint64 read(char *data, qint64 size) override;
    void write(const QByteArray &bytes) override;
    void flush() override;
    void setReading(bool) override {} // Qt's own read buffer is bounded (readBufferSize)
    qint64 bytesToWrite() const override;
    void close() override;
    void abort() override;
    bool isClosed() const override { return m_closed; }

private:
    void markClosed();

    QTcpSocket *m_socket;
    QString m_peer;
    bool m_closed = false;
};

} // namespace hb::http
