// The refused requests as support staff find them when a sender says "we sent it" and no
// delivery exists: the Deliveries page says how many there are, its button opens them newest
// first, and each shows the request as it arrived (headers, the first bytes of the body).
#include "deliveriesfixture.h"
#include "refusedrequest.h"

#include "common/messagelabel.h"
#include "common/readonlytextview.h"
#include "deliveries/deliveriespage.h"
#include "deliveries/refusedrequestsdialog.h"
#include "deliveries/refusedrequestsmodel.h"
#include "store/rejectionlog.h"

#include <QDateTime>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using namespace hb::ui;

class TestRefusedRequests : public deliveriesfixture::Fixture {
    Q_OBJECT

private:
    void refuse(int status, const QString &webhook, const QString &reason, const QByteArray &body)
    {
        RefusedRequest::log(*m_db, {RefusedRequest::of(status, webhook, reason, body)});
    }

    RefusedRequestsDialog *openDialog()
    {
        QTest::mouseClick(m_page->refusedButton(), Qt::LeftButton);
        RefusedRequestsDialog *dialog = m_page->refusedDialog();
        if (dialog)
            modeltesting::watch(dialog->model());
        if (dialog && !QTest::qWaitFor([dialog] { return !dialog->isLoading(); }))
            return nullptr;
        return dialog;
    }

private slots:
    void initTestCase() { isolateSettings(QStringLiteral("test_refusedrequests")); }
    void init() { start(); }
    void cleanup() { stop(); }

    void newestFirstWithTheRequestAsItArrived()
    {
        refuse(401, m_deposits.name, QStringLiteral("wrong x-api-key"), R"({"amount": 5})");
        refuse(404, QString(), QStringLiteral("no webhook with this token"),
               QByteArray("\x89PNG\xff", 5));
        openPage();
        QTRY_COMPARE(m_page->refusedButton()->text(), QStringLiteral("Refused requests (2)…"));
        // With no delivery at all, the page points at them.
        auto *message = m_page->findChild<MessageLabel *>(QStringLiteral("deliveriesMessage"));
        QVERIFY2(message->text().contains(QStringLiteral("2 requests were refused")),
                 qPrintable(message->text()));
        RefusedRequestsDialog *dialog = openDialog();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        RefusedRequestsModel *model = dialog->model();
        QCOMPARE(model->rowCount(), 2);
        auto cell = [model](int row, int column) {
            return model->index(row, column).data().toString();
        };
        QCOMPARE(cell(0, RefusedRequestsModel::StatusColumn), QStringLiteral("404"));
        QCOMPARE(cell(0, RefusedRequestsModel::WebhookColumn), QStringLiteral("— (unknown token)"));
        QCOMPARE(cell(1, RefusedRequestsModel::WebhookColumn), m_deposits.name);
        QCOMPARE(cell(1, RefusedRequestsModel::ReasonColumn), QStringLiteral("wrong x-api-key"));
        QCOMPARE(cell(1, RefusedRequestsModel::FromColumn), QStringLiteral("192.0.2.9"));

        // The newest is selected and shown; a binary body is said to be one, and shown in hex.
        QCOMPARE(dialog->table()->currentIndex().row(), 0);
        const QString binary = dialog->requestView()->toPlainText();
        QVERIFY2(binary.contains(QStringLiteral("binary body")), qPrintable(binary));
        QVERIFY2(binary.contains(QStringLiteral("00000000  89 50 4e 47 ff ")), qPrintable(binary));
        QVERIFY2(binary.contains(QStringLiteral("|.PNG.|")), qPrintable(binary));
        dialog->table()->setCurrentIndex(model->index(1, 0));
        const QString request = dialog->requestView()->toPlainText();
        QVERIFY2(request.startsWith(QStringLiteral("POST /hooks/t0ken\n")), qPrintable(request));
        QVERIFY2(request.contains(QStringLiteral("X-Api-Key: n…(4 chars)")), qPrintable(request));
        QVERIFY2(request.endsWith(QStringLiteral(R"({"amount": 5})")), qPrintable(request));

        // A new refusal shows on Refresh, the selection kept on the same request.
        refuse(401, m_deposits.name, QStringLiteral("missing x-api-key header"), "{}");
        dialog->refresh();
        QTRY_VERIFY(!dialog->isLoading());
        QCOMPARE(model->rowCount(), 3);
        QCOMPARE(dialog->table()->currentIndex().row(), 2);
        QCOMPARE(cell(2, RefusedRequestsModel::ReasonColumn), QStringLiteral("wrong x-api-key"));
    }

