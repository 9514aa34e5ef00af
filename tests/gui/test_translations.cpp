// Translations (issue 16): with a pseudo-translation that wraps every translated text in ⟦…⟧, the
// window is opened on an empty store, every page, tab and dialog is visited, and every text a user
// can see is collected. A text with words outside the brackets never went through tr(): the test
// lists each one with where it was seen. It also checks that every text the window translates is
// in translations/hookbench_de.ts (lupdate was run), and that the German translation is compiled
// into the resources and loaded for a German locale.
#include "designerfixture.h"
#include "pseudotranslator.h"
#include "tempstore.h"

#include "common/aboutdialog.h"
#include "common/helpwindow.h"
#include "common/mainwindow.h"
#include "common/settingsdialog.h"
#include "common/shortcutsdialog.h"
#include "common/translations.h"
#include "community/communitypage.h"
#include "deliveries/deliveriespage.h"
#include "sender/senderpage.h"
#include "store/database.h"
#include "store/webhookrepository.h"
#include "webhooks/conditionsmodel.h"
#include "webhooks/mappingpanel.h"
#include "webhooks/mappingrowsmodel.h"
#include "webhooks/previewpanel.h"
#include "webhooks/samplepanel.h"
#include "webhooks/suggestionbar.h"
#include "webhooks/transformpane.h"
#include "webhooks/webhookdocument.h"
#include "webhooks/webhookspage.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QGroupBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextDocumentFragment>
#include <QTextEdit>
#include <QTimer>
#include <QToolButton>
#include <QXmlStreamReader>

#include <openssl/crypto.h>

#include <algorithm>
#include <memory>

using namespace hb::ui;

namespace {

// Words a translation keeps as they are: the product's name, formats, protocols and the names of
// the libraries About lists.
const QStringList properNames{
    QStringLiteral("Hookbench"), QStringLiteral("JSON"),    QStringLiteral("CSV"),
    QStringLiteral("HAR"),       QStringLiteral("XP"),      QStringLiteral("HTTP"),
    QStringLiteral("Qt"),        QStringLiteral("OpenSSL"), QStringLiteral("SQLite"),
};

// What of `text` is outside ⟦…⟧ (nested brackets come from a translated text put into another).
QString outsideBrackets(const QString &text)
{
    QString rest;
    int depth = 0;
    for (const QChar c : text) {
        if (c == PseudoTranslator::open())
            ++depth;
        else if (c == PseudoTranslator::close())
            depth = qMax(0, depth - 1);
        else if (depth == 0)
            rest += c;
    }
    return rest;
}

// Whether `text` has words no translation went over: anything of two letters or more that is not
// a proper name, a URL, a MIME type, an HTTP method or one of `data` (the store's path, a
// library's version). Single letters
// are keys of shortcuts ("Ctrl+N" shows as "⟦Ctrl⟧+N").
bool untranslated(const QString &text, const QStringList &data)
{
    QString rest = outsideBrackets(text);
    for (const QString &value : data)
        rest.remove(value);
    static const QRegularExpression url(QStringLiteral("\\b[a-z]+://\\S*"));
    static const QRegularExpression mime(QStringLiteral("\\b[a-z]+/[a-z0-9.+-]+"));
    static const QRegularExpression word(QStringLiteral("\\p{L}{2,}"));
    rest.remove(url);
    rest.remove(mime);
    static const QStringList methods{QStringLiteral("GET"), QStringLiteral("POST"),
                                     QStringLiteral("PUT"), QStringLiteral("PATCH"),
                                     QStringLiteral("DELETE")};
    for (auto it = word.globalMatch(rest); it.hasNext();) {
        const QString found = it.next().captured();
        if (!properNames.contains(found) && !methods.contains(found))
            return true;
    }
    return false;
}

QString plainText(const QString &text)
{
    return Qt::mightBeRichText(text) ? QTextDocumentFragment::fromHtml(text).toPlainText() : text;
}

// Every text a user can see, with where it was seen; a text is kept once.
class Texts {
public:
    explicit Texts(QStringList data)
        : m_data(std::move(data))
    {}

