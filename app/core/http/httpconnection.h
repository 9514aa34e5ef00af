#pragma once

#include "httplimits.h"
#include "httpparser.h"

#include <QList>
#include <QObject>
#include <QTimer>

#include <memory>

class QTcpSocket;

namespace hb::http {

class RequestHandler;

// One client socket: feeds the parser, hands complete requests to the handler, and writes the
// answers in request order even when the handler answers out of order (pipelining). Closes on
// Connection: close, on a framing error after answering it, on a stalled request (408) and
// when idle.
class HttpConnection : public QObject {
    Q_OBJECT
public:
    HttpConnection(QTcpSocket *socket, RequestHandler &handler, const HttpLimits &limits,
                   QObject *parent = nullptr);
    ~HttpConnection() override;

    // Finishes what was received, answers it, then closes (graceful shutdown).
    void closeWhenDone();

signals:
    void closed();

private:
    struct Slot;
    struct Guard;

    void onReadyRead();
    void handleEvents(const QList<ParseEvent> &events);
    void answer(quint64 sequence, const QByteArray &bytes, bool close);
    void flush();
    void onRequestTimeout();
    void updateTimers(bool requestCompleted);
    void finish();

    QTcpSocket *m_socket;
    RequestHandler &m_handler;
    HttpLimits m_limits;
    HttpParser m_parser;
    std::shared_ptr<Guard> m_guard;
    QList<Slot> m_slots;
    quint64 m_nextSequence = 0;
    QTimer m_requestTimer;
    QTimer m_idleTimer;
    bool m_closing = false; // no more requests are read
    bool m_finished = false;
    bool m_closedEmitted = false;
};

} // namespace hb::http
