#pragma once

// What the `delivery` commands share (SPEC §7): the list filters that `list` and `export` take,
// ids, --reveal, and the sub-commands that live in files of their own.
#include "commandcontext.h"
#include "commandoptions.h"

#include "common/result.h"
#include "services/records.h"
#include "services/secretmask.h"

#include <QStringList>

namespace hb::cli {

// --status, --webhook, --limit, --before, --since, --until, --search.
QStringList deliveryFilterOptions();
// The filter those options ask for; `limit` is --limit, 0 when absent. A message naming the
// option at fault when one is wrong.
hb::Result<services::DeliveryFilter> deliveryFilter(const CommandOptions &options, int *limit);
// --since/--until: an ISO 8601 date (that day's start in UTC) or date-time, with an offset or
// without one (then UTC), as the store's UTC text; a message naming `option` otherwise.
hb::Result<QString> isoTimeOption(const QString &option, const QString &text);
// The one positional ID of `show`, `rerun`, `curl`, `replay`; `usage` when there is not one.
hb::Result<qint64> deliveryId(const QStringList &positional, const QString &usage);
services::Secrets secretsOption(const CommandOptions &options);

int exportDeliveries(CommandContext &context, services::Connection &db,
                     const CommandOptions &options);
int curlDelivery(CommandContext &context, services::Connection &db, const CommandOptions &options);
int replayDelivery(CommandContext &context, services::Connection &db,
                   const CommandOptions &options);

} // namespace hb::cli
