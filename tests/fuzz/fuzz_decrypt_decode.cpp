// libFuzzer harness: whatever a sender can put in a body reaches AesCipher::decryptBody and
// PayloadDecoder::decode, so neither may crash, hang or read out of bounds on any input.
#include "crypto/aescipher.h"
#include "mapping/webhook.h"
#include "payload/payloaddecoder.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const QByteArray key("0123456789abcdef0123456789abcdef");
    for (const auto mode : {hb::mapping::EncryptionMode::Cbc, hb::mapping::EncryptionMode::Gcm}) {
        const auto plain = hb::crypto::AesCipher::decryptBody(input, mode, key);
        if (plain) {
            // A body that decrypts (seed corpus entries do) goes on to the decoder, as in the
            // pipeline.
            (void)hb::payload::PayloadDecoder::decode(*plain, "application/json", {});
        }
    }
    static const QByteArray contentTypes[] = {"application/json",
                                              "application/x-www-form-urlencoded", "text/plain", "",
                                              "application/vnd.test+json; charset=utf-8"};
    for (const QByteArray &contentType : contentTypes)
        (void)hb::payload::PayloadDecoder::decode(input, contentType, input.left(64));
    (void)hb::payload::PayloadDecoder::decode({}, {}, input);
    return 0;
}
