// Settings and Help (issue 13): File → Settings shows the store and keeps the catcher's address
// checks, switches times to UTC and the theme to dark and back; F1 opens the guide; the Keyboard
// Shortcuts table is the window's own actions; About tells the versions a bug report needs.
#include "designerfixture.h"
#include "tempstore.h"

#include "common/aboutdialog.h"
#include "common/helpwindow.h"
#include "common/localtime.h"
#include "common/mainwindow.h"
#include "common/messagelabel.h"
#include "common/settingsdialog.h"
#include "common/shortcutsdialog.h"
#include "common/theme.h"
#include "deliveries/deliveriespage.h"
#include "webhooks/webhookspage.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>

#include <openssl/crypto.h>

#include <ctime>

using namespace hb::ui;

namespace {

QAction *menuAction(QMainWindow &window, const QString &text)
{
    for (QAction *top : window.menuBar()->actions()) {
        for (QAction *action : top->menu()->actions()) {
            if (action->text() == text)
                return action;
        }
    }
    return nullptr;
}

// "menu|text|keys" for each row, and the same for what the window's menus offer.
QStringList tableRows(const QTableWidget *table)
{
    QStringList rows;
    for (int row = 0; row < table->rowCount(); ++row)
        rows << table->item(row, 2)->text() + QLatin1Char('|') + table->item(row, 1)->text()
                    + QLatin1Char('|')
                    + table->item(row, 0)->data(Qt::UserRole).value<QKeySequence>().toString();
    return rows;
}

// Help → Keyboard Shortcuts, as rows of tableRows(); the dialog is closed again.
QStringList shortcutsShown(QMainWindow &window)
{
    QAction *open = menuAction(window, QStringLiteral("&Keyboard Shortcuts"));
    if (!open)
        return {QStringLiteral("no Keyboard Shortcuts action")};
    open->trigger();
    auto *dialog = window.findChild<ShortcutsDialog *>();
    if (!dialog || !dialog->isVisible())
        return {QStringLiteral("no Keyboard Shortcuts dialog")};
    const QStringList rows = tableRows(dialog->table());
    dialog->close();
    if (!QTest::qWaitFor([&window] { return !window.findChild<ShortcutsDialog *>(); }))
        return {QStringLiteral("the Keyboard Shortcuts dialog stayed after Close")};
    return rows;
}

// Labels and buttons of `root` narrower than their text (UI.md: nothing clipped).
QStringList clipped(const QWidget *root)
{
    QStringList problems;
    for (const QWidget *widget : root->findChildren<QWidget *>()) {
        if (!widget->isVisible())
            continue;
        const auto *label = qobject_cast<const QLabel *>(widget);
        const auto *button = qobject_cast<const QAbstractButton *>(widget);
        if (label && !label->wordWrap() && label->width() < label->sizeHint().width())
            problems << label->text();
        if (label && label->wordWrap() && label->height() < label->heightForWidth(label->width()))
            problems << label->text();
        if (button && button->width() < button->sizeHint().width())
            problems << button->text();
    }
    return problems;
}

} // namespace

