// The Community page as support staff use it, offscreen on a real SQLite file: a user added,
// edited and removed through the dialogs (a duplicate email shown next to the email, the dialog
// kept open), a value set by hand that shows in the table and in the history as `manual`, a field
// added, renamed and removed (the question says how many values go), the users exported as CSV
// and read back, and changes made by another connection and by the CLI showing without Refresh.
#include "hookbenchprocess.h"
#include "tempstore.h"

#include "common/messagelabel.h"
#include "community/communitypage.h"
#include "community/fielddialog.h"
#include "community/fieldsmodel.h"
#include "community/fieldspanel.h"
#include "community/setvaluedialog.h"
#include "community/userdialog.h"
#include "community/usersmodel.h"
#include "community/userspanel.h"
#include "community/userview.h"
#include "modeltesting.h"
#include "services/communityservice.h"
#include "services/storeexecutor.h"
#include "store/communityeditor.h"
#include "store/database.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace hb;
using ui::CommunityPage;
using ui::UsersModel;

namespace {

// Before a click that asks a question: once the question is up (it may come after a read),
// checks that it names `expected`, then answers it.
void answerNextMessageBox(QMessageBox::StandardButton button, const QString &expected,
                          QString *asked = nullptr)
{
    auto *poll = new QTimer(qApp);
    auto waited = std::make_shared<int>(0);
    QObject::connect(poll, &QTimer::timeout, poll, [=] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box && ++*waited < 250)
            return;
        poll->deleteLater();
        QVERIFY2(box, "no question was asked");
        if (asked)
            *asked = box->text();
        QVERIFY2(box->text().contains(expected), qPrintable(box->text()));
        box->button(button)->click();
    });
    poll->start(20);
}

template <typename T> T *child(QObject *parent, const char *name)
{
    return parent->findChild<T *>(QLatin1String(name));
}

} // namespace

class TestCommunityPage : public QObject {
    Q_OBJECT

    std::unique_ptr<TempStore> m_store;
    std::unique_ptr<services::StoreExecutor> m_executor;
    std::unique_ptr<CommunityPage> m_page;

    store::Database *m_db = nullptr;
    std::unique_ptr<store::Database> m_connection;

    services::CommunityService community() { return services::CommunityService(*m_connection); }
    ui::UsersPanel *users() { return m_page->usersPanel(); }
    UsersModel *model() { return m_page->model(); }
    QString message() { return child<ui::MessageLabel>(m_page.get(), "communityMessage")->text(); }

    int column(const QString &header)
    {
        for (int c = 0; c < model()->columnCount(); ++c) {
            if (model()->headerData(c, Qt::Horizontal).toString() == header)
                return c;
        }
        return -1;
    }
    QString cell(const QString &username, const QString &header)
    {
        for (int row = 0; row < model()->rowCount(); ++row) {
            if (model()->index(row, UsersModel::UsernameColumn).data().toString() == username)
                return model()->index(row, column(header)).data().toString();
        }
        return QStringLiteral("<no row>");
    }
    qint64 idOf(const QString &username)
    {
        auto user = community().findUser(username);
        return user ? user->id : 0;
    }

    template <typename Dialog> Dialog *openedDialog()
    {
        Dialog *dialog = nullptr;
        [&] { QTRY_VERIFY((dialog = m_page->findChild<Dialog *>()) && dialog->isVisible()); }();
        return dialog;
    }
    void clickOk(QDialog *dialog)
    {
        auto *box = dialog->findChild<QDialogButtonBox *>();
        QVERIFY(box);
        QTest::mouseClick(box->button(QDialogButtonBox::Ok), Qt::LeftButton);
    }

private slots:
    void init()
    {
        m_store = std::make_unique<TempStore>();
        m_connection = std::make_unique<store::Database>(m_store->path());
        QVERIFY(m_connection->open().ok());
        for (const auto &[key, name, type] :
             {std::tuple{"total", "Total", mapping::FieldType::Number},
              std::tuple{"vip", "VIP", mapping::FieldType::Boolean},
              std::tuple{"joined", "Joined", mapping::FieldType::Date}})
            QVERIFY(community().addField({QLatin1String(key), QLatin1String(name), type}).ok());
        QVERIFY(community().saveUser({0,
                                      QStringLiteral("ann@example.com"),
                                      QStringLiteral("ann"),
                                      QStringLiteral("Ann"),
                                      {{QStringLiteral("total"), QStringLiteral("10")}}}));
        QVERIFY(community().saveUser(
            {0, QStringLiteral("bob@example.com"), QStringLiteral("bob"), QString(), {}}));
        m_executor = std::make_unique<services::StoreExecutor>(m_store->path());
        m_page = std::make_unique<CommunityPage>(*m_executor);
        m_page->resize(1024, 700);
        m_page->show();
        modeltesting::watchAll(m_page.get());
        QTRY_COMPARE(model()->rowCount(), 2);
        QTRY_VERIFY(!m_page->isLoading());
    }
    void cleanup()
    {
        m_page.reset();
        m_executor.reset();
        m_connection.reset();
        m_store.reset();
    }

