#pragma once

#include <QObject>
#include <QThread>

namespace hb::ui {

// A thread of its own for work that must not run on the GUI thread (the Sender's sends, batches
// and negative cases: DESIGN, "nothing is sent on the GUI thread"). Objects adopted here live on
// it; talk to them with queued calls (QMetaObject::invokeMethod) and listen to their signals,
// which arrive queued on the GUI thread. On destruction the thread's event loop stops and the
// adopted objects are deleted on their own thread before it ends.
class WorkerThread : public QObject {
    Q_OBJECT
public:
    explicit WorkerThread(const QString &name, QObject *parent = nullptr);
    ~WorkerThread() override;

    // Moves `object` (which must have no parent) to the thread, which then owns it.
    template <typename T> T *adopt(T *object)
    {
        object->moveToThread(&m_thread);
        connect(&m_thread, &QThread::finished, object, &QObject::deleteLater);
        return object;
    }
    QThread *thread() { return &m_thread; }

private:
    QThread m_thread;
};

} // namespace hb::ui
