// The negative cases against the real catcher in-process on loopback, with a store: every case
// of a keyed, GCM-encrypted, signed webhook, of a keyed CBC webhook and of a draft goes exactly
// as SPEC §3/§4 promise, followed into the store after each 202; nothing refused is stored.
#include "catcherfixture.h"

#include "crypto/aescipher.h"
#include "delivery/negativecases.h"
#include "delivery/negativerunner.h"

#include <QSignalSpy>

using namespace hb::delivery;

class TestNegativeRunner : public QObject, public CatcherFixture {
    Q_OBJECT

    hb::mapping::Webhook m_locked, m_cbcKeyed, m_draft;

    hb::mapping::Webhook seeded(const char *name, std::optional<hb::mapping::EncryptionMode> mode,
                                bool keyed, bool signing)
    {
        hb::mapping::Webhook webhook;
        webhook.name = QString::fromLatin1(name);
        if (keyed)
            webhook.apiKey = QStringLiteral("key-") + QString::fromLatin1(QByteArray(36, 'q'));
        if (mode)
            webhook.encryption = hb::mapping::Encryption{*mode, QString::fromLatin1(encryptionKey)};
        if (signing)
            webhook.signingSecret = signingSecret;
        addWebhook(webhook);
        return webhook;
    }

    NegativeRunner::OutcomeLookup storeLookup()
    {
        return
            [this](qint64 id) -> hb::Result<std::optional<std::pair<hb::DeliveryStatus, QString>>> {
                auto found = hb::store::DeliveryRepository(*m_db).find(id);
                if (!found)
                    return found.failure();
                if (!found->has_value())
                    return std::optional<std::pair<hb::DeliveryStatus, QString>>();
                return std::optional(std::pair((*found)->status, (*found)->reason));
            };
    }

    QUrl urlOf(const hb::mapping::Webhook &webhook) const
    {
        return QUrl(base().toString() + QString::fromUtf8(m_targets.value(webhook.name)));
    }

    // Runs every case; fails the test naming each case that differs.
    QList<NegativeResult> runAll(const hb::mapping::Webhook &webhook)
    {
        NegativeRunner runner;
        runner.setOutcomeLookup(storeLookup());
        QSignalSpy finished(&runner, &NegativeRunner::finished);
        QSignalSpy caseFinished(&runner, &NegativeRunner::caseFinished);
        const qint64 before = deliveryCount();
        if (!runner.start(urlOf(webhook), webhook, bonus(1),
                          m_service->settings().limits.maxBodySize))
            return {};
        if (!finished.wait(120000))
            return {};
        const auto results = finished.first().at(0).value<QList<NegativeResult>>();
        if (finished.first().at(1).toBool())
            return {};
        QStringList differing;
        int received = 0; // requests the catcher promised to store (one per 202 case)
        for (const NegativeResult &result : results) {
            if (!result.matches)
                differing << QStringLiteral("%1: expected %2, got %3 (%4%5)")
                                 .arg(result.testCase.key, result.testCase.expected.text(),
                                      result.actual.text(), result.actual.answer,
                                      result.actual.reason);
            if (result.testCase.expected.httpStatus == 202)
                ++received;
        }
        [&] { QVERIFY2(differing.isEmpty(), qPrintable(differing.join(QLatin1Char('\n')))); }();
        [&] { QCOMPARE(caseFinished.size(), results.size()); }();
        // The 401s and the 413 are not deliveries: only the 202s added one each (the replayed
        // id's repeat adds none).
        [&] { QCOMPARE(deliveryCount() - before, qint64(received)); }();
        return results;
    }

private slots:
    void initTestCase()
    {
        startCatcher();
        m_locked = seeded("locked", hb::mapping::EncryptionMode::Gcm, true, true);
        m_cbcKeyed = seeded("cbc keyed", hb::mapping::EncryptionMode::Cbc, true, false);
        m_draft = seeded("draft", hb::mapping::EncryptionMode::Cbc, false, true);
        // addWebhook() gave each its user path: the draft is a draft from here on.
        hb::store::WebhookRepository webhooks(*m_db);
        auto stored = webhooks.findByName(QStringLiteral("draft"));
        QVERIFY(stored.ok() && stored->has_value());
        hb::mapping::Webhook draft = **stored;
        draft.draft = true;
        QVERIFY(webhooks.update(draft).ok());
        m_draft.draft = true;
    }

