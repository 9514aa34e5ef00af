#include "deliveryoptions.h"

#include "activityoptions.h"

#include "common/clock.h"

#include <QRegularExpression>

namespace hb::cli {

QStringList deliveryFilterOptions()
{
    return {QStringLiteral("--status"), QStringLiteral("--webhook"), QStringLiteral("--limit"),
            QStringLiteral("--before"), QStringLiteral("--since"),   QStringLiteral("--until"),
            QStringLiteral("--search")};
}

hb::Result<QString> isoTimeOption(const QString &option, const QString &text)
{
    // Strict on the shape, so that "12/01/2026" or "yesterday" are refused rather than guessed.
    static const QRegularExpression shape(
        QStringLiteral("^(\\d{4}-\\d{2}-\\d{2})(?:[T ](\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d{1,3})?)?)"
                       "(Z|[+-]\\d{2}:?\\d{2})?)?$"));
    const QString trimmed = text.trimmed();
    const QRegularExpressionMatch match = shape.match(trimmed);
    QDateTime time;
    if (match.hasMatch() && match.capturedLength(2) == 0) {
        time = QDateTime(QDate::fromString(match.captured(1), Qt::ISODate), QTime(0, 0), Qt::UTC);
    } else if (match.hasMatch()) {
        const QString zone = match.capturedLength(3) == 0 ? QStringLiteral("Z") : match.captured(3);
        time = QDateTime::fromString(
            match.captured(1) + QLatin1Char('T') + match.captured(2) + zone, Qt::ISODateWithMs);
    }
    if (!time.isValid())
        return hb::fail(QStringLiteral("%1 must be an ISO 8601 date or date-time, such as "
                                       "2026-12-01 (that day's start in UTC), "
                                       "2026-12-01T09:30:00Z or 2026-12-01T09:30:00+01:00 "
                                       "(got \"%2\")")
                            .arg(option, text));
    return hb::isoUtc(time);
}

hb::Result<qint64> deliveryId(const QStringList &positional, const QString &usage)
{
    if (positional.size() != 1)
        return hb::fail(usage);
    bool ok = false;
    const qint64 id = positional.first().toLongLong(&ok);
    if (!ok || id <= 0)
        return hb::fail(QStringLiteral("a delivery ID is a positive number (got \"%1\")")
                            .arg(positional.first()));
    return id;
}

services::Secrets secretsOption(const CommandOptions &options)
{
    return options.has(QStringLiteral("--reveal")) ? services::Secrets::Revealed
                                                   : services::Secrets::Masked;
}

hb::Result<services::DeliveryFilter> deliveryFilter(const CommandOptions &options, int *limit)
{
    services::DeliveryFilter filter;
    if (options.has(QStringLiteral("--status"))) {
        const QString word = options.value(QStringLiteral("--status"));
        filter.status = deliveryStatusFromName(word.trimmed().toLower());
        if (!filter.status)
            return hb::fail(QStringLiteral("unknown status \"%1\" (expected %2)")
                                .arg(word, deliveryStatusNames()));
    }
    filter.webhookName = options.value(QStringLiteral("--webhook")).trimmed();
    const auto parsedLimit = limitOption(options);
    if (!parsedLimit)
        return parsedLimit.failure();
    *limit = *parsedLimit;
    if (options.has(QStringLiteral("--before"))) {
        bool ok = false;
        filter.beforeId = options.value(QStringLiteral("--before")).toLongLong(&ok);
        if (!ok || filter.beforeId <= 0)
            return hb::fail(QStringLiteral("--before must be a delivery ID, a positive number "
                                           "(got \"%1\")")
                                .arg(options.value(QStringLiteral("--before"))));
    }
    for (const auto &[option, bound] :
         {std::pair{QStringLiteral("--since"), &filter.receivedSince},
          std::pair{QStringLiteral("--until"), &filter.receivedUntil}}) {
        if (!options.has(option))
            continue;
        const hb::Result<QString> time = isoTimeOption(option, options.value(option));
        if (!time)
            return time.failure();
        *bound = *time;
    }
    if (!filter.receivedSince.isEmpty() && !filter.receivedUntil.isEmpty()
        && filter.receivedUntil <= filter.receivedSince)
        return hb::fail(QStringLiteral("--until (%1) must be later than --since (%2)")
                            .arg(filter.receivedUntil, filter.receivedSince));
    filter.search = options.value(QStringLiteral("--search"));
    return filter;
}

} // namespace hb::cli
