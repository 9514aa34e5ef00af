// Issue 14 in the designer, driven as a user does: suggestions taken and dismissed, a transform
// chain built step by step with each step's result on the sample, a condition added from a
// payload node (and a Skipped preview naming it), saved and exported as a file that `webhook
// import` takes; then a tournament paid out with "Apply for each item", paths relative to the
// item and a preview per item and per user.
#include "designerfixture.h"
#include "tempstore.h"

#include "mapping/webhookconfig.h"
#include "webhooks/conditionsgroup.h"
#include "webhooks/conditionsmodel.h"
#include "webhooks/foreachbar.h"
#include "webhooks/mappingpanel.h"
#include "webhooks/mappingrowsmodel.h"
#include "webhooks/previewpanel.h"
#include "webhooks/suggestionbar.h"
#include "webhooks/transformpane.h"
#include "webhooks/transformstepeditor.h"
#include "webhooks/transformstepsmodel.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolButton>

using namespace hb::ui;
using hb::mapping::TransformStep;

namespace {
QString joined(const QStringList &lines)
{
    return lines.join(QLatin1Char('\n'));
}

// Picks `kind` in the pane's "+ Step" menu.
bool addStep(TransformPane *pane, const char *kind)
{
    for (QAction *action : pane->addButton()->menu()->actions()) {
        if (action->text() == QLatin1String(kind)) {
            action->trigger();
            return true;
        }
    }
    return false;
}

// Replaces the text of `edit` as typed by the user.
void retype(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, text);
}

// Selects the tree node of `pointer` as the arrow keys do: unlike a click, it sets no path.
bool selectNode(SamplePanel *panel, const QString &pointer)
{
    QTreeView *tree = panel->tree();
    auto *proxy = qobject_cast<QSortFilterProxyModel *>(tree->model());
    auto *model = qobject_cast<PayloadTreeModel *>(proxy->sourceModel());
    const QModelIndex index = proxy->mapFromSource(model->indexForPointer(pointer));
    tree->setCurrentIndex(index);
    return index.isValid();
}

// Edits a cell from the keyboard (F2), types `text` and presses Enter.
void editCell(QTableView *view, int row, int column, const QString &text)
{
    view->setFocus();
    view->setCurrentIndex(view->model()->index(row, column));
    QTest::keyClick(view, Qt::Key_F2);
    auto *edit = view->viewport()->findChild<QLineEdit *>();
    QVERIFY(edit);
    edit->selectAll();
    QTest::keyClicks(edit, text);
    QTest::keyClick(edit, Qt::Key_Return);
    QTRY_VERIFY(!view->viewport()->findChild<QLineEdit *>());
}
} // namespace

