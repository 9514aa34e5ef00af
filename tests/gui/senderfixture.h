#pragma once

// What the Sender page's tests share: a store with the designer's webhooks plus a keyed, a GCM
// encrypted and a signed one, the window on it with its catcher on a free loopback port, the
// Sender page shown, and helpers to choose a webhook, send and read what the catcher stored.
#include "designerfixture.h"
#include "tempstore.h"

#include "common/mainwindow.h"
#include "common/messagelabel.h"
#include "crypto/securerandom.h"
#include "delivery/catcherservice.h"
#include "sender/senderheadersmodel.h"
#include "sender/senderpage.h"
#include "store/deliveryrepository.h"

#include <QComboBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>

#include <memory>

namespace senderfixture {

inline const QString gcmKey = QStringLiteral("0123456789abcdef0123456789abcdef");

inline hb::mapping::Webhook webhookNamed(const QString &name)
{
    hb::mapping::Webhook webhook;
    webhook.name = name;
    webhook.user.path = QStringLiteral("/email");
    return webhook;
}

inline QByteArray headerOf(const hb::store::DeliveryRecord &record, const QByteArray &name)
{
    for (const auto &[key, value] : record.headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

} // namespace senderfixture

class SenderFixture {
protected:
    using MainWindow = hb::ui::MainWindow;
    using SenderPage = hb::ui::SenderPage;

    void setUpWindow()
    {
        using namespace senderfixture;
        m_store = std::make_unique<TempStore>();
        QString error;
        QVERIFY2(designerfixture::populate(m_store->path(), &error), qPrintable(error));
        hb::store::Database db(m_store->path());
        QVERIFY(db.open().ok());
        hb::store::WebhookRepository webhooks(db);
        hb::mapping::Webhook keyed = webhookNamed(QStringLiteral("Keyed"));
        keyed.apiKey = hb::crypto::SecureRandom::apiKey();
        m_apiKey = keyed.apiKey;
        hb::mapping::Webhook encrypted = webhookNamed(QStringLiteral("Encrypted"));
        encrypted.encryption = hb::mapping::Encryption{hb::mapping::EncryptionMode::Gcm, gcmKey};
        hb::mapping::Webhook signedHook = webhookNamed(QStringLiteral("Signed"));
        signedHook.signingSecret = hb::crypto::SecureRandom::signingSecret();
        for (const hb::mapping::Webhook &webhook : {keyed, encrypted, signedHook}) {
            const auto added = webhooks.add(webhook);
            QVERIFY2(added.ok(), qPrintable(added.error()));
        }
        openWindow();
    }

    // The window on the fixture's store (again, after closeWindow(): a restart).
    void openWindow()
    {
        m_window = std::make_unique<MainWindow>(m_store->path(), false);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        hb::delivery::CatcherSettings settings;
        settings.port = 0;
        const hb::Status started = m_window->startCatcher(settings);
        QVERIFY2(started.ok(), qPrintable(started.error()));
        m_window->showPage(MainWindow::SenderPageIndex);
        m_page = m_window->senderPage();
        QVERIFY(m_page);
        QTRY_COMPARE(m_page->webhookCombo()->count(), 4);
        QTRY_VERIFY(!m_page->isLoading());
    }

    void closeWindow()
    {
        m_page = nullptr;
        m_window.reset();
    }

    void tearDown()
    {
        closeWindow();
        m_store.reset();
    }

    QStringList headerNames() const
    {
        QStringList names;
        const hb::ui::SenderHeadersModel *model = m_page->form()->headersModel();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, 0).data(Qt::CheckStateRole).toInt() == Qt::Checked)
                names << model->index(row, 0).data().toString();
        }
        return names;
    }

    void choose(const QString &name)
    {
        const int index = m_page->webhookCombo()->findText(name);
        QVERIFY2(index >= 0, qPrintable(name));
        m_page->webhookCombo()->setCurrentIndex(index);
        QTRY_VERIFY(!m_page->isLoading());
    }

    QString token() const
    {
        hb::store::Database db(m_store->path());
        if (!db.open().ok())
            return {};
        const auto found = hb::store::WebhookRepository(db).findById(m_page->currentWebhookId());
        return found.ok() && found->has_value() ? (*found)->token : QString();
    }

    void sendAndWait(const QByteArray &payload)
    {
        m_page->payloadEdit()->setPlainText(QString::fromUtf8(payload));
        QVERIFY(m_page->sendButton()->isEnabled());
        QTest::mouseClick(m_page->sendButton(), Qt::LeftButton);
        QVERIFY(m_page->isSending());
        QVERIFY(!m_page->sendButton()->isEnabled()); // no second send while one is in flight
        QTRY_VERIFY_WITH_TIMEOUT(!m_page->isSending(), 20000);
        QVERIFY(m_page->sendButton()->isEnabled());
    }

    // Sends `payload`, expects the page to show 202, and returns the delivery it made.
    hb::store::DeliveryRecord sendAccepted(const QByteArray &payload)
    {
        sendAndWait(payload);
        const QString headline = m_page->answerMessage()->text();
        if (!headline.startsWith(QStringLiteral("202 Accepted"))
            || m_page->answerMessage()->isError()) {
            QTest::qFail(qPrintable(QStringLiteral("answer: ") + headline), __FILE__, __LINE__);
            return {};
        }
        const QJsonObject answer =
            QJsonDocument::fromJson(m_page->answerBody()->toPlainText().toUtf8()).object();
        const qint64 id = answer.value(QLatin1String("delivery_id")).toInteger();
        hb::store::Database db(m_store->path());
        if (!db.open().ok())
            return {};
        const auto record = hb::store::DeliveryRepository(db).find(id);
        if (!record.ok() || !record->has_value()) {
            QTest::qFail(qPrintable(QStringLiteral("no delivery %1").arg(id)), __FILE__, __LINE__);
            return {};
        }
        return **record;
    }

    int deliveryCount() const
    {
        hb::store::Database db(m_store->path());
        if (!db.open().ok())
            return -1;
        const auto list = hb::store::DeliveryRepository(db).list({});
        return list.ok() ? int(list->size()) : -1;
    }

    std::unique_ptr<TempStore> m_store;
    std::unique_ptr<MainWindow> m_window;
    SenderPage *m_page = nullptr;
    QString m_apiKey;
};