    void noneRefusedIsSaid()
    {
        openPage();
        QTRY_VERIFY(!m_page->isLoading());
        QCOMPARE(m_page->refusedButton()->text(), QStringLiteral("Refused requests…"));
        RefusedRequestsDialog *dialog = openDialog();
        QVERIFY(dialog);
        QCOMPARE(dialog->model()->rowCount(), 0);
        QCOMPARE(dialog->message()->text(), QStringLiteral("No request has been refused."));
        QVERIFY(dialog->requestView()->toPlainText().isEmpty());
    }

    // The Sender's link under a 401 answer: the refusal of that send, not another webhook's nor
    // an older one; when there is none, the dialog says so.
    void selectMatchingFindsTheRefusalOfASend()
    {
        const QDateTime sent = QDateTime::currentDateTimeUtc();
        RefusedRequest::log(*m_db, {RefusedRequest::of(401, QStringLiteral("Payouts"),
                                                       QStringLiteral("wrong x-api-key"), "{}",
                                                       hb::isoUtc(sent.addSecs(-60)))});
        refuse(401, m_deposits.name, QStringLiteral("wrong x-api-key"), R"({"amount": 5})");
        refuse(401, QStringLiteral("Refunds"), QStringLiteral("missing x-api-key header"),
               R"({"refund": 1})");
        openPage();
        RefusedRequestsDialog *dialog = openDialog();
        QVERIFY(dialog);
        QCOMPARE(dialog->model()->rowCount(), 3);
        QCOMPARE(dialog->table()->currentIndex().row(), 0);

        // Asked while a read runs (which may predate the refusal), it reads again to match.
        dialog->refresh();
        dialog->selectMatching(m_deposits.name, 401, sent);
        QVERIFY(dialog->isLoading());
        QTRY_VERIFY(!dialog->isLoading());
        QCOMPARE(dialog->table()->currentIndex().row(), 1);
        const QString request = dialog->requestView()->toPlainText();
        QVERIFY2(request.endsWith(QStringLiteral(R"({"amount": 5})")), qPrintable(request));
        QVERIFY(dialog->message()->text().isEmpty());

        // Payouts' refusal came before the send: it is not this send's.
        dialog->selectMatching(QStringLiteral("Payouts"), 401, sent);
        QTRY_VERIFY(!dialog->isLoading());
        QCOMPARE(dialog->table()->currentIndex().row(), 1);
        const QString none = dialog->message()->text();
        QVERIFY2(none.startsWith(QStringLiteral("No refused 401 for Payouts since ")),
                 qPrintable(none));
        QVERIFY2(
            none.endsWith(QStringLiteral(": the catcher may be another one than this window's.")),
            qPrintable(none));
        dialog->selectMatching(m_deposits.name, 403, sent);
        QTRY_VERIFY(!dialog->isLoading());
        QVERIFY2(dialog->message()->text().startsWith(QStringLiteral("No refused 403 for ")),
                 qPrintable(dialog->message()->text()));
    }

    // Only the first 4 KiB are kept: a character cut there is not a binary body.
    void bodyCutInACharacterIsStillText()
    {
        hb::store::RejectedRequest entry;
        entry.method = "POST";
        entry.target = "/hooks/x";
        entry.bodyHead = QByteArray(hb::store::RejectionLog::bodyHeadSize - 1, 'a') + "\xc3";
        const QString text = RefusedRequestsModel::requestText(entry);
        QVERIFY2(!text.contains(QStringLiteral("binary")), qPrintable(text.right(80)));
        QVERIFY2(text.endsWith(QStringLiteral("only the first 4096 bytes are kept)")),
                 qPrintable(text.right(80)));
    }
};

QTEST_MAIN(TestRefusedRequests)
#include "test_refusedrequests.moc"
