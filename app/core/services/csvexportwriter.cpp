#include "csvexportwriter.h"

#include "delivery/deliverysummary.h"

#include <QJsonObject>
#include <QStringList>

namespace hb::services {

CsvExportWriter::CsvExportWriter(QIODevice &out, Secrets secrets)
    : ExportWriter(out, secrets)
{}

QString CsvExportWriter::field(const QString &text)
{
    const bool quoted = text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"'))
                        || text.contains(QLatin1Char('\r')) || text.contains(QLatin1Char('\n'));
    if (!quoted)
        return text;
    QString escaped = text;
    escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QString CsvExportWriter::textCell(const QString &text)
{
    static const QString formulaStarts = QStringLiteral("=+-@\t\r");
    if (!text.isEmpty() && formulaStarts.contains(text.front()))
        return QLatin1Char('\'') + text;
    return text;
}

hb::Status CsvExportWriter::begin()
{
    return put(QByteArrayLiteral("id,received_at,webhook,status,user,reason,changes\r\n"));
}

hb::Status CsvExportWriter::write(const DeliveryRecord &record)
{
    QStringList changes;
    changes.reserve(record.changes.size());
    for (const QJsonValue &change : record.changes)
        changes << delivery::DeliverySummary::changeText(change.toObject());
    const QStringList cells{
        QString::number(record.id),
        record.receivedAt,
        field(textCell(record.webhookName)),
        deliveryStatusName(record.status),
        field(textCell(record.userLabel)),
        field(textCell(record.reason)),
        field(textCell(changes.join(QStringLiteral("; ")))),
    };
    return put(QString(cells.join(QLatin1Char(',')) + QStringLiteral("\r\n")).toUtf8());
}

hb::Status CsvExportWriter::finish()
{
    return flush();
}

} // namespace hb::services
