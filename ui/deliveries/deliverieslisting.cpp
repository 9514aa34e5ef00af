#include "deliverieslisting.h"

#include "common/clock.h"
#include "services/deliverypages.h"
#include "services/deliveryservice.h"
#include "services/webhookservice.h"

#include <QCoreApplication>
#include <QDateTime>

#include <algorithm>

namespace hb::ui {
namespace {

bool narrows(const services::DeliveryFilter &filter)
{
    return !filter.webhookName.isEmpty() || !filter.search.trimmed().isEmpty()
           || !filter.receivedSince.isEmpty() || !filter.receivedUntil.isEmpty();
}

// The table's side: the matches up to the newest, and whether only new ones came on top (then
// the rows at or below the known newest are the known total less the new ones).
Status readRows(services::DeliveryPages &pages, const DeliveriesListing::Question &question,
                DeliveriesListing &listing)
{
    const auto newest = pages.newestId(question.filter);
    if (!newest)
        return newest.failure();
    listing.rows.total = question.filter.status ? listing.counts.of(*question.filter.status)
                                                : listing.counts.total();
    listing.rows.newestId = *newest;
    listing.rows.knownNewestId = question.knownNewestId;
    if (question.knownNewestId > 0) {
        services::DeliveryFilter above = question.filter;
        above.beforeId = 0;
        const auto newer = pages.countNewerThan(above, question.knownNewestId);
        if (!newer)
            return newer.failure();
        listing.rows.atOrBelowKnown = listing.rows.total - *newer;
    }
    const bool reset =
        listing.rows.atOrBelowKnown != question.knownTotal || question.knownTotal == 0;
    if (reset && listing.rows.total > 0) {
        // The top page (what is left above the last full one) and the page below it.
        const qint64 total = listing.rows.total;
        const qint64 topRows =
            total - (total - 1) / DeliveriesModel::pageSize * DeliveriesModel::pageSize;
        services::DeliveryFilter first = question.filter;
        first.beforeId = *newest + 1;
        first.offset = 0;
        first.limit = int(std::min<qint64>(total, topRows + DeliveriesModel::pageSize));
        auto rows = pages.newestFirst(first);
        if (!rows)
            return rows.failure();
        listing.rows.newest = std::move(*rows);
    }
    if (question.findId > 0 && (reset || question.findAlways)) {
        const auto row = pages.offsetOf(question.filter, question.findId);
        if (!row)
            return row.failure();
        listing.foundRow = *row;
    }
    return hb::success();
}

Status readStore(services::Connection &db, const services::DeliveryFilter &filter,
                 DeliveriesListing &listing)
{
    services::DeliveryService deliveries(db);
    auto counts = deliveries.counts(filter);
    if (!counts)
        return counts.failure();
    listing.counts = *counts;
    if (narrows(filter)) {
        auto all = deliveries.counts(services::DeliveryFilter{});
        if (!all)
            return all.failure();
        listing.storeCounts = *all;
    } else {
        listing.storeCounts = *counts; // the same question: asked once
    }
    const QString hourAgo = isoUtc(QDateTime::currentDateTimeUtc().addSecs(-3600));
    auto failures = services::DeliveryPages(db).recentFailures(hourAgo);
    if (!failures)
        return failures.failure();
    listing.recentFailures = *failures;
    auto refused = deliveries.refusedCount();
    if (!refused)
        return refused.failure();
    listing.refused = *refused;
    return hb::success();
}

} // namespace

Result<DeliveriesListing> DeliveriesListing::read(services::Connection &db,
                                                  const Question &question)
{
    auto webhooks = services::WebhookService(db).list();
    if (!webhooks)
        return fail(webhooks.error());
    DeliveriesListing listing;
    for (const services::StoredWebhook &stored : *webhooks)
        listing.webhookNames << stored.webhook.name;
    services::DeliveryPages pages(db);
    if (const Status begun = pages.beginSnapshot(); !begun)
        return fail(begun.error());
    Status read = readStore(db, question.filter, listing);
    if (read)
        read = readRows(pages, question, listing);
    pages.endSnapshot();
    if (!read)
        return read.failure();
    return listing;
}

QString DeliveriesListing::storeCountsText() const
{
    return QCoreApplication::translate("hb::ui::MainWindow", "%n pending", nullptr,
                                       int(storeCounts.pending))
           + QStringLiteral(" · ")
           + QCoreApplication::translate("hb::ui::MainWindow", "%n failed in the last hour",
                                         nullptr, int(recentFailures));
}

} // namespace hb::ui
