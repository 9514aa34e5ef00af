// Managing webhooks in the designer: export and import (a faulty file refused whole), the API
// key masked and regenerated only after a confirmation, and rename, duplicate, disable and delete
// from the list, each kept in the store at once.
#include "designerfixture.h"
#include "tempstore.h"

#include "delivery/catcherservice.h"

#include "common/messagelabel.h"
#include "webhooks/samplepanel.h"
#include "webhooks/webhookdocument.h"
#include "webhooks/webhooklistpanel.h"
#include "webhooks/webhooksettingspanel.h"
#include "webhooks/webhookspage.h"

#include <QApplication>
#include <QCheckBox>
#include <QFile>
#include <QInputDialog>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QTest>
#include <QTimer>

using namespace hb::ui;

class TestDesignerWebhooks : public QObject {
    Q_OBJECT

    // The window's catcher on a free port, without processing (the tests read what arrives).
    static hb::Status startCatcher(hb::ui::MainWindow &window)
    {
        hb::delivery::CatcherSettings settings;
        settings.address = QHostAddress::LocalHost;
        settings.port = 0;
        settings.processDeliveries = false;
        return window.startCatcher(settings);
    }

private slots:
    void initTestCase() { designerfixture::isolateSettings(); }

    void importAndExport()
    {
        TempStore store;
        const auto window = designerfixture::openWindow(store.path());
        QVERIFY(window);
        WebhooksPage *page = window->webhooksPage();

        const QString exported = store.folder() + QStringLiteral("/deposit.json");
        const hb::Status written = page->exportTo(exported);
        QVERIFY2(written.ok(), qPrintable(written.error()));
        QFile file(exported);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(json.value(QStringLiteral("name")).toString(), QStringLiteral("Deposit bonus"));
        QCOMPARE(
            json.value(QStringLiteral("user")).toObject().value(QStringLiteral("path")).toString(),
            QStringLiteral("/email"));

        // A file with a fault is refused as a whole, naming the member.
        const QString bad = store.folder() + QStringLiteral("/bad.json");
        QFile badFile(bad);
        QVERIFY(badFile.open(QIODevice::WriteOnly));
        badFile.write(R"({"name": "Bad", "user": {"identifier": "phone", "path": "/x"}})");
        badFile.close();
        const hb::Status refused = page->importFrom(bad);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(QStringLiteral("user.identifier")),
                 qPrintable(refused.error()));
        QVERIFY2(refused.error().contains(QStringLiteral("nothing was imported")),
                 qPrintable(refused.error()));
        QCOMPARE(page->listPanel()->list()->count(), 1);
        QVERIFY(!page->importFrom(store.folder() + QStringLiteral("/missing.json")).ok());