    void tableHasAColumnPerFieldAndSorts()
    {
        QCOMPARE(model()->columnCount(), int(UsersModel::FirstFieldColumn) + 3);
        QCOMPARE(m_page->tabs()->count(), 3);
        QCOMPARE(m_page->tabs()->tabText(0), QStringLiteral("Users"));
        QCOMPARE(m_page->tabs()->tabText(2), QStringLiteral("Channels"));
        QVERIFY(!model()
                     ->headerData(UsersModel::CoinsColumn, Qt::Horizontal, Qt::ToolTipRole)
                     .toString()
                     .isEmpty());
        QSortFilterProxyModel *proxy = users()->proxy();
        // Unset values sort after every value.
        users()->table()->sortByColumn(column(QStringLiteral("Total")), Qt::AscendingOrder);
        QCOMPARE(proxy->index(0, UsersModel::UsernameColumn).data().toString(),
                 QStringLiteral("ann"));
        users()->table()->sortByColumn(UsersModel::EmailColumn, Qt::DescendingOrder);
        QCOMPARE(proxy->index(0, UsersModel::UsernameColumn).data().toString(),
                 QStringLiteral("bob"));
        child<QLineEdit>(m_page.get(), "userSearch")->setText(QStringLiteral("BOB"));
        QCOMPARE(proxy->rowCount(), 1);
        QCOMPARE(proxy->index(0, UsersModel::UsernameColumn).data().toString(),
                 QStringLiteral("bob"));
    }

    void addUserThroughTheDialog()
    {
        QTest::mouseClick(child<QPushButton>(m_page.get(), "addUser"), Qt::LeftButton);
        auto *dialog = openedDialog<ui::UserDialog>();
        QVERIFY(dialog);
        child<QLineEdit>(dialog, "email")->setText(QStringLiteral("ANN@example.com"));
        child<QLineEdit>(dialog, "username")->setText(QStringLiteral("carol"));
        child<QLineEdit>(dialog, "value-total")->setText(QStringLiteral("1,000"));
        clickOk(dialog);
        // The duplicate email is said next to the email, and the dialog stays with what was typed.
        auto *emailError = child<QLabel>(dialog, "error-email");
        QTRY_VERIFY(emailError->isVisible());
        QVERIFY2(emailError->text().contains(
                     QStringLiteral("a user with email \"ANN@example.com\" already exists")),
                 qPrintable(emailError->text()));
        QVERIFY(dialog->isVisible());
        QCOMPARE(child<QLineEdit>(dialog, "username")->text(), QStringLiteral("carol"));

        child<QLineEdit>(dialog, "email")->setText(QStringLiteral("carol@example.com"));
        clickOk(dialog);
        auto *totalError = child<QLabel>(dialog, "error-total");
        QTRY_VERIFY(totalError->isVisible());
        QVERIFY(!emailError->isVisible());
        QVERIFY2(totalError->text().contains(QStringLiteral("\"1,000\" is not a number")),
                 qPrintable(totalError->text()));

        child<QLineEdit>(dialog, "value-total")->setText(QStringLiteral("7.50"));
        child<QComboBox>(dialog, "value-vip")->setCurrentIndex(1); // true
        clickOk(dialog);
        QTRY_VERIFY(!m_page->findChild<ui::UserDialog *>());
        QTRY_COMPARE(model()->rowCount(), 3);
        QCOMPARE(cell(QStringLiteral("carol"), QStringLiteral("Total")), QStringLiteral("7.5"));
        QCOMPARE(cell(QStringLiteral("carol"), QStringLiteral("VIP")), QStringLiteral("true"));
        QCOMPARE(users()->selectedUserId(), idOf(QStringLiteral("carol")));
        QCOMPARE(message(), QStringLiteral("Added carol."));
    }

