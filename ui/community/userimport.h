#pragma once

#include "common/result.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <memory>

namespace hb::services {
class StoreExecutor;
}

namespace hb::ui {

// One `user import` from the window: the CSV file is checked and written on the store executor's
// thread (the GUI thread never writes), its progress comes back here as signals, and cancel()
// stops it with nothing imported (CommunityService::importUsers is all-or-nothing).
class UserImport : public QObject {
    Q_OBJECT
public:
    explicit UserImport(services::StoreExecutor &store, QObject *parent = nullptr);

    void start(const QString &path);
    // Asked from the GUI thread; the import notices at its next progress report.
    void cancel() { m_cancelled->store(true); }

signals:
    // `writing` false while lines are checked, true while users are written.
    void progressed(bool writing, qint64 done, qint64 total);
    // How many users were imported, or why none were (Cancelled when cancel() stopped it).
    void finished(hb::Result<int> imported);

private:
    services::StoreExecutor &m_store;
    // Shared with the job, which may outlive this object by a moment.
    std::shared_ptr<std::atomic<bool>> m_cancelled = std::make_shared<std::atomic<bool>>(false);
};

} // namespace hb::ui
