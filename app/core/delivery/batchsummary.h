#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>

namespace hb::delivery {

// What became of one row of a batch.
struct BatchRowResult {
    int line = 0;   // the row's line in the batch file
    int status = 0; // the HTTP status; 0: no answer (see error) or not sent
    qint64 elapsedMs = 0;
    qint64 deliveryId = 0; // from a 2xx answer's {"delivery_id": n}
    QString error;         // no answer, or the body could not be made; empty otherwise
};

// The outcome of a batch, as `send --batch` prints it and the Batch tab shows it (SPEC §7).
struct BatchSummary {
    int total = 0;           // rows in the file
    int sent = 0;            // requests put on the wire: answered, or failed on the network
    QMap<int, int> byStatus; // HTTP status -> requests answered with it
    int errors = 0;          // requests without an HTTP answer + rows whose body could not be made
    qint64 p50Ms = 0;        // nearest-rank percentiles over the answered requests
    qint64 p95Ms = 0;
    qint64 elapsedMs = 0;          // the whole batch
    bool cancelled = false;        // stopped before every row was sent
    QList<BatchRowResult> results; // the rows dealt with, in file order

    // Counts, byStatus and percentiles from `results` (the rows that were dealt with): a row
    // with a status was answered, one with an error but no status was sent unless `notSent`.
    static BatchSummary fromResults(const QList<BatchRowResult> &results,
                                    const QList<bool> &notSent, int total, qint64 elapsedMs,
                                    bool cancelled);

    // SPEC's keys "sent", "by_status", "errors", "p50_ms", "p95_ms", then "total", "cancelled",
    // "elapsed_ms". A QJsonObject sorts its keys: toJsonText() keeps SPEC's order.
    QJsonObject toJson() const;
    // Compact, one line, SPEC's keys first in SPEC's order.
    QByteArray toJsonText() const;
    // "metric,value" lines: sent, errors, p50_ms, p95_ms, total, cancelled, status_202...
    QByteArray toCsv() const;
    // "line,status,elapsed_ms,delivery_id,error", one line per row dealt with.
    QByteArray resultsCsv() const;
    // Requests that were answered 2xx.
    int accepted() const;
};

} // namespace hb::delivery

Q_DECLARE_METATYPE(hb::delivery::BatchSummary)
