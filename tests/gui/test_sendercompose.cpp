// The Compose tab as a tester uses it, against the window's real catcher on loopback: headers
// overridden, added and left out arrive as edited (a wrong key is refused and found in the
// refused requests in one click), a form table becomes a form body, the method is the one
// chosen, a body comes from a file, saved requests and the history of sends outlive a restart,
// and a send that gets no answer times out or is cancelled.
#include "senderfixture.h"

#include "deliveries/deliveriespage.h"
#include "deliveries/refusedrequestsdialog.h"
#include "deliveries/refusedrequestsmodel.h"
#include "sender/batchpanel.h"
#include "sender/negativecasespanel.h"
#include "sender/rowstableeditor.h"
#include "sender/savedrequestsbar.h"
#include "sender/senderanswerview.h"
#include "sender/senderbodyeditor.h"
#include "sender/senderformmodel.h"
#include "sender/senderhistory.h"

#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>

using namespace hb::ui;
using namespace senderfixture;

class TestSenderCompose : public QObject, public SenderFixture {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setApplicationName(QStringLiteral("test_sendercompose"));
    }

    void init() { setUpWindow(); }
    void cleanup() { tearDown(); }

    void wrongKeyIsRefusedAndFoundInTheRefusedLog()
    {
        choose(QStringLiteral("Keyed"));
        SenderHeadersModel *headers = m_page->form()->headersModel();
        const int keyRow = rowOf(QStringLiteral("x-api-key"));
        QVERIFY(keyRow >= 0);
        QVERIFY(headers->isFromWebhook(keyRow));
        QVERIFY(headers->setData(headers->index(keyRow, SenderHeadersModel::ValueColumn),
                                 QStringLiteral("not-the-key"), Qt::EditRole));
        QCOMPARE(headers->index(keyRow, SenderHeadersModel::FromColumn).data().toString(),
                 QStringLiteral("overridden"));
        sendAndWait(R"({"email": "alice@example.com"})");
        QVERIFY2(m_page->answerMessage()->text().startsWith(QStringLiteral("401 ")),
                 qPrintable(m_page->answerMessage()->text()));
        QCOMPARE(deliveryCount(), 0);

        QPushButton *why = m_page->answerView()->showRefusedButton();
        QTRY_VERIFY(why->isVisible());
        QTest::mouseClick(why, Qt::LeftButton);
        DeliveriesPage *deliveries = m_window->deliveriesPage();
        QTRY_VERIFY(deliveries->isVisible());
        QTRY_VERIFY(deliveries->refusedDialog() && deliveries->refusedDialog()->isVisible());
        RefusedRequestsDialog *dialog = deliveries->refusedDialog();
        QTRY_VERIFY_WITH_TIMEOUT(dialog->table()->currentIndex().isValid(), 10000);
        const QModelIndex current = dialog->table()->currentIndex();
        const hb::services::RejectedRequest *refused = dialog->model()->entry(current.row());
        QVERIFY(refused);
        QCOMPARE(refused->status, 401);
        QCOMPARE(refused->webhookName, QStringLiteral("Keyed"));
        QVERIFY2(refused->reason.contains(QStringLiteral("x-api-key")),
                 qPrintable(refused->reason));
    }

    void addedAndRemovedHeadersArriveAsEdited()
    {
        choose(QStringLiteral("Keyed"));
        RowsTableEditor *editor = m_page->form()->headersEditor();
        SenderHeadersModel *headers = m_page->form()->headersModel();
        QTest::mouseClick(editor->addButton(), Qt::LeftButton);
        const int added = headers->rowCount() - 1;
        QVERIFY(
            headers->setData(headers->index(added, 0), QStringLiteral("X-Tester"), Qt::EditRole));
        QVERIFY(headers->setData(headers->index(added, 1), QStringLiteral("night shift"),
                                 Qt::EditRole));
        // A webhook header can be left out, not removed from the table.
        const int keyRow = rowOf(QStringLiteral("x-api-key"));
        editor->table()->setCurrentIndex(headers->index(keyRow, 0));
        QVERIFY(!editor->removeButton()->isEnabled());
        editor->table()->setCurrentIndex(headers->index(added, 0));
        QVERIFY(editor->removeButton()->isEnabled());
        // Content-Type overridden: sent as typed.
        const int typeRow = rowOf(QStringLiteral("Content-Type"));
        QVERIFY(headers->setData(headers->index(typeRow, 1),
                                 QStringLiteral("application/vnd.tester+json"), Qt::EditRole));

        const hb::store::DeliveryRecord record = sendAccepted(R"({"email": "alice@example.com"})");
        QCOMPARE(headerOf(record, "x-tester"), QByteArray("night shift"));
        QCOMPARE(headerOf(record, "content-type"), QByteArray("application/vnd.tester+json"));
        QCOMPARE(headerOf(record, "x-api-key"), m_apiKey.toUtf8());

        // Unticked: left out, and the catcher says why.
        QVERIFY(headers->setData(headers->index(keyRow, 0), Qt::Unchecked, Qt::CheckStateRole));
        QVERIFY(!headerNames().contains(QStringLiteral("x-api-key")));
        sendAndWait(R"({"email": "alice@example.com"})");
        QVERIFY2(m_page->answerMessage()->text().startsWith(QStringLiteral("401 ")),
                 qPrintable(m_page->answerMessage()->text()));
    }

    void formTableBecomesAFormBody()
    {
        choose(QStringLiteral("Deposit bonus"));
        m_page->contentTypeCombo()->setCurrentText(
            QStringLiteral("application/x-www-form-urlencoded"));
        SenderBodyEditor *body = m_page->form()->body();
        QVERIFY(body->isForm());
        QVERIFY(body->formEditor()->isVisible());
        // The JSON sample became fields, once.
        QVERIFY(body->formModel()->rowCount() > 0);
        body->formModel()->setFields(
            {{QStringLiteral("email"), QStringLiteral("alice@example.com")},
             {QStringLiteral("note"), QStringLiteral("a&b=c d")}});
        QTRY_VERIFY(m_page->sendButton()->isEnabled());
        QTest::mouseClick(m_page->sendButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!m_page->isSending(), 20000);
        const hb::store::DeliveryRecord record = lastDelivery();
        QCOMPARE(record.body, QByteArray("email=alice%40example.com&note=a%26b%3Dc%20d"));
        QCOMPARE(headerOf(record, "content-type"), QByteArray("application/x-www-form-urlencoded"));
    }

    void theChosenMethodIsSent()
    {
        choose(QStringLiteral("Deposit bonus"));
        m_page->form()->method()->setCurrentText(QStringLiteral("PUT"));
        const hb::store::DeliveryRecord record = sendAccepted(R"({"email": "alice@example.com"})");
        QCOMPARE(record.method, QByteArray("PUT"));
        QVERIFY2(m_page->findChild<QLabel *>(QStringLiteral("senderAnswerUrl"))
                     ->text()
                     .startsWith(QStringLiteral("PUT ")),
                 "the answer says which method was sent");
    }

    void bodyFromAFile()
    {
        choose(QStringLiteral("Deposit bonus"));
        QTemporaryDir dir;
        const QString text = dir.filePath(QStringLiteral("body.json"));
        QFile file(text);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"email": "file@example.com"})");
        file.close();
        QVERIFY(m_page->form()->body()->loadFile(text));
        QCOMPARE(m_page->payloadEdit()->toPlainText(),
                 QStringLiteral(R"({"email": "file@example.com"})"));

        const QString binary = dir.filePath(QStringLiteral("body.bin"));
        QFile binaryFile(binary);
        QVERIFY(binaryFile.open(QIODevice::WriteOnly));
        binaryFile.write(QByteArray("\xff\xfe\x00\x01", 4));
        binaryFile.close();
        QVERIFY(!m_page->form()->body()->loadFile(binary));
        QVERIFY(m_page->payloadMessage()->isError());
        QVERIFY2(m_page->payloadMessage()->text().contains(QStringLiteral("not UTF-8")),
                 qPrintable(m_page->payloadMessage()->text()));
        QVERIFY(!m_page->form()->body()->loadFile(dir.filePath(QStringLiteral("missing.json"))));
        QVERIFY(m_page->payloadMessage()->text().contains(QStringLiteral("Cannot read")));
        // What was in the editor is still there.
        QCOMPARE(m_page->payloadEdit()->toPlainText(),
                 QStringLiteral(R"({"email": "file@example.com"})"));
    }

    void savedRequestsAndHistoryOutliveARestart()
    {
        choose(QStringLiteral("Keyed"));
        m_page->form()->method()->setCurrentText(QStringLiteral("PATCH"));
        SenderHeadersModel *headers = m_page->form()->headersModel();
        QVERIFY(headers->setData(headers->index(rowOf(QStringLiteral("x-api-key")), 1),
                                 QStringLiteral("stale-key"), Qt::EditRole));
        m_page->payloadEdit()->setPlainText(QStringLiteral(R"({"email": "saved@example.com"})"));
        m_page->saveRequestAs(QStringLiteral("stale key"));
        SavedRequestsBar *saved = m_page->form()->savedRequests();
        QTRY_COMPARE(saved->list()->count(), 2);
        QCOMPARE(saved->currentName(), QStringLiteral("stale key"));
        sendAndWait(R"({"email": "alice@example.com"})");
        QCOMPARE(m_page->history()->count(), 1);

        closeWindow();
        openWindow();
        // The history is read back from the store.
        QTRY_COMPARE(m_page->history()->count(), 1);
        QVERIFY(m_page->history()->topLevelItem(0)->text(2).startsWith(QStringLiteral("401")));
        QCOMPARE(m_page->history()->topLevelItem(0)->text(1), QStringLiteral("Keyed"));
        choose(QStringLiteral("Keyed"));
        saved = m_page->form()->savedRequests();
        QTRY_COMPARE(m_page->form()->savedRequests()->list()->count(), 2);
        QCOMPARE(m_page->form()->method()->currentText(), QStringLiteral("POST"));
        emit m_page->form()->savedRequests()->list()->activated(1);
        QCOMPARE(m_page->form()->method()->currentText(), QStringLiteral("PATCH"));
        QCOMPARE(m_page->payloadEdit()->toPlainText(),
                 QStringLiteral(R"({"email": "saved@example.com"})"));
        headers = m_page->form()->headersModel();
        const int keyRow = rowOf(QStringLiteral("x-api-key"));
        QVERIFY(headers->isEdited(keyRow));
        QCOMPARE(headers->index(keyRow, 1).data().toString(), QStringLiteral("stale-key"));
    }

    void aSilentCatcherTimesOutOrIsCancelled()
    {
        choose(QStringLiteral("Deposit bonus"));
        QTcpServer silent; // accepts and never answers
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        QList<QTcpSocket *> held;
        connect(&silent, &QTcpServer::newConnection, this,
                [&] { held << silent.nextPendingConnection(); });
        m_page->urlEdit()->setText(
            QStringLiteral("http://127.0.0.1:%1/hooks/x").arg(silent.serverPort()));
        m_page->form()->timeout()->setValue(1);
        sendAndWait(R"({"email": "alice@example.com"})");
        QVERIFY2(m_page->answerMessage()->text().contains(QStringLiteral("within 1 s")),
                 qPrintable(m_page->answerMessage()->text()));

        m_page->form()->timeout()->setValue(60);
        QTest::mouseClick(m_page->sendButton(), Qt::LeftButton);
        QVERIFY(m_page->isSending());
        QTRY_VERIFY(m_page->form()->cancelButton()->isEnabled());
        QTRY_VERIFY(!held.isEmpty());
        QTest::mouseClick(m_page->form()->cancelButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!m_page->isSending(), 5000);
        QVERIFY2(m_page->answerMessage()->text().contains(QStringLiteral("cancelled")),
                 qPrintable(m_page->answerMessage()->text()));
        QVERIFY(m_page->sendButton()->isEnabled());
    }

    // The Batch and Negative cases tabs send to what the Compose tab says; the negative cases
    // run from the window against its own catcher and each gets the outcome SPEC promises.
    void theOtherTabsFollowTheComposeTab()
    {
        NegativeCasesPanel *negative = m_page->negativeCasesPanel();
        choose(QStringLiteral("Encrypted"));
        // Not marked encrypted, tampered tag, tampered ciphertext, oversized, replayed, malformed.
        QCOMPARE(negative->runButton()->text(), QStringLiteral("Run 6 negative case(s)"));
        choose(QStringLiteral("Keyed"));
        QCOMPARE(negative->runButton()->text(), QStringLiteral("Run 5 negative case(s)"));
        QVERIFY2(m_page->batchPanel()->templateEdit()->toPlainText().contains(
                     QStringLiteral("alice@example.com")),
                 "the batch template starts from the payload being composed");

        m_page->tabs()->setCurrentWidget(negative);
        QTest::mouseClick(negative->runButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!negative->isRunning(), 60000);
        QVERIFY2(negative->message()->text() == QStringLiteral("5 of 5 as expected"),
                 qPrintable(negative->message()->text()));
    }

private:
    int rowOf(const QString &name) const
    {
        const SenderHeadersModel *model = m_page->form()->headersModel();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, 0).data().toString().compare(name, Qt::CaseInsensitive) == 0)
                return row;
        }
        return -1;
    }

    hb::store::DeliveryRecord lastDelivery() const
    {
        hb::store::Database db(m_store->path());
        if (!db.open().ok())
            return {};
        const auto list = hb::store::DeliveryRepository(db).list({});
        if (!list.ok() || list->isEmpty())
            return {};
        const auto found = hb::store::DeliveryRepository(db).find(list->first().id);
        return found.ok() && found->has_value() ? **found : hb::store::DeliveryRecord{};
    }
};

QTEST_MAIN(TestSenderCompose)
#include "test_sendercompose.moc"