    void editUserThroughTheDialog()
    {
        users()->selectUser(idOf(QStringLiteral("ann")));
        QTest::mouseClick(child<QPushButton>(m_page.get(), "editUser"), Qt::LeftButton);
        auto *dialog = openedDialog<ui::UserDialog>();
        QVERIFY(dialog);
        QCOMPARE(child<QLineEdit>(dialog, "value-total")->text(), QStringLiteral("10"));
        child<QLineEdit>(dialog, "username")->setText(QStringLiteral("bob"));
        clickOk(dialog);
        auto *usernameError = child<QLabel>(dialog, "error-username");
        QTRY_VERIFY(usernameError->isVisible());
        QVERIFY(usernameError->text().contains(
            QStringLiteral("a user with username \"bob\" already exists")));

        child<QLineEdit>(dialog, "username")->setText(QStringLiteral("annie"));
        child<QLineEdit>(dialog, "displayName")->setText(QStringLiteral("Annie B."));
        child<QLineEdit>(dialog, "value-joined")->setText(QStringLiteral("2026-11-26"));
        clickOk(dialog);
        QTRY_VERIFY(!m_page->findChild<ui::UserDialog *>());
        QTRY_COMPARE(cell(QStringLiteral("annie"), QStringLiteral("Display name")),
                     QStringLiteral("Annie B."));
        QCOMPARE(cell(QStringLiteral("annie"), QStringLiteral("Joined")),
                 QStringLiteral("2026-11-26"));
        QCOMPARE(cell(QStringLiteral("annie"), QStringLiteral("Total")), QStringLiteral("10"));
        auto history = community().history(idOf(QStringLiteral("annie")), QStringLiteral("joined"));
        QCOMPARE(history->size(), 1);
        QCOMPARE(history->first().source, QStringLiteral("manual"));
    }

    void removeUserAfterAQuestion()
    {
        users()->selectUser(idOf(QStringLiteral("ann")));
        answerNextMessageBox(QMessageBox::Cancel, QStringLiteral("Remove ann (ann@example.com)?"));
        QTest::mouseClick(child<QPushButton>(m_page.get(), "removeUser"), Qt::LeftButton);
        QTest::qWait(100);
        QCOMPARE(model()->rowCount(), 2);
        answerNextMessageBox(QMessageBox::Yes, QStringLiteral("Remove ann (ann@example.com)?"));
        QTest::mouseClick(child<QPushButton>(m_page.get(), "removeUser"), Qt::LeftButton);
        QTRY_COMPARE(model()->rowCount(), 1);
        QCOMPARE(model()->index(0, UsersModel::UsernameColumn).data().toString(),
                 QStringLiteral("bob"));
        QTRY_COMPARE(message(), QStringLiteral("Removed ann with 1 field history and 0 coins/XP "
                                               "log row(s)."));
        QCOMPARE(community().findUser(QStringLiteral("ann")).errorKind(), ErrorKind::NotFound);
    }

