// Secrets are not shown by default (SPEC §3): the Request tab of a delivery and the refused
// requests dialog show the x-api-key value and signatures masked, a click on "Reveal secrets"
// shows them as sent, and the next delivery starts masked again.
#include "deliveriesfixture.h"
#include "refusedrequest.h"

#include "common/readonlytextview.h"
#include "deliveries/deliveriespage.h"
#include "deliveries/deliverydetailsview.h"
#include "deliveries/deliveryrequesttab.h"
#include "deliveries/refusedrequestsdialog.h"
#include "deliveries/refusedrequestsmodel.h"

#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

using namespace hb::ui;

using deliveriesfixture::Headers;
using deliveriesfixture::tableText;

namespace {

const QByteArray apiKey = "k3y-0123456789abcdef0123456789abcdef";
const QByteArray signature = "v1,K5oZfzN95Z9UVu1EsfQmfVNQhnkZ2pj9o9NDN/H/pI4=";

} // namespace

class TestRevealSecrets : public deliveriesfixture::Fixture {
    Q_OBJECT

private slots:
    void initTestCase() { isolateSettings(QStringLiteral("test_revealsecrets")); }
    void init() { start(); }
    void cleanup() { stop(); }

    void requestTabHidesTheKeyUntilRevealed()
    {
        const qint64 secret = receive(m_deposits, R"({"email":"alice@example.com","amount":1})",
                                      {{"Content-Type", "application/json"},
                                       {"X-Api-Key", apiKey},
                                       {"webhook-signature", signature}});
        const qint64 plain = receive(m_deposits, R"({"email":"alice@example.com","amount":2})");
        openPage();
        QVERIFY(select(secret));
        DeliveryDetailsView *details = m_page->detailsView();
        details->tabs()->setCurrentIndex(DeliveryDetailsView::RequestTab);
        DeliveryRequestTab *request = details->request();
        const QTableWidget *headers = request->headers();
        auto *reveal = request->findChild<QPushButton *>(QStringLiteral("revealSecrets"));
        QVERIFY(reveal);
        QVERIFY(reveal->isVisible() && reveal->isEnabled());
        QCOMPARE(headers->rowCount(), 3);
        QCOMPARE(tableText(headers, 0, 1), QStringLiteral("application/json"));
        QCOMPARE(tableText(headers, 1, 0), QStringLiteral("X-Api-Key"));
        QCOMPARE(tableText(headers, 1, 1), QStringLiteral("k3y-…(36 chars)"));
        QCOMPARE(tableText(headers, 2, 1), QStringLiteral("v1,K5oZ…(44 chars)"));
        QCOMPARE(headers->item(1, 1)->toolTip(), QStringLiteral("k3y-…(36 chars)"));

        QTest::mouseClick(reveal, Qt::LeftButton);
        QCOMPARE(tableText(headers, 1, 1), QString::fromUtf8(apiKey));
        QCOMPARE(tableText(headers, 2, 1), QString::fromUtf8(signature));
        QCOMPARE(reveal->text(), QStringLiteral("Hide secrets"));
        QTest::mouseClick(reveal, Qt::LeftButton);
        QCOMPARE(tableText(headers, 1, 1), QStringLiteral("k3y-…(36 chars)"));

        // Revealed on one delivery is not revealed on the next: each starts masked.
        QTest::mouseClick(reveal, Qt::LeftButton);
        QVERIFY(select(plain));
        QVERIFY(!reveal->isChecked());
        QVERIFY(!reveal->isEnabled()); // nothing to reveal
        QCOMPARE(headers->rowCount(), 1);
        QVERIFY(select(secret));
        QCOMPARE(tableText(headers, 1, 1), QStringLiteral("k3y-…(36 chars)"));
    }

    void refusedRequestHidesTheKeyUntilRevealed()
    {
        hb::store::RejectedRequest refused = RefusedRequest::of(
            401, m_deposits.name, QStringLiteral("wrong x-api-key"), R"({"amount": 5})");
        refused.headers = {{"Content-Type", "application/json"}, {"X-Api-Key", apiKey}};
        RefusedRequest::log(*m_db, {refused});
        openPage();
        QTRY_VERIFY(!m_page->isLoading());
        QTest::mouseClick(m_page->refusedButton(), Qt::LeftButton);
        RefusedRequestsDialog *dialog = m_page->refusedDialog();
        QVERIFY(dialog);
        QTRY_VERIFY(!dialog->isLoading());
        QCOMPARE(dialog->model()->rowCount(), 1);
        const QString masked = dialog->requestView()->toPlainText();
        QVERIFY2(masked.contains(QStringLiteral("X-Api-Key: k3y-…(36 chars)\n")),
                 qPrintable(masked));
        QVERIFY2(!masked.contains(QString::fromUtf8(apiKey)), qPrintable(masked));

        auto *reveal = dialog->findChild<QPushButton *>(QStringLiteral("revealSecrets"));
        QVERIFY(reveal);
        QTest::mouseClick(reveal, Qt::LeftButton);
        const QString revealed = dialog->requestView()->toPlainText();
        QVERIFY2(revealed.contains(QStringLiteral("X-Api-Key: ") + QString::fromUtf8(apiKey)),
                 qPrintable(revealed));
    }
};

QTEST_MAIN(TestRevealSecrets)
#include "test_revealsecrets.moc"
