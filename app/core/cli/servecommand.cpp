#include "commandoptions.h"
#include "commands.h"
#include "delivery/catcherservice.h"
#include "serveactivitylog.h"
#include "servesignals.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFileInfo>

namespace hb::cli {
namespace {

// "127.0.0.1:8080", "[::1]:8080", "0.0.0.0:0" (any free port).
hb::Status parseListen(const QString &text, delivery::CatcherSettings &settings)
{
    const QString hint = QStringLiteral("invalid --listen \"%1\": expected ADDR:PORT, for example "
                                        "127.0.0.1:8080 or [::1]:8080")
                             .arg(text);
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0)
        return fail(hint);
    QString host = text.left(colon);
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    else if (host.contains(QLatin1Char(':')))
        return fail(hint);
    bool portOk = false;
    const uint port = text.mid(colon + 1).toUInt(&portOk);
    if (!portOk || port > 65535)
        return fail(
            QStringLiteral("invalid --listen \"%1\": the port must be 0 to 65535").arg(text));
    QHostAddress address;
    if (host == QLatin1String("localhost"))
        address = QHostAddress::LocalHost;
    else if (!address.setAddress(host))
        return fail(
            QStringLiteral("invalid --listen \"%1\": \"%2\" is not an IP address").arg(text, host));
    settings.address = address;
    settings.port = quint16(port);
    return success();
}

hb::Result<qint64> positiveNumber(const CommandOptions &options, const QString &name)
{
    bool ok = false;
    const qint64 value = options.value(name).toLongLong(&ok);
    if (!ok || value <= 0)
        return fail(QStringLiteral("%1 must be a positive whole number, not \"%2\"")
                        .arg(name, options.value(name)));
    return value;
}

// "1 delivery", "3 deliveries"
QString countOf(qint64 count, const char *noun)
{
    QString text = QString::number(count) + QLatin1Char(' ') + QLatin1String(noun);
    if (count == 1)
        return text;
    if (text.endsWith(QLatin1Char('y')))
        return text.chopped(1) + QStringLiteral("ies");
    return text + QLatin1Char('s');
}

} // namespace

int runServeCommand(CommandContext &context, const QStringList &arguments)
{
    auto options = CommandOptions::parse(
        arguments, {QStringLiteral("--listen"), QStringLiteral("--tls-cert"),
                    QStringLiteral("--tls-key"), QStringLiteral("--max-body"),
                    QStringLiteral("--max-connections"), QStringLiteral("--request-timeout"),
                    QStringLiteral("--sync"), QStringLiteral("--process")});
    if (!options)
        return context.error(options.error(), ExitUsage);
    if (!options->positional().isEmpty())
        return context.error(
            QStringLiteral("serve takes no argument \"%1\"").arg(options->positional().first()),
            ExitUsage);

    delivery::CatcherSettings settings;
    if (options->has(QStringLiteral("--listen"))) {
        if (hb::Status status = parseListen(options->value(QStringLiteral("--listen")), settings);
            !status)
            return context.error(status.error(), ExitUsage);
    }
    settings.tlsCertificateFile = options->value(QStringLiteral("--tls-cert"));
    settings.tlsKeyFile = options->value(QStringLiteral("--tls-key"));
    if (settings.tlsCertificateFile.isEmpty() != settings.tlsKeyFile.isEmpty())
        return context.error(QStringLiteral("--tls-cert and --tls-key go together"), ExitUsage);
    if (options->has(QStringLiteral("--max-body"))) {
        auto value = positiveNumber(*options, QStringLiteral("--max-body"));
        if (!value)
            return context.error(value.error(), ExitUsage);
        settings.limits.maxBodySize = *value;
    }
    if (options->has(QStringLiteral("--max-connections"))) {
        auto value = positiveNumber(*options, QStringLiteral("--max-connections"));
        if (!value)
            return context.error(value.error(), ExitUsage);
        settings.limits.maxConnections = int(qMin<qint64>(*value, 1 << 20));
    }
    if (options->has(QStringLiteral("--request-timeout"))) {
        auto value = positiveNumber(*options, QStringLiteral("--request-timeout"));
        if (!value)
            return context.error(value.error(), ExitUsage);
        settings.limits.requestTimeoutMs = int(qMin<qint64>(*value, 3600) * 1000);
    }
    if (options->has(QStringLiteral("--sync"))) {
        const QString level = options->value(QStringLiteral("--sync")).toUpper();
        if (level != QLatin1String("NORMAL") && level != QLatin1String("FULL"))
            return context.error(QStringLiteral("--sync must be normal or full, not \"%1\"")
                                     .arg(options->value(QStringLiteral("--sync"))),
                                 ExitUsage);
        settings.synchronous = level;
    }
    if (options->has(QStringLiteral("--process"))) {
        const QString value = options->value(QStringLiteral("--process"));
        if (value != QLatin1String("yes") && value != QLatin1String("no"))
            return context.error(
                QStringLiteral("--process must be yes or no, not \"%1\"").arg(value), ExitUsage);
        settings.processDeliveries = value == QLatin1String("yes");
    }

    ServeSignals signalHandler;
    if (!signalHandler.isValid())
        return context.error(QStringLiteral("cannot watch for SIGINT/SIGTERM"));
    delivery::CatcherService service(context.dbLocation);
    if (hb::Status status = service.start(settings); !status)
        return context.error(status.error());
    context.out << "listening on " << service.baseUrl().toString() << Qt::endl;

    // Signals from the catcher's threads, queued to this one.
    ServeActivityLog activity(context.err);
    QObject::connect(&service, &delivery::CatcherService::requestRejected, &activity,
                     &ServeActivityLog::refused);
    QObject::connect(&service, &delivery::CatcherService::deliveriesFailed, &activity,
                     &ServeActivityLog::failed);
    QObject::connect(&service, &delivery::CatcherService::processingStalled, &activity,
                     &ServeActivityLog::processingStalled);

    QObject::connect(&signalHandler, &ServeSignals::stopRequested, qApp,
                     [&service, &context, &activity] {
                         service.stop();
                         // What the last requests and batches reported is still queued here.
                         QCoreApplication::sendPostedEvents(&activity, QEvent::MetaCall);
                         activity.flush();
                         const delivery::IntakeFigures figures = service.intakeFigures();
                         context.out << "stopped: " << countOf(figures.stored, "delivery")
                                     << " stored in " << countOf(figures.commits, "commit")
                                     << " (largest " << figures.largestGroup << ")" << Qt::endl;
                         QCoreApplication::exit(ExitOk);
                     });
    return QCoreApplication::exec();
}

} // namespace hb::cli