class TestSettingsHelp : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        designerfixture::isolateSettings();
        QSettings().clear();
        LocalTime::reload();
        qputenv("TZ", "CET-1");
        tzset();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    }

    void f1OpensTheGuide()
    {
        TempStore store;
        auto window = designerfixture::openWindow(store.path());
        QVERIFY(window);
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        QVERIFY(!window->findChild<HelpWindow *>());
        QTest::keyClick(window.get(), Qt::Key_F1);
        auto *help = window->findChild<HelpWindow *>();
        QVERIFY(help);
        QTRY_VERIFY(help->isVisible());
        QVERIFY(help->isWindow());
        QVERIFY(!help->isModal()); // stays open beside the window while the user follows it
        const QString guide = help->browser()->toPlainText();
        for (const QString &part :
             {QStringLiteral("first webhook in 5 steps"), QStringLiteral("Re-run failed"),
              QStringLiteral("hookbench serve"), QStringLiteral("--db PATH"),
              QStringLiteral("HOOKBENCH_DB"), QFileInfo(store.path()).absoluteFilePath(),
              QSettings().fileName()})
            QVERIFY2(guide.contains(part), qPrintable(part));
        QVERIFY(!guide.contains(QStringLiteral("{{")));
        // F1 again brings the same window back rather than a second one.
        help->close();
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        QTest::keyClick(window.get(), Qt::Key_F1);
        QTRY_VERIFY(help->isVisible());
        QCOMPARE(window->findChildren<HelpWindow *>().size(), 1);
    }

    void shortcutsTableIsTheWindowsOwn()
    {
        TempStore store;
        auto window = designerfixture::openWindow(store.path());
        QVERIFY(window);
        // What the menus offer, read here independently of the dialog's own walk.
        QStringList expected;
        for (QAction *top : window->menuBar()->actions()) {
            for (QAction *action : top->menu()->actions()) {
                if (!action->shortcut().isEmpty())
                    expected << top->text().remove(QLatin1Char('&')) + QLatin1Char('|')
                                    + action->text().remove(QLatin1Char('&')) + QLatin1Char('|')
                                    + action->shortcut().toString();
            }
        }
        // Quit, Save, Catch, the four pages, Settings, Help at least.
        QVERIFY2(expected.size() >= 9, qPrintable(expected.join(QLatin1Char('\n'))));
        const QStringList rows = shortcutsShown(*window);
        for (const QString &row : std::as_const(expected))
            QVERIFY2(rows.contains(row), qPrintable(row + QStringLiteral(" missing from\n")
                                                    + rows.join(QLatin1Char('\n'))));
        for (const QString &row :
             {QStringLiteral("File|Settings…|Ctrl+,"), QStringLiteral("Help|Hookbench Help|F1"),
              QStringLiteral("Webhooks page|Stop waiting for a sample|Esc"),
              QStringLiteral("Deliveries page|Search|Ctrl+F")})
            QVERIFY2(rows.contains(row), qPrintable(row));

        // On another page the Webhooks page's keys are off, yet the table still tells them.
        window->showPage(MainWindow::DeliveriesPageIndex);
        QTRY_VERIFY(window->webhooksPage()->catchAction()->shortcut().isEmpty());
        const QStringList elsewhere = shortcutsShown(*window);
        QVERIFY2(elsewhere.contains(QStringLiteral("Edit|Catch a sample|Ctrl+K")),
                 qPrintable(elsewhere.join(QLatin1Char('\n'))));
        QCOMPARE(elsewhere.size(), rows.size());
    }

    void aboutTellsTheVersions()
    {
        TempStore store;
        AboutDialog about(store.path());
        about.show();
        QVERIFY(QTest::qWaitForWindowExposed(&about));
        const QString text = about.findChild<QLabel *>(QStringLiteral("aboutText"))->text();
        const QString details = about.detailsText();
        for (const QString &part :
             {QStringLiteral("Hookbench " HOOKBENCH_EXPECTED_VERSION),
              QStringLiteral("%1 (built with %2)")
                  .arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR)),
              QString::fromLatin1(OpenSSL_version(OPENSSL_VERSION)), QStringLiteral("README"),
              QFileInfo(store.path()).absoluteFilePath()}) {
            QVERIFY2(text.contains(part.toHtmlEscaped()), qPrintable(part));
            QVERIFY2(details.contains(part), qPrintable(part));
        }
        QVERIFY2(clipped(&about).isEmpty(), qPrintable(clipped(&about).join(QLatin1Char('\n'))));
        QTest::mouseClick(about.findChild<QPushButton *>(QStringLiteral("copyDetails")),
                          Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text(), details);
    }

    void storeIsShownNotChosen()
    {
        TempStore store;
        SettingsDialog dialog(store.path());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *location = dialog.findChild<QLineEdit *>(QStringLiteral("storeLocation"));
        QCOMPARE(location->text(), QFileInfo(store.path()).absoluteFilePath());
        QVERIFY(location->isReadOnly());
        QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("openStoreFolder"))->isVisible());
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("otherStore"))
                    ->text()
                    .contains(QStringLiteral("HOOKBENCH_DB")));
        QVERIFY2(clipped(&dialog).isEmpty(), qPrintable(clipped(&dialog).join(QLatin1Char('\n'))));
        QVERIFY(dialog.width() <= 1024 && dialog.height() <= 700);

        // A PostgreSQL store: its URL without the password, and no folder to open.
        SettingsDialog shared(QStringLiteral("postgresql://hb:s3cret@db.example:5432/hookbench"));
        shared.show();
        QVERIFY(QTest::qWaitForWindowExposed(&shared));
        const QString url = shared.findChild<QLineEdit *>(QStringLiteral("storeLocation"))->text();
        QVERIFY2(!url.contains(QStringLiteral("s3cret")), qPrintable(url));
        QCOMPARE(url, QStringLiteral("postgresql://hb@db.example:5432/hookbench"));
        QVERIFY(!shared.findChild<QPushButton *>(QStringLiteral("openStoreFolder"))->isVisible());
    }

    void utcTimesAreKeptAndShown()
    {
        const QString iso = QStringLiteral("2026-11-27T09:05:04.144Z");
        QCOMPARE(LocalTime::text(iso), QStringLiteral("27/11/2026 10:05"));
        QSignalSpy changed(LocalTime::notifier(), &LocalTime::changed);
        {
            SettingsDialog dialog;
            QVERIFY(dialog.findChild<QRadioButton *>(QStringLiteral("localTimes"))->isChecked());
            dialog.findChild<QRadioButton *>(QStringLiteral("utcTimes"))->setChecked(true);
            dialog.accept();
        }
        QCOMPARE(changed.size(), 1);
        QCOMPARE(LocalTime::text(iso), QStringLiteral("27/11/2026 09:05 UTC"));
        QCOMPARE(LocalTime::textToTheSecond(iso), QStringLiteral("27/11/2026 09:05:04 UTC"));
        // Kept: read back from QSettings, as a new window would.
        LocalTime::reload();
        QVERIFY(LocalTime::showsUtc());
        {
            SettingsDialog dialog;
            QVERIFY(dialog.findChild<QRadioButton *>(QStringLiteral("utcTimes"))->isChecked());
            dialog.accept(); // unchanged: nothing to re-render
        }
        QCOMPARE(changed.size(), 1);
        {
            SettingsDialog dialog;
            dialog.findChild<QRadioButton *>(QStringLiteral("localTimes"))->setChecked(true);
            dialog.accept();
        }
        QCOMPARE(changed.size(), 2);
        QCOMPARE(LocalTime::text(iso), QStringLiteral("27/11/2026 10:05"));
    }

    void darkThemeAndBack()
    {
        const QColor original = QApplication::palette().color(QPalette::Window);
        const auto choose = [](Theme::Mode mode) {
            SettingsDialog dialog;
            auto *theme = dialog.findChild<QComboBox *>(QStringLiteral("theme"));
            theme->setCurrentIndex(theme->findData(int(mode)));
            dialog.accept();
        };
        QCOMPARE(Theme::stored(), Theme::FollowSystem);
        choose(Theme::Dark);
        QCOMPARE(Theme::stored(), Theme::Dark);
        QVERIFY2(QApplication::palette().color(QPalette::Window).lightness() < 80,
                 qPrintable(QApplication::palette().color(QPalette::Window).name()));
        QVERIFY(QApplication::palette().color(QPalette::WindowText).lightness() > 180);
        {
            SettingsDialog dialog;
            QCOMPARE(dialog.findChild<QComboBox *>(QStringLiteral("theme"))->currentData().toInt(),
                     int(Theme::Dark));
        }
        choose(Theme::Light);
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() > 180);
        choose(Theme::FollowSystem);
        QCOMPARE(QApplication::palette().color(QPalette::Window), original);
        QCOMPARE(Theme::stored(), Theme::FollowSystem);
    }

    void listeningChecksStillWork()
    {
        SettingsDialog::store(QHostAddress::LocalHost, 8080);
        SettingsDialog dialog;
        dialog.show();
        auto *address = dialog.findChild<QLineEdit *>(QStringLiteral("listenAddress"));
        auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        auto *message = dialog.findChild<MessageLabel *>();
        QCOMPARE(address->text(), QStringLiteral("127.0.0.1"));
        address->setText(QStringLiteral("localhost:80"));
        QVERIFY(!ok->isEnabled());
        QVERIFY(message->isError());
        address->setText(QStringLiteral("0.0.0.0"));
        QVERIFY(ok->isEnabled());
        QVERIFY(message->text().contains(QStringLiteral("Other machines")));
        address->setText(QStringLiteral("127.0.0.1"));
        // "Use port N…" from the status bar opens the dialog on N.
        dialog.setPort(8089);
        QCOMPARE(dialog.findChild<QSpinBox *>(QStringLiteral("listenPort"))->value(), 8089);
        QTest::mouseClick(ok, Qt::LeftButton);
        QVERIFY(dialog.listeningChanged());
        QCOMPARE(SettingsDialog::storedPort(), quint16(8089));
        SettingsDialog same;
        same.accept();
        QVERIFY(!same.listeningChanged());
    }

    void settingsFromTheMenuRestartOnlyForANewPort()
    {
        TempStore store;
        auto window = designerfixture::openWindow(store.path());
        QVERIFY(window);
        SettingsDialog::store(QHostAddress::LocalHost, 8080);
        QVERIFY(window->startCatcher(designerfixture::loopbackCatcher()).ok());
        const quint16 port = window->catcher()->baseUrl().port();
        QVERIFY(port != 8080);
        // A theme or time change leaves the catcher where it is. exec() runs its own loop:
        // the dialog is answered from inside it.
        QString shownLocation;
        QTimer::singleShot(0, window.get(), [&] {
            auto *dialog = window->findChild<SettingsDialog *>();
            if (!dialog)
                return;
            shownLocation = dialog->findChild<QLineEdit *>(QStringLiteral("storeLocation"))->text();
            dialog->findChild<QRadioButton *>(QStringLiteral("utcTimes"))->setChecked(true);
            dialog->accept();
        });
        QAction *settings = menuAction(*window, QStringLiteral("&Settings…"));
        QVERIFY(settings);
        QCOMPARE(settings->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Comma));
        settings->trigger();
        QCOMPARE(shownLocation, QFileInfo(store.path()).absoluteFilePath());
        QCOMPARE(window->catcher()->baseUrl().port(), port);
        QVERIFY(LocalTime::showsUtc());
        LocalTime::setShowsUtc(false);
    }
};

QTEST_MAIN(TestSettingsHelp)
#include "test_settingshelp.moc"
