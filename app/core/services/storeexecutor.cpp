#include "storeexecutor.h"

#include "store/database.h"

#include <memory>

namespace hb::services {

// Lives on the reader thread: the connection is made, used and closed there, as Qt SQL requires.
class StoreExecutor::Worker : public QObject {
public:
    explicit Worker(QString location)
        : m_location(std::move(location))
    {}

    void run(const std::function<void(store::Database *, const QString &)> &job)
    {
        if (!m_db) {
            auto db = std::make_unique<store::Database>(m_location);
            // Opened again on the next read: a store that comes back is read again.
            if (const Status opened = db->open(); !opened) {
                job(nullptr, opened.error());
                return;
            }
            m_db = std::move(db);
        }
        job(m_db.get(), {});
    }
    void close() { m_db.reset(); }

private:
    QString m_location;
    std::unique_ptr<store::Database> m_db;
};

StoreExecutor::StoreExecutor(QString location, QObject *parent)
    : QObject(parent)
    , m_location(location)
    , m_worker(new Worker(std::move(location)))
{
    m_thread.setObjectName(QStringLiteral("hookbench-reader"));
    m_worker->moveToThread(&m_thread);
    m_thread.start();
}

StoreExecutor::~StoreExecutor()
{
    Worker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker] { worker->close(); }, Qt::QueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_worker;
}

void StoreExecutor::post(std::function<void(store::Database *, const QString &)> job)
{
    Worker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker, job = std::move(job)] { worker->run(job); }, Qt::QueuedConnection);
}

} // namespace hb::services
