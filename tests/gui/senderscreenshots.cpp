// Not a test: drives the real Sender page through its three tabs and saves a PNG of each
// (QWidget::grab), so that people can look at them. Run under xvfb-run:
//   xvfb-run -a hb_sender_screenshots OUTPUT_DIR
#include "designerfixture.h"
#include "screenshots.h"
#include "tempstore.h"

#include "common/mainwindow.h"
#include "delivery/catcherservice.h"
#include "sender/batchpanel.h"
#include "sender/negativecasespanel.h"
#include "sender/senderheadersmodel.h"
#include "sender/senderpage.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>
#include <functional>

namespace {

using screenshots::fail;
using screenshots::shoot;

bool waitWhile(const std::function<bool()> &busy, int timeoutMs = 20000)
{
    return screenshots::waitWhile(busy, timeoutMs);
}

bool addPartnerWebhook(const QString &location)
{
    hb::store::Database db(location);
    hb::mapping::Webhook partner;
    partner.name = QStringLiteral("Partner deposits");
    partner.user.path = QStringLiteral("/customer/email");
    partner.currencies = {
        {hb::mapping::Currency::Coins, hb::mapping::Operator::Add, QStringLiteral("/bonus")}};
    partner.apiKey = QStringLiteral("k-0123456789abcdef0123456789abcdef");
    partner.encryption = hb::mapping::Encryption{
        hb::mapping::EncryptionMode::Gcm, QStringLiteral("0123456789abcdef0123456789abcdef")};
    partner.signingSecret = QStringLiteral("whsec_++UMaurAnEuWvqAqbcpCCOmRDJJiP55y");
    return db.open() && hb::store::WebhookRepository(db).add(partner);
}

// 1,000 players, as a tester would export them from a game's admin.
QString writePlayers(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("players.csv"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write("email,name,bonus\n");
    for (int i = 1; i <= 1000; ++i)
        file.write(
            QStringLiteral("player%1@example.com,Player %1,%2\n").arg(i).arg(i % 50).toUtf8());
    return path;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("hookbench-tests"));
    if (argc < 2)
        return fail(QStringLiteral("usage: hb_sender_screenshots OUTPUT_DIR"));
    const QDir dir(QString::fromLocal8Bit(argv[1]));
    if (!QDir().mkpath(dir.path()))
        return fail(QStringLiteral("cannot create %1").arg(dir.path()));

    TempStore store;
    QString error;
    if (!designerfixture::populate(store.path(), &error) || !addPartnerWebhook(store.path()))
        return fail(QStringLiteral("cannot populate the store: %1").arg(error));
    hb::ui::MainWindow window(store.path(), false);
    window.resize(1280, 800);
    window.show();
    (void)QTest::qWaitForWindowExposed(&window);
    hb::delivery::CatcherSettings settings;
    settings.port = 0;
    if (const auto started = window.startCatcher(settings); !started)
        return fail(started.error());

    window.showPage(hb::ui::MainWindow::SenderPageIndex);
    hb::ui::SenderPage *sender = window.senderPage();
    waitWhile([sender] { return sender->isLoading() || sender->webhookCombo()->count() < 2; });
    sender->webhookCombo()->setCurrentIndex(
        sender->webhookCombo()->findText(QStringLiteral("Partner deposits")));
    waitWhile([sender] { return sender->isLoading(); });

    // Compose: an old API key typed over the webhook's, a header of the tester's own; refused.
    hb::ui::SenderHeadersModel *headers = sender->form()->headersModel();
    for (int row = 0; row < headers->rowCount(); ++row) {
        if (headers->index(row, 0).data().toString() == QLatin1String("x-api-key"))
            headers->setData(headers->index(row, 1), QStringLiteral("k-old-key-from-2025"),
                             Qt::EditRole);
    }
    headers->insertRow(headers->rowCount());
    headers->setData(headers->index(headers->rowCount() - 1, 0), QStringLiteral("X-Tester"),
                     Qt::EditRole);
    headers->setData(headers->index(headers->rowCount() - 1, 1), QStringLiteral("night shift"),
                     Qt::EditRole);
    sender->payloadEdit()->setPlainText(QStringLiteral(
        "{\n  \"customer\": {\"email\": \"alice@example.com\", \"name\": \"Alice\"},\n"
        "  \"amount\": 12.5,\n  \"bonus\": 7\n}"));
    QTest::mouseClick(sender->sendButton(), Qt::LeftButton);
    waitWhile([sender] { return sender->isSending(); });
    shoot(&window, dir, QStringLiteral("12-sender-compose"));

    // Batch: 1,000 players through a template, eight at a time.
    headers->setEdits({});
    QTemporaryDir files;
    hb::ui::BatchPanel *batch = sender->batchPanel();
    sender->tabs()->setCurrentWidget(batch);
    batch->setRowsFile(writePlayers(files));
    batch->templateEdit()->setPlainText(
        QStringLiteral("{\n  \"customer\": {\"email\": \"{{email}}\", \"name\": \"{{name}}\"},\n"
                       "  \"amount\": 1,\n  \"bonus\": {{bonus}}\n}"));
    batch->concurrencySpin()->setValue(8);
    QTest::mouseClick(batch->startButton(), Qt::LeftButton);
    if (!waitWhile([batch] { return batch->isRunning(); }, 120000))
        return fail(QStringLiteral("the batch did not finish"));
    shoot(&window, dir, QStringLiteral("13-sender-batch"));

    // Negative cases: every wrong request that applies to a keyed, encrypted, signed webhook.
    hb::ui::NegativeCasesPanel *negative = sender->negativeCasesPanel();
    sender->tabs()->setCurrentWidget(negative);
    QTest::mouseClick(negative->runButton(), Qt::LeftButton);
    if (!waitWhile([negative] { return negative->isRunning(); }, 120000))
        return fail(QStringLiteral("the negative cases did not finish"));
    shoot(&window, dir, QStringLiteral("14-negative-cases"));
    return 0;
}
