#include "webhookurl.h"

namespace hb::delivery {

QString WebhookUrl::forToken(const QString &token)
{
    QString base = qEnvironmentVariable("HOOKBENCH_PUBLIC_URL").trimmed();
    if (base.isEmpty())
        base = QStringLiteral("http://127.0.0.1:8080");
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    return base + QStringLiteral("/hooks/") + token;
}

} // namespace hb::delivery
