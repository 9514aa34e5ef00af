#pragma once

#include "mapping/customfield.h"
#include "mapping/webhook.h"

#include <QJsonObject>
#include <QList>

namespace hb::ui {

// A payload to start from when a webhook has no caught sample: every path its mapping reads
// (user, fields, currencies, message placeholders) holds a value of the right kind, so that the
// first send is one the processor can apply, not one it fails for a missing path.
class SenderExample {
public:
    static QJsonObject forWebhook(const mapping::Webhook &webhook,
                                  const QList<mapping::CustomField> &fields);
};

} // namespace hb::ui