    // Widgets under these (and actions they own) are left out of the check.
    void exclude(QWidget *root) { m_excluded << root; }

    void add(const QString &where, const QString &text)
    {
        const QString shown = plainText(text).trimmed();
        if (shown.isEmpty())
            return;
        ++m_seen;
        if (!untranslated(shown, m_data))
            return;
        const QString line = where + QStringLiteral(": \"") + shown + QLatin1Char('"');
        if (!m_found.contains(line))
            m_found << line;
    }

    // The visible widgets of `root`'s window part (and `root` itself).
    void collect(QWidget *root)
    {
        QList<QWidget *> widgets = root->findChildren<QWidget *>();
        widgets.prepend(root);
        for (QWidget *widget : std::as_const(widgets)) {
            if (!widget->isVisible() || isExcluded(widget))
                continue;
            collectWidget(widget);
        }
    }

    void collectMenu(const QString &where, QMenu *menu)
    {
        for (QAction *action : menu->actions())
            collectAction(where, action);
    }

    QStringList found() const { return m_found; }
    int seen() const { return m_seen; } // texts looked at, translated or not

private:
    bool isExcluded(const QObject *object) const
    {
        for (const QWidget *root : m_excluded) {
            for (const QObject *up = object; up; up = up->parent()) {
                if (up == root)
                    return true;
            }
        }
        return false;
    }

    static QString name(const QObject *object)
    {
        QString text = QString::fromLatin1(object->metaObject()->className());
        if (!object->objectName().isEmpty())
            text += QLatin1Char('#') + object->objectName();
        return text;
    }

    void collectAction(const QString &where, QAction *action)
    {
        if (action->isSeparator() || isExcluded(action))
            return;
        const QString here = where + QStringLiteral(" > ") + action->text();
        add(where + QStringLiteral(" action"), action->text());
        if (action->toolTip() != QString(action->text()).remove(QLatin1Char('&')))
            add(here + QStringLiteral(" tooltip"), action->toolTip());
        if (QMenu *menu = action->menu())
            collectMenu(here, menu);
    }

    void collectWidget(QWidget *widget)
    {
        const QString where = name(widget);
        if (widget->isWindow())
            add(where + QStringLiteral(" title"), widget->windowTitle());
        add(where + QStringLiteral(" tooltip"), widget->toolTip());
        for (QAction *action : widget->actions())
            collectAction(where, action);
        if (auto *label = qobject_cast<QLabel *>(widget))
            add(where, label->text());
        if (auto *button = qobject_cast<QAbstractButton *>(widget))
            add(where, button->text());
        if (auto *group = qobject_cast<QGroupBox *>(widget))
            add(where, group->title());
        if (auto *edit = qobject_cast<QLineEdit *>(widget))
            add(where + QStringLiteral(" placeholder"), edit->placeholderText());
        if (auto *edit = qobject_cast<QPlainTextEdit *>(widget))
            add(where + QStringLiteral(" placeholder"), edit->placeholderText());
        if (auto *edit = qobject_cast<QTextEdit *>(widget))
            add(where + QStringLiteral(" placeholder"), edit->placeholderText());
        if (auto *spin = qobject_cast<QSpinBox *>(widget)) {
            add(where + QStringLiteral(" prefix"), spin->prefix());
            add(where + QStringLiteral(" suffix"), spin->suffix());
        }
        if (auto *spin = qobject_cast<QAbstractSpinBox *>(widget))
            add(where + QStringLiteral(" special value"), spin->specialValueText());
        if (auto *combo = qobject_cast<QComboBox *>(widget); combo && !combo->isEditable()) {
            for (int i = 0; i < combo->count(); ++i)
                add(where + QStringLiteral(" item"), combo->itemText(i));
        }
        if (auto *tabs = qobject_cast<QTabBar *>(widget)) {
            for (int i = 0; i < tabs->count(); ++i) {
                add(where + QStringLiteral(" tab"), tabs->tabText(i));
                add(where + QStringLiteral(" tab tooltip"), tabs->tabToolTip(i));
            }
        }
        // A header view shares its table's model: the table collects it.
        if (auto *view = qobject_cast<QAbstractItemView *>(widget);
            view && !qobject_cast<QHeaderView *>(view))
            collectView(where, view);
        if (auto *menuBar = qobject_cast<QMenuBar *>(widget)) {
            for (QAction *top : menuBar->actions())
                collectAction(where, top);
        }
    }