        // The exported file under another name comes back as a second webhook, selected.
        QJsonObject copy = json;
        copy.insert(QStringLiteral("name"), QStringLiteral("Deposit bonus EU"));
        copy.remove(QStringLiteral("token"));
        const QString good = store.folder() + QStringLiteral("/good.json");
        QFile goodFile(good);
        QVERIFY(goodFile.open(QIODevice::WriteOnly));
        goodFile.write(QJsonDocument(copy).toJson());
        goodFile.close();
        const hb::Status imported = page->importFrom(good);
        QVERIFY2(imported.ok(), qPrintable(imported.error()));
        QTRY_COMPARE(page->listPanel()->list()->count(), 2);
        QTRY_COMPARE(page->document()->webhook().name, QStringLiteral("Deposit bonus EU"));
    }

    void apiKeyIsMaskedCopiedAndRegeneratedAfterConfirmation()
    {
        TempStore store;
        const auto window = designerfixture::openWindow(store.path());
        QVERIFY(window);
        WebhooksPage *page = window->webhooksPage();
        WebhookSettingsPanel *settings = page->settingsPanel();
        auto *on = settings->findChild<QCheckBox *>(QStringLiteral("apiKeyOn"));
        auto *key = settings->findChild<QLineEdit *>(QStringLiteral("apiKey"));
        QVERIFY(!key->isEnabled());
        QTest::mouseClick(on, Qt::LeftButton);
        const QString first = page->document()->webhook().apiKey;
        QVERIFY(first.size() >= 32);
        QCOMPARE(key->text(), first);
        QCOMPARE(key->echoMode(), QLineEdit::Password);
        QVERIFY(key->isReadOnly());

        // Regenerate asks first: Cancel keeps the key, Yes replaces it.
        auto *regenerate = settings->findChild<QPushButton *>(QStringLiteral("apiKeyRegenerate"));
        designerfixture::answerNextMessageBox(QMessageBox::Cancel, QStringLiteral("refused (401)"));
        QTest::mouseClick(regenerate, Qt::LeftButton);
        QCOMPARE(page->document()->webhook().apiKey, first);
        designerfixture::answerNextMessageBox(QMessageBox::Yes, QStringLiteral("refused (401)"));
        QTest::mouseClick(regenerate, Qt::LeftButton);
        const QString second = page->document()->webhook().apiKey;
        QVERIFY(second.size() >= 32);
        QVERIFY(second != first);

        // Saved, the catcher asks senders for it.
        QTest::mouseClick(page->saveButton(), Qt::LeftButton);
        QTRY_VERIFY(!page->document()->isModified());
        hb::store::Database db(store.path());
        QVERIFY(db.open().ok());
        hb::store::WebhookRepository repository(db);
        const auto stored = repository.findByName(QStringLiteral("Deposit bonus"));
        QVERIFY(stored.ok() && stored->has_value());
        QCOMPARE((*stored)->apiKey, second);
    }

    // Catching on a webhook that asks for its API key: a request sent without it is refused,
    // and the waiting panel says so (and keeps waiting) instead of waiting in silence.
    void refusedRequestIsSaidWhileCatching()
    {
        TempStore store;
        const auto window = designerfixture::openWindow(store.path());
        QVERIFY(window);
        const hb::Status started = startCatcher(*window);
        QVERIFY2(started.ok(), qPrintable(started.error()));
        WebhooksPage *page = window->webhooksPage();
        QTest::mouseClick(page->settingsPanel()->findChild<QCheckBox *>(QStringLiteral("apiKeyOn")),
                          Qt::LeftButton);
        // The first edit after a save makes Save available at once.
        QVERIFY(page->saveButton()->isEnabled());
        QCOMPARE(page->findChild<MessageLabel *>(QStringLiteral("validity"))->text(),
                 QStringLiteral("Valid, not saved yet."));
        QTest::mouseClick(page->saveButton(), Qt::LeftButton);
        QTRY_VERIFY(!page->document()->isModified());
        // Saved: the catcher now asks senders for the key.
        QCOMPARE(page->findChild<MessageLabel *>(QStringLiteral("validity"))->text(),
                 QStringLiteral("Saved."));

        SamplePanel *sample = page->samplePanel();
        QVERIFY(designerfixture::startCatching(sample));
        QVERIFY(sample->waitingNote()->text().isEmpty());
        const QString url = window->catcher()->webhookUrl(page->document()->webhook().token);
        QCOMPARE(designerfixture::post(url, R"({"email": "alice@example.com"})"), 401);
        QTRY_VERIFY(!sample->waitingNote()->text().isEmpty());
        const QString note = sample->waitingNote()->text();
        QVERIFY2(note.contains(QStringLiteral("refused (401: missing x-api-key header)")),
                 qPrintable(note));
        QVERIFY(sample->waitingNote()->isError());
        QVERIFY(sample->isWaiting()); // still waiting for one that arrives

        // A new Catch starts clean.
        QTest::mouseClick(sample->cancelButton(), Qt::LeftButton);
        QVERIFY(designerfixture::startCatching(sample));
        QVERIFY(sample->waitingNote()->text().isEmpty());
    }

    // What is saved in the window applies to the very next request, though the catcher keeps
    // the webhooks in a cache (re-read each second for changes made by other processes).
    void aSavedChangeAppliesToTheNextRequest()
    {
        TempStore store;
        const auto window = designerfixture::openWindow(store.path());
        QVERIFY(window);
        QVERIFY(startCatcher(*window).ok());
        WebhooksPage *page = window->webhooksPage();
        const QString url = window->catcher()->webhookUrl(page->document()->webhook().token);
        const QByteArray body = R"({"email": "alice@example.com"})";
        QCOMPARE(designerfixture::post(url, body), 202); // the catcher has the webhook cached

        QTest::mouseClick(page->settingsPanel()->findChild<QCheckBox *>(QStringLiteral("apiKeyOn")),
                          Qt::LeftButton);
        QTest::mouseClick(page->saveButton(), Qt::LeftButton);
        QTRY_VERIFY(!page->document()->isModified());
        QCOMPARE(designerfixture::post(url, body), 401);

        designerfixture::answerNextMessageBox(QMessageBox::Yes, QStringLiteral("404"));
        QTest::mouseClick(
            page->listPanel()->findChild<QPushButton *>(QStringLiteral("deleteWebhook")),
            Qt::LeftButton);
        QTRY_COMPARE(page->listPanel()->list()->count(), 0);
        QCOMPARE(designerfixture::post(url, body), 404);
    }

    void renameDuplicateDisableAndDelete()
    {
        TempStore store;
        const auto window = designerfixture::openWindow(store.path());
        QVERIFY(window);
        WebhooksPage *page = window->webhooksPage();
        QListWidget *list = page->listPanel()->list();
        hb::store::Database db(store.path());
        QVERIFY(db.open().ok());
        hb::store::WebhookRepository repository(db);

        // Rename asks for the name and keeps it at once.
        QTimer::singleShot(0, [] {
            auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            dialog->setTextValue(QStringLiteral("Deposit bonus EU"));
            dialog->accept();
        });
        QTest::mouseClick(
            page->listPanel()->findChild<QPushButton *>(QStringLiteral("renameWebhook")),
            Qt::LeftButton);
        QTRY_COMPARE(list->currentItem()->text(), QStringLiteral("Deposit bonus EU"));
        QVERIFY(repository.findByName(QStringLiteral("Deposit bonus EU"))->has_value());

        // Duplicate gets a name and a URL of its own.
        const QString token = page->document()->webhook().token;
        QTest::mouseClick(
            page->listPanel()->findChild<QPushButton *>(QStringLiteral("duplicateWebhook")),
            Qt::LeftButton);
        QTRY_COMPARE(list->count(), 2);
        QTRY_COMPARE(page->document()->webhook().name, QStringLiteral("Deposit bonus EU (copy)"));
        QTRY_VERIFY(!page->isBusy());
        QVERIFY(page->document()->webhook().token != token);

        // Disable: the list says so in words, and the store has it.
        page->toggleEnabled();
        QTRY_VERIFY(!page->document()->isModified());
        QTRY_COMPARE(list->currentItem()->text(), QStringLiteral("Deposit bonus EU (copy) (off)"));
        QCOMPARE(list->currentItem()->toolTip(), QStringLiteral("Disabled"));
        QVERIFY(!(*repository.findByName(QStringLiteral("Deposit bonus EU (copy)")))->enabled);

        // Delete asks first; Cancel keeps it.
        auto *remove = page->listPanel()->findChild<QPushButton *>(QStringLiteral("deleteWebhook"));
        designerfixture::answerNextMessageBox(QMessageBox::Cancel, QStringLiteral("404"));
        QTest::mouseClick(remove, Qt::LeftButton);
        QCOMPARE(list->count(), 2);
        QTRY_VERIFY(remove->isEnabled());
        designerfixture::answerNextMessageBox(QMessageBox::Yes, QStringLiteral("404"));
        QTest::mouseClick(remove, Qt::LeftButton);
        QTRY_COMPARE(list->count(), 1);
        QVERIFY(!repository.findByName(QStringLiteral("Deposit bonus EU (copy)"))->has_value());
        QTRY_COMPARE(page->document()->webhook().name, QStringLiteral("Deposit bonus EU"));
    }
};

QTEST_MAIN(TestDesignerWebhooks)
#include "test_designer_webhooks.moc"
