// Drafts in the designer (SPEC §2, issue 11): + New makes a draft without a user path, its banner
// offers Go live and says what is missing until the user is mapped; a request to a draft is
// caught as a Sample and stays one; Catch on a live webhook says that the delivery is processed.
// And a store whose write lock another connection holds (a busy catcher) never freezes the
// window: Save says it is saving, the window goes on, and the save lands once the lock is free.
#include "designerfixture.h"
#include "tempstore.h"

#include "common/messagelabel.h"
#include "delivery/catcherservice.h"
#include "services/deliveryservice.h"
#include "services/webhookservice.h"
#include "webhooks/draftbanner.h"
#include "webhooks/mappingpanel.h"
#include "webhooks/samplepanel.h"
#include "webhooks/webhookdocument.h"
#include "webhooks/webhooklistpanel.h"
#include "webhooks/webhooksettingspanel.h"
#include "webhooks/webhookspage.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTest>
#include <QTimer>

using namespace hb::ui;

class TestDesignerDrafts : public QObject {
    Q_OBJECT

    // What the store says of webhook `id`, read on a connection of the test's own.
    static hb::Result<hb::mapping::Webhook> stored(const QString &location, qint64 id)
    {
        hb::store::Database db(location);
        if (const hb::Status opened = db.open(); !opened)
            return hb::Error{opened.error()};
        return hb::services::WebhookService(db).findById(id);
    }

    // + New, and the draft it makes opened in the designer.
    static bool newDraft(WebhooksPage *page)
    {
        QTest::mouseClick(page->listPanel()->newButton(), Qt::LeftButton);
        return QTest::qWaitFor(
            [page] {
                return !page->isBusy() && page->document()->isLoaded()
                       && page->document()->webhook().name == QStringLiteral("New webhook");
            },
            10000);
    }

private slots:
    void initTestCase() { designerfixture::isolateSettings(); }

    void newWebhookIsADraftThatGoesLiveOnceMapped()
    {
        TempStore store;
        const auto window = designerfixture::openWindow(store.path());
        QVERIFY(window);
        WebhooksPage *page = window->webhooksPage();
        DraftBanner *banner = page->draftBanner();
        QVERIFY(!banner->isVisible()); // "Deposit bonus" is live

        QVERIFY(newDraft(page));
        const qint64 id = page->document()->webhook().id;
        QVERIFY(page->document()->webhook().draft);
        QVERIFY(page->document()->webhook().user.path.isEmpty());
        QVERIFY(banner->isVisible());
        auto *text = banner->findChild<QLabel *>(QStringLiteral("draftText"));
        QVERIFY2(
            text->text().contains(QStringLiteral("requests are kept as samples and change nobody")),
            qPrintable(text->text()));
        QVERIFY(banner->goLiveButton()->isVisible());
        hb::Result<hb::mapping::Webhook> inStore = stored(store.path(), id);
        QVERIFY2(inStore.ok(), qPrintable(inStore.error()));
        QVERIFY(inStore->draft);
        QVERIFY(inStore->user.path.isEmpty());
        // The list says it is a draft, in words.
        QTRY_COMPARE(page->listPanel()->list()->currentItem()->text(),
                     QStringLiteral("New webhook (draft)"));

        // Go live is refused while the user is not mapped, and says what to do.
        QTest::mouseClick(banner->goLiveButton(), Qt::LeftButton);
        QTRY_VERIFY(banner->message()->isError());
        QVERIFY2(banner->message()->text().contains(QStringLiteral("map the user (email)")),
                 qPrintable(banner->message()->text()));
        QTRY_VERIFY(!page->isBusy());
        QVERIFY(stored(store.path(), id)->draft);
        QVERIFY(page->document()->webhook().draft);

        // Mapped and saved, the draft is offered to go live (no dialog in the way).
        QLineEdit *path = page->mappingPanel()->userPathEdit();
        QTest::mouseClick(path, Qt::LeftButton);
        QTest::keyClicks(path, QStringLiteral("/email"));
        QVERIFY(page->saveButton()->isEnabled());
        QTest::mouseClick(page->saveButton(), Qt::LeftButton);
        QTRY_VERIFY(!page->document()->isModified());
        QTRY_VERIFY2(banner->message()->text().contains(QStringLiteral("Go live")),
                     qPrintable(banner->message()->text()));
        QVERIFY(!banner->message()->isError());
        QVERIFY(stored(store.path(), id)->draft);

        QTest::mouseClick(banner->goLiveButton(), Qt::LeftButton);
        QTRY_VERIFY(!page->document()->webhook().draft);
        QVERIFY(!banner->isVisible());
        QVERIFY(!page->document()->isModified());
        inStore = stored(store.path(), id);
        QVERIFY2(inStore.ok(), qPrintable(inStore.error()));
        QVERIFY(!inStore->draft);
        QCOMPARE(inStore->user.path, QStringLiteral("/email"));
        QTRY_COMPARE(page->listPanel()->list()->currentItem()->text(),
                     QStringLiteral("New webhook"));
    }

