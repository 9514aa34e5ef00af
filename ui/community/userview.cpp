#include "userview.h"

#include "common/messagelabel.h"
#include "services/storeevents.h"
#include "services/storeexecutor.h"
#include "userviewrows.h"
#include "userviewtable.h"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace hb::ui {
namespace {

using Samples = QList<QPair<int, QString>>;
const QString timeSample = QStringLiteral("27/11/2026 10:00 ");

} // namespace

UserView::UserView(services::StoreExecutor &reader, qint64 userId, QWidget *parent)
    : QDialog(parent)
    , m_reader(reader)
    , m_userId(userId)
    , m_name(new QLabel(this))
    , m_identity(new QLabel(this))
    , m_balances(new QLabel(this))
    , m_message(new MessageLabel(this))
    , m_tabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("userView"));
    setWindowTitle(tr("User"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(buildHeader());
    m_message->setObjectName(QStringLiteral("userMessage"));
    layout->addWidget(m_message);
    buildTabs();
    layout->addWidget(m_tabs, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    // Enter belongs to the tables (it opens a row's delivery), never to a default button.
    for (QAbstractButton *button : buttons->buttons()) {
        if (auto *push = qobject_cast<QPushButton *>(button))
            push->setAutoDefault(false);
    }
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(940, 620);

    const auto &events = services::StoreEvents::instance();
    connect(&events, &services::StoreEvents::communityChanged, this, &UserView::reload,
            Qt::QueuedConnection);
    connect(&events, &services::StoreEvents::deliveriesChanged, this, &UserView::reload,
            Qt::QueuedConnection);
    QMetaObject::invokeMethod(this, &UserView::reload, Qt::QueuedConnection);
}

QWidget *UserView::buildHeader()
{
    auto *header = new QWidget(this);
    auto *grid = new QGridLayout(header);
    grid->setContentsMargins(0, 0, 0, 0);
    QFont big = m_name->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_name->setFont(big);
    m_name->setObjectName(QStringLiteral("userName"));
    m_identity->setObjectName(QStringLiteral("userIdentity"));
    m_balances->setObjectName(QStringLiteral("userBalances"));
    QFont balances = m_balances->font();
    balances.setPointSizeF(balances.pointSizeF() * 1.2);
    m_balances->setFont(balances);
    for (QLabel *label : {m_name, m_identity, m_balances})
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_name->setText(tr("Loading…"));
    grid->addWidget(m_name, 0, 0);
    grid->addWidget(m_identity, 1, 0);
    grid->addWidget(m_balances, 0, 1, 2, 1, Qt::AlignRight | Qt::AlignVCenter);
    grid->setColumnStretch(0, 1);
    return header;
}

void UserView::buildTabs()
{
    m_tabs->setObjectName(QStringLiteral("userTabs"));
    const auto add = [this](Tab tab, const char *name, const QStringList &headers,
                            const QString &empty, const Samples &samples, int stretch) {
        auto *table = new UserViewTable(QString::fromLatin1(name), headers, m_tabs);
        table->setEmptyText(tr("Loading…"));
        table->setProperty("emptyWords", empty);
        table->setColumnSamples(samples, stretch);
        m_tables[tab] = table;
        m_tabs->addTab(table, QString());
        connect(table, &UserViewTable::deliveryRequested, this, &UserView::deliveryRequested);
        if (tab != FieldsTab)
            connect(table->model(), &UserViewModel::moreWanted, this,
                    [this, tab](qint64 beforeId) { fetchOlder(tab, beforeId); });
    };
    using R = UserViewRows;
    add(FieldsTab, "userFields", R::fieldHeaders(), tr("No custom fields yet."),
        {{R::FieldNameColumn, QStringLiteral("Total deposit amount")},
         {R::FieldKeyColumn, QStringLiteral("total-deposit-amount")},
         {R::FieldTypeColumn, QStringLiteral("boolean")}},
        R::FieldValueColumn);
    add(HistoryTab, "userHistory", R::historyHeaders(), tr("No field changes yet."),
        {{R::HistoryTimeColumn, timeSample},
         {R::HistoryFieldColumn, QStringLiteral("Total deposit")},
         {R::HistoryOperatorColumn, QStringLiteral("overwrite")},
         {R::HistorySourceColumn, QStringLiteral("Deposit bonus hook")},
         {R::HistoryDeliveryColumn, QStringLiteral("#1000000")}},
        R::HistoryChangeColumn);
    add(LogTab, "userLog", R::logHeaders(), tr("No coins or XP changes yet."),
        {{R::LogTimeColumn, timeSample},
         {R::LogCurrencyColumn, QStringLiteral("Coins")},
         {R::LogDeltaColumn, QStringLiteral("+100000")},
         {R::LogBalanceColumn, QStringLiteral("10000000")},
         {R::LogDeliveryColumn, QStringLiteral("#1000000")}},
        R::LogActionColumn);
    add(MessagesTab, "userMessages", R::messageHeaders(), tr("No messages about this user yet."),
        {{R::MessageTimeColumn, timeSample},
         {R::MessageChannelColumn, QStringLiteral("#announcements")},
         {R::MessageAuthorColumn, QStringLiteral("Deposit bonus")},
         {R::MessageDeliveryColumn, QStringLiteral("#1000000")}},
        R::MessageTextColumn);
    add(DeliveriesTab, "userDeliveries", R::deliveryHeaders(),
        tr("No deliveries for this user yet."),
        {{R::DeliveryStatusColumn, QStringLiteral("Success    ")},
         {R::DeliveryIdColumn, QStringLiteral("#1000000")},
         {R::DeliveryTimeColumn, timeSample},
         {R::DeliveryWebhookColumn, QStringLiteral("Deposit bonus")}},
        R::DeliverySummaryColumn);
    for (int tab = 0; tab < TabCount; ++tab)
        updateTabTitle(Tab(tab));
}

void UserView::updateTabTitle(Tab tab)
{
    static const char *const titles[TabCount] = {QT_TR_NOOP("Fields"), QT_TR_NOOP("Field history"),
                                                 QT_TR_NOOP("Coins && XP"), QT_TR_NOOP("Messages"),
                                                 QT_TR_NOOP("Deliveries")};
    const UserViewModel *model = m_tables.at(tab)->model();
    QString title = tr(titles[tab]);
    if (tab != FieldsTab && model->rowCount() > 0)
        title += model->hasMore() ? QStringLiteral(" (%1+)").arg(model->rowCount())
                                  : QStringLiteral(" (%1)").arg(model->rowCount());
    m_tabs->setTabText(tab, title);
}

void UserView::reload()
{
    if (m_reading) {
        m_readAgain = true;
        return;
    }
    m_started = true;
    m_reading = true;
    m_readAgain = false;
    ++m_generation; // pages asked before this read would land among its rows
    m_fetching = 0;
    // As many rows as the longest list shows now, so that a reload keeps what was scrolled to.
    int limit = m_pageSize;
    for (const UserViewTable *table : m_tables)
        limit = qMax(limit, table->model()->rowCount());
    const qint64 userId = m_userId;
    m_reader.read<services::UserActivity>(
        this,
        [userId, limit](services::Connection &db) {
            return services::UserActivityService(db).activity(userId, limit);
        },
        [this, limit](Result<services::UserActivity> activity) {
            m_reading = false;
            ++m_generation; // and pages asked while it ran: the models start again from here
            m_fetching = 0;
            if (!activity) {
                m_message->setError(activity.errorKind() == ErrorKind::NotFound
                                        ? tr("This user no longer exists: removed since.")
                                        : tr("Could not read this user: %1").arg(activity.error()));
                for (UserViewTable *table : m_tables) {
                    if (table->model()->rowCount() == 0)
                        table->setEmptyText(tr("Nothing to show."));
                }
            } else {
                m_message->clear();
                showActivity(*activity, limit);
            }
            if (m_readAgain)
                reload();
        });
}

void UserView::showActivity(const services::UserActivity &activity, int limit)
{
    showProfile(activity.profile);
    m_fields = activity.profile.fields;
    const auto show = [this, limit](Tab tab, QList<UserViewRow> rows) {
        const bool more = rows.size() >= limit;
        UserViewTable *table = m_tables.at(tab);
        table->setEmptyText(table->property("emptyWords").toString());
        table->setRows(std::move(rows), more);
        updateTabTitle(tab);
    };
    m_tables.at(FieldsTab)->setEmptyText(tr("No custom fields yet."));
    m_tables.at(FieldsTab)->setRows(UserViewRows::fields(activity.profile), false);
    show(HistoryTab, UserViewRows::history(activity.history, m_fields));
    show(LogTab, UserViewRows::log(activity.gamificationLog));
    show(MessagesTab, UserViewRows::messages(activity.messages));
    show(DeliveriesTab, UserViewRows::deliveries(activity.deliveries));
}

void UserView::showProfile(const services::UserProfile &profile)
{
    const services::User &user = profile.user;
    const QString name = user.displayName.isEmpty() ? user.username : user.displayName;
    setWindowTitle(tr("User %1").arg(name));
    m_name->setText(name);
    m_identity->setText(tr("%1 · username %2").arg(user.email, user.username));
    m_balances->setText(tr("Coins <b>%1</b> &nbsp; XP <b>%2</b>").arg(user.coins).arg(user.xp));
    m_balances->setAccessibleName(tr("Coins %1, XP %2").arg(user.coins).arg(user.xp));
}

void UserView::fetchOlder(Tab tab, qint64 beforeId)
{
    using Service = services::UserActivityService;
    using Page = services::ActivityPage;
    const qint64 id = m_userId;
    switch (tab) {
    case HistoryTab:
        fetchPage<services::HistoryEntry>(
            tab, beforeId, [id](Service &s, const Page &page) { return s.history(id, page); },
            [this](const QList<services::HistoryEntry> &entries) {
                return UserViewRows::history(entries, m_fields);
            });
        break;
    case LogTab:
        fetchPage<services::GamificationEntry>(
            tab, beforeId,
            [id](Service &s, const Page &page) { return s.gamificationLog(id, page); },
            &UserViewRows::log);
        break;
    case MessagesTab:
        fetchPage<services::MessageEntry>(
            tab, beforeId, [id](Service &s, const Page &page) { return s.messages(id, page); },
            &UserViewRows::messages);
        break;
    case DeliveriesTab:
        fetchPage<services::DeliveryRecord>(
            tab, beforeId, [id](Service &s, const Page &page) { return s.deliveries(id, page); },
            &UserViewRows::deliveries);
        break;
    case FieldsTab:
    case TabCount:
        break;
    }
}

template <typename T>
void UserView::fetchPage(
    Tab tab, qint64 beforeId,
    std::function<Result<QList<T>>(services::UserActivityService &, const services::ActivityPage &)>
        read,
    std::function<QList<UserViewRow>(const QList<T> &)> rows)
{
    const services::ActivityPage page{m_pageSize, beforeId};
    const int generation = m_generation;
    ++m_fetching;
    m_reader.read<QList<T>>(
        this,
        [read, page](services::Connection &db) {
            services::UserActivityService service(db);
            return read(service, page);
        },
        [this, tab, page, generation, rows](Result<QList<T>> entries) {
            if (generation != m_generation)
                return; // a reload replaced the rows this page would follow
            --m_fetching;
            UserViewModel *model = m_tables.at(tab)->model();
            if (!entries) {
                m_message->setError(tr("Could not read older rows: %1").arg(entries.error()));
                model->appendRows({}, false);
            } else {
                model->appendRows(rows(*entries), entries->size() >= page.limit);
            }
            updateTabTitle(tab);
        });
}

} // namespace hb::ui
