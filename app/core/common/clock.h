#pragma once

#include <QDateTime>
#include <QString>

namespace hb {

// Every stored time is UTC ISO 8601 with milliseconds ("2026-11-26T16:45:32.123Z"): it sorts as
// text and reads the same in SQLite and PostgreSQL.
inline QString isoUtc(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}
inline QString nowIsoUtc()
{
    return isoUtc(QDateTime::currentDateTimeUtc());
}

} // namespace hb
