#include "batchsummary.h"

#include <QJsonValue>

#include <algorithm>

namespace hb::delivery {
namespace {

// Nearest rank (the smallest value with at least p % of the values at or below it): always a
// time that one request really took.
qint64 percentile(const QList<qint64> &sorted, int p)
{
    if (sorted.isEmpty())
        return 0;
    const qsizetype rank = (qsizetype(p) * sorted.size() + 99) / 100;
    return sorted.at(std::clamp<qsizetype>(rank, 1, sorted.size()) - 1);
}

QByteArray csvField(const QString &text)
{
    QByteArray field = text.toUtf8();
    if (field.contains(',') || field.contains('"') || field.contains('\n')
        || field.contains('\r')) {
        field.replace('"', "\"\"");
        field = '"' + field + '"';
    }
    return field;
}

QByteArray boolText(bool value)
{
    return value ? QByteArrayLiteral("true") : QByteArrayLiteral("false");
}

} // namespace

BatchSummary BatchSummary::fromResults(const QList<BatchRowResult> &results,
                                       const QList<bool> &notSent, int total, qint64 elapsedMs,
                                       bool cancelled)
{
    BatchSummary summary;
    summary.total = total;
    summary.elapsedMs = elapsedMs;
    summary.cancelled = cancelled;
    summary.results = results;
    QList<qint64> answeredMs;
    for (qsizetype i = 0; i < results.size(); ++i) {
        const BatchRowResult &row = results.at(i);
        const bool wasSent = !(i < notSent.size() && notSent.at(i));
        if (wasSent)
            ++summary.sent;
        if (row.status != 0) {
            ++summary.byStatus[row.status];
            answeredMs << row.elapsedMs;
        } else {
            ++summary.errors;
        }
    }
    std::sort(answeredMs.begin(), answeredMs.end());
    summary.p50Ms = percentile(answeredMs, 50);
    summary.p95Ms = percentile(answeredMs, 95);
    return summary;
}

QJsonObject BatchSummary::toJson() const
{
    QJsonObject statuses;
    for (auto it = byStatus.begin(); it != byStatus.end(); ++it)
        statuses.insert(QString::number(it.key()), it.value());
    return QJsonObject{
        {QStringLiteral("sent"), sent},           {QStringLiteral("by_status"), statuses},
        {QStringLiteral("errors"), errors},       {QStringLiteral("p50_ms"), p50Ms},
        {QStringLiteral("p95_ms"), p95Ms},        {QStringLiteral("total"), total},
        {QStringLiteral("cancelled"), cancelled}, {QStringLiteral("elapsed_ms"), elapsedMs},
    };
}

QByteArray BatchSummary::toJsonText() const
{
    QByteArray statuses;
    for (auto it = byStatus.begin(); it != byStatus.end(); ++it) {
        if (!statuses.isEmpty())
            statuses += ',';
        statuses += '"' + QByteArray::number(it.key()) + "\":" + QByteArray::number(it.value());
    }
    return "{\"sent\":" + QByteArray::number(sent) + ",\"by_status\":{" + statuses
           + "},\"errors\":" + QByteArray::number(errors)
           + ",\"p50_ms\":" + QByteArray::number(p50Ms) + ",\"p95_ms\":" + QByteArray::number(p95Ms)
           + ",\"total\":" + QByteArray::number(total) + ",\"cancelled\":" + boolText(cancelled)
           + ",\"elapsed_ms\":" + QByteArray::number(elapsedMs) + '}';
}

QByteArray BatchSummary::toCsv() const
{
    QByteArray csv = "metric,value\n";
    const auto line = [&csv](const QByteArray &metric, const QByteArray &value) {
        csv += metric + ',' + value + '\n';
    };
    line("sent", QByteArray::number(sent));
    line("errors", QByteArray::number(errors));
    line("p50_ms", QByteArray::number(p50Ms));
    line("p95_ms", QByteArray::number(p95Ms));
    line("total", QByteArray::number(total));
    line("cancelled", boolText(cancelled));
    line("elapsed_ms", QByteArray::number(elapsedMs));
    for (auto it = byStatus.begin(); it != byStatus.end(); ++it)
        line("status_" + QByteArray::number(it.key()), QByteArray::number(it.value()));
    return csv;
}

QByteArray BatchSummary::resultsCsv() const
{
    QByteArray csv = "line,status,elapsed_ms,delivery_id,error\n";
    for (const BatchRowResult &row : results) {
        csv += QByteArray::number(row.line) + ',' + QByteArray::number(row.status) + ','
               + QByteArray::number(row.elapsedMs) + ','
               + (row.deliveryId > 0 ? QByteArray::number(row.deliveryId) : QByteArray()) + ','
               + csvField(row.error) + '\n';
    }
    return csv;
}

int BatchSummary::accepted() const
{
    int count = 0;
    for (auto it = byStatus.begin(); it != byStatus.end(); ++it) {
        if (it.key() >= 200 && it.key() <= 299)
            count += it.value();
    }
    return count;
}

} // namespace hb::delivery
