#pragma once

#include "common/result.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QThread>

#include <functional>

namespace hb::store {
class Database;
}

namespace hb::services {

// The window's reads of the store (the Deliveries and Community pages, the status bar counts) on
// a thread of their own with a connection of their own, so that a slow query or a store busy with
// a backlog never freezes the window: the GUI thread never blocks on SQL. Reads run one at a time
// in the order asked; each hands its value back on the GUI thread to `context`, and is dropped
// when `context` is gone by then.
class StoreExecutor : public QObject {
    Q_OBJECT
public:
    explicit StoreExecutor(QString location, QObject *parent = nullptr);
    // Lets the reads already asked finish, then closes the connection on its own thread.
    ~StoreExecutor() override;
    // The store it reads (a file path or a postgresql:// URL): a worker that needs a connection
    // of its own on its own thread (the Sender's negative cases) opens this one.
    const QString &location() const { return m_location; }

    // `query` runs on the reader thread with its connection (opened at the first read; a store
    // that cannot be opened fails every read with the reason); `deliver` runs on the GUI thread.
    template <typename T>
    void read(QObject *context, std::function<Result<T>(store::Database &)> query,
              std::function<void(Result<T>)> deliver)
    {
        // Made and dereferenced on the GUI thread only; the reader thread merely carries it.
        const QPointer<QObject> guard(context);
        post([this, guard, query, deliver](store::Database *db, const QString &openError) {
            Result<T> value = db ? query(*db) : Result<T>(fail(openError));
            QMetaObject::invokeMethod(
                this,
                [guard, deliver, value] {
                    if (guard)
                        deliver(value);
                },
                Qt::QueuedConnection);
        });
    }

private:
    class Worker;
    void post(std::function<void(store::Database *, const QString &)> job);

    QString m_location;
    QThread m_thread;
    Worker *m_worker;
};

} // namespace hb::services
