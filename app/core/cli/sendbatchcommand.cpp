// `hookbench send --webhook NAME --batch FILE --template T.json [--concurrency N] [--rate R]
// [--url URL] [--content-type T] [--timeout S]` (SPEC §7): one request per row of a CSV or
// JSON-lines file, its body the template filled from the row, each with the webhook's key,
// encryption and a fresh signature. Everything that can be checked is checked before the first
// request, so a mistake in the files sends nothing.
#include "commandoptions.h"
#include "commands.h"
#include "sendinputs.h"
#include "servesignals.h"

#include "delivery/batchsender.h"
#include "services/records.h"
#include "services/webhookservice.h"

#include <QEventLoop>
#include <QFile>
#include <QUrl>

#include <cmath>
#include <optional>

#include <unistd.h>

namespace hb::cli {
namespace {

const QString usage = QStringLiteral(
    "usage: send --webhook NAME --batch FILE.csv|FILE.jsonl --template T.json [--concurrency N] "
    "[--rate R] [--url URL] [--content-type T] [--timeout S]");

// A number option within [low, high], or `fallback` when absent; nothing when out of range.
std::optional<double> numberOption(const CommandOptions &options, const QString &name,
                                   double fallback, double low, double high)
{
    if (!options.has(name))
        return fallback;
    bool ok = false;
    const double value = options.value(name).toDouble(&ok);
    if (!ok || value < low || value > high)
        return std::nullopt;
    return value;
}

Result<delivery::BodyTemplate> readTemplate(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    Result<delivery::BodyTemplate> parsed = delivery::BodyTemplate::parse(file.readAll());
    if (!parsed)
        return fail(QStringLiteral("%1: %2").arg(path, parsed.error()));
    return parsed;
}

// Progress on stderr: one line rewritten in place on a terminal, else a line every 10 %, so that
// a log file gets ten lines and not a thousand.
class ProgressPrinter {
public:
    explicit ProgressPrinter(QTextStream &err)
        : m_err(err)
        , m_terminal(::isatty(STDERR_FILENO) == 1)
    {}
    void show(int done, int total)
    {
        if (m_terminal) {
            m_err << "\rsent " << done << " / " << total << Qt::flush;
            m_pendingNewline = true;
            return;
        }
        const int tenth = total > 0 ? done * 10 / total : 10;
        if (tenth > m_lastTenth) {
            m_lastTenth = tenth;
            m_err << "sent " << done << " / " << total << Qt::endl;
        }
    }
    void endLine()
    {
        if (m_pendingNewline)
            m_err << Qt::endl;
        m_pendingNewline = false;
    }

private:
    QTextStream &m_err;
    bool m_terminal;
    bool m_pendingNewline = false;
    int m_lastTenth = 0;
};

// "37 of 1000 requests were not accepted (401: 37, no answer: 2)"; empty when all were.
QString notAcceptedMessage(const delivery::BatchSummary &summary)
{
    QStringList parts;
    for (auto it = summary.byStatus.begin(); it != summary.byStatus.end(); ++it) {
        if (it.key() < 200 || it.key() > 299)
            parts << QStringLiteral("%1: %2").arg(it.key()).arg(it.value());
    }
    if (summary.errors > 0)
        parts << QStringLiteral("no answer: %1").arg(summary.errors);
    const int dealtWith = int(summary.results.size());
    const int notAccepted = dealtWith - summary.accepted();
    QString message;
    if (summary.cancelled)
        message = QStringLiteral("cancelled after %1 of %2 rows").arg(dealtWith).arg(summary.total);
    if (notAccepted > 0) {
        const QString counts = QStringLiteral("%1 of %2 requests were not accepted (%3)")
                                   .arg(notAccepted)
                                   .arg(dealtWith)
                                   .arg(parts.join(QLatin1String(", ")));
        message = message.isEmpty() ? counts : message + QStringLiteral("; ") + counts;
    }
    return message;
}

} // namespace

int runSendBatchCommand(CommandContext &context, const QStringList &arguments)
{
    const Result<CommandOptions> options = CommandOptions::parse(
        arguments,
        {QStringLiteral("--webhook"), QStringLiteral("--batch"), QStringLiteral("--template"),
         QStringLiteral("--concurrency"), QStringLiteral("--rate"), QStringLiteral("--url"),
         QStringLiteral("--content-type"), QStringLiteral("--timeout")});
    if (!options)
        return context.error(options.error(), ExitUsage);
    if (!options->has(QStringLiteral("--webhook")) || !options->has(QStringLiteral("--batch"))
        || !options->has(QStringLiteral("--template")) || !options->positional().isEmpty())
        return context.error(usage, ExitUsage);

    delivery::BatchJob job;
    const std::optional<double> concurrency =
        numberOption(*options, QStringLiteral("--concurrency"), job.concurrency, 1,
                     delivery::BatchJob::maxConcurrency);
    if (!concurrency || *concurrency != std::floor(*concurrency))
        return context.error(QStringLiteral("--concurrency takes a whole number from 1 to %1")
                                 .arg(delivery::BatchJob::maxConcurrency),
                             ExitUsage);
    job.concurrency = int(*concurrency);
    const std::optional<double> rate = numberOption(*options, QStringLiteral("--rate"), 0, 0, 1e6);
    if (!rate)
        return context.error(
            QStringLiteral("--rate takes requests per second, 0 or more (0: no limit)"), ExitUsage);
    job.ratePerSecond = *rate;
    const std::optional<double> timeout =
        numberOption(*options, QStringLiteral("--timeout"), job.timeoutMs / 1000.0, 0.001, 3600);
    if (!timeout)
        return context.error(QStringLiteral("--timeout takes seconds, more than 0"), ExitUsage);
    job.timeoutMs = int(std::ceil(*timeout * 1000));
    if (options->has(QStringLiteral("--content-type")))
        job.contentType = options->value(QStringLiteral("--content-type")).toUtf8();

    Result<delivery::BatchRows> rows =
        delivery::BatchRows::read(options->value(QStringLiteral("--batch")));
    if (!rows)
        return context.error(rows.error(), ExitUsage);
    Result<delivery::BodyTemplate> bodyTemplate =
        readTemplate(options->value(QStringLiteral("--template")));
    if (!bodyTemplate)
        return context.error(bodyTemplate.error(), ExitUsage);
    if (const Status matches = bodyTemplate->checkColumns(rows->columns()); !matches)
        return context.error(matches.error(), ExitUsage);
    job.rows = std::move(*rows);
    job.bodyTemplate = std::move(*bodyTemplate);

    services::Connection db(context.dbLocation);
    if (const Status opened = db.open(); !opened)
        return context.error(opened.error());
    services::WebhookService webhooks(db);
    const auto found = webhooks.find(options->value(QStringLiteral("--webhook")));
    if (!found)
        return context.error(found.error());
    job.webhook = *found;
    job.url = SendInputs::targetUrl(*options, found->token);
    if (!job.url.isValid()
        || (job.url.scheme() != QLatin1String("http")
            && job.url.scheme() != QLatin1String("https")))
        return context.error(QStringLiteral("--url must be an http:// or https:// URL"), ExitUsage);

    delivery::BatchSender sender;
    ProgressPrinter printer(context.err);
    QEventLoop loop;
    delivery::BatchSummary summary;
    QObject::connect(&sender, &delivery::BatchSender::progress, &loop,
                     [&printer](int done, int total) { printer.show(done, total); });
    QObject::connect(&sender, &delivery::BatchSender::finished, &loop,
                     [&](const delivery::BatchSummary &finished) {
                         summary = finished;
                         loop.quit();
                     });
    // Ctrl+C stops starting requests; the ones in flight are still counted in the summary.
    ServeSignals interrupts;
    QObject::connect(&interrupts, &ServeSignals::stopRequested, &sender,
                     &delivery::BatchSender::cancel);
    if (!sender.start(job))
        return context.error(QStringLiteral("the batch could not start"));
    loop.exec();
    printer.endLine();

    // The summary always, also when rows failed: it is what a script reads.
    context.out << summary.toJsonText() << Qt::endl;
    const QString problem = notAcceptedMessage(summary);
    if (!problem.isEmpty())
        return context.error(problem);
    return ExitOk;
}

} // namespace hb::cli
