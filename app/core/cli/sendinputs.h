#pragma once

#include "commandoptions.h"
#include "common/result.h"

#include <QByteArray>
#include <QUrl>

#include <optional>

namespace hb::services {
class WebhookService;
}

namespace hb::cli {

// What the `send` commands (one request, --batch, --negative) read the same way: where the
// request goes and the payload it carries.
class SendInputs {
public:
    // --url may be the catcher's address ("http://host:port", the webhook's /hooks/<token> is
    // added) or a webhook URL itself; without it, the webhook's public URL.
    static QUrl targetUrl(const CommandOptions &options, const QString &token);
    // --data FILE ("-" reads standard input); nothing when the option is not given.
    static Result<std::optional<QByteArray>> dataFile(const CommandOptions &options);
    // The payload caught as the webhook's sample, with every digit it was caught with; nothing
    // when no sample was caught (or it cannot be read).
    static std::optional<QByteArray> samplePayload(services::WebhookService &webhooks,
                                                   qint64 webhookId);
};

} // namespace hb::cli
