// The designer as a user drives it: a real window on a temporary store, the embedded catcher on
// a free loopback port, a real HTTP request caught, paths set by clicking the tree, rows added,
// operators chosen, Save, and the preview computed by the engine's planner.
#include "designerfixture.h"
#include "tempstore.h"

#include "delivery/catcherservice.h"
#include "models/mappingrowsmodel.h"
#include "models/webhookdocument.h"
#include "views/mainwindow.h"
#include "views/mappingpanel.h"
#include "views/newfielddialog.h"
#include "views/previewpanel.h"
#include "views/settingsdialog.h"
#include "views/webhooklistpanel.h"
#include "views/webhooksettingspanel.h"
#include "views/webhookspage.h"
#include "widgets/messagelabel.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDragEnterEvent>
#include <QFile>
#include <QInputDialog>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTcpServer>
#include <QTest>
#include <QTimer>

using namespace hb::ui;

class TestDesigner : public QObject {
    Q_OBJECT

private:
    static hb::delivery::CatcherSettings loopbackAnyPort()
    {
        hb::delivery::CatcherSettings settings;
        settings.address = QHostAddress::LocalHost;
        settings.port = 0;
        // The preview compares against the stored user: keep the caught delivery unapplied.
        settings.processDeliveries = false;
        return settings;
    }

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
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("hookbench-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("test_designer"));
    }

    void catchMapSaveAndPreview()
    {
        TempStore store;
        const auto window = designerfixture::openWindow(store.path());
        QVERIFY(window);
        const hb::Status started = window->startCatcher(loopbackAnyPort());
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
        QTest::mouseClick(sample->catchButton(), Qt::LeftButton);
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
        QTRY_VERIFY(page->previewPanel()->lines().contains(QStringLiteral("coins: 5 → 12")));
        const QStringList preview = page->previewPanel()->lines();
        QVERIFY2(preview.contains(QStringLiteral("User found: alice@example.com (alice)")),
                 qPrintable(preview.join(QLatin1Char('\n'))));
        QVERIFY2(preview.contains(QStringLiteral("total-deposit: 10 → 22.5")),
                 qPrintable(preview.join(QLatin1Char('\n'))));
        QVERIFY2(preview.contains(QStringLiteral("nickname: (unset) → Alice")),
                 qPrintable(preview.join(QLatin1Char('\n'))));
        QVERIFY2(preview.contains(QStringLiteral("coins: 5 → 12")),
                 qPrintable(preview.join(QLatin1Char('\n'))));

        // Save, and read the webhook back the way the catcher will.
        QVERIFY(page->saveButton()->isEnabled());
        QTest::mouseClick(page->saveButton(), Qt::LeftButton);
        QVERIFY(!document->isModified());
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

    void invalidInputIsExplainedInPlace()
    {
        TempStore store;
        const auto window = designerfixture::openWindow(store.path());
        QVERIFY(window);
        WebhooksPage *page = window->webhooksPage();
        WebhookDocument *document = page->document();
        auto *validity = page->findChild<MessageLabel *>(QStringLiteral("validity"));

        // A user path typed without the leading slash.
        MappingPanel *mapping = page->mappingPanel();
        mapping->userPathEdit()->selectAll();
        QTest::keyClicks(mapping->userPathEdit(), QStringLiteral("customer/email"));
        QCOMPARE(document->webhook().user.path, QStringLiteral("customer/email"));
        QVERIFY(!page->saveButton()->isEnabled());
        QVERIFY(validity->isError());
        QVERIFY2(validity->text().contains(QStringLiteral("must start with \"/\"")),
                 qPrintable(validity->text()));
        auto *userProblem = mapping->findChild<MessageLabel *>(QStringLiteral("userProblem"));
        QVERIFY(userProblem->isVisible());
        page->undoAction()->trigger();
        QCOMPARE(document->webhook().user.path, QStringLiteral("/email"));
        QVERIFY(!validity->isError());

        // The encryption key is counted as it is typed, and must be 32 characters.
        WebhookSettingsPanel *settings = page->settingsPanel();
        QTest::mouseClick(settings->findChild<QCheckBox *>(QStringLiteral("encryptionOn")),
                          Qt::LeftButton);
        QVERIFY(document->webhook().encryption.has_value());
        QCOMPARE(document->webhook().encryption->key.size(), 32);
        auto *key = settings->findChild<QLineEdit *>(QStringLiteral("encryptionKey"));
        QCOMPARE(key->echoMode(), QLineEdit::Password); // secrets masked by default
        auto *counter = settings->findChild<QLabel *>(QStringLiteral("keyCounter"));
        QCOMPARE(counter->text(), QStringLiteral("32/32"));
        QTest::keyClick(key, Qt::Key_End);
        QTest::keyClick(key, Qt::Key_Backspace);
        QCOMPARE(counter->text(), QStringLiteral("31/32"));
        QVERIFY(!page->saveButton()->isEnabled());
        QVERIFY2(validity->text().contains(QStringLiteral("exactly 32 characters (it has 31)")),
                 qPrintable(validity->text()));
        QTest::mouseClick(settings->findChild<QPushButton *>(QStringLiteral("encryptionGenerate")),
                          Qt::LeftButton);
        QCOMPARE(counter->text(), QStringLiteral("32/32"));
        QVERIFY(page->saveButton()->isEnabled());

        // An empty name, then a name another webhook has.
        auto *name = settings->findChild<QLineEdit *>(QStringLiteral("webhookName"));
        name->selectAll();
        QTest::keyClick(name, Qt::Key_Backspace);
        QVERIFY(!page->saveButton()->isEnabled());
        QVERIFY(validity->text().contains(QStringLiteral("Give the webhook a name")));
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
        hb::delivery::CatcherSettings settings = loopbackAnyPort();
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
        QVERIFY(!page->samplePanel()->catchButton()->isEnabled());

        // + New creates a stored webhook with a name of its own and selects it.
        QListWidget *list = page->listPanel()->list();
        QCOMPARE(list->count(), 1);
        QTest::mouseClick(page->listPanel()->newButton(), Qt::LeftButton);
        QCOMPARE(list->count(), 2);
        QCOMPARE(page->document()->webhook().name, QStringLiteral("New webhook"));
        QCOMPARE(list->currentItem()->text(), QStringLiteral("New webhook"));
        QTest::mouseClick(page->listPanel()->newButton(), Qt::LeftButton);
        QCOMPARE(page->document()->webhook().name, QStringLiteral("New webhook 2"));

        // Ctrl+2 shows the Deliveries page.
        auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
        QCOMPARE(navigation->count(), 4);
        window.showPage(MainWindow::DeliveriesPageIndex);
        QCOMPARE(navigation->currentRow(), 1);
    }

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
        QCOMPARE(page->listPanel()->list()->count(), 2);
        QCOMPARE(page->document()->webhook().name, QStringLiteral("Deposit bonus EU"));
    }

