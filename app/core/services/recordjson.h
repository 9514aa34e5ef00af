#pragma once

// The JSON the commands print for the values the services return (SPEC §7): one place for the
// format, so that `--json` output, exports and tests read the same shape.
#include "records.h"
#include "secretmask.h"

#include <QJsonObject>
#include <QList>

namespace hb::services {

class RecordJson {
public:
    // `delivery list` rows (withRequest false) and `delivery show` (with the request, changes and
    // attempts). The request's secrets are masked unless `secrets` says Revealed.
    static QJsonObject delivery(const DeliveryRecord &record, bool withRequest,
                                Secrets secrets = Secrets::Masked);
    // A user with every custom field's value typed as its field says (null when unset).
    static QJsonObject user(const User &user, const QList<CustomField> &fields);
    static QJsonObject refused(const RejectedRequest &rejected, Secrets secrets = Secrets::Masked);
    static QJsonObject activity(const HistoryEntry &entry);
    static QJsonObject activity(const GamificationEntry &entry);
    static QJsonObject activity(const MessageEntry &entry);
};

} // namespace hb::services