    void setAValueByHand()
    {
        users()->selectUser(idOf(QStringLiteral("bob")));
        QTest::mouseClick(child<QPushButton>(m_page.get(), "setValue"), Qt::LeftButton);
        auto *dialog = openedDialog<ui::SetValueDialog>();
        QVERIFY(dialog);
        dialog->selectKey(QStringLiteral("total"));
        child<QLineEdit>(dialog, "value-total")->setText(QStringLiteral("abc"));
        clickOk(dialog);
        auto *error = child<ui::MessageLabel>(dialog, "setValueMessage");
        QTRY_VERIFY(error->isError());
        QCOMPARE(error->text(), QStringLiteral("total: \"abc\" is not a number"));
        QVERIFY(dialog->isVisible());

        child<QLineEdit>(dialog, "value-total")->setText(QStringLiteral("0.1"));
        clickOk(dialog);
        QTRY_VERIFY(!m_page->findChild<ui::SetValueDialog *>());
        QTRY_COMPARE(cell(QStringLiteral("bob"), QStringLiteral("Total")), QStringLiteral("0.1"));
        auto history = community().history(idOf(QStringLiteral("bob")), QStringLiteral("total"));
        QCOMPARE(history->size(), 1);
        QCOMPARE(history->first().source, QStringLiteral("manual"));
        QCOMPARE(history->first().op, QStringLiteral("overwrite"));
        QCOMPARE(history->first().deliveryId, 0);
        QVERIFY(history->first().oldValue.isNull());

        // Coins by hand: whole numbers only, and in the gamification log as `manual`.
        users()->selectUser(idOf(QStringLiteral("bob")));
        users()->setValueOfSelected(QStringLiteral("coins"));
        dialog = openedDialog<ui::SetValueDialog>();
        child<QLineEdit>(dialog, "value-coins")->setText(QStringLiteral("2.5"));
        clickOk(dialog);
        QTRY_VERIFY(child<ui::MessageLabel>(dialog, "setValueMessage")->isError());
        child<QLineEdit>(dialog, "value-coins")->setText(QStringLiteral("25"));
        clickOk(dialog);
        QTRY_COMPARE(cell(QStringLiteral("bob"), QStringLiteral("Coins")), QStringLiteral("25"));
        QCOMPARE(community().gamificationLog(idOf(QStringLiteral("bob")))->last().action,
                 QStringLiteral("manual"));
    }

    void fieldsAreAddedRenamedAndRemoved()
    {
        m_page->tabs()->setCurrentWidget(m_page->fieldsPanel());
        ui::FieldsPanel *fields = m_page->fieldsPanel();
        QCOMPARE(fields->model()->rowCount(), 3);
        const int totalRow = fields->model()->rowOf(QStringLiteral("total"));
        QCOMPARE(fields->model()->index(totalRow, ui::FieldsModel::ValuesColumn).data().toInt(), 1);

        QTest::mouseClick(child<QPushButton>(fields, "addField"), Qt::LeftButton);
        auto *add = openedDialog<ui::FieldDialog>();
        QVERIFY(add);
        child<QLineEdit>(add, "fieldName")->setText(QStringLiteral("Deposit amount"));
        QCOMPARE(child<QLineEdit>(add, "fieldKey")->text(), QStringLiteral("deposit-amount"));
        child<QLineEdit>(add, "fieldKey")->setText(QStringLiteral("total"));
        clickOk(add);
        QTRY_VERIFY(child<ui::MessageLabel>(add, "fieldDialogMessage")->isError());
        QCOMPARE(child<ui::MessageLabel>(add, "fieldDialogMessage")->text(),
                 QStringLiteral("custom field \"total\" already exists"));
        child<QLineEdit>(add, "fieldKey")->setText(QStringLiteral("deposit-amount"));
        clickOk(add);
        QTRY_COMPARE(fields->model()->rowCount(), 4);
        QTRY_VERIFY(column(QStringLiteral("Deposit amount")) >= 0);

        fields->selectKey(QStringLiteral("total"));
        QTest::mouseClick(child<QPushButton>(fields, "renameField"), Qt::LeftButton);
        auto *rename = openedDialog<QInputDialog>();
        QVERIFY(rename);
        rename->setTextValue(QStringLiteral("Total deposits"));
        rename->accept();
        QTRY_VERIFY(column(QStringLiteral("Total deposits")) >= 0);
        QCOMPARE((*community().findField(QStringLiteral("total")))->name,
                 QStringLiteral("Total deposits"));

        QVERIFY(community().setFieldValue(idOf(QStringLiteral("bob")), QStringLiteral("total"),
                                          QStringLiteral("3")));
        QString asked;
        answerNextMessageBox(QMessageBox::Yes,
                             QStringLiteral("Remove the field total and the 2 value(s)"), &asked);
        fields->selectKey(QStringLiteral("total"));
        QTest::mouseClick(child<QPushButton>(fields, "removeField"), Qt::LeftButton);
        QTRY_VERIFY(!asked.isEmpty());
        QTRY_COMPARE(fields->model()->rowCount(), 3);
        QTRY_COMPARE(column(QStringLiteral("Total deposits")), -1);
        QVERIFY(!community().findField(QStringLiteral("total"))->has_value());
    }

