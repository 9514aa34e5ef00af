// "Import users…" on the Community page, as an admin uses it: a CSV file's users appear in the
// table with a message saying how many; a bad line is named and nothing is imported; Cancel in
// the progress dialog leaves the community as it was. The import runs on the store executor, so
// the window keeps answering while a large file is written.
#include "tempstore.h"

#include "common/messagelabel.h"
#include "community/communitypage.h"
#include "community/userimport.h"
#include "community/usersmodel.h"
#include "modeltesting.h"
#include "services/communityservice.h"
#include "services/storeexecutor.h"
#include "store/database.h"

#include <QApplication>
#include <QFile>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace hb;
using ui::CommunityPage;

class TestCommunityImport : public QObject {
    Q_OBJECT

    TempStore m_store;
    QTemporaryDir m_files;

    QString writeCsv(const QString &name, int users, const QByteArray &extraLine = {})
    {
        const QString path = m_files.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write("email,username,coins,total\n");
        for (int i = 0; i < users; ++i)
            file.write(QStringLiteral("u%1@example.com,u%1,%1,%1.25\n").arg(i).toUtf8());
        file.write(extraLine);
        return path;
    }

    std::unique_ptr<CommunityPage> openPage(services::StoreExecutor &executor)
    {
        auto page = std::make_unique<CommunityPage>(executor);
        modeltesting::watch(page->model());
        page->resize(900, 600);
        page->show();
        return page;
    }

    static QString message(CommunityPage &page)
    {
        return page.findChild<ui::MessageLabel *>(QStringLiteral("communityMessage"))->text();
    }

    int storedUsers()
    {
        store::Database db(m_store.path());
        if (!db.open())
            return -1;
        auto users = services::CommunityService(db).users();
        return users ? int(users->size()) : -1;
    }

private slots:
    void initTestCase()
    {
        store::Database db(m_store.path());
        QVERIFY(db.open().ok());
        QVERIFY(services::CommunityService(db)
                    .addField({QStringLiteral("total"), QStringLiteral("Total"),
                               mapping::FieldType::Number})
                    .ok());
    }

    void aBadLineImportsNothing()
    {
        services::StoreExecutor executor(m_store.path());
        auto page = openPage(executor);
        const QString path =
            writeCsv(QStringLiteral("bad.csv"), 50, "late@example.com,late,-3,1\n");
        page->importFile(path);
        QTRY_VERIFY(page->findChild<QPushButton *>(QStringLiteral("importUsers"))->isEnabled());
        QVERIFY2(message(*page).contains(QStringLiteral("line 52")), qPrintable(message(*page)));
        QVERIFY2(message(*page).contains(QStringLiteral("nothing was imported")),
                 qPrintable(message(*page)));
        QCOMPARE(storedUsers(), 0);
    }

    void cancelImportsNothing()
    {
        services::StoreExecutor executor(m_store.path());
        auto page = openPage(executor);
        const QString path = writeCsv(QStringLiteral("large.csv"), 20000);
        page->importFile(path);
        auto *progress = page->findChild<QProgressDialog *>(QStringLiteral("importProgress"));
        QVERIFY(progress);
        // The dialog's own Cancel button, as a user clicks it (it shows only after a moment).
        auto *cancel = progress->findChild<QPushButton *>();
        QVERIFY(cancel);
        cancel->click();
        QTRY_VERIFY_WITH_TIMEOUT(
            page->findChild<QPushButton *>(QStringLiteral("importUsers"))->isEnabled(), 30000);
        QCOMPARE(message(*page), QStringLiteral("Import cancelled: nothing was imported."));
        QCOMPARE(storedUsers(), 0);
    }

    void importFillsTheTable()
    {
        services::StoreExecutor executor(m_store.path());
        auto page = openPage(executor);
        const QString path = writeCsv(QStringLiteral("users.csv"), 3000);
        auto *button = page->findChild<QPushButton *>(QStringLiteral("importUsers"));
        QSignalSpy progressed(page->findChild<ui::UserImport *>(), &ui::UserImport::progressed);
        page->importFile(path);
        QVERIFY(!button->isEnabled()); // one import at a time
        QVERIFY(page->findChild<QProgressDialog *>(QStringLiteral("importProgress")));
        QTRY_VERIFY_WITH_TIMEOUT(button->isEnabled(), 30000);
        // The progress went through checking, then writing, to the file's end.
        QVERIFY(progressed.size() >= 2);
        QCOMPARE(progressed.first().at(0).toBool(), false);
        QCOMPARE(progressed.last().at(0).toBool(), true);
        QCOMPARE(progressed.last().at(1).toLongLong(), 3000);
        QCOMPARE(progressed.last().at(2).toLongLong(), 3000);
        QCOMPARE(message(*page), QStringLiteral("Imported 3000 user(s)."));
        QTRY_COMPARE(page->model()->rowCount(), 3000);
        QCOMPARE(page->model()->index(0, ui::UsersModel::EmailColumn).data().toString(),
                 QStringLiteral("u0@example.com"));
        QCOMPARE(storedUsers(), 3000);
        QVERIFY(!page->findChild<QProgressDialog *>(QStringLiteral("importProgress")));
    }
};

QTEST_MAIN(TestCommunityImport)
#include "test_communityimport.moc"
