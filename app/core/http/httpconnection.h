#pragma once

#include "httplimits.h"
#include "httpparser.h"
#include "responseoutbox.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QTimer>

#include <memory>

namespace hb::http {

class ByteStream;
class RequestBudget;
class RequestHandler;

// One client connection: feeds the parser, hands complete requests to the handler, and writes
// the answers in request order even when the handler answers out of order (pipelining). Closes
// on Connection: close, on a framing error after answering it, on a stalled request (408), when
// idle, and once the peer has closed its side and has every answer.
class HttpConnection : public QObject {
    Q_OBJECT
public:
    // Answers from other threads arrive through `mailbox` (the server's ResponseOutbox); the
    // requests waiting for them count against `budget` (the server's, outliving connections).
    HttpConnection(ByteStream *stream, RequestHandler &handler, const HttpLimits &limits,
                   std::shared_ptr<ResponseOutbox::Mailbox> mailbox, RequestBudget &budget,
                   QObject *parent = nullptr);
    ~HttpConnection() override;

    // Finishes what was received, answers it, then closes (graceful shutdown).
    void closeWhenDone();

signals:
    void closed();

private:
    friend class ResponseOutbox;
    struct Slot;

    void onReadable();
    // Whether more requests may be read now: not closing, room in the pipeline and the budget,
    // and the peer taking its answers.
    bool mayRead() const;
    void budgetAvailable();
    void outputDrained();
    void resumeReading();
    void onStreamClosed();
    void peerEnded();
    void handleEvents(const QList<ParseEvent> &events);
    void answer(quint64 sequence, const QByteArray &bytes, bool close);
    void flush();
    void onRequestTimeout();
    void onIdleTimeout();
    void updateTimers(bool requestCompleted);
    bool isIdle() const;
    void finish();
    void emitClosed();

    ByteStream *m_stream; // a child
    RequestHandler &m_handler;
    HttpLimits m_limits;
    HttpParser m_parser;
    std::shared_ptr<ResponseOutbox::Mailbox> m_mailbox;
    std::shared_ptr<ResponseOutbox::Recipient> m_recipient;
    RequestBudget &m_budget;
    QList<Slot> m_slots;
    quint64 m_nextSequence = 0;
    // The timers are armed rarely and check the clock when they fire: starting and stopping a
    // QTimer for every request cost more than parsing it.
    QElapsedTimer m_clock;
    qint64 m_requestStartedMs = -1; // when the request now in progress began; -1: none
    qint64 m_lastActivityMs = 0;    // last byte read or answer written
    QTimer m_requestTimer;
    QTimer m_idleTimer;
    bool m_closing = false;          // no more requests are read
    bool m_waitingForBudget = false; // stopped reading because the budget was spent
    bool m_waitingForOutput = false; // stopped reading until the peer takes its answers
    bool m_finished = false;
    bool m_closedEmitted = false;
};

} // namespace hb::http
