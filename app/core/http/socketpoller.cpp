#include "socketpoller.h"

#include "plainsocketstream.h"

#include <QSocketNotifier>

#include <sys/epoll.h>
#include <unistd.h>

namespace hb::http {
namespace {

// Ready connections handled per wake-up; more stay ready and wake the loop again.
constexpr int eventsPerPass = 64;

} // namespace

SocketPoller::SocketPoller(QObject *parent)
    : QObject(parent)
    , m_epoll(epoll_create1(EPOLL_CLOEXEC))
{
    if (m_epoll < 0)
        return;
    m_notifier = new QSocketNotifier(m_epoll, QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &SocketPoller::dispatch);
}

SocketPoller::~SocketPoller()
{
    delete m_notifier;
    if (m_epoll >= 0)
        ::close(m_epoll);
}

bool SocketPoller::watch(int descriptor, PlainSocketStream *stream, quint32 events)
{
    epoll_event event{};
    event.events = events;
    event.data.fd = descriptor;
    if (epoll_ctl(m_epoll, EPOLL_CTL_ADD, descriptor, &event) != 0)
        return false;
    m_streams.insert(descriptor, stream);
    return true;
}

void SocketPoller::change(int descriptor, quint32 events)
{
    epoll_event event{};
    event.events = events;
    event.data.fd = descriptor;
    epoll_ctl(m_epoll, EPOLL_CTL_MOD, descriptor, &event);
}

void SocketPoller::forget(int descriptor)
{
    epoll_ctl(m_epoll, EPOLL_CTL_DEL, descriptor, nullptr);
    m_streams.remove(descriptor);
}

void SocketPoller::dispatch()
{
    epoll_event events[eventsPerPass];
    const int count = epoll_wait(m_epoll, events, eventsPerPass, 0);
    for (int i = 0; i < count; ++i) {
        // Looked up each time: handling one connection can close another (and forget it).
        PlainSocketStream *stream = m_streams.value(events[i].data.fd);
        if (stream)
            stream->handleEvents(events[i].events);
    }
}

} // namespace hb::http
