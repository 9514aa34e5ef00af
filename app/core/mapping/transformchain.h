#pragma once

#include "common/result.h"
#include "mapping/webhook.h"
#include "payload/decimal.h"

#include <QJsonValue>
#include <QList>

#include <optional>

namespace hb::mapping {

// A mapping's `transform` steps (SPEC §2) applied in order to the value read at its path. Exact:
// numbers stay decimals from step to step and come out as JSON numbers with every digit.
class TransformChain {
public:
    // The last step's value, or the first step that cannot apply, named with its 1-based number
    // and the value it met: `step 2 (divide): value "abc" is not a number`. `results`, when
    // given, receives each step's value in turn (the designer shows them on the sample).
    // With `number`: a chain that ends in multiply, divide or round leaves its result there as
    // a decimal and returns an undefined value (the caller reads the number, not the JSON);
    // otherwise `number` is reset and the value returned.
    static hb::Result<QJsonValue> apply(const QList<TransformStep> &steps, const QJsonValue &value,
                                        QList<QJsonValue> *results = nullptr,
                                        std::optional<payload::Decimal> *number = nullptr);

    // One step; failures without the "step N" prefix.
    static hb::Result<QJsonValue> applyStep(const TransformStep &step, const QJsonValue &value);
};

} // namespace hb::mapping
