// The Deliveries page's Export, Copy as curl and Replay, as support staff use them, offscreen,
// against a real store and the window's catcher on loopback: deliveries arrive over HTTP; each
// export format is read back (the HAR as HAR 1.2); a cancelled export leaves no file; the copied
// curl line, run by bash, gets the same body stored again; a replay with a fresh id is stored as
// a new delivery and offered with "Show delivery N".
#include "deliveriesfixture.h"

#include "deliveries/deliveryactions.h"
#include "deliveries/deliveryexportdialog.h"
#include "deliveries/deliveryexportjob.h"
#include "deliveries/deliveryfilterbar.h"
#include "deliveries/deliveryreplaydialog.h"
#include "delivery/catcherservice.h"
#include "services/deliveryservice.h"

#include "common/messagelabel.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPlainTextEdit>
#include <QProcess>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace hb::ui;
using hb::services::ExportFormat;

namespace {

// A webhook that checks its API key: a curl line without it would be refused.
const char *keyedConfig = R"({"name": "Keyed", "api_key": "k-123456",
    "user": {"identifier": "email", "path": "/email"},
    "fields": [{"field": "total-deposit", "operator": "add", "path": "/amount"}]})";

// POSTs `body` with `headers` to `url`; the answer's status and body.
QPair<int, QByteArray> post(const QString &url, const QByteArray &body,
                            const deliveriesfixture::Headers &headers)
{
    QNetworkAccessManager network;
    QNetworkRequest request{QUrl(url)};
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    QNetworkReply *reply = network.post(request, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(20000, &loop, &QEventLoop::quit);
    loop.exec();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray answer = reply->readAll();
    reply->deleteLater();
    return {status, answer};
}

qint64 deliveryIdOf(const QByteArray &answer)
{
    return QJsonDocument::fromJson(answer).object().value(QLatin1String("delivery_id")).toInteger();
}

QByteArray deposit(int amount)
{
    return QStringLiteral(R"({"email": "alice@example.com", "amount": %1, "bonus": 1})")
        .arg(amount)
        .toUtf8();
}

} // namespace

class TestDeliveryActions : public deliveriesfixture::Fixture {
    Q_OBJECT

private:
    std::unique_ptr<hb::delivery::CatcherService> m_catcher;
    hb::mapping::Webhook m_keyed;
    QList<qint64> m_ids; // Deposits deliveries, oldest first
    qint64 m_keyedId = 0;
    QTemporaryDir m_dir;

    DeliveryActions *actions() const { return m_page->actions(); }

    // Selects the rows of `ids`, as Ctrl+clicks would.
    bool selectIds(const QList<qint64> &ids)
    {
        if (!QTest::qWaitFor([&] { return settled() && m_page->model()->rowCount() > 0; }))
            return false;
        QItemSelectionModel *selection = m_page->table()->selectionModel();
        selection->clearSelection();
        for (qint64 id : ids) {
            const int row = rowOf(id);
            if (row < 0)
                return false;
            selection->select(m_page->model()->index(row, 0),
                              QItemSelectionModel::Select | QItemSelectionModel::Rows);
        }
        return true;
    }

    // Export… with these choices; the file's bytes once it ended.
    QByteArray exportTo(bool selection, ExportFormat format, const QString &path)
    {
        QTest::mouseClick(actions()->exportButton(), Qt::LeftButton);
        DeliveryExportDialog *dialog = actions()->exportDialog();
        if (!dialog || !dialog->isVisible())
            return "no dialog";
        (selection ? dialog->selectionRadio() : dialog->filterRadio())->setChecked(true);
        dialog->formatCombo()->setCurrentIndex(dialog->formatCombo()->findData(int(format)));
        dialog->fileEdit()->setText(path);
        QTest::mouseClick(dialog->exportButton(), Qt::LeftButton);
        if (!QTest::qWaitFor([&] { return !actions()->exportJob()->isRunning(); }))
            return "still running";
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("no file");
    }

private slots:
    void initTestCase()
    {
        isolateSettings(QStringLiteral("test_deliveryactions"));
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        start();
        auto config = hb::mapping::WebhookConfig::fromJson(QByteArray(keyedConfig), nullptr);
        QVERIFY2(config, qPrintable(config.error()));
        auto added = hb::store::WebhookRepository(*m_db).add(*config);
        QVERIFY2(added, qPrintable(added.error()));
        m_keyed = *added;
        m_catcher = std::make_unique<hb::delivery::CatcherService>(m_store->path());
        const hb::Status started = m_catcher->start(designerfixture::loopbackCatcher(true));
        QVERIFY2(started.ok(), qPrintable(started.error()));
        m_ids.clear();
        const QString url = m_catcher->webhookUrl(m_deposits.token);
        for (int amount = 1; amount <= 3; ++amount) {
            const auto [status, answer] =
                post(url, deposit(amount), {{"Content-Type", "application/json"}});
            QCOMPARE(status, 202);
            m_ids << deliveryIdOf(answer);
        }
        const auto [status, answer] = post(m_catcher->webhookUrl(m_keyed.token), deposit(7),
                                           {{"Content-Type", "application/json"},
                                            {"x-api-key", "k-123456"},
                                            {"webhook-id", "msg_1"}});
        QCOMPARE(status, 202);
        m_keyedId = deliveryIdOf(answer);
        openPage();
        actions()->setCatcher(m_catcher.get());
        QTRY_COMPARE(m_page->model()->rowCount(), 4);
        QTRY_VERIFY(settled());
    }

