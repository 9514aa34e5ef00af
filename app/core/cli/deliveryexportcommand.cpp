// `hookbench delivery export [list filters] --format json|csv|har [--output F] [--reveal]`
// (SPEC §7): every delivery the filters match, newest first (--limit caps them only when given),
// streamed by services::DeliveryExport. With --output the file is written whole or not at all
// (QSaveFile), with progress on stderr; without, the export goes to stdout.
#include "deliveryoptions.h"

#include "services/deliveryexport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonObject>
#include <QSaveFile>

namespace hb::cli {
namespace {

using services::ExportFormat;
using services::ExportWriter;

hb::Result<ExportFormat> formatOption(const CommandOptions &options)
{
    if (!options.has(QStringLiteral("--format")))
        return hb::fail(QStringLiteral("delivery export needs --format json, csv or har"));
    const QString word = options.value(QStringLiteral("--format"));
    const std::optional<ExportFormat> format = ExportWriter::formatFromName(word.trimmed());
    if (!format)
        return hb::fail(
            QStringLiteral("unknown format \"%1\" (expected json, csv or har)").arg(word));
    return *format;
}

// "exported N of M" on stderr at most twice a second, and always the last one.
services::ExportProgress progressOnStderr(const CommandContext &context)
{
    auto shown = std::make_shared<QElapsedTimer>();
    return [&context, shown](qint64 written, qint64 total) {
        if (written == 0 || written == total || !shown->isValid() || shown->elapsed() >= 500) {
            context.err << "exported " << written << " of " << total << Qt::endl;
            shown->start();
        }
        return true;
    };
}

int exportToFile(CommandContext &context, services::Connection &db,
                 const services::DeliveryFilter &filter, int limit, ExportFormat format,
                 const CommandOptions &options)
{
    const QString path = options.value(QStringLiteral("--output"));
    QSaveFile file(path);
    if (path.isEmpty() || !file.open(QIODevice::WriteOnly))
        return context.error(
            QStringLiteral("cannot write %1: %2")
                .arg(path, path.isEmpty() ? QStringLiteral("no file name") : file.errorString()));
    const hb::Result<qint64> written = services::DeliveryExport(db).write(
        filter, limit, format, file, secretsOption(options), progressOnStderr(context));
    if (!written) {
        file.cancelWriting();
        return context.error(written.error());
    }
    if (!file.commit())
        return context.error(QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    if (context.json)
        context.printJson(QJsonObject{{QStringLiteral("exported"), *written},
                                      {QStringLiteral("format"), ExportWriter::formatName(format)},
                                      {QStringLiteral("output"), path}});
    else
        context.out << "exported " << *written << (*written == 1 ? " delivery" : " deliveries")
                    << " as " << ExportWriter::formatName(format) << " to " << path << Qt::endl;
    return ExitOk;
}

} // namespace

int exportDeliveries(CommandContext &context, services::Connection &db,
                     const CommandOptions &options)
{
    if (!options.positional().isEmpty())
        return context.error(QStringLiteral("usage: delivery export [list filters] --format "
                                            "json|csv|har [--output F] [--reveal]"),
                             ExitUsage);
    const hb::Result<ExportFormat> format = formatOption(options);
    if (!format)
        return context.error(format.error(), ExitUsage);
    int limit = 0;
    const auto filter = deliveryFilter(options, &limit);
    if (!filter)
        return context.error(filter.error(), ExitUsage);
    if (options.has(QStringLiteral("--output")))
        return exportToFile(context, db, *filter, limit, *format, options);
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly))
        return context.error(
            QStringLiteral("cannot write to standard output: %1").arg(out.errorString()));
    const hb::Result<qint64> written =
        services::DeliveryExport(db).write(*filter, limit, *format, out, secretsOption(options));
    if (!written)
        return context.error(written.error());
    return ExitOk;
}

} // namespace hb::cli
