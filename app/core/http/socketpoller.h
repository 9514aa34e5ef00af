#pragma once

#include <QHash>
#include <QObject>

class QSocketNotifier;

namespace hb::http {

class PlainSocketStream;

// One epoll set for all the plain connections of a thread, seen by Qt's event loop as a single
// readable descriptor. Qt polls every socket notifier on every pass of its loop; with 64 busy
// connections that poll and Qt's socket layer above it cost more per request than parsing.
// Level-triggered: a stream that does not read everything is told again on the next pass.
class SocketPoller : public QObject {
    Q_OBJECT
public:
    explicit SocketPoller(QObject *parent = nullptr);
    ~SocketPoller() override;

    bool isValid() const { return m_epoll >= 0; }
    // What a stream wants to hear about: EPOLLIN and/or EPOLLOUT.
    bool watch(int descriptor, PlainSocketStream *stream, quint32 events);
    void change(int descriptor, quint32 events);
    // Before the descriptor is closed.
    void forget(int descriptor);

private:
    void dispatch();

    int m_epoll = -1;
    QSocketNotifier *m_notifier = nullptr;
    QHash<int, PlainSocketStream *> m_streams;
};

} // namespace hb::http
