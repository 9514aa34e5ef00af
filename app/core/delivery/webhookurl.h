#pragma once

#include <QString>

namespace hb::delivery {

// The URL senders post to, as the CLI and the window show it: http://127.0.0.1:8080/hooks/<token>
// (the catcher's default address), or $HOOKBENCH_PUBLIC_URL/hooks/<token> when the catcher is
// reached through another address (a proxy, TLS, another port).
class WebhookUrl {
public:
    static QString forToken(const QString &token);
};

} // namespace hb::delivery
