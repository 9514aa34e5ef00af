#include "crypto/constanttime.h"
#include "crypto/securerandom.h"
#include "crypto/webhooksignature.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using hb::crypto::ConstantTime;
using hb::crypto::SecureRandom;

class TestSecureRandom : public QObject {
    Q_OBJECT
private slots:
    void bytes()
    {
        QCOMPARE(SecureRandom::bytes(0).size(), 0);
        QCOMPARE(SecureRandom::bytes(32).size(), 32);
        QVERIFY(SecureRandom::bytes(32) != SecureRandom::bytes(32));
    }

    void urlToken()
    {
        const QString token = SecureRandom::urlToken();
        QCOMPARE(token.size(), 32); // 24 bytes = 192 bits
        QVERIFY(QRegularExpression(QStringLiteral("^[A-Za-z0-9_-]+$")).match(token).hasMatch());
        QVERIFY(SecureRandom::urlToken() != token);
    }

    void apiKey()
    {
        const QString key = SecureRandom::apiKey();
        QVERIFY(key.size() >= 32);
        QCOMPARE(key.size(), 43);
        QVERIFY(QRegularExpression(QStringLiteral("^[A-Za-z0-9_-]+$")).match(key).hasMatch());
        QVERIFY(SecureRandom::apiKey() != key);
    }

    void encryptionKey()
    {
        const QString key = SecureRandom::encryptionKey();
        QCOMPARE(key.size(), 32);
        QCOMPARE(key.toUtf8().size(), 32);
        QVERIFY(QRegularExpression(QStringLiteral("^[A-Za-z0-9]{32}$")).match(key).hasMatch());
        QVERIFY(SecureRandom::encryptionKey() != key);
        // Over many keys every one of the 62 characters shows up.
        QSet<QChar> seen;
        for (int i = 0; i < 200; ++i) {
            for (const QChar c : SecureRandom::encryptionKey())
                seen.insert(c);
        }
        QCOMPARE(seen.size(), 62);
    }

    void signingSecret()
    {
        const QString secret = SecureRandom::signingSecret();
        QVERIFY(secret.startsWith(QStringLiteral("whsec_")));
        QCOMPARE(QByteArray::fromBase64(secret.mid(6).toLatin1()).size(), 32);
        QVERIFY(hb::crypto::WebhookSignature::isValidSecret(secret));
        QVERIFY(SecureRandom::signingSecret() != secret);
    }

    void constantTimeEqual()
    {
        QVERIFY(ConstantTime::equal("secret-api-key", "secret-api-key"));
        QVERIFY(ConstantTime::equal(QByteArray(), QByteArray()));
        QVERIFY(!ConstantTime::equal("secret-api-key", "secret-api-kez"));
        QVERIFY(!ConstantTime::equal("secret-api-key", "secret-api-key "));
        QVERIFY(!ConstantTime::equal("secret", QByteArray()));
        QVERIFY(!ConstantTime::equal(QByteArray("a\0b", 3), QByteArray("a\0c", 3)));
    }
};

QTEST_GUILESS_MAIN(TestSecureRandom)
#include "test_securerandom.moc"
