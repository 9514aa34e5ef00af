#include "responseoutbox.h"

#include "httpconnection.h"

#include <QMutexLocker>

namespace hb::http {

ResponseOutbox::ResponseOutbox(QObject *parent)
    : QObject(parent)
    , m_mailbox(std::make_shared<Mailbox>())
{
    m_mailbox->owner = this;
}

ResponseOutbox::~ResponseOutbox()
{
    QMutexLocker locker(&m_mailbox->mutex);
    m_mailbox->owner = nullptr;
    m_mailbox->letters.clear();
}

void ResponseOutbox::post(Mailbox &mailbox, Letter letter)
{
    QMutexLocker locker(&mailbox.mutex);
    if (!mailbox.owner)
        return;
    const bool wake = mailbox.letters.isEmpty();
    mailbox.letters.append(std::move(letter));
    // Posted under the lock: the outbox cannot be deleted before the event is queued, and
    // deleting it drops the event.
    if (wake)
        QMetaObject::invokeMethod(mailbox.owner, &ResponseOutbox::deliver, Qt::QueuedConnection);
}

void ResponseOutbox::deliver()
{
    QList<Letter> letters;
    {
        QMutexLocker locker(&m_mailbox->mutex);
        letters.swap(m_mailbox->letters);
    }
    // Serialised here rather than on the answering thread, which is the writer: it has commits
    // to do.
    for (Letter &letter : letters) {
        const std::shared_ptr<Recipient> recipient = letter.recipient.lock();
        if (recipient && recipient->connection)
            recipient->connection->answer(
                letter.sequence, letter.response.serialize(letter.keepAlive), !letter.keepAlive);
    }
}

} // namespace hb::http
