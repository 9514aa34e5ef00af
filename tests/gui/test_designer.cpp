// The designer as a user drives it: a real window on a temporary store, the embedded catcher on
// a free loopback port, a real HTTP request caught, paths set by clicking the tree, rows added,
// operators chosen, Save, and the preview computed by the engine's planner; and the window when
// its port is taken. Input checks and webhook management are in test_designer_*.cpp.
#include "designerfixture.h"
#include "tempstore.h"

#include "common/mainwindow.h"
#include "delivery/catcherservice.h"
#include "webhooks/mappingpanel.h"
#include "webhooks/mappingrowsmodel.h"
#include "webhooks/previewpanel.h"
#include "webhooks/webhookdocument.h"
#include "webhooks/webhooklistpanel.h"
#include "webhooks/webhooksettingspanel.h"
#include "webhooks/webhookspage.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDragEnterEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPushButton>
#include <QTableView>
#include <QTcpServer>
#include <QTest>

#include <memory>

using namespace hb::ui;

class TestDesigner : public QObject {
    Q_OBJECT

private:
    // Opens the editor of a mapping cell with a double click and returns its combo box.
    static QComboBox *openCombo(QTableView *view, int row, int column)
    {
        const QModelIndex index = view->model()->index(row, column);
        view->setCurrentIndex(index);
        const QRect rect = view->visualRect(index);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, rect.center());
        return view->viewport()->findChild<QComboBox *>();
    }

    static QStringList comboValues(QComboBox *combo)
    {
        QStringList values;
        for (int i = 0; i < combo->count(); ++i)
            values << combo->itemData(i).toString();
        return values;
    }

