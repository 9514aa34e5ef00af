#pragma once

#include <QObject>

#include <atomic>

namespace hb::http {

// The bytes of the requests one catcher thread has handed on (to the writer) and not yet
// answered, over all its connections. Past the limit no connection reads until answers go out:
// TCP then holds the senders back, so a flood of large bodies to a slow store cannot grow the
// process's memory without end (64 pipelined 1 MiB requests on each of 1,024 connections would
// be 64 GiB). Lives on the connections' thread; used() may be read from any.
class RequestBudget : public QObject {
    Q_OBJECT
public:
    explicit RequestBudget(qint64 limit, QObject *parent = nullptr);

    bool isExhausted() const { return m_used.load(std::memory_order_relaxed) >= m_limit; }
    void take(qint64 bytes);
    void giveBack(qint64 bytes);
    qint64 used() const { return m_used.load(std::memory_order_relaxed); }

signals:
    // Use fell below the limit again: the connections that stopped may read.
    void available();

private:
    const qint64 m_limit;
    std::atomic<qint64> m_used{0};
};

} // namespace hb::http
