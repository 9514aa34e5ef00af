#pragma once

#include "batchrows.h"
#include "bodytemplate.h"
#include "headeredits.h"
#include "httpsender.h"
#include "mapping/webhook.h"

#include <QByteArray>
#include <QUrl>

namespace hb::delivery {

// Everything a BatchSender needs for one batch: where to, as which webhook, what to fill in.
struct BatchJob {
    QUrl url;
    // As applied: key, encryption and signing left out when the tester unticked them.
    mapping::Webhook webhook;
    QByteArray method = QByteArrayLiteral("POST");
    QByteArray contentType = QByteArrayLiteral("application/json");
    HeaderEdits headerEdits; // applied after the webhook's own headers, so they win
    BodyTemplate bodyTemplate;
    BatchRows rows;
    int concurrency = 4;      // requests in flight at most
    double ratePerSecond = 0; // 0: as fast as concurrency allows
    int timeoutMs = HttpSender::defaultTimeoutMs;
    bool verifyCertificates = true;

    static constexpr int maxConcurrency = 256;
};

} // namespace hb::delivery