    void cleanup()
    {
        stop();
        m_catcher.reset();
    }

    void buttonsFollowTheSelection()
    {
        QVERIFY(selectIds({}));
        QVERIFY(!actions()->curlButton()->isEnabled());
        QVERIFY(!actions()->replayButton()->isEnabled());
        QVERIFY(actions()->exportButton()->isEnabled()); // what the filter matches
        QVERIFY(selectIds({m_ids.at(0)}));
        QVERIFY(actions()->curlButton()->isEnabled());
        QVERIFY(actions()->sendAgainButton()->isEnabled());
        QSignalSpy sendAgain(m_page.get(), &DeliveriesPage::sendAgainRequested);
        QTest::mouseClick(actions()->sendAgainButton(), Qt::LeftButton);
        QCOMPARE(sendAgain.size(), 1);
        QCOMPARE(sendAgain.at(0).at(0).toLongLong(), m_ids.at(0));
        QVERIFY(selectIds({m_ids.at(0), m_ids.at(1)}));
        QVERIFY(!actions()->curlButton()->isEnabled());
        QVERIFY(!actions()->replayButton()->isEnabled());
        QVERIFY(actions()->exportButton()->isEnabled());
    }

    void exportSelectionInEachFormat()
    {
        QVERIFY(selectIds({m_ids.at(0), m_ids.at(2)}));
        const QByteArray json =
            exportTo(true, ExportFormat::Json, m_dir.filePath(QStringLiteral("s.json")));
        const QJsonArray array = QJsonDocument::fromJson(json).array();
        QCOMPARE(array.size(), 2);
        QCOMPARE(array.at(0).toObject().value(QLatin1String("id")).toInteger(), m_ids.at(2));
        QCOMPARE(array.at(1).toObject().value(QLatin1String("id")).toInteger(), m_ids.at(0));
        QVERIFY2(m_page->message()->text().contains(QStringLiteral("Exported 2 deliveries to")),
                 qPrintable(m_page->message()->text()));

        const QByteArray csv =
            exportTo(true, ExportFormat::Csv, m_dir.filePath(QStringLiteral("s.csv")));
        const QList<QByteArray> lines = csv.trimmed().split('\n');
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines.at(0).trimmed(),
                 QByteArray("id,received_at,webhook,status,user,reason,changes"));
        QVERIFY(lines.at(1).startsWith(QByteArray::number(m_ids.at(2)).append(',')));
        QVERIFY(lines.at(2).startsWith(QByteArray::number(m_ids.at(0)).append(',')));

