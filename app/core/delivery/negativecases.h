#pragma once

#include "mapping/webhook.h"
#include "negativecase.h"
#include "samplerequestbuilder.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>

namespace hb::delivery {

// The negative cases that apply to a webhook, and the requests that make each of them. Every
// request is the valid one (the right key, encrypted, freshly signed over the body actually
// sent) but for exactly one thing, so that a case fails where it means to: a tampered
// ciphertext is re-signed and fails on decryption, not on its signature.
class NegativeCases {
public:
    // SPEC §7's list in its order, the cases this webhook's settings make meaningful: the key
    // cases with an API key, the encryption cases with encryption (the tag with GCM, padding
    // with CBC), the timestamp and signature cases with a signing secret; oversized body,
    // replayed id and malformed JSON always. Expectations per SPEC §3/§4; a draft's 202s end
    // as Sample, since a draft never processes (its deliveries are not decrypted either).
    static QList<NegativeCase> forWebhook(const mapping::Webhook &webhook);

    // The request(s) of case `c` for `webhook` carrying `payload` (JSON) at `now`; `bodyLimit`
    // is the catcher's body limit (the oversized body is one byte more). The replayed id is two
    // identical requests; every other case one.
    static QList<SampleRequest> requestsFor(const NegativeCase &c, const mapping::Webhook &webhook,
                                            const QByteArray &payload, const QDateTime &now,
                                            qint64 bodyLimit);

    // How far outside the signature window the stale and future timestamps are.
    static constexpr qint64 timestampOffsetSeconds = 10 * 60;
};

} // namespace hb::delivery
