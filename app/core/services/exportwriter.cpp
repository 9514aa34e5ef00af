#include "exportwriter.h"

#include "csvexportwriter.h"
#include "harexportwriter.h"
#include "jsonexportwriter.h"

#include <QFileDevice>

namespace hb::services {

ExportWriter::ExportWriter(QIODevice &out, Secrets secrets)
    : m_out(out)
    , m_secrets(secrets)
{}

ExportWriter::~ExportWriter() = default;

std::unique_ptr<ExportWriter> ExportWriter::make(ExportFormat format, QIODevice &out,
                                                 Secrets secrets)
{
    switch (format) {
    case ExportFormat::Json:
        return std::make_unique<JsonExportWriter>(out, secrets);
    case ExportFormat::Csv:
        return std::make_unique<CsvExportWriter>(out, secrets);
    case ExportFormat::Har:
        return std::make_unique<HarExportWriter>(out, secrets);
    }
    return nullptr;
}

std::optional<ExportFormat> ExportWriter::formatFromName(QStringView name)
{
    for (const ExportFormat format : {ExportFormat::Json, ExportFormat::Csv, ExportFormat::Har}) {
        if (name.compare(formatName(format), Qt::CaseInsensitive) == 0)
            return format;
    }
    return std::nullopt;
}

QString ExportWriter::formatName(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Json:
        return QStringLiteral("json");
    case ExportFormat::Csv:
        return QStringLiteral("csv");
    case ExportFormat::Har:
        return QStringLiteral("har");
    }
    return {};
}

hb::Status ExportWriter::put(const QByteArray &bytes)
{
    if (m_out.write(bytes) != bytes.size())
        return hb::fail(QStringLiteral("cannot write the export: %1").arg(m_out.errorString()));
    return hb::success();
}

hb::Status ExportWriter::flush()
{
    // A file buffers what it was given: its write errors (a full disk) come out when flushed.
    if (auto *file = qobject_cast<QFileDevice *>(&m_out); file && !file->flush())
        return hb::fail(QStringLiteral("cannot write the export: %1").arg(file->errorString()));
    return hb::success();
}

} // namespace hb::services
