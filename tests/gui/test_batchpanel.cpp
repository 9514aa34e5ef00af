// The Batch tab as a tester uses it, against a real catcher on loopback: choose a rows file,
// write a template, Start, watch the progress reach the end and read the counts; Cancel midway
// and see what was sent; and no Start, with the reason, when the template names a column the
// file does not have.
#include "../integration/catcherfixture.h"

#include "common/messagelabel.h"
#include "sender/batchpanel.h"
#include "sender/batchsummaryview.h"

#include <QFile>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using hb::ui::BatchPanel;

namespace {

const QByteArray bonusTemplate = "{\"email\": \"{{email}}\", \"bonus\": {{bonus}}}";

} // namespace

class TestBatchPanel : public QObject, public CatcherFixture {
    Q_OBJECT

    hb::mapping::Webhook m_locked;
    QTemporaryDir m_dir;

    hb::ui::SendTarget target()
    {
        hb::ui::SendTarget target;
        target.webhook = m_locked;
        target.webhook.id = 1; // chosen on the Compose tab
        target.applied = m_locked;
        target.url = QUrl(base().toString() + QString::fromUtf8(m_targets.value(m_locked.name)));
        target.payload = bonusTemplate;
        return target;
    }

    QString rowsFile(int rows)
    {
        const QString path = m_dir.filePath(QStringLiteral("rows-%1.csv").arg(rows));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write("email,bonus\n");
        for (int i = 0; i < rows; ++i)
            file.write("alice@example.com,1\n");
        return path;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        startCatcher();
        m_locked.name = QStringLiteral("locked");
        m_locked.apiKey = QStringLiteral("k3y-locked-0123456789abcdef0123456789");
        m_locked.encryption = hb::mapping::Encryption{hb::mapping::EncryptionMode::Gcm,
                                                      QString::fromLatin1(encryptionKey)};
        m_locked.signingSecret = signingSecret;
        addWebhook(m_locked);
        m_service->webhooksChanged();
    }

    void cleanupTestCase() { stopCatcher(); }

    void startIsExplainedUntilThereIsSomethingToSend()
    {
        BatchPanel panel;
        QVERIFY(!panel.startButton()->isEnabled());
        QVERIFY(panel.startMessage()->text().contains(QLatin1String("Compose tab")));
        panel.setTarget(target());
        // An empty template starts from the body the Compose tab sends.
        QCOMPARE(panel.templateEdit()->toPlainText().toUtf8(), bonusTemplate);
        QVERIFY(!panel.startButton()->isEnabled());
        QVERIFY(panel.startMessage()->text().contains(QLatin1String("rows file")));
        panel.setRowsFile(rowsFile(3));
        QCOMPARE(panel.rowsMessage()->text(), QStringLiteral("3 row(s), columns: email, bonus"));
        QVERIFY(panel.startButton()->isEnabled());
        QVERIFY(!panel.cancelButton()->isEnabled());

        // A template of the tester's own is not replaced by the next target.
        panel.templateEdit()->setPlainText(QStringLiteral("{\"email\": \"{{email}}\"}"));
        panel.setTarget(target());
        QCOMPARE(panel.templateEdit()->toPlainText(), QStringLiteral("{\"email\": \"{{email}}\"}"));

        panel.setRowsFile(m_dir.filePath(QStringLiteral("missing.csv")));
        QVERIFY(panel.rowsMessage()->isError());
        QVERIFY(!panel.startButton()->isEnabled());
    }

    void templateWithAMissingColumnDisablesStart()
    {
        BatchPanel panel;
        panel.setTarget(target());
        panel.setRowsFile(rowsFile(3));
        panel.templateEdit()->setPlainText(
            QStringLiteral("{\"email\": \"{{email}}\", \"coins\": {{coin}}}"));
        QVERIFY(!panel.startButton()->isEnabled());
        QVERIFY(panel.templateMessage()->isError());
        QCOMPARE(panel.templateMessage()->text(),
                 QStringLiteral("the template uses {{coin}}, which the file does not have "
                                "(columns: email, bonus)"));
        QVERIFY(panel.startMessage()->text().contains(QLatin1String("{{coin}}")));
    }

    void twoHundredRowsReachTheEnd()
    {
        const qint64 before = deliveryCount();
        BatchPanel panel;
        panel.setTarget(target());
        panel.setRowsFile(rowsFile(200));
        panel.concurrencySpin()->setValue(8);
        QVERIFY(panel.startButton()->isEnabled());
        QTest::mouseClick(panel.startButton(), Qt::LeftButton);
        QVERIFY(panel.isRunning());
        QVERIFY(!panel.startButton()->isEnabled());
        QVERIFY(panel.cancelButton()->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(!panel.isRunning(), 60000);
        QCOMPARE(panel.progressBar()->maximum(), 200);
        QCOMPARE(panel.progressBar()->value(), 200);
        QCOMPARE(panel.progressBar()->text(), QStringLiteral("200 / 200"));
        const QString summary = panel.summaryView()->text();
        QVERIFY2(summary.contains(QLatin1String("202: 200")), qPrintable(summary));
        QVERIFY2(summary.contains(QStringLiteral("Sent: 200 · errors: 0")), qPrintable(summary));
        QVERIFY(panel.summaryView()->exportRowsButton()->isEnabled());
        QCOMPARE(deliveryCount() - before, 200);
        QVERIFY(panel.startButton()->isEnabled());

        // What the export buttons write.
        const QString exported = m_dir.filePath(QStringLiteral("rows-out.csv"));
        QVERIFY(
            panel.summaryView()->writeFile(exported, panel.summaryView()->summary().resultsCsv()));
        QFile file(exported);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll().count('\n'), 201);
    }

    void cancelMidwayShowsWhatWasSent()
    {
        waitNothingPending();
        const qint64 before = deliveryCount();
        BatchPanel panel;
        QSignalSpy finished(&panel, &BatchPanel::batchFinished);
        panel.setTarget(target());
        panel.setRowsFile(rowsFile(3000));
        panel.concurrencySpin()->setValue(2);
        QTest::mouseClick(panel.startButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(panel.progressBar()->value() >= 100, 60000);
        QTest::mouseClick(panel.cancelButton(), Qt::LeftButton);
        QVERIFY(!panel.cancelButton()->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(!panel.isRunning(), 60000);
        QCOMPARE(finished.size(), 1);
        const auto summary = finished.first().first().value<hb::delivery::BatchSummary>();
        QVERIFY(summary.cancelled);
        QVERIFY2(summary.sent < 3000, qPrintable(QString::number(summary.sent)));
        QCOMPARE(panel.progressBar()->value(), summary.sent);
        QVERIFY(panel.summaryView()->text().startsWith(
            QStringLiteral("Cancelled after %1 of 3000 rows").arg(summary.sent)));
        QCOMPARE(deliveryCount() - before, summary.byStatus.value(202));
    }
};

QTEST_MAIN(TestBatchPanel)
#include "test_batchpanel.moc"