    void newFieldInline()
    {
        QStringList taken{QStringLiteral("total-deposit")};
        NewFieldDialog dialog(
            [&](const hb::mapping::CustomField &field) -> hb::Result<hb::mapping::CustomField> {
                if (taken.contains(field.key))
                    return hb::fail(
                        QStringLiteral("custom field \"%1\" already exists").arg(field.key));
                return field;
            });
        dialog.show();
        auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("fieldName"));
        auto *message = dialog.findChild<MessageLabel *>(QStringLiteral("fieldError"));
        auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled()); // nothing typed yet
        QTest::keyClicks(name, QStringLiteral("Total deposit"));
        QVERIFY(ok->isEnabled());
        QTest::mouseClick(ok, Qt::LeftButton);
        QVERIFY(dialog.isVisible()); // refused: the dialog stays, with the reason
        QVERIFY2(message->text().contains(QStringLiteral("already exists")),
                 qPrintable(message->text()));
        name->clear();
        name->setText(QStringLiteral("Déjà vu!"));
        QVERIFY(!ok->isEnabled());
        QVERIFY(message->isError());
        name->clear();
        QTest::keyClicks(name, QStringLiteral("Deposit count"));
        auto *type = dialog.findChild<QComboBox *>(QStringLiteral("fieldType"));
        type->setCurrentIndex(type->findText(QStringLiteral("number")));
        QTest::mouseClick(ok, Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.created().key, QStringLiteral("deposit-count"));
        QCOMPARE(dialog.created().type, hb::mapping::FieldType::Number);
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
        auto answer = [](QMessageBox::StandardButton button) {
            QTimer::singleShot(0, [button] {
                auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
                QVERIFY(box);
                QVERIFY(box->text().contains(QStringLiteral("refused (401)")));
                box->button(button)->click();
            });
        };
        answer(QMessageBox::Cancel);
        QTest::mouseClick(regenerate, Qt::LeftButton);
        QCOMPARE(page->document()->webhook().apiKey, first);
        answer(QMessageBox::Yes);
        QTest::mouseClick(regenerate, Qt::LeftButton);
        const QString second = page->document()->webhook().apiKey;
        QVERIFY(second.size() >= 32);
        QVERIFY(second != first);

        // Saved, the catcher asks senders for it.
        QTest::mouseClick(page->saveButton(), Qt::LeftButton);
        hb::store::Database db(store.path());
        QVERIFY(db.open().ok());
        hb::store::WebhookRepository repository(db);
        const auto stored = repository.findByName(QStringLiteral("Deposit bonus"));
        QVERIFY(stored.ok() && stored->has_value());
        QCOMPARE((*stored)->apiKey, second);
    }

    void listeningSettingsRefuseABadAddress()
    {
        SettingsDialog dialog;
        dialog.show();
        auto *address = dialog.findChild<QLineEdit *>(QStringLiteral("listenAddress"));
        auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        auto *message = dialog.findChild<MessageLabel *>();
        QCOMPARE(address->text(), SettingsDialog::storedAddress().toString());
        address->setText(QStringLiteral("localhost:80"));
        QVERIFY(!ok->isEnabled());
        QVERIFY(message->isError());
        QVERIFY(message->text().contains(QStringLiteral("is not an IP address")));
        address->setText(QStringLiteral("0.0.0.0"));
        QVERIFY(ok->isEnabled());
        QVERIFY(message->text().contains(QStringLiteral("Other machines")));
        address->setText(QStringLiteral("127.0.0.1"));
        QVERIFY(message->text().isEmpty());
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
        QCOMPARE(list->currentItem()->text(), QStringLiteral("Deposit bonus EU"));
        QVERIFY(repository.findByName(QStringLiteral("Deposit bonus EU"))->has_value());

        // Duplicate gets a name and a URL of its own.
        const QString token = page->document()->webhook().token;
        QTest::mouseClick(
            page->listPanel()->findChild<QPushButton *>(QStringLiteral("duplicateWebhook")),
            Qt::LeftButton);
        QCOMPARE(list->count(), 2);
        QCOMPARE(page->document()->webhook().name, QStringLiteral("Deposit bonus EU (copy)"));
        QVERIFY(page->document()->webhook().token != token);

        // Disable: the list says so in words, and the store has it.
        page->toggleEnabled();
        QVERIFY(!page->document()->isModified());
        QCOMPARE(list->currentItem()->text(), QStringLiteral("Deposit bonus EU (copy) (off)"));
        QCOMPARE(list->currentItem()->toolTip(), QStringLiteral("Disabled"));
        QVERIFY(!(*repository.findByName(QStringLiteral("Deposit bonus EU (copy)")))->enabled);

        // Delete asks first; Cancel keeps it.
        auto answer = [](QMessageBox::StandardButton button) {
            QTimer::singleShot(0, [button] {
                auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
                QVERIFY(box);
                QVERIFY(box->text().contains(QStringLiteral("404")));
                box->button(button)->click();
            });
        };
        auto *remove = page->listPanel()->findChild<QPushButton *>(QStringLiteral("deleteWebhook"));
        answer(QMessageBox::Cancel);
        QTest::mouseClick(remove, Qt::LeftButton);
        QCOMPARE(list->count(), 2);
        answer(QMessageBox::Yes);
        QTest::mouseClick(remove, Qt::LeftButton);
        QCOMPARE(list->count(), 1);
        QVERIFY(!repository.findByName(QStringLiteral("Deposit bonus EU (copy)"))->has_value());
        QCOMPARE(page->document()->webhook().name, QStringLiteral("Deposit bonus EU"));
    }
};

QTEST_MAIN(TestDesigner)
#include "test_designer.moc"
