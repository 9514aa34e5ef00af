// The negative cases a tester's bench sends (SPEC §7): which apply to which webhook, what the
// catcher promises for each, and that each request is a valid one but for exactly the one thing
// its case is about (so it fails where it means to, not on something else).
#include "crypto/aescipher.h"
#include "crypto/webhooksignature.h"
#include "delivery/negativecases.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

Q_DECLARE_METATYPE(hb::mapping::Webhook)

using namespace hb::delivery;
using hb::crypto::AesCipher;
using hb::crypto::WebhookSignature;

namespace {

const QString encryptionKey = QStringLiteral("0123456789abcdef0123456789abcdef");
const QString apiKey = QStringLiteral("key-0123456789abcdef0123456789abcdef");
const QString secret = QStringLiteral("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");
const QByteArray payload = R"({"email":"alice@example.com","bonus":3,"note":"forty-two bytes"})";
constexpr qint64 bodyLimit = 4096;

hb::mapping::Webhook webhook(bool keyed, std::optional<hb::mapping::EncryptionMode> mode,
                             bool signing)
{
    hb::mapping::Webhook hook;
    hook.id = 7;
    hook.name = QStringLiteral("Bench");
    if (keyed)
        hook.apiKey = apiKey;
    if (mode)
        hook.encryption = hb::mapping::Encryption{*mode, encryptionKey};
    if (signing)
        hook.signingSecret = secret;
    return hook;
}

hb::mapping::Webhook locked()
{
    return webhook(true, hb::mapping::EncryptionMode::Gcm, true);
}

QStringList keysOf(const QList<NegativeCase> &cases)
{
    QStringList keys;
    for (const NegativeCase &c : cases)
        keys << c.key;
    return keys;
}

NegativeCase caseOf(const hb::mapping::Webhook &hook, const QString &key)
{
    for (const NegativeCase &c : NegativeCases::forWebhook(hook)) {
        if (c.key == key)
            return c;
    }
    qFatal("no case %s", qPrintable(key));
}

std::optional<QByteArray> header(const SampleRequest &request, const QByteArray &name)
{
    for (const auto &[key, value] : request.headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return std::nullopt;
}

hb::Status verifyAt(const SampleRequest &request, const QDateTime &at,
                    const QString &withSecret = secret)
{
    return WebhookSignature::verify(withSecret, header(request, "webhook-id").value_or(""),
                                    header(request, "webhook-timestamp").value_or(""), request.body,
                                    header(request, "webhook-signature").value_or(""), at);
}

hb::Result<QByteArray> decrypt(const SampleRequest &request, hb::crypto::EncryptionMode mode)
{
    return AesCipher::decryptBody(request.body, mode, encryptionKey.toUtf8());
}

SampleRequest one(const hb::mapping::Webhook &hook, const QString &key, const QDateTime &now)
{
    const QList<SampleRequest> requests =
        NegativeCases::requestsFor(caseOf(hook, key), hook, payload, now, bodyLimit);
    if (requests.size() != 1)
        qFatal("case %s makes %d requests", qPrintable(key), int(requests.size()));
    return requests.first();
}

} // namespace

class TestNegativeCases : public QObject {
    Q_OBJECT

