#pragma once

#include "commandcontext.h"
#include "commandoptions.h"

#include "services/records.h"

namespace hb::cli {

// `user set ID KEY VALUE`, `user remove ID` and `user export [--output F]` (SPEC §7), the edits
// by hand beside usercommand.cpp's reads. `action` is "set", "remove" or "export".
int runUserEdit(CommandContext &context, services::Connection &db, const QString &action,
                const CommandOptions &options, const QList<services::CustomField> &fields);

} // namespace hb::cli
