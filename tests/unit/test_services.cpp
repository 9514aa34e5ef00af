// The services every front end calls (app/core/services) on a real temporary store, SQLite then
// PostgreSQL: webhooks as an identity, drafts, the store's change counter that catchers read, and
// the change signals that the window's lists and the catcher's status listen to.
#include "storevariant.h"
#include "temppostgres.h"
#include "tempstore.h"

#include "common/clock.h"
#include "mapping/webhookconfig.h"
#include "services/communityservice.h"
#include "services/deliveryservice.h"
#include "services/storeevents.h"
#include "services/webhookservice.h"
#include "store/database.h"
#include "store/deliveryrepository.h"
#include "store/preparedstatement.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace hb;
using services::WebhookService;

class TestServices : public QObject {
    Q_OBJECT

public:
    explicit TestServices(bool postgres)
        : m_postgres(postgres)
    {}

private:
    bool m_postgres = false;
    StoreVariant m_store;

    store::Database &db() { return m_store.db(); }

    qint64 storeVersion()
    {
        auto query = store::PreparedStatement::prepare(
            db(), QStringLiteral("SELECT version FROM store_changes WHERE topic = 'webhooks'"));
        if (!query || !(*query)->exec() || !(*query)->next())
            return -1;
        return (*query)->value(0).toLongLong();
    }

    // A delivery received for `webhook`, as the catcher's writer stores it.
    qint64 receive(const mapping::Webhook &webhook, DeliveryStatus status)
    {
        store::NewDelivery delivery;
        delivery.webhookId = webhook.id;
        delivery.webhookName = webhook.name;
        delivery.status = status;
        delivery.method = "POST";
        delivery.target = "/hooks/" + webhook.token.toUtf8();
        delivery.body = R"({"email":"ann@example.com","amount":2})";
        delivery.receivedAt = nowIsoUtc();
        if (!db().beginWrite())
            return 0;
        auto inserted = store::DeliveryRepository(db()).insertPending({delivery});
        if (!inserted || !db().commit())
            return 0;
        return inserted->first().id;
    }

    QByteArray config(const QString &name, const QString &extra = {})
    {
        return QStringLiteral(
                   R"({"name": "%1", "user": {"identifier": "email", "path": "/email"},)"
                   R"( "fields": [{"field": "total", "operator": "add", "path": "/amount"}]%2})")
            .arg(name, extra)
            .toUtf8();
    }

private slots:
    void init()
    {
        if (!m_store.open(m_postgres))
            return;
        services::CommunityService community(db());
        QVERIFY(community
                    .addField({QStringLiteral("total"), QStringLiteral("Total"),
                               mapping::FieldType::Number})
                    .ok());
        store::User ann;
        ann.email = QStringLiteral("ann@example.com");
        ann.username = QStringLiteral("ann");
        QVERIFY(community.addUser(ann).ok());
    }
    void cleanup() { m_store.close(); }