    // Processing is on: the live webhook's delivery is processed, the draft's stays a Sample.
    void requestToADraftIsCaughtAsASampleAndStaysOne()
    {
        TempStore store;
        const auto window = designerfixture::openWindow(store.path());
        QVERIFY(window);
        const hb::Status started = window->startCatcher(designerfixture::loopbackCatcher(true));
        QVERIFY2(started.ok(), qPrintable(started.error()));
        WebhooksPage *page = window->webhooksPage();
        SamplePanel *sample = page->samplePanel();
        const QString liveUrl = window->catcher()->webhookUrl(page->document()->webhook().token);

        // On the live webhook Catch first says what happens to what it catches.
        QTest::mouseClick(sample->catchButton(), Qt::LeftButton);
        QVERIFY(sample->isAskingLive());
        auto *liveText = sample->findChild<MessageLabel *>(QStringLiteral("liveCatchText"));
        QVERIFY2(liveText->text().contains(QStringLiteral(
                     "the next real delivery will be caught and processed as usual")),
                 qPrintable(liveText->text()));
        QTest::mouseClick(sample->cancelButton(), Qt::LeftButton);
        QVERIFY(!sample->isAskingLive());
        QVERIFY(!sample->isWaiting());

        // On a draft it waits at once.
        QVERIFY(newDraft(page));
        const QString draftUrl = window->catcher()->webhookUrl(page->document()->webhook().token);
        QTest::mouseClick(sample->catchButton(), Qt::LeftButton);
        QVERIFY(sample->isWaiting());
        QCOMPARE(designerfixture::post(draftUrl, R"({"email": "alice@example.com", "amount": 3})"),
                 202);
        QTRY_VERIFY(!sample->isWaiting());
        QTRY_COMPARE(page->payloadModel()->rowCount(), 2);

        // A request to the live webhook after it is processed: the processor has run past the
        // draft's, which it leaves as it is.
        QCOMPARE(designerfixture::post(liveUrl, R"({"email": "alice@example.com"})"), 202);
        hb::store::Database db(store.path());
        QVERIFY(db.open().ok());
        hb::services::DeliveryService deliveries(db);
        hb::store::DeliveryFilter live;
        live.webhookName = QStringLiteral("Deposit bonus");
        QTRY_VERIFY(deliveries.list(live).ok() && deliveries.list(live)->size() == 1
                    && deliveries.list(live)->first().status != hb::DeliveryStatus::Pending);
        hb::store::DeliveryFilter draft;
        draft.webhookName = QStringLiteral("New webhook");
        const auto caught = deliveries.list(draft);
        QVERIFY2(caught.ok(), qPrintable(caught.error()));
        QCOMPARE(caught->size(), 1);
        QCOMPARE(caught->first().status, hb::DeliveryStatus::Sample);
        QVERIFY(page->document()->webhook().draft);
    }

    // Another connection holds SQLite's write lock (as a catcher committing a backlog does):
    // Save waits on the executor's thread, the window keeps running and says it is saving.
    void aHeldWriteLockDoesNotFreezeTheWindow()
    {
        TempStore store;
        const auto window = designerfixture::openWindow(store.path());
        QVERIFY(window);
        WebhooksPage *page = window->webhooksPage();
        const qint64 id = page->document()->webhook().id;
        QTest::mouseClick(page->settingsPanel()->findChild<QCheckBox *>(QStringLiteral("apiKeyOn")),
                          Qt::LeftButton);
        const QString key = page->document()->webhook().apiKey;
        QVERIFY(page->saveButton()->isEnabled());

        hb::store::Database locker(store.path());
        QVERIFY(locker.open().ok());
        const hb::Status locked = locker.beginWrite();
        QVERIFY2(locked.ok(), qPrintable(locked.error()));

        int ticks = 0;
        QTimer timer;
        connect(&timer, &QTimer::timeout, [&ticks] { ++ticks; });
        timer.start(10);
        QTest::mouseClick(page->saveButton(), Qt::LeftButton);
        QVERIFY(page->isWriting());
        QCOMPARE(page->saveButton()->text(), QStringLiteral("Saving…"));
        QVERIFY(!page->saveButton()->isEnabled());
        auto *validity = page->findChild<MessageLabel *>(QStringLiteral("validity"));
        QCOMPARE(validity->text(), QStringLiteral("Saving…"));
        // The event loop runs: the timer fires again and again while the save waits.
        QTRY_VERIFY(ticks >= 20);
        QVERIFY(page->isWriting());
        // Typing still works, and what is typed now is not part of the save on its way.
        auto *name = page->settingsPanel()->findChild<QLineEdit *>(QStringLiteral("webhookName"));
        QTest::mouseClick(name, Qt::LeftButton);
        QTest::keyClick(name, Qt::Key_End);
        QTest::keyClicks(name, QStringLiteral(" EU"));
        QTRY_COMPARE(page->document()->webhook().name, QStringLiteral("Deposit bonus EU"));
        QVERIFY(page->isWriting());

        locker.rollback();
        QTRY_VERIFY(!page->isWriting());
        QCOMPARE(page->saveButton()->text(), QStringLiteral("Save"));
        const hb::Result<hb::mapping::Webhook> after = stored(store.path(), id);
        QVERIFY2(after.ok(), qPrintable(after.error()));
        QCOMPARE(after->apiKey, key);
        QCOMPARE(after->name, QStringLiteral("Deposit bonus"));
        // The name typed meanwhile is still an unsaved edit, ready to be saved.
        QVERIFY(page->document()->isModified());
        QVERIFY(page->saveButton()->isEnabled());
        QCOMPARE(validity->text(), QStringLiteral("Valid, not saved yet."));
    }
};

QTEST_MAIN(TestDesignerDrafts)
#include "test_designer_drafts.moc"
