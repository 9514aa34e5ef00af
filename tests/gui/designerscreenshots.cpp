// Not a test: drives the real window through the designer's main states and saves a PNG of each
// (QWidget::grab), so that people can look at them. Run under xvfb-run:
//   xvfb-run -a hb_designer_screenshots OUTPUT_DIR
#include "designerfixture.h"
#include "screenshots.h"
#include "tempstore.h"

#include "common/mainwindow.h"
#include "community/communitypage.h"
#include "deliveries/deliveriesmodel.h"
#include "deliveries/deliveriespage.h"
#include "deliveries/refusedrequestsdialog.h"
#include "delivery/catcherservice.h"
#include "delivery/deliveryprocessor.h"
#include "sender/senderpage.h"
#include "webhooks/mappingpanel.h"
#include "webhooks/webhookdocument.h"
#include "webhooks/webhookspage.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

#include <cstdio>
#include <functional>

namespace {

using screenshots::fail;
using screenshots::shoot;
using screenshots::waitWhile;

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("hookbench-tests"));
    if (argc < 2)
        return fail(QStringLiteral("usage: hb_designer_screenshots OUTPUT_DIR"));
    const QDir dir(QString::fromLocal8Bit(argv[1]));
    if (!QDir().mkpath(dir.path()))
        return fail(QStringLiteral("cannot create %1").arg(dir.path()));
    hb::delivery::CatcherSettings settings;
    settings.port = 0;
    settings.processDeliveries = false;

    {
        TempStore empty;
        hb::ui::MainWindow window(empty.path(), false);
        window.show();
        (void)QTest::qWaitForWindowExposed(&window);
        (void)designerfixture::waitForWebhooksPage(window.webhooksPage());
        (void)window.startCatcher(settings);
        shoot(&window, dir, QStringLiteral("01-empty-store"));
    }

    TempStore store;
    QString error;
    if (!designerfixture::populate(store.path(), &error))
        return fail(error);
    hb::ui::MainWindow window(store.path(), false);
    window.show();
    (void)QTest::qWaitForWindowExposed(&window);
    if (const auto started = window.startCatcher(settings); !started)
        return fail(started.error());
    hb::ui::WebhooksPage *page = window.webhooksPage();
    (void)designerfixture::waitForWebhooksPage(page);
    hb::ui::SamplePanel *sample = page->samplePanel();
    hb::ui::MappingPanel *mapping = page->mappingPanel();

    QTest::mouseClick(sample->catchButton(), Qt::LeftButton);
    shoot(&window, dir, QStringLiteral("02-catch-on-a-live-webhook"));
    QTest::mouseClick(sample->liveCatchButton(), Qt::LeftButton);
    shoot(&window, dir, QStringLiteral("02-waiting-for-catch"));

    const QString url = window.catcher()->webhookUrl(page->document()->webhook().token);
    const QByteArray body = R"({"customer": {"email": "alice@example.com", "name": "Alice",
        "address": {"city": "Lisbon", "country": "PT"}}, "amount": 12.5, "bonus": 7,
        "currency": "EUR", "items": [{"sku": "gold-pack", "qty": 1}, {"sku": "boost", "qty": 2}]})";
    if (designerfixture::post(url, body) != 202)
        return fail(QStringLiteral("the catcher did not answer 202"));
    if (!QTest::qWaitFor([sample] { return !sample->isWaiting(); }, 5000))
        return fail(QStringLiteral("the designer did not catch the sample"));
    sample->tree()->expandAll();
    shoot(&window, dir, QStringLiteral("03-caught-payload"));

    QTest::mouseClick(mapping->userPathEdit(), Qt::LeftButton);
    designerfixture::clickNode(sample, QStringLiteral("/customer/email"));
    QTest::mouseClick(mapping->findChild<QCheckBox *>(QStringLiteral("locationFields")),
                      Qt::LeftButton);
    designerfixture::clickNode(sample, QStringLiteral("/customer/name"));
    QTest::mouseClick(mapping->addFieldButton(), Qt::LeftButton);
    designerfixture::clickNode(sample, QStringLiteral("/amount"));
    QTest::mouseClick(mapping->findChild<QCheckBox *>(QStringLiteral("locationCurrency")),
                      Qt::LeftButton);
    designerfixture::clickNode(sample, QStringLiteral("/bonus"));
    QTest::mouseClick(mapping->findChild<QCheckBox *>(QStringLiteral("locationMessage")),
                      Qt::LeftButton);
    QTest::keyClicks(mapping->findChild<QLineEdit *>(QStringLiteral("messageChannel")),
                     QStringLiteral("deposits"));
    QTest::mouseClick(mapping->templateEdit(), Qt::LeftButton);
    designerfixture::clickNode(sample, QStringLiteral("/customer/name"));
    QTest::keyClicks(mapping->templateEdit(), QStringLiteral(" deposited "));
    designerfixture::clickNode(sample, QStringLiteral("/amount"));
    shoot(&window, dir, QStringLiteral("04-mapped-with-preview"));

    QTest::mouseClick(page->saveButton(), Qt::LeftButton);
    (void)waitWhile([page] { return page->isBusy(); });
    // An invalid mapping: a coins row without a path and a user path typed without its slash.
    QTest::mouseClick(mapping->addCurrencyButton(), Qt::LeftButton);
    mapping->userPathEdit()->selectAll();
    QTest::keyClicks(mapping->userPathEdit(), QStringLiteral("customer/email"));
    shoot(&window, dir, QStringLiteral("05-invalid-mapping"));

    // The pages read on a thread of their own: wait for their answers before each shot.
    window.showPage(hb::ui::MainWindow::DeliveriesPageIndex);
    hb::ui::DeliveriesPage *deliveries = window.deliveriesPage();
    (void)waitWhile([deliveries] { return deliveries->isLoading(); });
    deliveries->table()->setCurrentIndex(deliveries->model()->index(0, 0));
    (void)waitWhile([deliveries] { return deliveries->isLoading(); });
    shoot(&window, dir, QStringLiteral("06-deliveries"));
    window.showPage(hb::ui::MainWindow::CommunityPageIndex);
    hb::ui::CommunityPage *community = window.communityPage();
    (void)waitWhile([community] { return community->isLoading(); });
    shoot(&window, dir, QStringLiteral("08-community"));

    // The Sender prefilled with the caught payload, after a send to the window's own catcher.
    window.showPage(hb::ui::MainWindow::SenderPageIndex);
    hb::ui::SenderPage *sender = window.senderPage();
    (void)waitWhile([sender] { return sender->isLoading(); });
    QTest::mouseClick(sender->sendButton(), Qt::LeftButton);
    (void)waitWhile([sender] { return sender->isSending(); });
    // Then a webhook that asks for everything: key, GCM encryption and a signature.
    {
        hb::store::Database db(store.path());
        hb::mapping::Webhook partner;
        partner.name = QStringLiteral("Partner deposits");
        partner.user.path = QStringLiteral("/customer/email");
        partner.fields.append({QStringLiteral("total-deposit"), hb::mapping::Operator::Add,
                               QStringLiteral("/amount")});
        partner.apiKey = QStringLiteral("k-0123456789abcdef0123456789abcdef");
        partner.encryption = hb::mapping::Encryption{
            hb::mapping::EncryptionMode::Gcm, QStringLiteral("0123456789abcdef0123456789abcdef")};
        partner.signingSecret = QStringLiteral("whsec_++UMaurAnEuWvqAqbcpCCOmRDJJiP55y");
        if (!db.open() || !hb::store::WebhookRepository(db).add(partner))
            return fail(QStringLiteral("cannot add the partner webhook"));
    }
    sender->refresh();
    (void)waitWhile(
        [sender] { return sender->isLoading() || sender->webhookCombo()->count() < 2; });
    sender->webhookCombo()->setCurrentIndex(
        sender->webhookCombo()->findText(QStringLiteral("Partner deposits")));
    (void)waitWhile([sender] { return sender->isLoading(); });
    QTest::mouseClick(sender->sendButton(), Qt::LeftButton);
    (void)waitWhile([sender] { return sender->isSending(); });
    shoot(&window, dir, QStringLiteral("sender"));

    // Last, so that the shots above stay as they were: everything received is processed here (the
    // window's catcher only stores), and a Failed delivery is selected as support staff meet it,
    // a deposit from an unknown customer.
    window.showPage(hb::ui::MainWindow::DeliveriesPageIndex);
    const QByteArray unknown = R"({"customer": {"email": "nobody@example.com", "name": "Nobody"},
        "amount": 40, "bonus": 2, "currency": "EUR"})";
    if (designerfixture::post(url, unknown) != 202)
        return fail(QStringLiteral("the catcher did not answer 202"));
    {
        hb::store::Database db(store.path());
        if (!db.open() || !hb::delivery::DeliveryProcessor(db).processPending())
            return fail(QStringLiteral("cannot process the deliveries"));
    }
    deliveries->refresh();
    (void)waitWhile([deliveries] {
        return deliveries->isLoading()
               || deliveries->model()->index(0, 0).data(hb::ui::DeliveriesModel::StatusRole)
                      != QStringLiteral("failed");
    });
    deliveries->table()->setCurrentIndex(deliveries->model()->index(0, 0));
    (void)waitWhile([deliveries] { return deliveries->isLoading(); });
    window.refreshCounts(); // processed behind the window's back: its counts follow
    (void)waitWhile(
        [&window] { return !window.countsText().contains(QStringLiteral("1 failed")); });
    shoot(&window, dir, QStringLiteral("06-delivery-failed"));

    // A binary body sent without the partner's API key: refused, kept, and shown in hex.
    QString partnerToken;
    {
        hb::store::Database db(store.path());
        if (!db.open())
            return fail(QStringLiteral("cannot open the store"));
        auto partner =
            hb::store::WebhookRepository(db).findByName(QStringLiteral("Partner deposits"));
        if (!partner.ok() || !partner->has_value())
            return fail(QStringLiteral("no partner webhook"));
        partnerToken = (*partner)->token;
    }
    const QString partnerUrl = window.catcher()->webhookUrl(partnerToken);
    if (designerfixture::post(partnerUrl, QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16)) != 401)
        return fail(QStringLiteral("the catcher did not refuse the request without a key"));
    deliveries->refresh();
    (void)waitWhile([deliveries] { return deliveries->isLoading(); });
    QTest::mouseClick(deliveries->refusedButton(), Qt::LeftButton);
    hb::ui::RefusedRequestsDialog *refused = deliveries->refusedDialog();
    if (!refused)
        return fail(QStringLiteral("the refused requests did not open"));
    (void)waitWhile([refused] { return refused->isLoading(); });
    shoot(refused, dir, QStringLiteral("06-refused-requests"));
    return 0;
}
