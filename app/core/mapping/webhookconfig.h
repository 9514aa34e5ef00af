#pragma once

#include "common/result.h"
#include "customfield.h"
#include "webhook.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>

namespace hb::mapping {

// The webhook configuration file of SPEC §2: import (parse and validate) and export.
class WebhookConfig {
public:
    // Parses and validates a configuration file. `knownFields` (when given) must contain every
    // mapped field, and each operator must be allowed for that field's type (number: add,
    // subtract, overwrite; others: overwrite). Messages name the member at fault, e.g.
    // `fields[1].operator: "add" is not allowed for text field "nickname" (only overwrite)`,
    // `encryption.key: must be exactly 32 characters (got 31)`, `user.identifier: "phone" is not
    // email or username`, `fields[0].path: "amount" is not a JSON Pointer (must start with /)`,
    // `fields[0].field: no custom field "x"`, `invalid JSON at offset 12: ...`,
    // `name: required`, unknown top-level members refused by name too.
    // A stored webhook is loaded with `knownFields == nullptr`: a field removed since is the
    // processor's to report, not a reason to lose the webhook.
    static hb::Result<Webhook> fromJson(const QByteArray &json,
                                        const QList<CustomField> *knownFields);
    static hb::Result<Webhook> fromJsonObject(const QJsonObject &object,
                                              const QList<CustomField> *knownFields);
    // The same file back (round trip), including token; omits unset optional members.
    static QJsonObject toJson(const Webhook &webhook);
};

} // namespace hb::mapping
