// The designer's editing as a user met it (issue 11): typing a name with spaces, Ctrl+Z after
// removing a row, Ctrl+K and Escape for Catch, the preview of a row without a path, and the
// payload search on a large sample. Keys go to whatever widget has focus, as they would.
#include "designerfixture.h"
#include "tempstore.h"

#include "common/mainwindow.h"
#include "delivery/catcherservice.h"
#include "webhooks/mappingpanel.h"
#include "webhooks/mappingrowsmodel.h"
#include "webhooks/payloadtreemodel.h"
#include "webhooks/previewpanel.h"
#include "webhooks/samplepanel.h"
#include "webhooks/webhookdocument.h"
#include "webhooks/webhooksettingspanel.h"
#include "webhooks/webhookspage.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QJsonArray>
#include <QJsonObject>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTreeView>

using namespace hb::ui;

class TestDesignerEditing : public QObject {
    Q_OBJECT

private:
    // Shortcuts need an active window with a focus widget, as on a desktop.
    static bool activate(QWidget *window)
    {
        window->activateWindow();
        QApplication::setActiveWindow(window);
        return QTest::qWaitForWindowActive(window);
    }

    static void pressOnFocus(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QWidget *focus = QApplication::focusWidget();
        QVERIFY(focus);
        QTest::keyClick(focus, key, modifiers);
    }

    // The first key combination of `sequence` (as the platform binds Undo, Redo...).
    static void pressOnFocus(const QKeySequence &sequence)
    {
        QVERIFY(!sequence.isEmpty());
        pressOnFocus(sequence[0].key(), sequence[0].keyboardModifiers());
    }

    static QPoint cellCenter(QTableView *view, int row, int column)
    {
        return view->visualRect(view->model()->index(row, column)).center();
    }

private slots:
    void initTestCase() { designerfixture::isolateSettings(); }