    // The header of every view, and the rows it shows (an empty store: the rows are the window's
    // own words, a navigation list, a table of shortcuts, placeholders).
    void collectView(const QString &where, QAbstractItemView *view)
    {
        QAbstractItemModel *model = view->model();
        if (!model)
            return;
        for (int column = 0; column < model->columnCount(); ++column) {
            for (const int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole)})
                add(where + QStringLiteral(" header"),
                    model->headerData(column, Qt::Horizontal, role).toString());
        }
        collectRows(where, model, QModelIndex(), 0);
    }

    void collectRows(const QString &where, QAbstractItemModel *model, const QModelIndex &parent,
                     int depth)
    {
        if (depth > 3)
            return;
        for (int row = 0; row < qMin(model->rowCount(parent), 200); ++row) {
            for (int column = 0; column < model->columnCount(parent); ++column) {
                const QModelIndex index = model->index(row, column, parent);
                for (const int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole)})
                    add(where + QStringLiteral(" row"), index.data(role).toString());
                if (column == 0)
                    collectRows(where, model, index, depth + 1);
            }
        }
    }

    QStringList m_data;
    QList<QWidget *> m_excluded;
    int m_seen = 0;
    QStringList m_found;
};

// Shows every tab of every visible tab widget under `root` in turn and collects what each shows.
void collectTabs(Texts &texts, QWidget *root)
{
    for (QTabWidget *tabs : root->findChildren<QTabWidget *>()) {
        if (!tabs->isVisible())
            continue;
        const int current = tabs->currentIndex();
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            QTest::qWait(20);
            texts.collect(tabs);
        }
        tabs->setCurrentIndex(current);
    }
}

QAction *findAction(QMenuBar *bar, const QString &text)
{
    for (QAction *top : bar->actions()) {
        if (!top->menu())
            continue;
        for (QAction *action : top->menu()->actions()) {
            if (action->text() == text)
                return action;
        }
    }
    return nullptr;
}

QString wrapped(const char *text)
{
    return PseudoTranslator::open() + QString::fromUtf8(text) + PseudoTranslator::close();
}

// (context, source) of every message of a .ts file.
QSet<std::pair<QString, QString>> tsMessages(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QSet<std::pair<QString, QString>> messages;
    QXmlStreamReader xml(&file);
    QString context;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("name"))
            context = xml.readElementText();
        else if (xml.name() == QLatin1String("source"))
            messages.insert({context, xml.readElementText()});
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

} // namespace

class TestTranslations : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<PseudoTranslator> m_pseudo;