    const QDateTime now = QDateTime::currentDateTimeUtc();

private slots:
    void casesFollowTheWebhooksSettings_data()
    {
        QTest::addColumn<hb::mapping::Webhook>("hook");
        QTest::addColumn<QStringList>("keys");
        QTest::newRow("plain") << webhook(false, std::nullopt, false)
                               << QStringList{QStringLiteral("oversized-body"),
                                              QStringLiteral("replayed-id"),
                                              QStringLiteral("malformed-json")};
        QTest::newRow("keyed") << webhook(true, std::nullopt, false)
                               << QStringList{QStringLiteral("missing-key"),
                                              QStringLiteral("wrong-key"),
                                              QStringLiteral("oversized-body"),
                                              QStringLiteral("replayed-id"),
                                              QStringLiteral("malformed-json")};
        QTest::newRow("gcm, key, signing")
            << locked()
            << QStringList{
                   QStringLiteral("missing-key"),          QStringLiteral("wrong-key"),
                   QStringLiteral("not-marked-encrypted"), QStringLiteral("tampered-tag"),
                   QStringLiteral("tampered-ciphertext"),  QStringLiteral("stale-timestamp"),
                   QStringLiteral("future-timestamp"),     QStringLiteral("wrong-signature"),
                   QStringLiteral("oversized-body"),       QStringLiteral("replayed-id"),
                   QStringLiteral("malformed-json")};
        QTest::newRow("cbc") << webhook(false, hb::mapping::EncryptionMode::Cbc, false)
                             << QStringList{QStringLiteral("not-marked-encrypted"),
                                            QStringLiteral("tampered-ciphertext"),
                                            QStringLiteral("bad-padding"),
                                            QStringLiteral("oversized-body"),
                                            QStringLiteral("replayed-id"),
                                            QStringLiteral("malformed-json")};
    }

    void casesFollowTheWebhooksSettings()
    {
        QFETCH(hb::mapping::Webhook, hook);
        QFETCH(QStringList, keys);
        QCOMPARE(keysOf(NegativeCases::forWebhook(hook)), keys);
    }

    void expectationsFollowSpec()
    {
        const auto expected = [](const QString &key) { return caseOf(locked(), key).expected; };
        for (const char *key : {"missing-key", "wrong-key", "stale-timestamp", "future-timestamp",
                                "wrong-signature"}) {
            QCOMPARE(expected(QLatin1String(key)).httpStatus, 401);
            QVERIFY(!expected(QLatin1String(key)).deliveryStatus);
            QCOMPARE(expected(QLatin1String(key)).text(), QStringLiteral("401 refused"));
        }
        for (const char *key :
             {"not-marked-encrypted", "tampered-tag", "tampered-ciphertext", "malformed-json"}) {
            QCOMPARE(expected(QLatin1String(key)).httpStatus, 202);
            QCOMPARE(expected(QLatin1String(key)).deliveryStatus, hb::DeliveryStatus::Failed);
            QCOMPARE(expected(QLatin1String(key)).text(), QStringLiteral("202, then Failed"));
        }
        QCOMPARE(expected(QStringLiteral("tampered-tag")).reasonContains,
                 AesCipher::failureMessage(hb::crypto::EncryptionMode::Gcm));
        QCOMPARE(expected(QStringLiteral("oversized-body")).httpStatus, 413);
        QCOMPARE(expected(QStringLiteral("replayed-id")).text(),
                 QStringLiteral("202 duplicate of the first"));
        QVERIFY(expected(QStringLiteral("replayed-id")).duplicate);
    }

    // A draft stores every request as a Sample and never processes it (SPEC §2): what would fail
    // on decryption or decoding stays a Sample; the refusals are the same as a live webhook's.
    void aDraftKeepsWhatItReceivesAsSamples()
    {
        hb::mapping::Webhook draft = webhook(true, hb::mapping::EncryptionMode::Cbc, true);
        draft.draft = true;
        for (const NegativeCase &c : NegativeCases::forWebhook(draft)) {
            if (c.expected.httpStatus == 202 && !c.expected.duplicate) {
                QCOMPARE(c.expected.deliveryStatus, hb::DeliveryStatus::Sample);
                QCOMPARE(c.expected.text(), QStringLiteral("202, then Sample"));
            }
        }
        QCOMPARE(caseOf(draft, QStringLiteral("wrong-key")).expected.httpStatus, 401);
    }

    void keyCasesChangeOnlyTheKey()
    {
        const SampleRequest missing = one(locked(), QStringLiteral("missing-key"), now);
        QVERIFY(!header(missing, "x-api-key"));
        const SampleRequest wrong = one(locked(), QStringLiteral("wrong-key"), now);
        const QByteArray sent = header(wrong, "x-api-key").value_or("");
        QCOMPARE(sent.size(), apiKey.size());
        QVERIFY(sent != apiKey.toUtf8());
        for (const SampleRequest &request : {missing, wrong}) {
            QVERIFY(verifyAt(request, now).ok());
            QCOMPARE(header(request, "x-encrypted"), std::optional(QByteArray("true")));
            QCOMPARE(*decrypt(request, hb::crypto::EncryptionMode::Gcm), payload);
        }
    }