private slots:
    void initTestCase() { designerfixture::isolateSettings(); }

    void catchMapSaveAndPreview()
    {
        TempStore store;
        const auto window = designerfixture::openWindow(store.path());
        QVERIFY(window);
        const hb::Status started = window->startCatcher(designerfixture::loopbackCatcher());
        QVERIFY2(started.ok(), qPrintable(started.error()));
        QVERIFY(
            window->listeningText().startsWith(QStringLiteral("Listening on http://127.0.0.1:")));
        QTRY_VERIFY(window->countsText().contains(QStringLiteral("0 pending")));

        WebhooksPage *page = window->webhooksPage();
        WebhookDocument *document = page->document();
        QVERIFY(document->isLoaded());
        QCOMPARE(document->webhook().name, QStringLiteral("Deposit bonus"));
        auto *url = page->settingsPanel()->findChild<QLineEdit *>(QStringLiteral("webhookUrl"));
        QCOMPARE(url->text(), window->catcher()->webhookUrl(document->webhook().token));
        QVERIFY(url->isReadOnly());

        // Catch: the panel waits visibly until a real request arrives.
        SamplePanel *sample = page->samplePanel();
        QVERIFY(sample->catchButton()->isEnabled());
        // The webhook is live: the panel first says that what it catches is processed as usual.
        QTest::mouseClick(sample->catchButton(), Qt::LeftButton);
        QVERIFY(sample->isAskingLive());
        QVERIFY(!sample->isWaiting());
        auto *liveText = sample->findChild<QWidget *>(QStringLiteral("liveCatchText"));
        QVERIFY(liveText->isVisible());
        QTest::mouseClick(sample->liveCatchButton(), Qt::LeftButton);
        QVERIFY(sample->isWaiting());
        auto *waiting = sample->findChild<QLabel *>(QStringLiteral("waitingText"));
        QVERIFY(waiting->isVisible());
        QVERIFY(waiting->text().contains(url->text()));
        QVERIFY(sample->cancelButton()->isVisible());

        const QByteArray body = R"({"customer": {"email": "Alice@Example.com", "name": "Alice"},
                                    "amount": 12.5, "bonus": 7})";
        QCOMPARE(designerfixture::post(url->text(), body), 202);
        QTRY_VERIFY(!sample->isWaiting());
        QTRY_COMPARE(page->payloadModel()->rowCount(), 3);
        QVERIFY(sample->tree()->isVisible());

        // Map to user: click the path box, then the payload node.
        MappingPanel *mapping = page->mappingPanel();
        QTest::mouseClick(mapping->userPathEdit(), Qt::LeftButton);
        QCOMPARE(mapping->activeTarget(), MappingPanel::Target::UserPath);
        QVERIFY(designerfixture::clickNode(sample, QStringLiteral("/customer/email")));
        QCOMPARE(document->webhook().user.path, QStringLiteral("/customer/email"));
        QCOMPARE(mapping->userPathEdit()->text(), QStringLiteral("/customer/email"));

        // A field row: fields come by key, so nickname (text) is the first unmapped one. The new
        // row's path is the active target: a click on /customer/name fills it.
        QVERIFY(!mapping->addFieldButton()->isVisible()); // no rows yet: the section is folded
        QTest::mouseClick(mapping->findChild<QCheckBox *>(QStringLiteral("locationFields")),
                          Qt::LeftButton);
        QCOMPARE(document->webhook().fields.size(), 1);
        QCOMPARE(document->webhook().fields.first().field, QStringLiteral("nickname"));
        QCOMPARE(mapping->activeTarget(), MappingPanel::Target::RowPath);
        QCOMPARE(mapping->activeRow(), 0);
        QVERIFY(designerfixture::clickNode(sample, QStringLiteral("/customer/name")));
        QCOMPARE(document->webhook().fields.first().path, QStringLiteral("/customer/name"));

        // A text field offers overwrite only: add is not there to pick.
        QTableView *rows = mapping->rowsView();
        QComboBox *op = openCombo(rows, 0, MappingRowsModel::OperatorColumn);
        QVERIFY(op);
        QCOMPARE(op->objectName(), QStringLiteral("operatorEditor"));
        QCOMPARE(comboValues(op), QStringList{QStringLiteral("overwrite")});
        QVERIFY(op->findData(QStringLiteral("add")) < 0);
        QTest::keyClick(op, Qt::Key_Escape);
        QTRY_VERIFY(!rows->viewport()->findChild<QComboBox *>());

        // The field combo lists the community's fields and offers to create one.
        QComboBox *target = openCombo(rows, 0, MappingRowsModel::TargetColumn);
        QVERIFY(target);
        QCOMPARE(target->objectName(), QStringLiteral("targetEditor"));
        QVERIFY(target->findData(QStringLiteral("total-deposit")) >= 0);
        QCOMPARE(target->itemText(target->count() - 1), QStringLiteral("New field…"));
        QTest::keyClick(target, Qt::Key_Escape);
        QTRY_VERIFY(!rows->viewport()->findChild<QComboBox *>());

        // A second row takes total-deposit, a number: add, subtract and overwrite; choose add.
        QTest::mouseClick(mapping->addFieldButton(), Qt::LeftButton);
        QCOMPARE(document->webhook().fields.size(), 2);
        QCOMPARE(document->webhook().fields.at(1).field, QStringLiteral("total-deposit"));
        QCOMPARE(mapping->activeRow(), 1);
        QVERIFY(designerfixture::clickNode(sample, QStringLiteral("/amount")));
        QCOMPARE(document->webhook().fields.at(1).path, QStringLiteral("/amount"));
        op = openCombo(rows, 1, MappingRowsModel::OperatorColumn);
        QVERIFY(op);
        QCOMPARE(comboValues(op), (QStringList{QStringLiteral("add"), QStringLiteral("subtract"),
                                               QStringLiteral("overwrite")}));
        op->setCurrentIndex(op->findData(QStringLiteral("subtract")));
        emit op->activated(op->currentIndex());
        QTRY_VERIFY(!rows->viewport()->findChild<QComboBox *>());
        QCOMPARE(document->webhook().fields.at(1).op, hb::mapping::Operator::Subtract);
        op = openCombo(rows, 1, MappingRowsModel::OperatorColumn);
        QVERIFY(op);
        op->setCurrentIndex(op->findData(QStringLiteral("add")));
        emit op->activated(op->currentIndex());
        QTRY_VERIFY(!rows->viewport()->findChild<QComboBox *>());
        QCOMPARE(document->webhook().fields.at(1).op, hb::mapping::Operator::Add);

        // Coins from /bonus: a payload node dropped onto the row's path cell. The drag carries
        // what the tree's model puts in it.
        QTest::mouseClick(mapping->addCurrencyButton(), Qt::LeftButton);
        QCOMPARE(document->webhook().currencies.size(), 1);
        auto *payload = page->payloadModel();
        std::unique_ptr<QMimeData> drag(
            payload->mimeData({payload->indexForPointer(QStringLiteral("/bonus"))}));
        const QPoint at =
            rows->visualRect(rows->model()->index(2, MappingRowsModel::PathColumn)).center();
        QDragEnterEvent enter(at, Qt::CopyAction, drag.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(rows->viewport(), &enter);
        QVERIFY(enter.isAccepted());
        QDragMoveEvent move(at, Qt::CopyAction, drag.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(rows->viewport(), &move);
        QVERIFY(move.isAccepted());
        QDropEvent drop(at, Qt::CopyAction, drag.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(rows->viewport(), &drop);
        QCOMPARE(document->webhook().currencies.first().path, QStringLiteral("/bonus"));

        // The preview is the planner's answer for alice: old -> new for each change. The user is
        // looked up on the reader thread: the answer comes a moment later.
        QTRY_VERIFY(page->previewPanel()->lines().contains(QStringLiteral("Coins: 5 → 12")));
        const QStringList preview = page->previewPanel()->lines();
        QVERIFY2(preview.contains(QStringLiteral("User found: alice@example.com (alice)")),
                 qPrintable(preview.join(QLatin1Char('\n'))));
        QVERIFY2(preview.contains(QStringLiteral("Total deposit: 10 → 22.5")),
                 qPrintable(preview.join(QLatin1Char('\n'))));
        QVERIFY2(preview.contains(QStringLiteral("Nickname: (unset) → Alice")),
                 qPrintable(preview.join(QLatin1Char('\n'))));
        QVERIFY2(preview.contains(QStringLiteral("Coins: 5 → 12")),
                 qPrintable(preview.join(QLatin1Char('\n'))));

        // Save, and read the webhook back the way the catcher will.
        QVERIFY(page->saveButton()->isEnabled());
        QTest::mouseClick(page->saveButton(), Qt::LeftButton);
        QTRY_VERIFY(!document->isModified());
        QVERIFY(!page->saveButton()->isEnabled());
        hb::store::Database db(store.path());
        QVERIFY(db.open().ok());
        hb::store::WebhookRepository repository(db);
        const auto stored = repository.findByName(QStringLiteral("Deposit bonus"));
        QVERIFY(stored.ok() && stored->has_value());
        const hb::mapping::Webhook &saved = **stored;
        QCOMPARE(saved.user.identifier, hb::mapping::Identifier::Email);
        QCOMPARE(saved.user.path, QStringLiteral("/customer/email"));
        QCOMPARE(saved.fields.size(), 2);
        QCOMPARE(saved.fields.at(0).field, QStringLiteral("nickname"));
        QCOMPARE(saved.fields.at(0).op, hb::mapping::Operator::Overwrite);
        QCOMPARE(saved.fields.at(0).path, QStringLiteral("/customer/name"));
        QCOMPARE(saved.fields.at(1).field, QStringLiteral("total-deposit"));
        QCOMPARE(saved.fields.at(1).op, hb::mapping::Operator::Add);
        QCOMPARE(saved.fields.at(1).path, QStringLiteral("/amount"));
        QCOMPARE(saved.currencies.size(), 1);
        QCOMPARE(saved.currencies.first().path, QStringLiteral("/bonus"));
        const auto sampleBack = repository.sampleRequest(saved.id);
        QVERIFY(sampleBack.ok());
        QCOMPARE(sampleBack->value(QStringLiteral("payload"))
                     .toObject()
                     .value(QStringLiteral("bonus"))
                     .toInt(),
                 7);

        // Undo reaches back over the save, and the change is then unsaved again.
        page->undoAction()->trigger();
        QCOMPARE(document->webhook().currencies.first().path, QString());
        QVERIFY(document->isModified());
        QVERIFY(!page->saveButton()->isEnabled()); // a row without a path cannot be saved
        page->redoAction()->trigger();
        QVERIFY(!document->isModified());

        // Closing the window stops the catcher: the port is free again.
        const quint16 port = quint16(window->catcher()->baseUrl().port());
        window->close();
        QVERIFY(!window->catcher()->isListening());
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, port));
    }

    void newWebhookAndPortTaken()
    {
        TempStore store;
        QString error;
        QVERIFY2(designerfixture::populate(store.path(), &error), qPrintable(error));
        QTcpServer squatter;
        QVERIFY(squatter.listen(QHostAddress::LocalHost, 0));

        MainWindow window(store.path(), false);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        hb::delivery::CatcherSettings settings = designerfixture::loopbackCatcher();
        settings.port = squatter.serverPort();
        QVERIFY(!window.startCatcher(settings).ok());
        QVERIFY2(window.listeningText().startsWith(QStringLiteral("Not listening: ")),
                 qPrintable(window.listeningText()));
        QVERIFY2(window.listeningText().contains(QStringLiteral("in use")),
                 qPrintable(window.listeningText()));
        auto *otherPort = window.findChild<QPushButton *>(QStringLiteral("otherPort"));
        QVERIFY(otherPort->isVisible());
        QVERIFY(otherPort->text().startsWith(QStringLiteral("Use port")));
        WebhooksPage *page = window.webhooksPage();
        QVERIFY(designerfixture::waitForWebhooksPage(page));
        QVERIFY(!page->samplePanel()->catchButton()->isEnabled());

        // + New creates a stored draft with a name of its own and selects it; the list says it
        // is a draft.
        QListWidget *list = page->listPanel()->list();
        QCOMPARE(list->count(), 1);
        QTest::mouseClick(page->listPanel()->newButton(), Qt::LeftButton);
        QTRY_COMPARE(list->count(), 2);
        QTRY_COMPARE(page->document()->webhook().name, QStringLiteral("New webhook"));
        QVERIFY(page->document()->webhook().draft);
        QTRY_COMPARE(list->currentItem()->text(), QStringLiteral("New webhook (draft)"));
        QVERIFY2(list->currentItem()->toolTip().startsWith(QStringLiteral("Draft")),
                 qPrintable(list->currentItem()->toolTip()));
        QTRY_VERIFY(list->isEnabled());
        QTest::mouseClick(page->listPanel()->newButton(), Qt::LeftButton);
        QTRY_COMPARE(page->document()->webhook().name, QStringLiteral("New webhook 2"));

        // Ctrl+2 shows the Deliveries page.
        auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
        QCOMPARE(navigation->count(), 4);
        window.showPage(MainWindow::DeliveriesPageIndex);
        QCOMPARE(navigation->currentRow(), 1);
    }
};

QTEST_MAIN(TestDesigner)
#include "test_designer.moc"
