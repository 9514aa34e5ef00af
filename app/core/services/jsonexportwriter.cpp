#include "jsonexportwriter.h"

#include "recordjson.h"

#include <QJsonDocument>

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
    line +=
        QJsonDocument(RecordJson::delivery(record, true, m_secrets)).toJson(QJsonDocument::Compact);
    return put(line);
}

hb::Status JsonExportWriter::finish()
{
    if (hb::Status done = put(QByteArrayLiteral("\n]\n")); !done)
        return done;
    return flush();
}

} // namespace hb::services