    void notMarkedEncryptedIsEncryptedWithoutTheHeader()
    {
        const SampleRequest request = one(locked(), QStringLiteral("not-marked-encrypted"), now);
        QVERIFY(!header(request, "x-encrypted"));
        QCOMPARE(header(request, "x-api-key"), std::optional(apiKey.toUtf8()));
        QVERIFY(verifyAt(request, now).ok());
        QCOMPARE(*decrypt(request, hb::crypto::EncryptionMode::Gcm), payload);
    }

    // Re-signed over the tampered body: the catcher takes it and it fails on decryption.
    void tamperedGcmBodiesFailOnlyOnDecryption()
    {
        for (const QString &key :
             {QStringLiteral("tampered-tag"), QStringLiteral("tampered-ciphertext")}) {
            const SampleRequest request = one(locked(), key, now);
            QVERIFY2(verifyAt(request, now).ok(), qPrintable(key));
            QCOMPARE(header(request, "x-api-key"), std::optional(apiKey.toUtf8()));
            QCOMPARE(header(request, "x-encrypted"), std::optional(QByteArray("true")));
            const auto plain = decrypt(request, hb::crypto::EncryptionMode::Gcm);
            QVERIFY2(!plain, qPrintable(key));
            QCOMPARE(plain.error(), AesCipher::failureMessage(hb::crypto::EncryptionMode::Gcm));
        }
        // The tag has one bit flipped, nothing else: flipping it back decrypts.
        const SampleRequest tampered = one(locked(), QStringLiteral("tampered-tag"), now);
        QJsonObject envelope = QJsonDocument::fromJson(tampered.body).object();
        QByteArray tag =
            QByteArray::fromBase64(envelope.value(QLatin1String("tag")).toString().toLatin1());
        tag[0] = char(tag.at(0) ^ 0x01);
        envelope.insert(QStringLiteral("tag"), QString::fromLatin1(tag.toBase64()));
        QCOMPARE(*AesCipher::decryptBody(QJsonDocument(envelope).toJson(),
                                         hb::crypto::EncryptionMode::Gcm, encryptionKey.toUtf8()),
                 payload);
    }

    // CBC has no tag: the change is chosen so that decryption fails every time, not 255 in 256.
    void cbcTamperingAndBadPaddingAlwaysFailToDecrypt()
    {
        const hb::mapping::Webhook cbc = webhook(true, hb::mapping::EncryptionMode::Cbc, false);
        for (const QByteArray &plain : {payload, QByteArray("{}"), QByteArray(32, 'x'),
                                        QByteArray(R"({"a":"0123456789"})")}) {
            for (int round = 0; round < 20; ++round) {
                for (const QString &key :
                     {QStringLiteral("tampered-ciphertext"), QStringLiteral("bad-padding")}) {
                    const SampleRequest request =
                        NegativeCases::requestsFor(caseOf(cbc, key), cbc, plain, now, bodyLimit)
                            .first();
                    QCOMPARE(header(request, "x-encrypted"), std::optional(QByteArray("true")));
                    const auto decrypted = decrypt(request, hb::crypto::EncryptionMode::Cbc);
                    QVERIFY2(!decrypted,
                             qPrintable(key + QLatin1Char(' ') + QString::fromUtf8(plain)));
                    QCOMPARE(decrypted.error(),
                             AesCipher::failureMessage(hb::crypto::EncryptionMode::Cbc));
                }
            }
        }
        // A valid CBC request of the same payload does decrypt: the failure is the case's doing.
        const SampleRequest valid = one(cbc, QStringLiteral("not-marked-encrypted"), now);
        QCOMPARE(*decrypt(valid, hb::crypto::EncryptionMode::Cbc), payload);
    }

