#include "deliveryexport.h"

#include "store/deliverybatchreader.h"

namespace hb::services {
namespace {

hb::Error cancelled()
{
    return hb::fail(QStringLiteral("the export was cancelled"), ErrorKind::Cancelled);
}

} // namespace

DeliveryExport::DeliveryExport(Connection &db)
    : m_db(db)
{}

hb::Result<qint64> DeliveryExport::write(const DeliveryFilter &filter, qint64 limit,
                                         ExportFormat format, QIODevice &out, Secrets secrets,
                                         const ExportProgress &progress)
{
    store::DeliveryBatchReader reader(m_db, filter, limit);
    return run(reader, format, out, secrets, progress);
}

hb::Result<qint64> DeliveryExport::write(const QList<qint64> &ids, ExportFormat format,
                                         QIODevice &out, Secrets secrets,
                                         const ExportProgress &progress)
{
    store::DeliveryBatchReader reader(m_db, ids);
    return run(reader, format, out, secrets, progress);
}

hb::Result<qint64> DeliveryExport::run(store::DeliveryBatchReader &reader, ExportFormat format,
                                       QIODevice &out, Secrets secrets,
                                       const ExportProgress &progress)
{
    const hb::Result<qint64> total = reader.total();
    if (!total)
        return total;
    if (progress && !progress(0, *total))
        return cancelled();
    const std::unique_ptr<ExportWriter> writer = ExportWriter::make(format, out, secrets);
    if (hb::Status begun = writer->begin(); !begun)
        return begun.failure();
    qint64 written = 0;
    for (;;) {
        const hb::Result<QList<DeliveryRecord>> batch = reader.next();
        if (!batch)
            return batch.failure();
        if (batch->isEmpty())
            break;
        for (const DeliveryRecord &record : *batch) {
            if (hb::Status done = writer->write(record); !done)
                return done.failure();
        }
        written += batch->size();
        // Deliveries received meanwhile may raise the count past the first total.
        if (progress && !progress(written, qMax(written, *total)))
            return cancelled();
    }
    if (hb::Status finished = writer->finish(); !finished)
        return finished.failure();
    return written;
}

} // namespace hb::services
