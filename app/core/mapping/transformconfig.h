#pragma once

#include "common/result.h"
#include "mapping/customfield.h"
#include "mapping/webhook.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>

namespace hb::mapping {

// A mapping's `transform` member in the configuration file (SPEC §2): `{"number": true}`,
// `{"multiply": "0.01"}`, `{"divide": "100"}`, `{"round": 2}`, `{"trim": true}`,
// `{"lowercase": true}`, `{"map": {...}, "else": ...}`, `{"date": "dd/MM/yyyy" | "unix"}`.
class TransformConfig {
public:
    // `member` names the transform in messages ("fields[0].transform"), so a refusal names the
    // step at fault: `fields[0].transform[1].divide: division by zero`.
    static hb::Result<QList<TransformStep>> read(const QJsonValue &value, const QString &member);
    static QJsonArray write(const QList<TransformStep> &steps);

    // Refuses a chain whose result the target cannot take: a date into a number field or a
    // currency, a number into a boolean field... `target` names it in the message ("number field
    // \"total-deposit\"", "coins"); a currency is checked as a number field.
    // A mapping's optional `transform` and `default` members, named under `prefix`
    // ("fields[0]"); the chain is checked against `type` (when known) and `target` as
    // checkTarget() does. A null default is refused: leaving it out says "none".
    static hb::Status readMappingMembers(const QJsonObject &mapping, const QString &prefix,
                                         QList<TransformStep> &transform,
                                         std::optional<QJsonValue> &defaultValue,
                                         std::optional<FieldType> type, const QString &target);
    static void writeMappingMembers(QJsonObject &mapping, const QList<TransformStep> &transform,
                                    const std::optional<QJsonValue> &defaultValue);

    static hb::Status checkTarget(const QList<TransformStep> &steps, const QString &member,
                                  FieldType type, const QString &target);
};

} // namespace hb::mapping