        const QByteArray har =
            exportTo(true, ExportFormat::Har, m_dir.filePath(QStringLiteral("s.har")));
        const QJsonObject log =
            QJsonDocument::fromJson(har).object().value(QLatin1String("log")).toObject();
        QCOMPARE(log.value(QLatin1String("version")).toString(), QStringLiteral("1.2"));
        const QJsonArray entries = log.value(QLatin1String("entries")).toArray();
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.at(0)
                     .toObject()
                     .value(QLatin1String("request"))
                     .toObject()
                     .value(QLatin1String("postData"))
                     .toObject()
                     .value(QLatin1String("text"))
                     .toString()
                     .toUtf8(),
                 deposit(3));
    }

    void exportWhatTheFilterMatches()
    {
        QComboBox *webhooks = m_page->webhookFilter();
        QTRY_VERIFY(webhooks->findText(QStringLiteral("Deposits")) >= 0);
        webhooks->setCurrentIndex(webhooks->findText(QStringLiteral("Deposits")));
        QTRY_VERIFY(settled() && m_page->model()->rowCount() == 3);
        QVERIFY(selectIds({m_ids.at(1)}));
        const QString path = m_dir.filePath(QStringLiteral("filter.json"));
        const QJsonArray array =
            QJsonDocument::fromJson(exportTo(false, ExportFormat::Json, path)).array();
        QCOMPARE(array.size(), 3);
        QList<qint64> ids;
        for (const QJsonValue &delivery : array)
            ids.prepend(delivery.toObject().value(QLatin1String("id")).toInteger());
        QCOMPARE(ids, m_ids);
        // Masked unless asked: the keyed webhook's key is not in an export of it.
        webhooks->setCurrentIndex(webhooks->findText(QStringLiteral("Keyed")));
        QTRY_VERIFY(settled() && m_page->model()->rowCount() == 1);
        const QByteArray masked = exportTo(false, ExportFormat::Json, path);
        QVERIFY(!masked.contains("k-123456"));
        QVERIFY(masked.contains("msg_1"));
    }

    void cancelLeavesNoFile()
    {
        QVERIFY(selectIds({m_ids.at(0)}));
        // The reader thread held up, so that Cancel comes before the first batch.
        QSemaphore gate;
        m_reader->read<int>(
            this,
            [&gate](hb::services::Connection &) {
                gate.acquire();
                return hb::Result<int>(0);
            },
            [](hb::Result<int>) {});
        QTest::mouseClick(actions()->exportButton(), Qt::LeftButton);
        DeliveryExportDialog *dialog = actions()->exportDialog();
        QVERIFY(dialog);
        dialog->filterRadio()->setChecked(true);
        const QString path = m_dir.filePath(QStringLiteral("cancelled.csv"));
        dialog->fileEdit()->setText(path);
        QTest::mouseClick(dialog->exportButton(), Qt::LeftButton);
        QProgressDialog *progress = actions()->exportJob()->progressDialog();
        QVERIFY(progress && progress->isVisible());
        auto *cancel = progress->findChild<QPushButton *>();
        QVERIFY(cancel);
        QTest::mouseClick(cancel, Qt::LeftButton);
        gate.release();
        QTRY_VERIFY(!actions()->exportJob()->isRunning());
        QVERIFY(!QFile::exists(path));
        QVERIFY(QDir(m_dir.path()).entryList({QStringLiteral("cancelled*")}).isEmpty());
        QVERIFY2(m_page->message()->text().contains(QStringLiteral("cancelled")),
                 qPrintable(m_page->message()->text()));
    }

    void copiedCurlLineStoresTheSameBodyAgain()
    {
        QVERIFY(selectIds({m_keyedId}));
        QGuiApplication::clipboard()->clear();
        QTest::mouseClick(actions()->curlButton(), Qt::LeftButton);
        QTRY_VERIFY(!QGuiApplication::clipboard()->text().isEmpty());
        const QString line = QGuiApplication::clipboard()->text();
        QVERIFY(line.contains(QStringLiteral("k-123456")));
        QVERIFY2(m_page->message()->text().contains(QStringLiteral("contains the API key")),
                 qPrintable(m_page->message()->text()));
        // A fresh webhook-id: the same one would be answered as a duplicate of the first.
        const QString fresh =
            QString(line).replace(QStringLiteral("msg_1"), QStringLiteral("msg_2"));
        QProcess bash;
        bash.start(QStringLiteral("bash"),
                   {QStringLiteral("-c"), fresh + QStringLiteral(" --silent --show-error")});
        QVERIFY(bash.waitForFinished(20000));
        QVERIFY2(bash.exitCode() == 0, bash.readAllStandardError().constData());
        const qint64 id = deliveryIdOf(bash.readAllStandardOutput());
        QVERIFY(id > m_keyedId);
        auto stored = hb::services::DeliveryService(*m_db).show(id);
        QVERIFY2(stored, qPrintable(stored.error()));
        QCOMPARE(stored->body, deposit(7));
        QCOMPARE(stored->webhookId, m_keyed.id);
    }

    void replayWithAFreshIdMakesANewDelivery()
    {
        QVERIFY(selectIds({m_keyedId}));
        QTest::mouseClick(actions()->replayButton(), Qt::LeftButton);
        QTRY_VERIFY(actions()->replayDialog() && actions()->replayDialog()->isVisible());
        DeliveryReplayDialog *dialog = actions()->replayDialog();
        QVERIFY(dialog->webhookRadio()->isChecked());
        // The same id: the catcher answers it as a duplicate of the delivery it stored.
        QTest::mouseClick(dialog->sendButton(), Qt::LeftButton);
        QTRY_VERIFY(!dialog->isSending());
        QVERIFY(dialog->answerBody()->toPlainText().contains(QStringLiteral("duplicate")));
        QCOMPARE(dialog->offeredDeliveryId(), m_keyedId);
        dialog->freshIdCheck()->setChecked(true);
        QTest::mouseClick(dialog->sendButton(), Qt::LeftButton);
        QTRY_VERIFY(!dialog->isSending());
        QVERIFY2(dialog->answerMessage()->text().contains(QStringLiteral("202")),
                 qPrintable(dialog->answerMessage()->text()));
        const qint64 id = dialog->offeredDeliveryId();
        QVERIFY(id > m_keyedId);
        QVERIFY(dialog->showDeliveryButton()->isVisible());
        QCOMPARE(dialog->showDeliveryButton()->text(), QStringLiteral("Show delivery %1").arg(id));
        auto stored = hb::services::DeliveryService(*m_db).show(id);
        QVERIFY2(stored, qPrintable(stored.error()));
        QCOMPARE(stored->body, deposit(7));
        QTest::mouseClick(dialog->showDeliveryButton(), Qt::LeftButton);
        QTRY_COMPARE(m_page->detailsView()->deliveryId(), id);
    }
};

QTEST_MAIN(TestDeliveryActions)
#include "test_deliveryactions.moc"