    void timestampsAreOutsideTheWindowButSignedCorrectly()
    {
        const SampleRequest stale = one(locked(), QStringLiteral("stale-timestamp"), now);
        const SampleRequest future = one(locked(), QStringLiteral("future-timestamp"), now);
        QVERIFY(!verifyAt(stale, now).ok());
        QVERIFY(!verifyAt(future, now).ok());
        // Valid had it been sent ten minutes earlier (later): only the time is wrong.
        QVERIFY(verifyAt(stale, now.addSecs(-NegativeCases::timestampOffsetSeconds)).ok());
        QVERIFY(verifyAt(future, now.addSecs(NegativeCases::timestampOffsetSeconds)).ok());
        QCOMPARE(*decrypt(stale, hb::crypto::EncryptionMode::Gcm), payload);
    }

    void wrongSignatureIsSignedWithAnotherSecret()
    {
        const SampleRequest request = one(locked(), QStringLiteral("wrong-signature"), now);
        const hb::Status verified = verifyAt(request, now);
        QVERIFY(!verified.ok());
        QVERIFY(header(request, "webhook-signature").value_or("").startsWith("v1,"));
        QCOMPARE(header(request, "x-api-key"), std::optional(apiKey.toUtf8()));
        QCOMPARE(*decrypt(request, hb::crypto::EncryptionMode::Gcm), payload);
    }

    void oversizedBodyIsOneByteOverTheLimitAndOtherwiseValid()
    {
        const SampleRequest request = one(locked(), QStringLiteral("oversized-body"), now);
        QCOMPARE(request.body.size(), bodyLimit + 1);
        QVERIFY(verifyAt(request, now).ok());
        QCOMPARE(*decrypt(request, hb::crypto::EncryptionMode::Gcm), payload);
        const hb::mapping::Webhook plain = webhook(false, std::nullopt, false);
        const SampleRequest plainRequest = one(plain, QStringLiteral("oversized-body"), now);
        QCOMPARE(plainRequest.body.size(), bodyLimit + 1);
        QCOMPARE(QJsonDocument::fromJson(plainRequest.body),
                 QJsonDocument::fromJson(payload)); // trailing spaces: the same JSON
    }

    void replayedIdIsTheSameRequestTwice()
    {
        const QList<SampleRequest> signedPair = NegativeCases::requestsFor(
            caseOf(locked(), QStringLiteral("replayed-id")), locked(), payload, now, bodyLimit);
        QCOMPARE(signedPair.size(), 2);
        QCOMPARE(signedPair.at(0).headers, signedPair.at(1).headers);
        QCOMPARE(signedPair.at(0).body, signedPair.at(1).body);
        QVERIFY(verifyAt(signedPair.at(1), now).ok());
        QVERIFY(!header(signedPair.at(0), "idempotency-key"));

        // Without signing the id is an idempotency-key.
        const hb::mapping::Webhook plain = webhook(false, std::nullopt, false);
        const QList<SampleRequest> plainPair = NegativeCases::requestsFor(
            caseOf(plain, QStringLiteral("replayed-id")), plain, payload, now, bodyLimit);
        QCOMPARE(plainPair.size(), 2);
        const auto key = header(plainPair.at(0), "idempotency-key");
        QVERIFY(key && !key->isEmpty());
        QCOMPARE(header(plainPair.at(1), "idempotency-key"), key);
        QCOMPARE(plainPair.at(0).body, payload);
    }

    void malformedJsonIsEncryptedAndSignedLikeAnyBody()
    {
        const SampleRequest request = one(locked(), QStringLiteral("malformed-json"), now);
        QVERIFY(verifyAt(request, now).ok());
        const auto plain = decrypt(request, hb::crypto::EncryptionMode::Gcm);
        QVERIFY(plain);
        QJsonParseError error;
        QJsonDocument::fromJson(*plain, &error);
        QVERIFY(error.error != QJsonParseError::NoError);
        QVERIFY(payload.startsWith(*plain)); // the payload cut short, not something else
    }
};

QTEST_GUILESS_MAIN(TestNegativeCases)
#include "test_negativecases.moc"