    void cleanupTestCase() { stopCatcher(); }

    void everyCaseOfAKeyedEncryptedSignedWebhookMatches()
    {
        const QList<NegativeResult> results = runAll(m_locked);
        QCOMPARE(results.size(), 11);
        for (const NegativeResult &result : results) {
            if (result.testCase.expected.deliveryStatus) // followed into the store, not assumed
                QVERIFY2(result.actual.deliveryStatus && !result.actual.answerOnly,
                         qPrintable(result.testCase.key));
        }
    }

    void everyCaseOfAKeyedCbcWebhookMatches()
    {
        const QList<NegativeResult> results = runAll(m_cbcKeyed);
        QCOMPARE(results.size(), 8);
        for (const NegativeResult &result : results) {
            if (result.testCase.key == QLatin1String("bad-padding")
                || result.testCase.key == QLatin1String("tampered-ciphertext")) {
                QCOMPARE(result.actual.deliveryStatus, hb::DeliveryStatus::Failed);
                // The one message of every decryption failure: no padding oracle.
                QCOMPARE(result.actual.reason,
                         hb::crypto::AesCipher::failureMessage(hb::mapping::EncryptionMode::Cbc));
            }
        }
    }

    void aDraftKeepsEveryReceivedCaseAsASample()
    {
        const QList<NegativeResult> results = runAll(m_draft);
        QVERIFY(!results.isEmpty());
        for (const NegativeResult &result : results) {
            if (result.testCase.expected.httpStatus == 202 && !result.testCase.expected.duplicate)
                QCOMPARE(result.actual.deliveryStatus, hb::DeliveryStatus::Sample);
        }
    }

    void withoutALookupOnlyTheAnswerIsCompared()
    {
        NegativeRunner runner;
        QSignalSpy finished(&runner, &NegativeRunner::finished);
        QVERIFY(runner.start(urlOf(m_cbcKeyed), m_cbcKeyed, bonus(1),
                             m_service->settings().limits.maxBodySize));
        QVERIFY(finished.wait(60000));
        for (const NegativeResult &result : finished.first().at(0).value<QList<NegativeResult>>()) {
            QVERIFY2(result.matches, qPrintable(result.testCase.key));
            if (result.testCase.expected.deliveryStatus)
                QVERIFY(result.actual.answerOnly
                        && result.actual.text().contains(QLatin1String("only the answer")));
        }
    }

    // The catcher refuses every request of a disabled webhook with 403 before any other check.
    void aDisabledWebhookIsRefused()
    {
        hb::mapping::Webhook disabled = m_locked;
        disabled.enabled = false;
        NegativeRunner runner;
        QSignalSpy started(&runner, &NegativeRunner::caseStarted);
        QVERIFY(!runner.start(urlOf(m_locked), disabled, bonus(1), 1024));
        QTest::qWait(100);
        QCOMPARE(started.size(), 0);
    }

    void cancelStopsTheRun()
    {
        NegativeRunner runner;
        runner.setOutcomeLookup(storeLookup());
        QSignalSpy finished(&runner, &NegativeRunner::finished);
        connect(&runner, &NegativeRunner::caseFinished, &runner, [&runner](int index) {
            if (index == 0)
                runner.cancel();
        });
        QVERIFY(runner.start(urlOf(m_locked), m_locked, bonus(1), 1024));
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.size(), 1);
        QVERIFY(finished.first().at(1).toBool());
        QCOMPARE(finished.first().at(0).value<QList<NegativeResult>>().size(), 1);
        QVERIFY(!runner.isRunning());
        QTest::qWait(300); // nothing more comes
        QCOMPARE(finished.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestNegativeRunner)
#include "test_negativerunner.moc"
