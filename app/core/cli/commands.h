#pragma once

#include "commandcontext.h"

namespace hb::cli {

// One function per top-level command word of SPEC §7; `arguments` are the words after it, with
// --db and --json already taken out. Each lives in its own file.
int runFieldCommand(CommandContext &context, const QStringList &arguments);
int runUserCommand(CommandContext &context, const QStringList &arguments);
int runWebhookCommand(CommandContext &context, const QStringList &arguments);
int runDeliveryCommand(CommandContext &context, const QStringList &arguments);
int runHistoryCommand(CommandContext &context, const QStringList &arguments);
int runGamificationLogCommand(CommandContext &context, const QStringList &arguments);
int runMessageCommand(CommandContext &context, const QStringList &arguments);
// Beyond SPEC §7's table: the log of refused requests that §3 keeps for support staff.
int runRefusedCommand(CommandContext &context, const QStringList &arguments);
int runServeCommand(CommandContext &context, const QStringList &arguments);
int runSendCommand(CommandContext &context, const QStringList &arguments);
// `send --batch` and `send --negative`: runSendCommand hands them over (each its own file).
int runSendBatchCommand(CommandContext &context, const QStringList &arguments);
int runSendNegativeCommand(CommandContext &context, const QStringList &arguments);

} // namespace hb::cli
