#pragma once

// A store with a community (fields, one user) and one webhook, and helpers that drive the real
// designer widgets the way a user does. Shared by the GUI tests and the screenshot tool.
#include "common/mainwindow.h"
#include "delivery/catcherservice.h"
#include "mapping/webhook.h"
#include "modeltesting.h"
#include "store/database.h"
#include "store/fieldrepository.h"
#include "store/userrepository.h"
#include "store/webhookrepository.h"
#include "webhooks/payloadtreemodel.h"
#include "webhooks/samplepanel.h"
#include "webhooks/webhookdocument.h"
#include "webhooks/webhooklistpanel.h"
#include "webhooks/webhookspage.h"

#include <QApplication>
#include <QCoreApplication>
#include <QEventLoop>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QListWidget>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>
#include <QTreeView>

#include <memory>

namespace designerfixture {

// The window's catcher on a free loopback port; `process` off keeps caught deliveries unapplied
// (the preview compares against the stored user).
inline hb::delivery::CatcherSettings loopbackCatcher(bool process = false)
{
    hb::delivery::CatcherSettings settings;
    settings.address = QHostAddress::LocalHost;
    settings.port = 0;
    settings.processDeliveries = process;
    return settings;
}

// In initTestCase(): settings (the listening address, window state) go to a test folder, never to
// the user's; the application name stays the executable's, so that test binaries running at the
// same time keep apart.
inline void isolateSettings()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("hookbench-tests"));
}

// The community of the examples: total-deposit (number), nickname (text), alice with 10 and 5
// coins; the webhook "Deposit bonus" mapping users by email at /email (to be changed).
inline bool populate(const QString &location, QString *error)
{
    hb::store::Database db(location);
    if (const auto opened = db.open(); !opened) {
        *error = opened.error();
        return false;
    }
    hb::store::FieldRepository fields(db);
    for (const auto &field :
         {hb::mapping::CustomField{QStringLiteral("total-deposit"), QStringLiteral("Total deposit"),
                                   hb::mapping::FieldType::Number},
          hb::mapping::CustomField{QStringLiteral("nickname"), QStringLiteral("Nickname"),
                                   hb::mapping::FieldType::Text}}) {
        if (const auto added = fields.add(field); !added) {
            *error = added.error();
            return false;
        }
    }
    hb::store::UserRepository users(db);
    hb::store::User alice;
    alice.email = QStringLiteral("alice@example.com");
    alice.username = QStringLiteral("alice");
    alice.displayName = QStringLiteral("Alice");
    alice.coins = 5;
    alice.fields.insert(QStringLiteral("total-deposit"), QStringLiteral("10"));
    if (const auto added = users.add(alice); !added) {
        *error = added.error();
        return false;
    }
    hb::store::WebhookRepository webhooks(db);
    hb::mapping::Webhook webhook;
    webhook.name = QStringLiteral("Deposit bonus");
    webhook.user.path = QStringLiteral("/email");
    if (const auto added = webhooks.add(webhook); !added) {
        *error = added.error();
        return false;
    }
    return true;
}

// Keeps `payload` as the sample of the examples' webhook, as if a request carrying it had been
// caught (without a catcher: for tests about what the designer does with a sample).
inline bool storeSample(const QString &location, const QJsonValue &payload, QString *error)
{
    hb::store::Database db(location);
    if (const auto opened = db.open(); !opened) {
        *error = opened.error();
        return false;
    }
    hb::store::WebhookRepository webhooks(db);
    const auto found = webhooks.findByName(QStringLiteral("Deposit bonus"));
    if (!found || !found->has_value()) {
        *error = found ? QStringLiteral("no webhook \"Deposit bonus\"") : found.error();
        return false;
    }
    const QByteArray body = payload.isObject()
                                ? QJsonDocument(payload.toObject()).toJson(QJsonDocument::Compact)
                                : QJsonDocument(payload.toArray()).toJson(QJsonDocument::Compact);
    const QJsonObject sample{{QStringLiteral("delivery_id"), 1},
                             {QStringLiteral("method"), QStringLiteral("POST")},
                             {QStringLiteral("target"), QStringLiteral("/hooks/sample")},
                             {QStringLiteral("headers"), QJsonArray()},
                             {QStringLiteral("body"), QString::fromUtf8(body)},
                             {QStringLiteral("payload"), payload}};
    if (const auto stored = webhooks.setSampleRequest((*found)->id, sample); !stored) {
        *error = stored.error();
        return false;
    }
    return true;
}

