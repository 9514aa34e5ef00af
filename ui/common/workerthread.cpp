#include "workerthread.h"

namespace hb::ui {

WorkerThread::WorkerThread(const QString &name, QObject *parent)
    : QObject(parent)
{
    m_thread.setObjectName(name);
    m_thread.start();
}

WorkerThread::~WorkerThread()
{
    m_thread.quit();
    m_thread.wait();
}

} // namespace hb::ui
