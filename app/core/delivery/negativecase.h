#pragma once

#include "common/deliverystatus.h"

#include <QMetaType>
#include <QString>

#include <optional>

namespace hb::delivery {

// The negative cases of SPEC §7 (`send --negative`, the Sender's Negative cases tab): requests
// that are valid but for one thing, each sent to see the catcher refuse or fail it as promised.
enum class NegativeCaseKind {
    MissingKey,
    WrongKey,
    NotMarkedEncrypted,
    TamperedTag,
    TamperedCiphertext,
    BadPadding,
    StaleTimestamp,
    FutureTimestamp,
    WrongSignature,
    OversizedBody,
    ReplayedId,
    MalformedJson,
};

// What the catcher promises for a case (SPEC §3, §4): a refusal (401, 413) that stores nothing,
// a 202 whose delivery then ends in `deliveryStatus`, or a 202 naming the first delivery again.
struct NegativeExpectation {
    int httpStatus = 0;
    std::optional<DeliveryStatus> deliveryStatus; // after processing; unset: not stored / any
    bool duplicate = false;                       // a 202 that names the first delivery
    // Words the delivery's reason must contain (the one decryption message, "not valid JSON"),
    // so that a Failed for another cause (no such user) is not taken for the expected one.
    QString reasonContains;

    // "401 refused", "202, then Failed", "202 duplicate of the first".
    QString text() const;
};

struct NegativeCase {
    NegativeCaseKind kind = NegativeCaseKind::MissingKey;
    QString key;         // "missing-key", ...: the name scripts and JSON use
    QString title;       // "Missing API key"
    QString description; // what is sent, in one sentence
    NegativeExpectation expected;
};

// What came back for a case.
struct NegativeActual {
    int httpStatus = 0;
    QString error;  // why there was no HTTP answer
    QString answer; // the answer body's message ({"error": ...}), or the body itself
    qint64 deliveryId = 0;
    std::optional<DeliveryStatus> deliveryStatus; // unset: not stored, or not looked up
    QString reason;                               // the delivery's reason
    bool duplicate = false;                       // a 202 naming the first request's delivery
    // A 202 whose delivery could not be looked up (no store, or another catcher's): only the
    // HTTP answer was compared.
    bool answerOnly = false;

    // "401 refused", "202, then Failed", "202 duplicate of the first", "no answer: ...".
    QString text() const;
};

struct NegativeResult {
    NegativeCase testCase;
    NegativeActual actual;
    bool matches = false;
};

} // namespace hb::delivery

Q_DECLARE_METATYPE(hb::delivery::NegativeResult)
