#include "crypto/webhooksignature.h"

#include <QTest>

using hb::crypto::WebhookSignature;

namespace {

// The reference example of the Standard Webhooks specification.
const QString kSecret = QStringLiteral("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");
const QByteArray kId = "msg_p5jXN8AQM9LWM0D4loKWxJek";
const qint64 kTimestamp = 1614265330;
const QByteArray kBody = R"({"test": 2432232314})";
const QByteArray kSignature = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=";

QDateTime at(qint64 seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC);
}

hb::Status verifyAt(const QByteArray &header, qint64 now,
                    const QByteArray &timestamp = QByteArray::number(kTimestamp))
{
    return WebhookSignature::verify(kSecret, kId, timestamp, kBody, header, at(now));
}

} // namespace

class TestWebhookSignature : public QObject {
    Q_OBJECT
private slots:
    void referenceExample()
    {
        QCOMPARE(WebhookSignature::sign(kSecret, kId, kTimestamp, kBody), kSignature);
        const hb::Status status = verifyAt(kSignature, kTimestamp);
        QVERIFY2(status.ok(), qPrintable(status.error()));
        // The prefix is optional on input.
        QCOMPARE(WebhookSignature::sign(kSecret.mid(6), kId, kTimestamp, kBody), kSignature);
    }

    void oneValidAmongSeveralIsEnough()
    {
        const QByteArray header =
            "v1,Ceo5qEr07ixe2NLpvHk3FH9bwy/WavXrAFQ/9tdO6mc= v2,abc " + kSignature + " v1,bm9wZQ==";
        const hb::Status status = verifyAt(header, kTimestamp + 10);
        QVERIFY2(status.ok(), qPrintable(status.error()));
    }

    void noValidSignature()
    {
        const hb::Status wrong = verifyAt("v1,Ceo5qEr07ixe2NLpvHk3FH9bwy/WavXrAFQ/9tdO6mc= "
                                          "v1,bm9wZQ==",
                                          kTimestamp);
        QVERIFY(!wrong.ok());
        QCOMPARE(wrong.error(),
                 QStringLiteral("no valid signature in webhook-signature (2 checked)"));

        // The right MAC under another version tag does not count.
        QVERIFY(!verifyAt("v2," + kSignature.mid(3), kTimestamp).ok());

        // A changed body, id or timestamp breaks the signature.
        QVERIFY(!WebhookSignature::verify(kSecret, kId, QByteArray::number(kTimestamp),
                                          R"({"test": 2432232315})", kSignature, at(kTimestamp))
                     .ok());
        QVERIFY(!WebhookSignature::verify(kSecret, "msg_other", QByteArray::number(kTimestamp),
                                          kBody, kSignature, at(kTimestamp))
                     .ok());
        QVERIFY(!verifyAt(kSignature, kTimestamp, QByteArray::number(kTimestamp + 1)).ok());
        // Another secret does not verify it either.
        QVERIFY(!WebhookSignature::verify(QStringLiteral("whsec_++UMaurAnEuWvqAqbcpCCOmRDJJiP55y"),
                                          kId, QByteArray::number(kTimestamp), kBody, kSignature,
                                          at(kTimestamp))
                     .ok());
    }

    void timestampWindow()
    {
        QVERIFY(verifyAt(kSignature, kTimestamp + 300).ok());
        QVERIFY(verifyAt(kSignature, kTimestamp - 300).ok());

        const hb::Status stale = verifyAt(kSignature, kTimestamp + 301);
        QVERIFY(!stale.ok());
        QCOMPARE(stale.error(), QStringLiteral("webhook-timestamp 1614265330 is more than 5 "
                                               "minutes old (now 1614265631)"));

        const hb::Status future = verifyAt(kSignature, kTimestamp - 301);
        QVERIFY(!future.ok());
        QCOMPARE(future.error(), QStringLiteral("webhook-timestamp 1614265330 is more than 5 "
                                                "minutes in the future (now 1614265029)"));

        const hb::Status garbage = verifyAt(kSignature, kTimestamp, "yesterday");
        QVERIFY(!garbage.ok());
        QCOMPARE(garbage.error(),
                 QStringLiteral("webhook-timestamp \"yesterday\" is not a unix time in seconds"));
    }

    void missingHeadersAreNamed()
    {
        const QString ts = QString::number(kTimestamp);
        const hb::Status noId =
            WebhookSignature::verify(kSecret, {}, ts.toLatin1(), kBody, kSignature, at(kTimestamp));
        QCOMPARE(noId.error(), QStringLiteral("missing webhook-id header"));
        const hb::Status noTimestamp =
            WebhookSignature::verify(kSecret, kId, {}, kBody, kSignature, at(kTimestamp));
        QCOMPARE(noTimestamp.error(), QStringLiteral("missing webhook-timestamp header"));
        const hb::Status noSignature = verifyAt({}, kTimestamp);
        QCOMPARE(noSignature.error(), QStringLiteral("missing webhook-signature header"));
    }

    void badSecret()
    {
        const hb::Status status = WebhookSignature::verify(QStringLiteral("whsec_not base64!"), kId,
                                                           QByteArray::number(kTimestamp), kBody,
                                                           kSignature, at(kTimestamp));
        QVERIFY(!status.ok());
        QCOMPARE(status.error(),
                 QStringLiteral("the webhook's signing secret is not a valid whsec_ secret"));
        QVERIFY(
            WebhookSignature::sign(QStringLiteral("whsec_!!"), kId, kTimestamp, kBody).isEmpty());
    }

    void secretValidity()
    {
        QVERIFY(WebhookSignature::isValidSecret(kSecret));
        QVERIFY(WebhookSignature::isValidSecret(
            QStringLiteral("whsec_++UMaurAnEuWvqAqbcpCCOmRDJJiP55y")));
        QVERIFY(WebhookSignature::isValidSecret(
            QStringLiteral("whsec_") + QString::fromLatin1(QByteArray(64, 'k').toBase64())));
        QVERIFY(!WebhookSignature::isValidSecret(kSecret.mid(6)));              // no prefix
        QVERIFY(!WebhookSignature::isValidSecret(QStringLiteral("whsec_")));    // empty
        QVERIFY(!WebhookSignature::isValidSecret(QStringLiteral("whsec_a%b"))); // not base64
        QVERIFY(!WebhookSignature::isValidSecret(
            QStringLiteral("whsec_") + QString::fromLatin1(QByteArray(23, 'k').toBase64())));
        QVERIFY(!WebhookSignature::isValidSecret(
            QStringLiteral("whsec_") + QString::fromLatin1(QByteArray(65, 'k').toBase64())));
    }
};

QTEST_GUILESS_MAIN(TestWebhookSignature)
#include "test_webhooksignature.moc"