// The Webhooks page reads and writes on the executor's thread: true once nothing is on its way
// and the first webhook (if any) is open.
inline bool waitForWebhooksPage(hb::ui::WebhooksPage *page)
{
    return QTest::qWaitFor(
        [page] {
            return !page->isBusy()
                   && (page->document()->isLoaded() || page->listPanel()->list()->count() == 0);
        },
        10000);
}

// The window on the store at `location`, shown, with its catcher stopped and its Webhooks page
// read.
inline std::unique_ptr<hb::ui::MainWindow> showWindow(const QString &location)
{
    auto window = std::make_unique<hb::ui::MainWindow>(location, false);
    modeltesting::watchAll(window.get());
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get())) {
        QTest::qFail("the window was not shown", __FILE__, __LINE__);
        return nullptr;
    }
    if (!waitForWebhooksPage(window->webhooksPage())) {
        QTest::qFail("the Webhooks page did not read the store", __FILE__, __LINE__);
        return nullptr;
    }
    return window;
}

// Clicks Catch; on a live webhook the panel first says that the delivery will be processed, and
// the admin confirms. True once the panel waits.
inline bool startCatching(hb::ui::SamplePanel *sample)
{
    QTest::mouseClick(sample->catchButton(), Qt::LeftButton);
    if (sample->isAskingLive())
        QTest::mouseClick(sample->liveCatchButton(), Qt::LeftButton);
    return sample->isWaiting();
}

// In a test: the examples' store at `location` and the window on it, shown, with its catcher
// stopped. Null, with the test failed, when the store cannot be populated.
inline std::unique_ptr<hb::ui::MainWindow> openWindow(const QString &location)
{
    QString error;
    if (!populate(location, &error)) {
        QTest::qFail(qPrintable(error), __FILE__, __LINE__);
        return nullptr;
    }
    return showWindow(location);
}

// The same with `payload` already caught as the webhook's sample.
inline std::unique_ptr<hb::ui::MainWindow> openWindowWithSample(const QString &location,
                                                                const QJsonValue &payload)
{
    QString error;
    if (!populate(location, &error) || !storeSample(location, payload, &error)) {
        QTest::qFail(qPrintable(error), __FILE__, __LINE__);
        return nullptr;
    }
    return showWindow(location);
}

// POSTs `json` to `url` on loopback (or sends it with `method`, with `headers` added); returns
// the HTTP status (0 when there was no answer).
inline int post(const QString &url, const QByteArray &json,
                const QList<QPair<QByteArray, QByteArray>> &headers = {},
                const QByteArray &method = "POST")
{
    QNetworkAccessManager network;
    QNetworkRequest request{QUrl(url)};
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    QNetworkReply *reply = network.sendCustomRequest(request, method, json);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(20000, &loop, &QEventLoop::quit);
    loop.exec();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    reply->deleteLater();
    return status;
}

// Clicks the payload tree row of `pointer` (expanding its parents first), as a user would.
inline bool clickNode(hb::ui::SamplePanel *panel, const QString &pointer)
{
    QTreeView *tree = panel->tree();
    auto *proxy = qobject_cast<QSortFilterProxyModel *>(tree->model());
    auto *model = qobject_cast<hb::ui::PayloadTreeModel *>(proxy->sourceModel());
    const QModelIndex source = model->indexForPointer(pointer);
    if (!source.isValid())
        return false;
    const QModelIndex index = proxy->mapFromSource(source);
    for (QModelIndex parent = index.parent(); parent.isValid(); parent = parent.parent())
        tree->expand(parent);
    tree->scrollTo(index);
    const QRect rect = tree->visualRect(index);
    if (!rect.isValid())
        return false;
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, rect.center());
    return true;
}

// Before a click that asks a question: once the message box is up, checks that it says
// `expected` and answers it with `button`.
inline void answerNextMessageBox(QMessageBox::StandardButton button, const QString &expected)
{
    QTimer::singleShot(0, [button, expected] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QVERIFY(box);
        QVERIFY(box->text().contains(expected));
        box->button(button)->click();
    });
}

} // namespace designerfixture
