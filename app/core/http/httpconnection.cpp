#include "httpconnection.h"

#include "bytestream.h"
#include "requestbudget.h"
#include "requesthandler.h"

#include <QThread>

#include <utility>

namespace hb::http {
namespace {

// One read from the connection at most.
constexpr qsizetype readChunkSize = 64 * 1024;
// Answers a peer has not taken yet, per connection: past this it gets no more requests read
// (a client that pipelines without reading would otherwise grow them without end).
constexpr qint64 maxUnsentBytes = 256 * 1024;
// A peer that does not take its final answer is cut off after this long.
constexpr int closeGraceMs = 5000;

const QByteArray continueBytes = QByteArrayLiteral("HTTP/1.1 100 Continue\r\n\r\n");

// What a request handed on keeps in memory until it is answered, near enough.
qint64 heldBytes(const HttpRequest &request)
{
    qint64 bytes = request.body.size() + request.target.size() + request.path.size()
                   + request.query.size() + 256;
    for (const auto &[name, value] : request.headers)
        bytes += name.size() + value.size() + 32;
    return bytes;
}

} // namespace

// One answer, in request order. A Continue and an error are ready at once; a request's answer
// becomes ready when the handler responds (possibly from the writer thread, after its commit).
struct HttpConnection::Slot {
    quint64 sequence = 0;
    bool ready = false;
    bool close = false;
    QByteArray bytes;
    qint64 held = 0; // taken from the budget until the answer comes
};

HttpConnection::HttpConnection(ByteStream *stream, RequestHandler &handler,
                               const HttpLimits &limits,
                               std::shared_ptr<ResponseOutbox::Mailbox> mailbox,
                               RequestBudget &budget, QObject *parent)
    : QObject(parent)
    , m_stream(stream)
    , m_handler(handler)
    , m_limits(limits)
    , m_parser(limits)
    , m_mailbox(std::move(mailbox))
    , m_recipient(std::make_shared<ResponseOutbox::Recipient>())
    , m_budget(budget)
{
    m_recipient->connection = this;
    m_clock.start();
    m_stream->setParent(this);
    m_requestTimer.setSingleShot(true);
    m_idleTimer.setSingleShot(true);
    connect(&m_requestTimer, &QTimer::timeout, this, &HttpConnection::onRequestTimeout);
    connect(&m_idleTimer, &QTimer::timeout, this, &HttpConnection::onIdleTimeout);
    connect(m_stream, &ByteStream::readable, this, &HttpConnection::onReadable);
    connect(m_stream, &ByteStream::closed, this, &HttpConnection::onStreamClosed);
    connect(&m_budget, &RequestBudget::available, this, &HttpConnection::budgetAvailable);
    connect(m_stream, &ByteStream::drained, this, &HttpConnection::outputDrained);
    updateTimers(false);
}

HttpConnection::~HttpConnection()
{
    m_recipient->connection = nullptr;
    // Answers that will never come here: what they held is free for the other connections.
    for (const Slot &slot : std::as_const(m_slots))
        m_budget.giveBack(slot.held);
}

bool HttpConnection::mayRead() const
{
    return !m_closing && m_slots.size() < m_limits.maxPipelinedRequests && !m_budget.isExhausted()
           && m_stream->bytesToWrite() < maxUnsentBytes;
}

void HttpConnection::budgetAvailable()
{
    if (!m_waitingForBudget)
        return;
    m_waitingForBudget = false;
    resumeReading();
}

void HttpConnection::outputDrained()
{
    if (!m_waitingForOutput)
        return;
    m_waitingForOutput = false;
    resumeReading();
}

void HttpConnection::resumeReading()
{
    if (m_finished || m_closing)
        return;
    m_stream->setReading(true);
    QMetaObject::invokeMethod(this, &HttpConnection::onReadable, Qt::QueuedConnection);
}

void HttpConnection::closeWhenDone()
{
    m_closing = true;
    if (m_slots.isEmpty())
        finish();
}

void HttpConnection::onReadable()
{
    if (m_finished)
        return;
    // Copied into one buffer for all the connections of this thread: a buffer per connection
    // would hold 64 KiB for each of up to 1,024. The parser has copied what it keeps before the
    // next read.
    thread_local QByteArray buffer(readChunkSize, Qt::Uninitialized);
    // Stop reading while too many answers are outstanding (here or over all connections) or
    // unsent: TCP then slows the sender down.
    while (mayRead()) {
        const qint64 count = m_stream->read(buffer.data(), buffer.size());
        if (count < 0) {
            peerEnded();
            return;
        }
        if (count == 0)
            break;
        m_lastActivityMs = m_clock.elapsed();
        const QList<ParseEvent> events = m_parser.feed(buffer.constData(), count);
        handleEvents(events);
        if (count < buffer.size())
            break; // all there was: the stream says readable() again when more arrives
    }
    if (m_closing) {
        // The rest is not read as requests any more; a few reads a pass, so that a peer that
        // floods a closing connection does not keep the thread from the others.
        qint64 count = 0;
        for (int reads = 0; reads < 16 && count >= 0; ++reads) {
            count = m_stream->read(buffer.data(), buffer.size());
            if (count == 0)
                break;
        }
        if (count < 0)
            peerEnded();
        return;
    }
    // A request may have spent the rest of the budget: then wait for it to come back.
    m_waitingForBudget = m_budget.isExhausted();
    m_waitingForOutput = m_stream->bytesToWrite() >= maxUnsentBytes;
    m_stream->setReading(mayRead());
}

// The peer sends no more: what it sent is answered, then the connection closes.
void HttpConnection::peerEnded()
{
    m_closing = true;
    if (m_slots.isEmpty())
        finish();
}

void HttpConnection::onStreamClosed()
{
    if (m_finished) {
        emitClosed();
        return;
    }
    // Gone without a goodbye: answers still to come have nobody to go to.
    m_finished = true;
    m_requestTimer.stop();
    m_idleTimer.stop();
    emitClosed();
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
            if (!event.request.target.isEmpty()) {
                HttpRequest partial = event.request;
                partial.peer = m_stream->peer();
                partial.receivedAt = QDateTime::currentDateTimeUtc();
                m_handler.refusedWhileReading(partial, event.status, event.message);
            }
            break;
        case ParseEvent::Kind::Request: {
            completed = true;
            const quint64 sequence = m_nextSequence++;
            const bool keepAlive = event.request.keepAlive;
            const qint64 held = heldBytes(event.request);
            m_budget.take(held);
            m_slots.append({sequence, false, !keepAlive, {}, held});
            if (!keepAlive)
                m_closing = true;
            std::weak_ptr<ResponseOutbox::Recipient> recipient = m_recipient;
            HttpRequest request = event.request;
            request.peer = m_stream->peer();
            m_handler.handle(std::move(request), [recipient, mailbox = m_mailbox, home = thread(),
                                                  sequence, keepAlive](HttpResponse response) {
                if (QThread::currentThread() != home) {
                    ResponseOutbox::post(*mailbox,
                                         {recipient, sequence, std::move(response), keepAlive});
                    return;
                }
                const std::shared_ptr<ResponseOutbox::Recipient> target = recipient.lock();
                if (target && target->connection)
                    target->connection->answer(sequence, response.serialize(keepAlive), !keepAlive);
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
            m_budget.giveBack(std::exchange(slot.held, 0));
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
    bool wrote = false;
    while (!m_slots.isEmpty() && m_slots.first().ready) {
        const Slot slot = m_slots.takeFirst();
        m_stream->write(slot.bytes);
        wrote = true;
        if (slot.close) {
            m_slots.clear();
            finish();
            return;
        }
    }
    if (wrote) {
        // Now rather than on the next pass of the event loop: one system call, no write notifier.
        m_stream->flush();
        m_lastActivityMs = m_clock.elapsed();
    }
    if (m_closing && m_slots.isEmpty()) {
        finish();
        return;
    }
    updateTimers(false);
    if (wasFull && m_slots.size() < m_limits.maxPipelinedRequests) {
        m_stream->setReading(true);
        QMetaObject::invokeMethod(this, &HttpConnection::onReadable, Qt::QueuedConnection);
    }
}

void HttpConnection::onRequestTimeout()
{
    if (m_finished || m_closing || !m_parser.inRequest() || m_requestStartedMs < 0)
        return;
    if (const qint64 left = m_requestStartedMs + m_limits.requestTimeoutMs - m_clock.elapsed();
        left > 0) {
        m_requestTimer.start(int(left)); // a later request than the one the timer was armed for
        return;
    }
    m_closing = true;
    m_slots.append(
        {m_nextSequence++, true, true,
         HttpResponse::error(408, QStringLiteral("the request was not complete within %1 s")
                                      .arg(m_limits.requestTimeoutMs / 1000.0))
             .serialize(false)});
    flush();
}

bool HttpConnection::isIdle() const
{
    return !m_parser.inRequest() && m_slots.isEmpty() && !m_closing;
}

void HttpConnection::onIdleTimeout()
{
    if (m_finished)
        return;
    const qint64 left = m_lastActivityMs + m_limits.idleTimeoutMs - m_clock.elapsed();
    if (isIdle() && left <= 0) {
        finish();
        return;
    }
    m_idleTimer.start(int(qMax<qint64>(left, 1)));
}

// The request clock runs from the first byte of a request (or the completion of the previous
// one in the same read) until the request is complete; the idle clock from the last activity.
// Both timers only check the clock when they fire.
void HttpConnection::updateTimers(bool requestCompleted)
{
    if (m_finished)
        return;
    const qint64 now = m_clock.elapsed();
    if (m_parser.inRequest()) {
        if (requestCompleted || m_requestStartedMs < 0)
            m_requestStartedMs = now;
        if (!m_requestTimer.isActive())
            m_requestTimer.start(m_limits.requestTimeoutMs);
    } else {
        m_requestStartedMs = -1;
    }
    if (!m_idleTimer.isActive())
        m_idleTimer.start(m_limits.idleTimeoutMs);
}

void HttpConnection::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    m_requestTimer.stop();
    m_idleTimer.stop();
    if (m_stream->isClosed()) {
        emitClosed();
        return;
    }
    QTimer::singleShot(closeGraceMs, m_stream, &ByteStream::abort);
    m_stream->close(); // closed() follows, now or when the peer has gone
}

void HttpConnection::emitClosed()
{
    if (m_closedEmitted)
        return;
    m_closedEmitted = true;
    emit closed();
    deleteLater();
}

} // namespace hb::http