    void exportReadsBack()
    {
        QVERIFY(community().setBalance(idOf(QStringLiteral("bob")), QStringLiteral("xp"), 9));
        QTemporaryDir folder;
        const QString path = folder.filePath(QStringLiteral("users.csv"));
        users()->exportTo(path);
        QTRY_VERIFY(message().startsWith(QStringLiteral("Exported 2 user(s)")));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(),
                 QByteArray("email,username,display_name,coins,xp,joined,total,vip\n"
                            "ann@example.com,ann,Ann,0,0,,10,\n"
                            "bob@example.com,bob,,0,9,,,\n"));
        // And it imports back into an empty community with the same fields.
        TempStore other;
        store::Database copy(other.path());
        QVERIFY(copy.open().ok());
        services::CommunityService target(copy);
        const auto fields = community().fields(); // kept: the loop reads into it
        for (const mapping::CustomField &field : *fields)
            QVERIFY(target.addField(field).ok());
        QCOMPARE(*target.importUsers(path), 2);
        QCOMPARE(*target.usersCsv(), *community().usersCsv());
    }

    // Another connection's edit (no StoreEvents in this process) shows by the page's poll.
    void anotherConnectionsEditShowsWithoutRefresh()
    {
        store::Database other(m_store->path());
        QVERIFY(other.open().ok());
        QVERIFY(store::CommunityEditor(other).setFieldValue(
            idOf(QStringLiteral("bob")), QStringLiteral("total"), QStringLiteral("42")));
        QTRY_COMPARE_WITH_TIMEOUT(cell(QStringLiteral("bob"), QStringLiteral("Total")),
                                  QStringLiteral("42"), 6000);
    }

    void theCommandLinesEditShowsWithoutRefresh()
    {
        QVERIFY2(!HookbenchProcess::binary().isEmpty(), "HOOKBENCH_BIN is not set");
        m_page->setPollInterval(200);
        const HookbenchRun set =
            HookbenchProcess(m_store->path())
                .run({QStringLiteral("user"), QStringLiteral("set"), QStringLiteral("ann"),
                      QStringLiteral("vip"), QStringLiteral("true")});
        QVERIFY2(set.ran && set.exitCode == 0, qPrintable(set.err));
        QTRY_COMPARE(cell(QStringLiteral("ann"), QStringLiteral("VIP")), QStringLiteral("true"));
        const HookbenchRun added =
            HookbenchProcess(m_store->path())
                .run({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--email"),
                      QStringLiteral("dan@example.com"), QStringLiteral("--username"),
                      QStringLiteral("dan")});
        QVERIFY2(added.ran && added.exitCode == 0, qPrintable(added.err));
        QTRY_COMPARE(model()->rowCount(), 3);
    }

    // A hidden page does not poll: nothing is read until it is shown again.
    void aHiddenPageCatchesUpWhenShown()
    {
        m_page->setPollInterval(100);
        m_page->hide();
        store::Database other(m_store->path());
        QVERIFY(other.open().ok());
        QVERIFY(store::CommunityEditor(other).setBalance(idOf(QStringLiteral("ann")),
                                                         QStringLiteral("xp"), 3));
        QTest::qWait(400);
        QCOMPARE(cell(QStringLiteral("ann"), QStringLiteral("XP")), QStringLiteral("0"));
        m_page->show();
        QTRY_COMPARE(cell(QStringLiteral("ann"), QStringLiteral("XP")), QStringLiteral("3"));
    }

    void doubleClickOpensTheUser()
    {
        qint64 opened = 0;
        connect(m_page.get(), &CommunityPage::userOpened, this,
                [&opened](qint64 userId) { opened = userId; });
        users()->selectUser(idOf(QStringLiteral("bob")));
        emit users()->table()->activated(users()->table()->currentIndex());
        QCOMPARE(opened, idOf(QStringLiteral("bob")));
        // The user's own view opens, once: opening bob again brings the same window forward.
        QTRY_COMPARE(m_page->findChildren<hb::ui::UserView *>().size(), 1);
        QCOMPARE(m_page->findChildren<hb::ui::UserView *>().first()->userId(), opened);
        emit users()->table()->activated(users()->table()->currentIndex());
        QCOMPARE(m_page->findChildren<hb::ui::UserView *>().size(), 1);
        m_page->findChildren<hb::ui::UserView *>().first()->close();
        QTRY_VERIFY(m_page->findChildren<hb::ui::UserView *>().isEmpty());
    }
};

QTEST_MAIN(TestCommunityPage)
#include "test_communitypage.moc"
