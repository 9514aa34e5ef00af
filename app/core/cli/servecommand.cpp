#include "commands.h"

namespace hb::cli {

// Placeholder until this command is built: it says so instead of pretending to work.
int runServeCommand(CommandContext &context, const QStringList &)
{
    return context.error(QStringLiteral("this command is not built yet"));
}

} // namespace hb::cli
