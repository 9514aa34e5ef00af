// Placeholder until the feature lands (issue 15); replaced by its own work.
#include "commands.h"

namespace hb::cli {

int runSendNegativeCommand(CommandContext &context, const QStringList &)
{
    return context.error(QStringLiteral("send --negative is not available yet"), ExitUsage);
}

} // namespace hb::cli
