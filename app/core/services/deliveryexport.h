#pragma once

#include "common/result.h"
#include "exportwriter.h"
#include "records.h"
#include "secretmask.h"

#include <QList>

#include <functional>

class QIODevice;

namespace hb::store {
class DeliveryBatchReader;
}

namespace hb::services {

// After each batch: how many deliveries were written of how many there are. Returning false
// cancels the export (the result is then ErrorKind::Cancelled; what was written stays written,
// the caller drops the file).
using ExportProgress = std::function<bool(qint64 written, qint64 total)>;

// `delivery export` and the window's Export (SPEC §7): every delivery a filter matches, or the
// selected ones, newest first, written to a device as JSON, CSV or HAR while they are read, a
// few hundred at a time, so memory stays flat however many there are. On one store connection:
// the window calls it on its store-reader thread, the CLI directly.
class DeliveryExport {
public:
    explicit DeliveryExport(Connection &db);

    // Every delivery `filter` matches; the filter's limit and offset (a table's paging) are
    // ignored, `limit` > 0 caps how many. Returns how many were written.
    hb::Result<qint64> write(const DeliveryFilter &filter, qint64 limit, ExportFormat format,
                             QIODevice &out, Secrets secrets, const ExportProgress &progress = {});
    // The deliveries of `ids` (those that exist), newest first.
    hb::Result<qint64> write(const QList<qint64> &ids, ExportFormat format, QIODevice &out,
                             Secrets secrets, const ExportProgress &progress = {});

private:
    hb::Result<qint64> run(store::DeliveryBatchReader &reader, ExportFormat format, QIODevice &out,
                           Secrets secrets, const ExportProgress &progress);

    Connection &m_db;
};

} // namespace hb::services