    // "+ New" in the window: a draft without a user path, under a name of its own.
    void newWebhooksAreDraftsWithUniqueNames()
    {
        WebhookService webhooks(db());
        QSignalSpy changed(&services::StoreEvents::instance(),
                           &services::StoreEvents::webhooksChanged);
        auto first = webhooks.createDraft(QString());
        QVERIFY2(first.ok(), qPrintable(first.error()));
        auto second = webhooks.createDraft(QString());
        QVERIFY2(second.ok(), qPrintable(second.error()));
        QCOMPARE(first->name, QStringLiteral("New webhook"));
        QCOMPARE(second->name, QStringLiteral("New webhook 2"));
        QVERIFY(first->draft);
        QVERIFY(first->user.path.isEmpty());
        QVERIFY(first->token.size() >= 22);
        QCOMPARE(changed.size(), 2);
        QCOMPARE(changed.at(0).at(0).toLongLong(), first->id);

        // Going live needs the user's path; once it is there, the draft flag goes.
        auto refused = webhooks.setDraft(first->id, false);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(QStringLiteral("map the user")),
                 qPrintable(refused.error()));
        mapping::Webhook mapped = *first;
        mapped.user.path = QStringLiteral("/email");
        QVERIFY(webhooks.update(mapped).ok());
        auto live = webhooks.setDraft(first->id, false);
        QVERIFY2(live.ok(), qPrintable(live.error()));
        QVERIFY(!live->draft);
        QVERIFY(!webhooks.findById(first->id)->draft);
    }

    // Every write to the webhooks table moves the store's counter, whoever makes it: the catcher
    // compares it before judging each request.
    void everyWebhookChangeMovesTheStoreCounter()
    {
        WebhookService webhooks(db());
        const qint64 start = storeVersion();
        QVERIFY(start >= 0);
        auto added =
            webhooks.importConfig(config(QStringLiteral("A")), WebhookService::ImportMode::Add);
        QVERIFY2(added.ok(), qPrintable(added.error()));
        QVERIFY(storeVersion() > start);
        const qint64 afterAdd = storeVersion();
        QVERIFY(webhooks.rename(QStringLiteral("A"), QStringLiteral("B")).ok());
        QVERIFY(storeVersion() > afterAdd);
        const qint64 afterRename = storeVersion();
        QVERIFY(webhooks.remove(QStringLiteral("B")).ok());
        QVERIFY(storeVersion() > afterRename);
    }

    // Rename and replace keep the id, the token and the deliveries; a removed webhook's
    // deliveries keep its last name.
    void identitySurvivesRenameReplaceAndRemove()
    {
        WebhookService webhooks(db());
        services::DeliveryService deliveries(db());
        auto added = webhooks.importConfig(config(QStringLiteral("New webhook")),
                                           WebhookService::ImportMode::Add);
        QVERIFY2(added.ok(), qPrintable(added.error()));
        const qint64 id = receive(*added, DeliveryStatus::Pending);
        QVERIFY(id > 0);

        auto renamed = webhooks.rename(QStringLiteral("New webhook"), QStringLiteral("Deposit"));
        QVERIFY2(renamed.ok(), qPrintable(renamed.error()));
        QCOMPARE(renamed->token, added->token);
        QCOMPARE(renamed->id, added->id);
        auto replaced = webhooks.importConfig(
            config(QStringLiteral("Deposit"), QStringLiteral(R"(, "enabled": false)")),
            WebhookService::ImportMode::Replace);
        QVERIFY2(replaced.ok(), qPrintable(replaced.error()));
        QCOMPARE(replaced->id, added->id);
        QCOMPARE(replaced->token, added->token);
        QVERIFY(!replaced->enabled);

        store::DeliveryFilter byName;
        byName.webhookName = QStringLiteral("Deposit");
        QCOMPARE(deliveries.list(byName)->size(), 1);
        QCOMPARE(deliveries.counts(byName)->pending, 1);
        auto shown = deliveries.show(id);
        QCOMPARE(shown->webhookName, QStringLiteral("Deposit"));
        QCOMPARE(shown->receivedAs, QStringLiteral("New webhook"));
        byName.webhookName = QStringLiteral("New webhook");
        QCOMPARE(deliveries.list(byName)->size(), 0);

        // A name already taken is refused, saying so.
        QVERIFY(
            webhooks.importConfig(config(QStringLiteral("Other")), WebhookService::ImportMode::Add)
                .ok());
        auto clash = webhooks.rename(QStringLiteral("Other"), QStringLiteral("Deposit"));
        QVERIFY(!clash.ok());
        QVERIFY2(clash.error().contains(QStringLiteral("already exists")),
                 qPrintable(clash.error()));

        QVERIFY(webhooks.remove(QStringLiteral("Deposit")).ok());
        // Callers tell "not there" from other failures by its kind, not by its words.
        QCOMPARE(webhooks.find(QStringLiteral("Deposit")).errorKind(), ErrorKind::NotFound);
        QCOMPARE(deliveries.show(id + 1000).errorKind(), ErrorKind::NotFound);
        QCOMPARE(services::CommunityService(db()).findUser(QStringLiteral("x@y.z")).errorKind(),
                 ErrorKind::NotFound);
        shown = deliveries.show(id);
        QCOMPARE(shown->webhookId, 0);
        QCOMPARE(shown->webhookName, QStringLiteral("Deposit"));
        QCOMPARE(shown->receivedAs, QStringLiteral("New webhook"));
        byName.webhookName = QStringLiteral("Deposit");
        QCOMPARE(deliveries.list(byName)->size(), 1);
    }

    // Samples are listed and counted as such (not as failed or pending), and only a re-run
    // applies one; a dry run says what it would do and changes nothing.
    void samplesAreAppliedOnlyByARerun()
    {
        WebhookService webhooks(db());
        services::DeliveryService deliveries(db());
        auto draft = webhooks.importConfig(
            config(QStringLiteral("Draft"), QStringLiteral(R"(, "draft": true)")),
            WebhookService::ImportMode::Add);
        QVERIFY2(draft.ok(), qPrintable(draft.error()));
        const qint64 id = receive(*draft, DeliveryStatus::Sample);
        QVERIFY(id > 0);
        auto counts = deliveries.counts({});
        QCOMPARE(counts->sample, 1);
        QCOMPARE(counts->pending, 0);
        QCOMPARE(counts->failed, 0);
        QCOMPARE(counts->total(), 1);

        auto preview = deliveries.previewRerun(id);
        QVERIFY2(preview.ok(), qPrintable(preview.error()));
        QCOMPARE(preview->status, DeliveryStatus::Success);
        QCOMPARE(preview->userLabel, QStringLiteral("ann@example.com"));
        QCOMPARE(deliveries.show(id)->status, DeliveryStatus::Sample);
        services::CommunityService community(db());
        QVERIFY(community.findUser(QStringLiteral("ann"))
                    ->fields.value(QStringLiteral("total"))
                    .isEmpty());

        QSignalSpy changed(&services::StoreEvents::instance(),
                           &services::StoreEvents::deliveriesChanged);
        auto applied = deliveries.rerun(id);
        QVERIFY2(applied.ok(), qPrintable(applied.error()));
        QCOMPARE(applied->status, DeliveryStatus::Success);
        QCOMPARE(community.findUser(QStringLiteral("ann"))->fields.value(QStringLiteral("total")),
                 QStringLiteral("2"));
        QCOMPARE(changed.size(), 1);

        // A success is not re-run again.
        auto again = deliveries.rerun(id);
        QVERIFY(!again.ok());
        QVERIFY2(again.error().contains(QStringLiteral("is success")), qPrintable(again.error()));
    }

    // A CSV import tells how far it is (lines checked, then users written), ends each stage at
    // the file's size, and a cancel while writing leaves no user behind.
    void csvImportReportsProgressAndCancels()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("users.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        constexpr int count = 1000;
        file.write("email,username,total\n");
        for (int i = 0; i < count; ++i)
            file.write(QStringLiteral("u%1@example.com,u%1,%1.5\n").arg(i).toUtf8());
        file.close();

        services::CommunityService community(db());
        using Progress = services::CommunityService::ImportProgress;
        QList<Progress> seen;
        auto cancelWhileWriting = [&seen](const Progress &progress) {
            seen << progress;
            return !(progress.stage == Progress::Writing && progress.done >= 512);
        };
        auto cancelled = community.importUsers(path, cancelWhileWriting);
        QVERIFY(!cancelled.ok());
        QCOMPARE(cancelled.errorKind(), ErrorKind::Cancelled);
        QCOMPARE(community.users()->size(), 1); // only Ann, from init()
        QVERIFY(!seen.isEmpty());
        QCOMPARE(seen.last().stage, Progress::Writing);
        QCOMPARE(seen.last().total, qsizetype(count));

        seen.clear();
        auto imported = community.importUsers(path, [&seen](const Progress &progress) {
            seen << progress;
            return true;
        });
        QVERIFY2(imported.ok(), qPrintable(imported.error()));
        QCOMPARE(*imported, count);
        QCOMPARE(community.users()->size(), count + 1);
        qsizetype checked = 0, written = 0;
        for (const Progress &progress : std::as_const(seen)) {
            qsizetype &last = progress.stage == Progress::Checking ? checked : written;
            QVERIFY(progress.done > last);                                // forward only
            QVERIFY(progress.stage == Progress::Writing || written == 0); // checks come first
            last = progress.done;
        }
        QCOMPARE(checked, qsizetype(count));
        QCOMPARE(written, qsizetype(count));
    }
};

int main(int argc, char *argv[])
{
    return runOnEveryStore<TestServices>(argc, argv);
}

#include "test_services.moc"