private slots:
    void initTestCase()
    {
        designerfixture::isolateSettings();
        m_pseudo = std::make_unique<PseudoTranslator>();
        QCoreApplication::installTranslator(m_pseudo.get());
    }

    void cleanupTestCase() { QCoreApplication::removeTranslator(m_pseudo.get()); }

    // The check itself: words outside the brackets are found, inside them (nested too) not. What
    // arg() puts inside a translated text counts as inside: that is data, or translated by itself.
    void plainWordsAreFound()
    {
        QVERIFY(untranslated(QStringLiteral("Not listening yet"), {}));
        QVERIFY(untranslated(wrapped("%1 deliveries") + QStringLiteral(" · 2 failed"), {}));
        QVERIFY(!untranslated(wrapped("Listening on %1").arg(wrapped("http://x:1")), {}));
        QVERIFY(!untranslated(wrapped("Ctrl") + QStringLiteral("+N"), {}));
        QVERIFY(!untranslated(QStringLiteral("Hookbench 0.1.0 · JSON, CSV, HAR"), {}));
        QVERIFY(
            !untranslated(QStringLiteral("http://127.0.0.1:8080/hooks/abc application/json"), {}));
        QVERIFY(!untranslated(QStringLiteral("/tmp/store/hookbench.db"),
                              {QStringLiteral("/tmp/store/hookbench.db")}));
    }

    void everyVisibleTextIsTranslated()
    {
        TempStore store;
        QVERIFY(store.isValid());
        std::unique_ptr<MainWindow> window = designerfixture::showWindow(store.path());
        QVERIFY(window);
        // Data, not words: where the store is, and the version OpenSSL gives (About).
        Texts texts({QDir::toNativeSeparators(store.path()),
                     QString::fromLatin1(OpenSSL_version(OPENSSL_VERSION))});

        for (int page : {MainWindow::WebhooksPageIndex, MainWindow::DeliveriesPageIndex,
                         MainWindow::CommunityPageIndex, MainWindow::SenderPageIndex}) {
            window->showPage(page);
            QVERIFY(QTest::qWaitFor([&] { return !window->deliveriesPage()->isLoading(); }));
            QTest::qWait(50);
            texts.collect(window.get());
            collectTabs(texts, window.get());
        }

        SettingsDialog settings(store.path(), window.get());
        settings.show();
        QVERIFY(QTest::qWaitForWindowExposed(&settings));
        texts.collect(&settings);
        collectTabs(texts, &settings);
        settings.close();

        HelpWindow help(store.path(), window.get());
        help.show();
        texts.collect(&help);
        help.close();

        AboutDialog about(store.path(), window.get());
        about.show();
        texts.collect(&about);
        about.close();

        QAction *shortcuts = findAction(window->menuBar(), wrapped("&Keyboard Shortcuts"));
        QVERIFY2(shortcuts, "no Help > Keyboard Shortcuts, translated");
        shortcuts->trigger();
        auto *dialog = window->findChild<ShortcutsDialog *>();
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        texts.collect(dialog);
        dialog->close();

        const QStringList found = texts.found();
        QVERIFY2(found.isEmpty(), qPrintable(QStringLiteral("%1 text(s) shown without tr():\n  %2")
                                                 .arg(found.size())
                                                 .arg(found.join(QStringLiteral("\n  ")))));
        // The check sees what it should: hundreds of texts, among them the window's title, a
        // menu and a status bar text.
        qInfo("%d texts looked at", texts.seen());
        QVERIFY(texts.seen() > 200);
        QCOMPARE(window->windowTitle(), wrapped("Hookbench"));
        QCOMPARE(window->menuBar()->actions().first()->text(), wrapped("&File"));
        QCOMPARE(window->listeningText(), wrapped("Not listening yet"));
    }

    // The Webhooks page in use: a webhook with a caught sample, mapping rows (a field with a
    // transform chain, the currencies), conditions and a message; a row's transform chain open
    // and a payload node clicked. Paths, JSON values, keys and names are data, not words.
    void webhooksPageInUseIsTranslated()
    {
        TempStore store;
        QVERIFY(store.isValid());
        const QJsonObject payload{
            {QStringLiteral("event"), QStringLiteral("deposit")},
            {QStringLiteral("customer"),
             QJsonObject{{QStringLiteral("email"), QStringLiteral("alice@example.com")},
                         {QStringLiteral("name"), QStringLiteral("Alice")}}},
            {QStringLiteral("amount"), QStringLiteral("1,250.00")},
            {QStringLiteral("coin_count"), 5},
            {QStringLiteral("bonus_xp"), QStringLiteral("25")},
            {QStringLiteral("paid"), true},
            {QStringLiteral("tier"), QStringLiteral("g")},
            {QStringLiteral("tags"), QJsonArray{QStringLiteral("vip")}},
            {QStringLiteral("note"), QJsonValue::Null}};
        QString error;
        QVERIFY2(designerfixture::populate(store.path(), &error), qPrintable(error));
        QVERIFY2(designerfixture::storeSample(store.path(), payload, &error), qPrintable(error));
        {
            hb::store::Database db(store.path());
            QVERIFY(db.open());
            hb::store::WebhookRepository webhooks(db);
            const auto found = webhooks.findByName(QStringLiteral("Deposit bonus"));
            QVERIFY(found && found->has_value());
            hb::mapping::Webhook webhook = **found;
            webhook.user.path = QStringLiteral("/customer/email");
            using hb::mapping::Operator;
            using hb::mapping::TransformStep;
            TransformStep number;
            number.kind = TransformStep::Kind::Number;
            TransformStep multiply;
            multiply.kind = TransformStep::Kind::Multiply;
            multiply.operand = QStringLiteral("0.01");
            TransformStep round;
            round.kind = TransformStep::Kind::Round;
            round.places = 2;
            TransformStep map;
            map.kind = TransformStep::Kind::Map;
            map.table = QJsonObject{{QStringLiteral("g"), QStringLiteral("gold")}};
            map.otherwise = QJsonValue(QStringLiteral("none"));
            webhook.fields = {
                hb::mapping::FieldMapping(QStringLiteral("total-deposit"), Operator::Add,
                                          QStringLiteral("/amount"), {number, multiply, round}),
                hb::mapping::FieldMapping(QStringLiteral("nickname"), Operator::Overwrite,
                                          QStringLiteral("/tier"), {map})};
            webhook.currencies = {
                hb::mapping::CurrencyMapping(hb::mapping::Currency::Coins, Operator::Add,
                                             QStringLiteral("/coin_count"), {}, QJsonValue(0)),
                // Numeric text without the number step: the designer suggests one.
                hb::mapping::CurrencyMapping(hb::mapping::Currency::Xp, Operator::Add,
                                             QStringLiteral("/bonus_xp"))};
            hb::mapping::Condition equals;
            equals.path = QStringLiteral("/event");
            equals.op = hb::mapping::ConditionOperator::Equals;
            equals.value = QStringLiteral("deposit");
            hb::mapping::Condition exists;
            exists.path = QStringLiteral("/paid");
            exists.op = hb::mapping::ConditionOperator::Exists;
            exists.value = QJsonValue(QJsonValue::Undefined);
            hb::mapping::Condition oneOf;
            oneOf.path = QStringLiteral("/tier");
            oneOf.op = hb::mapping::ConditionOperator::OneOf;
            oneOf.value = QJsonArray{QStringLiteral("g"), QStringLiteral("s")};
            webhook.when = {equals, exists, oneOf};
            webhook.message = hb::mapping::MessageMapping{
                QStringLiteral("general"), QStringLiteral("{{/customer/name}} paid {{/amount}}")};
            QVERIFY(webhooks.update(webhook));
            const auto reread = webhooks.findByName(QStringLiteral("Deposit bonus"));
            QVERIFY2(reread, qPrintable(reread ? QString() : reread.error()));
        }
        std::unique_ptr<MainWindow> window = designerfixture::showWindow(store.path());
        QVERIFY(window);
        window->showPage(MainWindow::WebhooksPageIndex);
        WebhooksPage *page = window->webhooksPage();
        QVERIFY(page->document()->isLoaded());
        QTRY_VERIFY(page->samplePanel()->tree()->model()->rowCount() > 0);

        // The data the page shows: the sample's keys and values, paths, names and keys.
        QStringList data{QStringLiteral("Deposit bonus"),
                         QStringLiteral("total-deposit"),
                         QStringLiteral("Total deposit"),
                         QStringLiteral("nickname"),
                         QStringLiteral("Nickname"),
                         QStringLiteral("general"),
                         QStringLiteral("{{/customer/name}} paid {{/amount}}"),
                         QStringLiteral("/customer/email"),
                         QStringLiteral("/customer/name"),
                         QStringLiteral("alice"),
                         QStringLiteral("gold"),
                         QStringLiteral("none"),
                         QStringLiteral("true"),
                         QStringLiteral("null"),
                         QDir::toNativeSeparators(store.path())};
        for (auto it = payload.begin(); it != payload.end(); ++it) {
            data << it.key() << QLatin1Char('/') + it.key();
            if (it.value().isString())
                data << it.value().toString();
        }
        data << QStringLiteral("email") << QStringLiteral("name") << QStringLiteral("vip")
             << QStringLiteral("alice@example.com") << QStringLiteral("Alice");
        std::sort(data.begin(), data.end(),
                  [](const QString &a, const QString &b) { return a.size() > b.size(); });
        Texts texts(data);

        QTRY_VERIFY(page->mappingPanel()->suggestionBar()->isVisible());
        QTest::qWait(50);
        texts.collect(page);
        collectTabs(texts, page);

        // The suggestion taken: the XP row reads its text as a number, and the preview lists
        // what the sample would change.
        auto *accept = page->mappingPanel()->suggestionBar()->findChild<QAbstractButton *>(
            QStringLiteral("acceptSuggestion"));
        QVERIFY(accept);
        accept->click();
        QTRY_VERIFY(page->previewPanel()
                        ->lines()
                        .join(QLatin1Char('\n'))
                        .contains(QLatin1String("alice@example.com (alice)")));
        QTRY_VERIFY(!page->isBusy());
        QTest::qWait(50);
        texts.collect(page);

        // A row still being set up: every field is mapped, so it waits for one to be chosen.
        MappingPanel *mapping = page->mappingPanel();
        mapping->addFieldRow();
        QTest::qWait(50);
        texts.collect(page);

        // A row's transform chain, open with its steps and outcome.
        QCOMPARE(mapping->rowsModel()->rowCount(), 5);
        for (int row : {0, 1, 3}) {
            mapping->showTransform(row);
            QTRY_VERIFY(mapping->transformPane()->isVisible());
            QTest::qWait(20);
            texts.collect(page);
            QAbstractItemView *steps = mapping->transformPane()->findChild<QAbstractItemView *>(
                QStringLiteral("transformSteps"));
            QVERIFY(steps);
            if (steps->model()->rowCount() > 0) {
                steps->setCurrentIndex(steps->model()->index(0, 0));
                QTest::qWait(20);
                texts.collect(page);
            }
            if (QToolButton *add = mapping->transformPane()->addButton(); add && add->menu())
                texts.collectMenu(QStringLiteral("TransformPane add step"), add->menu());
        }
        mapping->hideTransform();

        // A payload node clicked: the buttons for a condition and for-each show.
        QVERIFY(designerfixture::clickNode(page->samplePanel(), QStringLiteral("/tags")));
        QTest::qWait(20);
        texts.collect(page);
        QVERIFY(designerfixture::clickNode(page->samplePanel(), QStringLiteral("/customer/email")));
        QTest::qWait(20);
        texts.collect(page);

        // The dialog that creates a field for a row (its types are the engine's, translated).
        QTimer::singleShot(0, [&texts] {
            QWidget *dialog = QApplication::activeModalWidget();
            QVERIFY(dialog);
            QVERIFY(QTest::qWaitForWindowExposed(dialog));
            texts.collect(dialog);
            dialog->close();
        });
        emit mapping->newFieldRequested(2);

        // The editors of a row's operator and of a condition's operator.
        QTableView *rows = mapping->rowsView();
        auto openEditor = [&texts](QAbstractItemView *view, const QModelIndex &index,
                                   const QString &name) {
            view->setCurrentIndex(index);
            view->edit(index);
            auto *editor = view->findChild<QComboBox *>(name);
            QVERIFY2(editor, qPrintable(name));
            QTRY_VERIFY(editor->isVisible());
            QVERIFY(editor->count() > 0);
            texts.collect(view);
            QTest::keyClick(editor, Qt::Key_Escape);
            QTRY_VERIFY(!view->findChild<QComboBox *>(name));
        };
        for (int row : {0, 3})
            openEditor(rows, rows->model()->index(row, MappingRowsModel::OperatorColumn),
                       QStringLiteral("operatorEditor"));
        openEditor(rows, rows->model()->index(3, MappingRowsModel::TargetColumn),
                   QStringLiteral("targetEditor"));
        QAbstractItemView *conditions =
            mapping->findChild<QAbstractItemView *>(QStringLiteral("conditionsView"));
        QVERIFY(conditions);
        openEditor(conditions,
                   conditions->model()->index(0, hb::ui::ConditionsModel::OperatorColumn),
                   QStringLiteral("conditionOperatorEditor"));
        if (QTest::currentTestFailed())
            return;

        const QStringList found = texts.found();
        QVERIFY2(found.isEmpty(), qPrintable(QStringLiteral("%1 text(s) shown without tr():\n  %2")
                                                 .arg(found.size())
                                                 .arg(found.join(QStringLiteral("\n  ")))));
        qInfo("%d texts looked at", texts.seen());
        QVERIFY(texts.seen() > 100);
        // The rows show the engine's words translated, and keep the engine's names as data.
        QCOMPARE(mapping->rowsModel()
                     ->index(0, MappingRowsModel::OperatorColumn)
                     .data(Qt::DisplayRole)
                     .toString(),
                 wrapped("add"));
        QCOMPARE(mapping->rowsModel()
                     ->index(0, MappingRowsModel::OperatorColumn)
                     .data(Qt::EditRole)
                     .toString(),
                 QStringLiteral("add"));
    }

    // Every text the window translated while the test above ran is in the .ts file: a text added
    // since lupdate last ran would never reach a translator.
    void everyTranslatedTextIsInTheTsFile()
    {
        QString error;
        const auto messages = tsMessages(
            QStringLiteral(HOOKBENCH_SOURCE_DIR "/translations/hookbench_de.ts"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(!messages.isEmpty());
        QStringList missing;
        for (const auto &[context, source] : m_pseudo->asked()) {
            const bool ours =
                context.startsWith(QLatin1String("hb::ui::")) || context == QLatin1String("Theme");
            if (!ours)
                continue;
            if (!messages.contains({context, source}))
                missing << context + QStringLiteral(": \"") + source + QLatin1Char('"');
        }
        missing.sort();
        QVERIFY2(missing.isEmpty(),
                 qPrintable(QStringLiteral("%1 text(s) not in hookbench_de.ts; run `cmake --build "
                                           "<build> --target update_translations`:\n  %2")
                                .arg(missing.size())
                                .arg(missing.join(QStringLiteral("\n  ")))));
    }

    // The German translation is compiled into the resources and chosen for a German locale (an
    // Austrian one included), Qt's own with it when the system has it.
    void germanIsLoadedForAGermanLocale()
    {
        QCoreApplication::removeTranslator(m_pseudo.get());
        const QStringList loaded =
            Translations::install(QLocale(QLocale::German, QLocale::Austria));
        QVERIFY(!loaded.isEmpty());
        QCOMPARE(loaded.first(),
                 Translations::resourceFolder() + QStringLiteral("/hookbench_de.qm"));
        QCOMPARE(QCoreApplication::translate("hb::ui::MainWindow", "&File"),
                 QStringLiteral("&Datei"));
        QCOMPARE(QCoreApplication::translate("hb::ui::MainWindow", "Deliveries"),
                 QStringLiteral("Zustellungen"));
        for (QTranslator *translator :
             QCoreApplication::instance()->findChildren<QTranslator *>()) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
        // English needs none of ours: the source texts are English (Qt has an English file, for
        // its plurals).
        const QStringList english =
            Translations::install(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY2(!english.join(QLatin1Char(' ')).contains(QLatin1String("hookbench")),
                 qPrintable(english.join(QLatin1Char(' '))));
        QCOMPARE(QCoreApplication::translate("hb::ui::MainWindow", "&File"),
                 QStringLiteral("&File"));
    }
};

QTEST_MAIN(TestTranslations)
#include "test_translations.moc"
