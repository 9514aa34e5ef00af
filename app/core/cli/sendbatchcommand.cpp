// Placeholder until the feature lands (issue 15); replaced by its own work.
#include "commands.h"

namespace hb::cli {

int runSendBatchCommand(CommandContext &context, const QStringList &)
{
    return context.error(QStringLiteral("send --batch is not available yet"), ExitUsage);
}

} // namespace hb::cli
