#include "jsonexportwriter.h"

#include "recordjson.h"

#include "payload/jsonwriter.h"

namespace hb::services {

JsonExportWriter::JsonExportWriter(QIODevice &out, Secrets secrets)
    : ExportWriter(out, secrets)
{}

hb::Status JsonExportWriter::begin()
{
    m_first = true;
    return put(QByteArrayLiteral("["));
}

hb::Status JsonExportWriter::write(const DeliveryRecord &record)
{
    QByteArray line = m_first ? QByteArrayLiteral("\n") : QByteArrayLiteral(",\n");
    m_first = false;
    // JsonWriter: the numbers of the changes with every digit, as `delivery show --json`.
    line += payload::JsonWriter::write(RecordJson::delivery(record, true, m_secrets));
    return put(line);
}

hb::Status JsonExportWriter::finish()
{
    if (hb::Status done = put(QByteArrayLiteral("\n]\n")); !done)
        return done;
    return flush();
}

} // namespace hb::services
