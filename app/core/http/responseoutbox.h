#pragma once

#include "httprequest.h"

#include <QList>
#include <QMutex>
#include <QObject>

#include <memory>

namespace hb::http {

class HttpConnection;

// Carries answers made on other threads (the writer's, after its commit) to the connections'
// thread in batches: one wake-up for all the answers that arrived meanwhile, where one queued
// event per request cost a wake-up and a context switch each.
class ResponseOutbox : public QObject {
    Q_OBJECT
public:
    // Who an answer is for; the connection clears it when it goes (on the outbox's thread).
    struct Recipient {
        HttpConnection *connection = nullptr;
    };
    struct Letter {
        std::weak_ptr<Recipient> recipient;
        quint64 sequence = 0;
        HttpResponse response;
        bool keepAlive = true;
    };
    // What answering threads hold: it outlives the outbox, whose destructor detaches it.
    struct Mailbox {
        QMutex mutex;
        ResponseOutbox *owner = nullptr;
        QList<Letter> letters;
    };

    explicit ResponseOutbox(QObject *parent = nullptr);
    ~ResponseOutbox() override;

    std::shared_ptr<Mailbox> mailbox() const { return m_mailbox; }
    // Any thread. Dropped when the outbox is gone.
    static void post(Mailbox &mailbox, Letter letter);

private:
    void deliver();

    std::shared_ptr<Mailbox> m_mailbox;
};

} // namespace hb::http
