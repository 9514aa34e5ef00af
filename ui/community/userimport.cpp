#include "userimport.h"

#include "services/communityservice.h"
#include "services/records.h"
#include "services/storeexecutor.h"

#include <QPointer>

namespace hb::ui {

UserImport::UserImport(services::StoreExecutor &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{}

void UserImport::start(const QString &path)
{
    m_cancelled->store(false);
    const QPointer<UserImport> self(this);
    auto cancelled = m_cancelled;
    // The executor lives on the GUI thread and outlives its jobs: progress is queued through it,
    // and `self` is only looked at there.
    services::StoreExecutor *home = &m_store;
    auto job = [self, cancelled, path, home](services::Connection &db) -> Result<int> {
        using Progress = services::CommunityService::ImportProgress;
        return services::CommunityService(db).importUsers(
            path, [self, cancelled, home](const Progress &progress) {
                const bool writing = progress.stage == Progress::Writing;
                QMetaObject::invokeMethod(
                    home,
                    [self, writing, done = qint64(progress.done), total = qint64(progress.total)] {
                        if (self)
                            emit self->progressed(writing, done, total);
                    },
                    Qt::QueuedConnection);
                return !cancelled->load();
            });
    };
    m_store.read<int>(this, job, [this](Result<int> imported) { emit finished(imported); });
}

} // namespace hb::ui