    // The name was stored trimmed at every key, and the edit shown the stored name: the space
    // typed before "bonus" vanished.
    void typedNameKeepsItsSpaces()
    {
        TempStore store;
        const auto window = designerfixture::openWindow(store.path());
        QVERIFY(window);
        QVERIFY(activate(window.get()));
        WebhooksPage *page = window->webhooksPage();
        auto *name = page->settingsPanel()->findChild<QLineEdit *>(QStringLiteral("webhookName"));
        QTest::mouseClick(name, Qt::LeftButton);
        QTest::keyClick(name, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(name, QStringLiteral("Weekly deposit bonus"));
        QCOMPARE(name->text(), QStringLiteral("Weekly deposit bonus"));
        QCOMPARE(page->document()->webhook().name, QStringLiteral("Weekly deposit bonus"));
        // A trailing space is kept while typing, and dropped from what is stored.
        QTest::keyClick(name, Qt::Key_Space);
        QCOMPARE(name->text(), QStringLiteral("Weekly deposit bonus "));
        QCOMPARE(page->document()->webhook().name, QStringLiteral("Weekly deposit bonus"));
    }

    // After Remove row, focus went to the channel box, whose own Ctrl+Z undid its text.
    void undoAfterRemovingARowUndoesTheRemoval()
    {
        TempStore store;
        const auto window = designerfixture::openWindow(store.path());
        QVERIFY(window);
        QVERIFY(activate(window.get()));
        WebhooksPage *page = window->webhooksPage();
        WebhookDocument *document = page->document();
        MappingPanel *mapping = page->mappingPanel();

        QTest::mouseClick(mapping->findChild<QCheckBox *>(QStringLiteral("locationMessage")),
                          Qt::LeftButton);
        auto *channel = mapping->findChild<QLineEdit *>(QStringLiteral("messageChannel"));
        QTRY_VERIFY(channel->isVisible());
        QTest::mouseClick(channel, Qt::LeftButton);
        QTest::keyClicks(channel, QStringLiteral("big wins"));
        QCOMPARE(document->webhook().message->channel, QStringLiteral("big wins"));

        QTest::mouseClick(mapping->findChild<QCheckBox *>(QStringLiteral("locationFields")),
                          Qt::LeftButton);
        QTest::mouseClick(mapping->addFieldButton(), Qt::LeftButton);
        QCOMPARE(document->webhook().fields.size(), 2);
        QTableView *rows = mapping->rowsView();
        QTest::mouseClick(rows->viewport(), Qt::LeftButton, {},
                          cellCenter(rows, 0, MappingRowsModel::CheckColumn));
        QCOMPARE(rows->currentIndex().row(), 0);

        QTest::mouseClick(mapping->removeButton(), Qt::LeftButton);
        QCOMPARE(document->webhook().fields.size(), 1);
        // Focus stays in the rows, on the row that took the removed one's place.
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(rows));
        QCOMPARE(rows->currentIndex().row(), 0);
        QVERIFY(mapping->removeButton()->isEnabled());

        pressOnFocus(QKeySequence(QKeySequence::Undo));
        QCOMPARE(document->webhook().fields.size(), 2);
        QCOMPARE(channel->text(), QStringLiteral("big wins"));

        // With focus in a text box, Undo and Redo still follow the webhook.
        QTest::mouseClick(channel, Qt::LeftButton);
        QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(channel));
        pressOnFocus(QKeySequence(QKeySequence::Redo)); // the removal again
        QCOMPARE(document->webhook().fields.size(), 1);
        QCOMPARE(channel->text(), QStringLiteral("big wins"));
        pressOnFocus(QKeySequence(QKeySequence::Undo));
        QCOMPARE(document->webhook().fields.size(), 2);
        QCOMPARE(channel->text(), QStringLiteral("big wins"));
    }

    // Ctrl+K on the Deliveries page started a catch out of sight; Escape did not stop one.
    void catchShortcutOnlyWhereItIsSeen()
    {
        TempStore store;
        const auto window = designerfixture::openWindow(store.path());
        QVERIFY(window);
        const hb::Status started = window->startCatcher(designerfixture::loopbackCatcher());
        QVERIFY2(started.ok(), qPrintable(started.error()));
        QVERIFY(activate(window.get()));
        WebhooksPage *page = window->webhooksPage();
        SamplePanel *sample = page->samplePanel();

        window->showPage(MainWindow::DeliveriesPageIndex);
        QTRY_VERIFY(!page->isVisible());
        auto *navigation = window->findChild<QWidget *>(QStringLiteral("navigation"));
        navigation->setFocus();
        QTRY_VERIFY(QApplication::focusWidget());
        pressOnFocus(Qt::Key_K, Qt::ControlModifier);
        QVERIFY(!sample->isWaiting());
        QVERIFY(!page->isVisible());

        // Edit > Catch chosen from another page shows the page it acts on. The webhook is live:
        // the panel says first that the delivery is processed; Catch again waits for it.
        page->catchAction()->trigger();
        QTRY_VERIFY(page->isVisible());
        QVERIFY(sample->isAskingLive());
        QVERIFY(sample->cancelButton()->isVisible());
        page->catchAction()->trigger();
        QVERIFY(sample->isWaiting());
        QVERIFY(sample->cancelButton()->isVisible());

        // Escape stops waiting; Ctrl+K on the page asks, and Ctrl+K again waits.
        page->settingsPanel()->findChild<QPushButton *>(QStringLiteral("copyUrl"))->setFocus();
        QTRY_VERIFY(QApplication::focusWidget());
        pressOnFocus(Qt::Key_Escape);
        QVERIFY(!sample->isWaiting());
        QVERIFY(sample->catchButton()->isVisible());
        sample->catchButton()->setFocus(); // Ctrl+K in a text box is its delete-to-end
        pressOnFocus(Qt::Key_K, Qt::ControlModifier);
        QVERIFY(sample->isAskingLive());
        pressOnFocus(Qt::Key_K, Qt::ControlModifier);
        QVERIFY(sample->isWaiting());
        pressOnFocus(Qt::Key_Escape);
        QVERIFY(!sample->isWaiting());
        QVERIFY(!sample->isAskingLive());
    }

    // A row without a path was planned with the empty pointer, the whole payload; and the
    // preview named fields by key.
    void previewSaysWhatARowStillNeeds()
    {
        TempStore store;
        const QJsonObject payload{{QStringLiteral("email"), QStringLiteral("alice@example.com")},
                                  {QStringLiteral("amount"), 12.5}};
        const auto window = designerfixture::openWindowWithSample(store.path(), payload);
        QVERIFY(window);
        WebhooksPage *page = window->webhooksPage();
        MappingPanel *mapping = page->mappingPanel();
        QTRY_COMPARE(page->payloadModel()->rowCount(), 2);

        QTest::mouseClick(mapping->findChild<QCheckBox *>(QStringLiteral("locationFields")),
                          Qt::LeftButton); // nickname, the first field not mapped
        QTest::mouseClick(mapping->addFieldButton(), Qt::LeftButton); // total-deposit
        QCOMPARE(mapping->activeRow(), 1);
        PreviewPanel *preview = page->previewPanel();
        auto lines = [preview] { return preview->lines().join(QLatin1Char('\n')); };
        QTRY_VERIFY2(
            preview->lines().contains(QStringLiteral("Total deposit: choose a payload path")),
            qPrintable(lines()));
        QVERIFY2(preview->lines().contains(QStringLiteral("Nickname: choose a payload path")),
                 qPrintable(lines()));
        QVERIFY2(!lines().contains(QStringLiteral("is not")), qPrintable(lines()));
        QVERIFY2(!lines().contains(QStringLiteral("Would fail")), qPrintable(lines()));

        QVERIFY(designerfixture::clickNode(page->samplePanel(), QStringLiteral("/amount")));
        QTRY_VERIFY2(preview->lines().contains(QStringLiteral("Total deposit: 10 → 22.5")),
                     qPrintable(lines()));
        QVERIFY2(preview->lines().contains(QStringLiteral("Nickname: choose a payload path")),
                 qPrintable(lines()));
    }

    // 11,000 nodes: the search is debounced (one search for a burst of keys) and still finds a
    // node four levels down.
    void searchALargePayload()
    {
        QJsonArray orders;
        for (int i = 0; i < 2000; ++i)
            orders.append(QJsonObject{{QStringLiteral("id"), i},
                                      {QStringLiteral("customer"),
                                       QJsonObject{{QStringLiteral("email"),
                                                    QStringLiteral("user%1@example.com").arg(i)}}},
                                      {QStringLiteral("amount"), i * 0.5},
                                      {QStringLiteral("tags"), QJsonArray{QStringLiteral("t")}}});
        TempStore store;
        const auto window = designerfixture::openWindowWithSample(
            store.path(), QJsonObject{{QStringLiteral("orders"), orders}});
        QVERIFY(window);
        WebhooksPage *page = window->webhooksPage();
        SamplePanel *sample = page->samplePanel();
        QTRY_COMPARE(page->payloadModel()->rowCount(), 1);
        QVERIFY(page->payloadModel()->snapshot()->size() > 11000);

        QSignalSpy searched(sample, &SamplePanel::searched);
        QTest::mouseClick(sample->searchEdit(), Qt::LeftButton);
        QTest::keyClicks(sample->searchEdit(), QStringLiteral("USER1234@"));
        QTRY_COMPARE(searched.count(), 1);
        QCOMPARE(searched.first().first().toString(), QStringLiteral("USER1234@"));

        QTreeView *tree = sample->tree();
        QAbstractItemModel *shown = tree->model();
        QCOMPARE(shown->rowCount(), 1); // /orders
        const QModelIndex ordersIndex = shown->index(0, 0);
        QCOMPARE(shown->rowCount(ordersIndex), 1); // /orders/1234 only
        const QModelIndex order = shown->index(0, 0, ordersIndex);
        QCOMPARE(order.data(PayloadTreeModel::PointerRole).toString(),
                 QStringLiteral("/orders/1234"));
        QCOMPARE(shown->rowCount(order), 1); // its customer
        const QModelIndex email = shown->index(0, 0, shown->index(0, 0, order));
        QCOMPARE(email.data(PayloadTreeModel::PointerRole).toString(),
                 QStringLiteral("/orders/1234/customer/email"));
        QVERIFY(tree->isExpanded(shown->index(0, 0, order)));
        tree->scrollTo(email);
        QVERIFY(tree->visualRect(email).isValid());

        // Clearing the search shows everything again.
        QTest::keyClick(sample->searchEdit(), Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(sample->searchEdit(), Qt::Key_Backspace);
        QTRY_COMPARE(searched.count(), 2);
        QCOMPARE(shown->rowCount(shown->index(0, 0)), 2000);
    }
};

QTEST_MAIN(TestDesignerEditing)
#include "test_designer_editing.moc"
