// `hookbench send --negative` against a real `hookbench serve` on loopback: every case of a
// keyed, encrypted, signed webhook goes as promised (exit 0), and a run whose expectations do
// not fit the catcher says which case differs and exits 1.
#include "hookbenchprocess.h"
#include "servedstore.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

namespace {

QString dataFile(const QString &name)
{
    return QDir(qEnvironmentVariable("HOOKBENCH_TEST_DATA"))
        .filePath(QStringLiteral("send/") + name);
}

// The serve's body limit: small, so that the oversized case stays small too.
const QString serveLimit = QStringLiteral("4096");

} // namespace

class TestCliSendNegative : public QObject {
    Q_OBJECT

    ServedStore m_served;

    HookbenchRun run(const QStringList &arguments) const { return m_served.run(arguments); }

    HookbenchRun negative(const QString &webhook, const QStringList &extra)
    {
        return run(QStringList{QStringLiteral("send"), QStringLiteral("--webhook"), webhook,
                               QStringLiteral("--negative"), QStringLiteral("--url"),
                               m_served.url()}
                   + extra);
    }

private slots:
    void initTestCase()
    {
        QList<QStringList> setup;
        for (const QString &file : {QStringLiteral("locked.json"), QStringLiteral("cbc.json")})
            setup << QStringList{QStringLiteral("webhook"), QStringLiteral("import"),
                                 dataFile(file)};
        QString error;
        QVERIFY2(m_served.start(setup, {QStringLiteral("--max-body"), serveLimit}, &error),
                 qPrintable(error));
    }

    void everyCaseMatchesAsJson()
    {
        const HookbenchRun sent =
            negative(QStringLiteral("Locked"),
                     {QStringLiteral("--max-body"), serveLimit, QStringLiteral("--json")});
        QVERIFY2(sent.ran && sent.exitCode == 0,
                 qPrintable(sent.err + QString::fromUtf8(sent.out)));
        const QJsonArray cases = sent.array();
        QCOMPARE(cases.size(), 11);
        QStringList keys;
        for (const QJsonValue &value : cases) {
            const QJsonObject entry = value.toObject();
            keys << entry.value(QLatin1String("case")).toString();
            QVERIFY2(entry.value(QLatin1String("ok")).toBool(),
                     qPrintable(QString::fromUtf8(QJsonDocument(entry).toJson())));
        }
        QVERIFY(keys.contains(QStringLiteral("tampered-tag")));
        const auto byKey = [&cases](const QString &key) {
            for (const QJsonValue &value : cases) {
                if (value.toObject().value(QLatin1String("case")).toString() == key)
                    return value.toObject();
            }
            return QJsonObject();
        };
        const QJsonObject tag = byKey(QStringLiteral("tampered-tag"));
        QCOMPARE(
            tag.value(QLatin1String("expected")).toObject().value(QLatin1String("status")).toInt(),
            202);
        QCOMPARE(tag.value(QLatin1String("expected"))
                     .toObject()
                     .value(QLatin1String("delivery"))
                     .toString(),
                 QStringLiteral("failed"));
        // Followed into the store: the delivery failed with the one decryption message.
        const QJsonObject tagActual = tag.value(QLatin1String("actual")).toObject();
        QCOMPARE(tagActual.value(QLatin1String("delivery")).toString(), QStringLiteral("failed"));
        QVERIFY(tagActual.value(QLatin1String("reason"))
                    .toString()
                    .contains(QLatin1String("does not decrypt")));
        const QJsonObject key = byKey(QStringLiteral("missing-key"));
        QCOMPARE(
            key.value(QLatin1String("actual")).toObject().value(QLatin1String("status")).toInt(),
            401);
        QVERIFY(key.value(QLatin1String("expected"))
                    .toObject()
                    .value(QLatin1String("delivery"))
                    .isNull());
        QCOMPARE(byKey(QStringLiteral("oversized-body"))
                     .value(QLatin1String("actual"))
                     .toObject()
                     .value(QLatin1String("status"))
                     .toInt(),
                 413);
    }

    void theTableNamesEveryCase()
    {
        const HookbenchRun sent =
            negative(QStringLiteral("Cbc"), {QStringLiteral("--max-body"), serveLimit});
        QVERIFY2(sent.ran && sent.exitCode == 0,
                 qPrintable(sent.err + QString::fromUtf8(sent.out)));
        const QString table = QString::fromUtf8(sent.out);
        for (const char *key : {"not-marked-encrypted", "tampered-ciphertext", "bad-padding",
                                "oversized-body", "replayed-id", "malformed-json"})
            QVERIFY2(table.contains(QLatin1String(key)), key);
        QVERIFY(table.contains(QStringLiteral("202, then Failed")));
        QVERIFY(!table.contains(QStringLiteral("differs")));
    }

    // Told a smaller limit than the serve's, the "oversized" body (one byte over the told limit)
    // is under the serve's: it is received (202) where 413 was expected, and the case differs.
    void aCaseThatDiffersExitsOneNamingIt()
    {
        const HookbenchRun sent = negative(QStringLiteral("Locked"),
                                           {QStringLiteral("--max-body"), QStringLiteral("2048")});
        QVERIFY2(sent.ran, qPrintable(sent.err));
        QCOMPARE(sent.exitCode, 1);
        QCOMPARE(sent.err,
                 QStringLiteral("hookbench: 1 of 11 negative cases differ: oversized-body\n"));
        QVERIFY(QString::fromUtf8(sent.out).contains(QStringLiteral("differs")));
    }

    void usageErrorsExitTwo()
    {
        const HookbenchRun noWebhook = run({QStringLiteral("send"), QStringLiteral("--negative")});
        QCOMPARE(noWebhook.exitCode, 2);
        const HookbenchRun badLimit =
            negative(QStringLiteral("Locked"), {QStringLiteral("--max-body"), QStringLiteral("x")});
        QCOMPARE(badLimit.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestCliSendNegative)
#include "test_cli_send_negative.moc"
