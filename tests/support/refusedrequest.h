#pragma once

#include "common/clock.h"
#include "store/database.h"
#include "store/rejectionlog.h"

#include <QByteArray>
#include <QList>

// Requests the catcher refused, put in its log the way its writer logs them (a transaction of
// their own), for tests of what reads the log. A store that refuses them ends the test run.
class RefusedRequest {
public:
    // A POST to /hooks/t0ken from 192.0.2.9 with a JSON type and a wrong key header; `at` now
    // when empty.
    static hb::store::RejectedRequest of(int status, const QString &webhookName,
                                         const QString &reason, const QByteArray &bodyHead,
                                         const QString &at = QString())
    {
        hb::store::RejectedRequest entry;
        entry.webhookName = webhookName;
        entry.status = status;
        entry.reason = reason;
        entry.method = "POST";
        entry.target = "/hooks/t0ken";
        entry.headers = {{"Content-Type", "application/json"}, {"X-Api-Key", "nope"}};
        entry.bodyHead = bodyHead;
        entry.remoteAddress = QStringLiteral("192.0.2.9");
        entry.at = at.isEmpty() ? hb::nowIsoUtc() : at;
        return entry;
    }

    static void log(hb::store::Database &db, const QList<hb::store::RejectedRequest> &entries)
    {
        if (!db.beginWrite())
            qFatal("cannot begin a write");
        if (hb::Status logged = hb::store::RejectionLog(db).append(entries); !logged)
            qFatal("cannot log refusals: %s", qPrintable(logged.error()));
        if (!db.commit())
            qFatal("cannot commit the refusals");
    }
};
