// The designer's input checks as a user meets them: a bad path, key or name explained in place
// with Save held back, the new-field dialog refusing a taken or unusable name, and the listening
// address checked as it is typed.
#include "designerfixture.h"
#include "tempstore.h"

#include "common/messagelabel.h"
#include "common/settingsdialog.h"
#include "webhooks/mappingpanel.h"
#include "webhooks/newfielddialog.h"
#include "webhooks/webhookdocument.h"
#include "webhooks/webhooksettingspanel.h"
#include "webhooks/webhookspage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace hb::ui;

class TestDesignerValidation : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { designerfixture::isolateSettings(); }

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

    void newFieldInline()
    {
        QStringList taken{QStringLiteral("total-deposit")};
        // Answered at once here; the window answers once the store has (the dialog waits).
        NewFieldDialog dialog([&](const hb::mapping::CustomField &field,
                                  const NewFieldDialog::Done &done) {
            if (taken.contains(field.key))
                done(hb::fail(QStringLiteral("custom field \"%1\" already exists").arg(field.key)));
            else
                done(field);
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
};

QTEST_MAIN(TestDesignerValidation)
#include "test_designer_validation.moc"
