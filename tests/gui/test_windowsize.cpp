// Every page usable at 1024×700 (UI.md): the window shrinks to that size, and on each page every
// visible label, button and check box gets the room its text needs, and is not cut off by the
// column, splitter or scroll area around it. Issue 11: "Enabled (a disabled webhook answ", the
// API key buttons and "In-game currenc" were clipped on the Webhooks page.
#include "designerfixture.h"
#include "tempstore.h"

#include "common/mainwindow.h"
#include "webhooks/draftbanner.h"
#include "webhooks/mappingpanel.h"
#include "webhooks/webhookdocument.h"
#include "webhooks/webhooklistpanel.h"
#include "webhooks/webhooksettingspanel.h"
#include "webhooks/webhookspage.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QCheckBox>
#include <QComboBox>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabBar>
#include <QTest>

using namespace hb::ui;

namespace {

QString describe(const QWidget *widget, const QString &text)
{
    return QStringLiteral("%1 \"%2\" (%3)")
        .arg(QString::fromLatin1(widget->metaObject()->className()), text.left(60),
             widget->objectName());
}

// Widgets that are not the page's own: a line edit's clear button, a tab bar's scroll arrows,
// a combo box's insides, a cell editor.
bool isPartOfAnotherWidget(const QWidget *widget)
{
    for (const QWidget *parent = widget->parentWidget(); parent; parent = parent->parentWidget()) {
        if (qobject_cast<const QLineEdit *>(parent) || qobject_cast<const QTabBar *>(parent)
            || qobject_cast<const QComboBox *>(parent)
            || qobject_cast<const QAbstractItemView *>(parent))
            return true;
    }
    return false;
}

// What is cut off under `root`: each entry names the widget and how.
QStringList clippedUnder(const QWidget *root)
{
    QStringList problems;
    const QList<QWidget *> widgets = root->findChildren<QWidget *>();
    for (const QWidget *widget : widgets) {
        if (!widget->isVisible() || isPartOfAnotherWidget(widget))
            continue;
        QString text;
        if (const auto *label = qobject_cast<const QLabel *>(widget)) {
            text = label->text();
            if (text.isEmpty())
                continue;
            if (label->wordWrap()) {
                // A wrapped label may be narrow, but not shorter than its wrapped lines.
                if (label->height() < label->heightForWidth(label->width()))
                    problems << describe(widget, text)
                                    + QStringLiteral(": %1 px high, its lines need %2")
                                          .arg(label->height())
                                          .arg(label->heightForWidth(label->width()));
            } else if (label->width() < label->sizeHint().width()) {
                problems << describe(widget, text)
                                + QStringLiteral(": %1 px wide, its text needs %2")
                                      .arg(label->width())
                                      .arg(label->sizeHint().width());
            }
        } else if (const auto *button = qobject_cast<const QAbstractButton *>(widget)) {
            text = button->text();
            if (button->width() < button->sizeHint().width())
                problems << describe(widget, text)
                                + QStringLiteral(": %1 px wide, its text needs %2")
                                      .arg(button->width())
                                      .arg(button->sizeHint().width());
        } else {
            continue;
        }
        // Shown in full across: not cut by a splitter, a column or a scroll area's right edge.
        // (Below the fold of a scroll area is fine: it scrolls down to it.)
        const QRegion visible = widget->visibleRegion();
        if (!visible.isEmpty() && visible.boundingRect().width() < widget->width())
            problems << describe(widget, text)
                            + QStringLiteral(": only %1 of its %2 px are in view")
                                  .arg(visible.boundingRect().width())
                                  .arg(widget->width());
    }
    return problems;
}

} // namespace

class TestWindowSize : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { designerfixture::isolateSettings(); }

    void everyPageFitsIn1024x700()
    {
        TempStore store;
        const QJsonObject payload{
            {QStringLiteral("customer"),
             QJsonObject{{QStringLiteral("email"), QStringLiteral("alice@example.com")}}},
            {QStringLiteral("amount"), 12.5},
            {QStringLiteral("bonus"), 7}};
        const auto window = designerfixture::openWindowWithSample(store.path(), payload);
        QVERIFY(window);
        window->resize(1024, 700);
        QTRY_COMPARE(window->size(), QSize(1024, 700));

        // The Webhooks page with everything a webhook can show turned on.
        WebhooksPage *page = window->webhooksPage();
        for (const char *name : {"apiKeyOn", "encryptionOn", "signingOn"})
            QTest::mouseClick(page->settingsPanel()->findChild<QCheckBox *>(QLatin1String(name)),
                              Qt::LeftButton);
        MappingPanel *mapping = page->mappingPanel();
        for (const char *name : {"locationFields", "locationCurrency", "locationMessage"})
            QTest::mouseClick(mapping->findChild<QCheckBox *>(QLatin1String(name)), Qt::LeftButton);
        QVERIFY(page->document()->webhook().encryption.has_value());
        QVERIFY(page->document()->webhook().message.has_value());

        const struct {
            int index;
            const char *name;
        } pages[] = {{MainWindow::WebhooksPageIndex, "Webhooks"},
                     {MainWindow::DeliveriesPageIndex, "Deliveries"},
                     {MainWindow::CommunityPageIndex, "Community"},
                     {MainWindow::SenderPageIndex, "Sender"}};
        for (const auto &shown : pages) {
            window->showPage(shown.index);
            // Pages fill in what they read a moment later: wait until nothing is cut off.
            QTRY_VERIFY2(clippedUnder(window.get()).isEmpty(),
                         qPrintable(QStringLiteral("%1 page:\n").arg(QLatin1String(shown.name))
                                    + clippedUnder(window.get()).join(QLatin1Char('\n'))));
            QCOMPARE(window->size(), QSize(1024, 700));
            // To look at them: HB_WINDOWSIZE_SHOTS=/some/folder.
            if (const QString folder = qEnvironmentVariable("HB_WINDOWSIZE_SHOTS");
                !folder.isEmpty())
                window->grab().save(
                    QStringLiteral("%1/%2.png").arg(folder, QLatin1String(shown.name)));
        }

        // A draft: its banner and Go live across the top of the designer, nothing cut off.
        window->showPage(MainWindow::WebhooksPageIndex);
        designerfixture::answerNextMessageBox(QMessageBox::Discard, QStringLiteral("not saved"));
        QTest::mouseClick(page->listPanel()->newButton(), Qt::LeftButton);
        QTRY_VERIFY(page->document()->isLoaded() && page->document()->webhook().draft);
        QTRY_VERIFY(page->draftBanner()->goLiveButton()->isVisible());
        QTRY_VERIFY2(clippedUnder(window.get()).isEmpty(),
                     qPrintable(QStringLiteral("Webhooks page, a draft:\n")
                                + clippedUnder(window.get()).join(QLatin1Char('\n'))));
        const QRect goLive(page->draftBanner()->goLiveButton()->mapTo(window.get(), QPoint(0, 0)),
                           page->draftBanner()->goLiveButton()->size());
        QVERIFY(window->rect().contains(goLive));
        if (const QString folder = qEnvironmentVariable("HB_WINDOWSIZE_SHOTS"); !folder.isEmpty())
            window->grab().save(QStringLiteral("%1/Webhooks-draft.png").arg(folder));
    }
};

QTEST_MAIN(TestWindowSize)
#include "test_windowsize.moc"
