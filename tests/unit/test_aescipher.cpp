#include "crypto/aescipher.h"
#include "mapping/webhook.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using hb::crypto::AesCipher;
using hb::mapping::EncryptionMode;

Q_DECLARE_METATYPE(hb::mapping::EncryptionMode)
Q_DECLARE_METATYPE(hb::crypto::AesCipher::BodyForm)

namespace {

const QByteArray kKey = "0123456789abcdef0123456789abcdef"; // a webhook's 32 characters
const QByteArray kPlain = R"({"customer":{"email":"a@b.c"},"amount":12.5})";

QByteArray hex(const char *text)
{
    return QByteArray::fromHex(text);
}

QByteArray envelope(const QByteArray &iv, const QByteArray &data, const QByteArray &tag)
{
    QJsonObject object{{QStringLiteral("iv"), QString::fromLatin1(iv)},
                       {QStringLiteral("data"), QString::fromLatin1(data)}};
    if (!tag.isNull())
        object.insert(QStringLiteral("tag"), QString::fromLatin1(tag));
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

class TestAesCipher : public QObject {
    Q_OBJECT
private slots:
    // NIST SP 800-38A F.2.5 (encrypt) and F.2.6 (decrypt), CBC-AES256. Our CBC pads with
    // PKCS#7, so the four NIST blocks are followed by one block of padding.
    void cbcKnownAnswer()
    {
        const QByteArray key =
            hex("603deb1015ca71be2b73aef0857d77811f352c073b6108d72d9810a30914dff4");
        const QByteArray iv = hex("000102030405060708090a0b0c0d0e0f");
        const QByteArray plain = hex("6bc1bee22e409f96e93d7e117393172a"
                                     "ae2d8a571e03ac9c9eb76fac45af8e51"
                                     "30c81c46a35ce411e5fbc1191a0a52ef"
                                     "f69f2445df4f9b17ad2b417be66c3710");
        const QByteArray cipher = hex("f58c4c04d6e5f1ba779eabfb5f7bfbd6"
                                      "9cfc4e967edb808d679f777bc6702c7d"
                                      "39f23369a9d9bacfa530e26304231461"
                                      "b2eb05e2c39be9fcda6c19078c6a9d1b");
        const auto encrypted = AesCipher::encryptCbc(key, iv, plain);
        QVERIFY2(encrypted, qPrintable(encrypted.error()));
        QCOMPARE(encrypted->size(), 80);
        QCOMPARE(encrypted->left(64).toHex(), cipher.toHex());
        const auto decrypted = AesCipher::decryptCbc(key, iv, *encrypted);
        QVERIFY2(decrypted, qPrintable(decrypted.error()));
        QCOMPARE(decrypted->toHex(), plain.toHex());
        // Without its padding block the NIST ciphertext is refused: padding is checked.
        QVERIFY(!AesCipher::decryptCbc(key, iv, cipher));
    }

    // The GCM specification's AES-256 test cases 13, 14 and 15 (96-bit IV, no AAD).
    void gcmKnownAnswer_data()
    {
        QTest::addColumn<QByteArray>("key");
        QTest::addColumn<QByteArray>("nonce");
        QTest::addColumn<QByteArray>("plain");
        QTest::addColumn<QByteArray>("cipherAndTag");
        const QByteArray zeroKey(32, '\0');
        const QByteArray zeroNonce(12, '\0');
        QTest::newRow("case 13") << zeroKey << zeroNonce << QByteArray()
                                 << hex("530f8afbc74536b9a963b4f1c4cb738b");
        QTest::newRow("case 14") << zeroKey << zeroNonce << QByteArray(16, '\0')
                                 << hex("cea7403d4d606b6e074ec5d3baf39d18"
                                        "d0d1c8a799996bf0265b98b5d48ab919");
        QTest::newRow("case 15")
            << hex("feffe9928665731c6d6a8f9467308308feffe9928665731c6d6a8f9467308308")
            << hex("cafebabefacedbaddecaf888")
            << hex("d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a72"
                   "1c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b391aafd255")
            << hex("522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa"
                   "8cb08e48590dbb3da7b08b1056828838c5f61e6393ba7a0abcc9f662898015ad"
                   "b094dac5d93471bdec1a502270e3cc6c");
    }
    void gcmKnownAnswer()
    {
        QFETCH(QByteArray, key);
        QFETCH(QByteArray, nonce);
        QFETCH(QByteArray, plain);
        QFETCH(QByteArray, cipherAndTag);
        const auto encrypted = AesCipher::encryptGcm(key, nonce, plain);
        QVERIFY2(encrypted, qPrintable(encrypted.error()));
        QCOMPARE(encrypted->toHex(), cipherAndTag.toHex());
        const auto decrypted = AesCipher::decryptGcm(key, nonce, cipherAndTag);
        QVERIFY2(decrypted, qPrintable(decrypted.error()));
        QCOMPARE(decrypted->toHex(), plain.toHex());
    }

    void roundTripsInBothForms_data()
    {
        QTest::addColumn<EncryptionMode>("mode");
        QTest::addColumn<AesCipher::BodyForm>("form");
        QTest::newRow("cbc envelope") << EncryptionMode::Cbc << AesCipher::BodyForm::Envelope;
        QTest::newRow("cbc compact") << EncryptionMode::Cbc << AesCipher::BodyForm::Compact;
        QTest::newRow("gcm envelope") << EncryptionMode::Gcm << AesCipher::BodyForm::Envelope;
        QTest::newRow("gcm compact") << EncryptionMode::Gcm << AesCipher::BodyForm::Compact;
    }
    void roundTripsInBothForms()
    {
        QFETCH(EncryptionMode, mode);
        QFETCH(AesCipher::BodyForm, form);
        const QByteArray body = AesCipher::encryptBody(kPlain, mode, kKey, form);
        QVERIFY(!body.isEmpty());
        QVERIFY(!body.contains("amount"));
        QCOMPARE(body.startsWith('{'), form == AesCipher::BodyForm::Envelope);
        const auto plain = AesCipher::decryptBody(body, mode, kKey);
        QVERIFY2(plain, qPrintable(plain.error()));
        QCOMPARE(*plain, kPlain);
        // A fresh IV every time: the same plaintext never gives the same body.
        QVERIFY(AesCipher::encryptBody(kPlain, mode, kKey, form) != body);
        // Empty plaintext round-trips too.
        const auto empty =
            AesCipher::decryptBody(AesCipher::encryptBody({}, mode, kKey, form), mode, kKey);
        QVERIFY(empty);
        QVERIFY(empty->isEmpty());
    }

    void envelopeVariantsSendersUse()
    {
        const QByteArray nonce = hex("cafebabefacedbaddecaf888");
        const auto sealed = AesCipher::encryptGcm(kKey, nonce, kPlain);
        QVERIFY(sealed);
        const QByteArray cipher = sealed->left(sealed->size() - 16);
        const QByteArray tag = sealed->right(16);

        const QList<QByteArray> bodies = {
            envelope(nonce.toHex(), cipher.toBase64(), tag.toHex()),
            envelope(nonce.toBase64(), cipher.toBase64(), tag.toBase64()),
            envelope(nonce.toHex().toUpper(), cipher.toBase64(), tag.toBase64()),
            envelope(nonce.toBase64(), sealed->toBase64(), QByteArray()), // tag appended to data
            "\n  " + envelope(nonce.toHex(), cipher.toBase64(), tag.toHex()) + "\n",
            QByteArray(nonce + *sealed).toBase64(),
            QByteArray(nonce + *sealed).toBase64(QByteArray::Base64UrlEncoding),
        };
        for (const QByteArray &body : bodies) {
            const auto plain = AesCipher::decryptBody(body, EncryptionMode::Gcm, kKey);
            QVERIFY2(plain, body.constData());
            QCOMPARE(*plain, kPlain);
        }

        const QByteArray iv = hex("000102030405060708090a0b0c0d0e0f");
        const auto cbc = AesCipher::encryptCbc(kKey, iv, kPlain);
        QVERIFY(cbc);
        for (const QByteArray &body : {envelope(iv.toHex(), cbc->toBase64(), QByteArray()),
                                       envelope(iv.toBase64(), cbc->toBase64(), QByteArray()),
                                       QByteArray(iv + *cbc).toBase64()}) {
            const auto plain = AesCipher::decryptBody(body, EncryptionMode::Cbc, kKey);
            QVERIFY2(plain, body.constData());
            QCOMPARE(*plain, kPlain);
        }
    }

    // No padding oracle: every way a body can fail to decrypt reads the same to the sender.
    void everyFailureHasTheSameMessage_data()
    {
        QTest::addColumn<EncryptionMode>("mode");
        QTest::addColumn<QByteArray>("body");

        const QByteArray nonce = hex("cafebabefacedbaddecaf888");
        const QByteArray sealed = *AesCipher::encryptGcm(kKey, nonce, kPlain);
        const QByteArray cipher = sealed.left(sealed.size() - 16);
        const QByteArray tag = sealed.right(16);
        QByteArray badTag = tag;
        badTag[0] = char(badTag[0] ^ 0x01);
        QByteArray badCipher = cipher;
        badCipher[3] = char(badCipher[3] ^ 0x80);
        const QByteArray otherKey = "ffffffffffffffffffffffffffffffff";

        QTest::newRow("gcm tampered tag")
            << EncryptionMode::Gcm << envelope(nonce.toHex(), cipher.toBase64(), badTag.toHex());
        QTest::newRow("gcm tampered ciphertext")
            << EncryptionMode::Gcm << envelope(nonce.toHex(), badCipher.toBase64(), tag.toHex());
        QTest::newRow("gcm compact tampered")
            << EncryptionMode::Gcm << QByteArray(nonce + cipher + badTag).toBase64();
        QTest::newRow("gcm wrong key")
            << EncryptionMode::Gcm << AesCipher::encryptBody(kPlain, EncryptionMode::Gcm, otherKey);
        QTest::newRow("gcm truncated")
            << EncryptionMode::Gcm << QByteArray(nonce + tag.left(10)).toBase64();
        QTest::newRow("gcm short nonce")
            << EncryptionMode::Gcm
            << envelope(nonce.left(8).toHex(), cipher.toBase64(), tag.toHex());
        QTest::newRow("gcm tag missing")
            << EncryptionMode::Gcm << envelope(nonce.toHex(), cipher.toBase64(), QByteArray());

        const QByteArray iv = hex("000102030405060708090a0b0c0d0e0f");
        // A last block whose padding is wrong: the raw NIST ciphertext decrypts to data that
        // does not end in valid PKCS#7.
        const QByteArray unpadded = hex("f58c4c04d6e5f1ba779eabfb5f7bfbd6");
        QTest::newRow("cbc bad padding")
            << EncryptionMode::Cbc << QByteArray(iv + unpadded).toBase64();
        QTest::newRow("cbc wrong key")
            << EncryptionMode::Cbc
            << AesCipher::encryptBody(QByteArray(100, 'x'), EncryptionMode::Cbc, otherKey,
                                      AesCipher::BodyForm::Compact);
        QTest::newRow("cbc partial block")
            << EncryptionMode::Cbc << QByteArray(iv + QByteArray(20, 'a')).toBase64();
        QTest::newRow("cbc only iv") << EncryptionMode::Cbc << iv.toBase64();
        QTest::newRow("cbc envelope bad data")
            << EncryptionMode::Cbc << envelope(iv.toHex(), "not base64!", QByteArray());

        for (const auto mode : {EncryptionMode::Cbc, EncryptionMode::Gcm}) {
            const char *name = mode == EncryptionMode::Cbc ? "cbc" : "gcm";
            QTest::addRow("%s non-base64", name) << mode << QByteArray("hello, world");
            QTest::addRow("%s empty", name) << mode << QByteArray();
            QTest::addRow("%s plain json", name) << mode << QByteArray(R"({"amount": 5})");
            QTest::addRow("%s broken json", name) << mode << QByteArray(R"({"iv": )");
            QTest::addRow("%s iv not string", name)
                << mode << QByteArray(R"({"iv": 5, "data": "AAAA"})");
        }
    }
    void everyFailureHasTheSameMessage()
    {
        QFETCH(EncryptionMode, mode);
        QFETCH(QByteArray, body);
        const auto plain = AesCipher::decryptBody(body, mode, kKey);
        QVERIFY(!plain);
        QCOMPARE(plain.error(), mode == EncryptionMode::Gcm
                                    ? QStringLiteral("the body does not decrypt with this "
                                                     "webhook's key (AES-256-GCM)")
                                    : QStringLiteral("the body does not decrypt with this "
                                                     "webhook's key (AES-256-CBC)"));
    }

    void wrongModeFails()
    {
        const QByteArray body = AesCipher::encryptBody(kPlain, EncryptionMode::Cbc, kKey);
        QVERIFY(!AesCipher::decryptBody(body, EncryptionMode::Gcm, kKey));
    }

    void keyOfWrongLengthIsAConfigurationError()
    {
        const auto plain =
            AesCipher::decryptBody(AesCipher::encryptBody(kPlain, EncryptionMode::Gcm, kKey),
                                   EncryptionMode::Gcm, "short");
        QVERIFY(!plain);
        QCOMPARE(
            plain.error(),
            QStringLiteral("the webhook's encryption key must be exactly 32 bytes (it has 5)"));
        QVERIFY(AesCipher::encryptBody(kPlain, EncryptionMode::Gcm, "short").isEmpty());
        QVERIFY(!AesCipher::encryptCbc("short", QByteArray(16, 'i'), kPlain));
        QVERIFY(!AesCipher::encryptGcm(kKey, QByteArray(16, 'n'), kPlain));
    }
};

QTEST_GUILESS_MAIN(TestAesCipher)
#include "test_aescipher.moc"