class TestDesignerPower : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { designerfixture::isolateSettings(); }

    void depositsInCentsOnlyWhenTheEventIsADeposit()
    {
        TempStore store;
        const QJsonObject sample{{QStringLiteral("event"), QStringLiteral("deposit")},
                                 {QStringLiteral("email"), QStringLiteral("alice@example.com")},
                                 {QStringLiteral("Total_Deposit"), QStringLiteral("1,250")},
                                 {QStringLiteral("bonus"), 7}};
        const auto window = designerfixture::openWindowWithSample(store.path(), sample);
        QVERIFY(window);
        WebhooksPage *page = window->webhooksPage();
        WebhookDocument *document = page->document();
        MappingPanel *mapping = page->mappingPanel();
        SamplePanel *samplePanel = page->samplePanel();

        // Suggestions: the field by its name (text read as a number) and coins from /bonus.
        SuggestionBar *suggestions = mapping->suggestionBar();
        QTRY_VERIFY(suggestions->isVisible());
        const QString fieldKey = QStringLiteral("field:total-deposit:/Total_Deposit");
        const QString coinsKey = QStringLiteral("currency:coins:/bonus");
        QVERIFY(suggestions->line(fieldKey));
        QVERIFY(suggestions->line(coinsKey));
        QTest::mouseClick(suggestions->line(coinsKey)->findChild<QToolButton *>(
                              QStringLiteral("dismissSuggestion")),
                          Qt::LeftButton);
        QVERIFY(!suggestions->line(coinsKey));
        QVERIFY(document->webhook().currencies.isEmpty()); // dismissing changes nothing
        QTest::mouseClick(suggestions->line(fieldKey)->findChild<QToolButton *>(
                              QStringLiteral("acceptSuggestion")),
                          Qt::LeftButton);
        QCOMPARE(document->webhook().fields.size(), 1);
        QCOMPARE(document->webhook().fields.first().path, QStringLiteral("/Total_Deposit"));
        QCOMPARE(document->webhook().fields.first().transform.size(), 1);
        QVERIFY(!suggestions->isVisible()); // nothing left to suggest

        // The transform chain of the row: number, then × 0.01, then round 2.
        QTableView *rows = mapping->rowsView();
        rows->setCurrentIndex(rows->model()->index(0, MappingRowsModel::PathColumn));
        QTest::mouseClick(
            rows->viewport(), Qt::LeftButton, {},
            rows->visualRect(rows->model()->index(0, MappingRowsModel::TransformColumn)).center());
        TransformPane *pane = mapping->transformPane();
        QTRY_VERIFY(pane->isVisible());
        QCOMPARE(pane->row(), 0);
        QVERIFY(pane->findChild<QLabel *>(QStringLiteral("transformInput"))
                    ->text()
                    .contains(QStringLiteral("1,250")));
        QVERIFY(addStep(pane, "multiply"));
        retype(pane->stepEditor()->operandEdit(), QStringLiteral("0.01"));
        QVERIFY(addStep(pane, "round"));
        pane->stepEditor()->placesBox()->setValue(2);
        QCOMPARE(document->webhook().fields.first().transform.size(), 3);
        QCOMPARE(rows->model()->index(0, MappingRowsModel::TransformColumn).data().toString(),
                 QStringLiteral("number → × 0.01 → round 2"));
        TransformStepsModel *steps = pane->model();
        QCOMPARE(steps->index(0).data(TransformStepsModel::ResultRole).toString(),
                 QStringLiteral("1250"));
        QCOMPARE(steps->index(1).data(TransformStepsModel::ResultRole).toString(),
                 QStringLiteral("12.5"));
        QVERIFY(pane->outcomeLabel()->text().contains(QStringLiteral("12.5")));
        // Reordered and back: Up moves the selected step.
        pane->stepsView()->setCurrentIndex(steps->index(2));
        QTest::mouseClick(pane->upButton(), Qt::LeftButton);
        QCOMPARE(document->webhook().fields.first().transform.at(1).kind,
                 TransformStep::Kind::Round);
        document->undoStack()->undo();
        QCOMPARE(document->webhook().fields.first().transform.at(2).kind,
                 TransformStep::Kind::Round);
        QTRY_VERIFY2(
            page->previewPanel()->lines().contains(QStringLiteral("Total deposit: 10 → 22.5")),
            qPrintable(joined(page->previewPanel()->lines())));

        // Only when /event equals "deposit": "+ Condition", then a click on the node; its value
        // is prefilled from the sample.
        ConditionsGroup *conditions = mapping->conditionsGroup();
        QTest::mouseClick(conditions->addButton(), Qt::LeftButton);
        QCOMPARE(mapping->activeTarget(), MappingPanel::Target::Condition);
        QVERIFY(designerfixture::clickNode(samplePanel, QStringLiteral("/event")));
        QCOMPARE(mapping->activeTarget(), MappingPanel::Target::None);
        QCOMPARE(document->webhook().fields.first().path, QStringLiteral("/Total_Deposit"));
        QVERIFY(!samplePanel->forEachButton()->isEnabled()); // not an array
        QCOMPARE(document->webhook().when.size(), 1);
        QCOMPARE(document->webhook().when.first().op, hb::mapping::ConditionOperator::Equals);
        QCOMPARE(document->webhook().when.first().value, QJsonValue(QStringLiteral("deposit")));
        QVERIFY(conditions->view()->isVisible());
        QTRY_VERIFY2(
            page->previewPanel()->lines().contains(QStringLiteral("Total deposit: 10 → 22.5")),
            qPrintable(joined(page->previewPanel()->lines())));

        // A refund is skipped, and the preview names the condition and the value seen.
        editCell(conditions->view(), 0, ConditionsModel::ValueColumn, QStringLiteral("refund"));
        QCOMPARE(document->webhook().when.first().value, QJsonValue(QStringLiteral("refund")));
        QTRY_VERIFY2(joined(page->previewPanel()->lines()).contains(QStringLiteral("skipped")),
                     qPrintable(joined(page->previewPanel()->lines())));
        QVERIFY2(joined(page->previewPanel()->lines()).contains(QStringLiteral("/event")),
                 qPrintable(joined(page->previewPanel()->lines())));
        page->undoAction()->trigger();
        QCOMPARE(document->webhook().when.first().value, QJsonValue(QStringLiteral("deposit")));

        // Saved, and exported as a file that `webhook import` reads back the same.
        QTRY_VERIFY2(page->saveButton()->isEnabled(), qPrintable(page->validationProblem()));
        QTest::mouseClick(page->saveButton(), Qt::LeftButton);
        QTRY_VERIFY(!document->isModified());
        QTemporaryDir folder;
        const QString path = folder.filePath(QStringLiteral("deposit.json"));
        const hb::Status exported = page->exportTo(path);
        QVERIFY2(exported.ok(), qPrintable(exported.error()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray json = file.readAll();
        const QJsonObject object = QJsonDocument::fromJson(json).object();
        QCOMPARE(object.value(QStringLiteral("when")).toArray().size(), 1);
        const auto imported = hb::mapping::WebhookConfig::fromJson(json, &document->fields());
        QVERIFY2(imported.ok(), qPrintable(imported.error()));
        QCOMPARE(hb::mapping::WebhookConfig::toJson(*imported), object);
        QCOMPARE(imported->fields.first().transform.size(), 3);
        QCOMPARE(imported->when.first().path, QStringLiteral("/event"));
    }

    void tournamentPaysEveryPlayer()
    {
        TempStore store;
        QString error;
        QVERIFY(designerfixture::populate(store.path(), &error));
        {
            hb::store::Database db(store.path());
            QVERIFY(db.open().ok());
            hb::store::User bob;
            bob.email = QStringLiteral("bob@example.com");
            bob.username = QStringLiteral("bob");
            QVERIFY(hb::store::UserRepository(db).add(bob).ok());
        }
        const QJsonObject sample{
            {QStringLiteral("tournament"), QStringLiteral("spring")},
            {QStringLiteral("results"),
             QJsonArray{QJsonObject{{QStringLiteral("player"), QStringLiteral("alice")},
                                    {QStringLiteral("score"), 30.4}},
                        QJsonObject{{QStringLiteral("player"), QStringLiteral("bob")},
                                    {QStringLiteral("score"), 20}}}}};
        QVERIFY2(designerfixture::storeSample(store.path(), sample, &error), qPrintable(error));
        const auto window = designerfixture::showWindow(store.path());
        QVERIFY(window);
        WebhooksPage *page = window->webhooksPage();
        WebhookDocument *document = page->document();
        MappingPanel *mapping = page->mappingPanel();
        SamplePanel *samplePanel = page->samplePanel();

        // For each item of /results, from the array node.
        QVERIFY(designerfixture::clickNode(samplePanel, QStringLiteral("/results")));
        QVERIFY(samplePanel->forEachButton()->isEnabled());
        QTest::mouseClick(samplePanel->forEachButton(), Qt::LeftButton);
        QCOMPARE(document->webhook().forEach, QStringLiteral("/results"));
        QVERIFY(mapping->forEachBar()->isVisible());
        QVERIFY(mapping->forEachBar()->label()->text().contains(QStringLiteral("/results")));

        // Conditions address the whole payload, for-each or not: the selected node's button.
        QVERIFY(selectNode(samplePanel, QStringLiteral("/tournament")));
        QTest::mouseClick(samplePanel->conditionButton(), Qt::LeftButton);
        QCOMPARE(document->webhook().when.size(), 1);
        QCOMPARE(document->webhook().when.first().path, QStringLiteral("/tournament"));
        QCOMPARE(document->webhook().when.first().value, QJsonValue(QStringLiteral("spring")));

        // Clicks inside the first item give paths relative to it.
        QComboBox *identifier = mapping->identifierCombo();
        identifier->setCurrentIndex(identifier->findData(QStringLiteral("username")));
        emit identifier->activated(identifier->currentIndex());
        QTest::mouseClick(mapping->userPathEdit(), Qt::LeftButton);
        QVERIFY(designerfixture::clickNode(samplePanel, QStringLiteral("/results/0/player")));
        QCOMPARE(document->webhook().user.path, QStringLiteral("/player"));
        QTest::mouseClick(mapping->addCurrencyButton(), Qt::LeftButton);
        QVERIFY(mapping->rowsModel()->setData(
            mapping->rowsModel()->index(0, MappingRowsModel::TargetColumn), QStringLiteral("xp")));
        mapping->setActiveTarget(MappingPanel::Target::RowPath, 0);
        QVERIFY(designerfixture::clickNode(samplePanel, QStringLiteral("/results/0/score")));
        QCOMPARE(document->webhook().currencies.first().path, QStringLiteral("/score"));
        // A node outside the items is refused for a row: it would not be in an item.
        QVERIFY(designerfixture::clickNode(samplePanel, QStringLiteral("/tournament")));
        QCOMPARE(document->webhook().currencies.first().path, QStringLiteral("/score"));

        // XP must be whole: round 0, shown on the first item's 30.4.
        mapping->showTransform(0);
        TransformPane *pane = mapping->transformPane();
        QTRY_VERIFY(pane->isVisible());
        QVERIFY(addStep(pane, "round"));
        pane->stepEditor()->placesBox()->setValue(0);
        QCOMPARE(pane->model()->index(0).data(TransformStepsModel::ResultRole).toString(),
                 QStringLiteral("30"));

        // The preview: each item, its user and its change.
        PreviewPanel *preview = page->previewPanel();
        QTRY_VERIFY2(preview->lines().contains(QStringLiteral("    XP: 0 → 20")),
                     qPrintable(joined(preview->lines())));
        const QStringList lines = preview->lines();
        QVERIFY2(lines.contains(QStringLiteral("Item 0 (/results/0): alice@example.com (alice)")),
                 qPrintable(joined(lines)));
        QVERIFY2(lines.contains(QStringLiteral("    XP: 0 → 30")), qPrintable(joined(lines)));
        QVERIFY2(lines.contains(QStringLiteral("Item 1 (/results/1): bob@example.com (bob)")),
                 qPrintable(joined(lines)));

        // Back to once per request: the paths read the first item again; undo restores it.
        QTest::mouseClick(mapping->forEachBar()->removeButton(), Qt::LeftButton);
        QVERIFY(document->webhook().forEach.isEmpty());
        QCOMPARE(document->webhook().user.path, QStringLiteral("/results/0/player"));
        QVERIFY(!mapping->forEachBar()->isVisible());
        page->undoAction()->trigger();
        QCOMPARE(document->webhook().forEach, QStringLiteral("/results"));
        QCOMPARE(document->webhook().user.path, QStringLiteral("/player"));

        // Saved and exported: for_each and the relative paths as SPEC's example has them.
        QTRY_VERIFY2(page->saveButton()->isEnabled(), qPrintable(page->validationProblem()));
        QTest::mouseClick(page->saveButton(), Qt::LeftButton);
        QTRY_VERIFY(!document->isModified());
        QTemporaryDir folder;
        const QString path = folder.filePath(QStringLiteral("tournament.json"));
        QVERIFY(page->exportTo(path).ok());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray json = file.readAll();
        const QJsonObject object = QJsonDocument::fromJson(json).object();
        QCOMPARE(object.value(QStringLiteral("for_each")).toString(), QStringLiteral("/results"));
        const auto imported = hb::mapping::WebhookConfig::fromJson(json, &document->fields());
        QVERIFY2(imported.ok(), qPrintable(imported.error()));
        QCOMPARE(hb::mapping::WebhookConfig::toJson(*imported), object);
    }
};

QTEST_MAIN(TestDesignerPower)
#include "test_designer_power.moc"
