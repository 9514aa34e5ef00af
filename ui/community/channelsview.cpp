#include "channelsview.h"

#include "common/logtableview.h"
#include "services/storeevents.h"
#include "services/storeexecutor.h"
#include "services/useractivityservice.h"
#include "userviewrows.h"
#include "userviewtable.h"

#include <QItemSelectionModel>
#include <QLabel>
#include <QSplitter>
#include <QVBoxLayout>

namespace hb::ui {
namespace {

// The channels and the messages of one of them, read together so that the count beside a
// channel agrees with its messages.
struct ChannelsRead {
    QList<services::Channel> channels;
    services::Channel shown; // id 0: no channel at all
    QList<services::MessageEntry> messages;
};

Result<ChannelsRead> readChannels(services::Connection &db, qint64 wanted, int limit)
{
    services::UserActivityService service(db);
    ChannelsRead read;
    auto channels = service.channels();
    if (!channels)
        return channels.failure();
    read.channels = std::move(*channels);
    for (const services::Channel &channel : std::as_const(read.channels)) {
        if (channel.id == wanted || (read.shown.id == 0 && wanted == 0))
            read.shown = channel;
    }
    if (read.shown.id == 0 && !read.channels.isEmpty())
        read.shown = read.channels.constFirst(); // the one wanted was removed
    if (read.shown.id == 0)
        return read;
    auto messages = service.channelMessages(read.shown.id, {limit, 0});
    if (!messages)
        return messages.failure();
    read.messages = std::move(*messages);
    return read;
}

// "#general · 12 messages, newest first" (rich text), in one pass so that a name holding "%2"
// stays as it is.
QString heading(const services::Channel &channel)
{
    const QString name = channel.name.toHtmlEscaped();
    if (channel.messageCount == 1)
        return ChannelsView::tr("<b>#%1</b> · 1 message").arg(name);
    return ChannelsView::tr("<b>#%1</b> · %2 messages, newest first")
        .arg(name, QString::number(channel.messageCount));
}

} // namespace

ChannelsView::ChannelsView(services::StoreExecutor &reader, QWidget *parent)
    : QWidget(parent)
    , m_reader(reader)
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_channels(
          new UserViewTable(QStringLiteral("channels"), UserViewRows::channelHeaders(), m_splitter))
    , m_heading(new QLabel(this))
    , m_messages(new UserViewTable(QStringLiteral("channelMessages"),
                                   UserViewRows::channelMessageHeaders(), this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_channels->setEmptyText(tr("Loading…"));
    m_channels->setColumnSamples({{UserViewRows::ChannelCountColumn, tr("Messages")}},
                                 UserViewRows::ChannelNameColumn);
    auto *messages = new QWidget(m_splitter);
    auto *messagesLayout = new QVBoxLayout(messages);
    messagesLayout->setContentsMargins(0, 0, 0, 0);
    m_heading->setObjectName(QStringLiteral("channelHeading"));
    m_heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    messagesLayout->addWidget(m_heading);
    m_messages->setParent(messages);
    m_messages->setEmptyText(QString());
    m_messages->setColumnSamples(
        {{UserViewRows::ChannelMessageTimeColumn, QStringLiteral("27/11/2026 10:00 ")},
         {UserViewRows::ChannelMessageAuthorColumn, QStringLiteral("Deposit bonus hook")},
         {UserViewRows::ChannelMessageDeliveryColumn, QStringLiteral("#1000000")}},
        UserViewRows::ChannelMessageTextColumn);
    messagesLayout->addWidget(m_messages, 1);
    m_splitter->addWidget(m_channels);
    m_splitter->addWidget(messages);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({240, 700});
    m_splitter->setChildrenCollapsible(false);
    layout->addWidget(m_splitter);

    connect(m_channels->view()->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ChannelsView::selectionChanged);
    connect(m_messages, &UserViewTable::deliveryRequested, this, &ChannelsView::deliveryRequested);
    connect(m_messages->model(), &UserViewModel::moreWanted, this, &ChannelsView::fetchOlder);
    const auto &events = services::StoreEvents::instance();
    connect(&events, &services::StoreEvents::communityChanged, this, &ChannelsView::reload,
            Qt::QueuedConnection);
    connect(&events, &services::StoreEvents::deliveriesChanged, this, &ChannelsView::reload,
            Qt::QueuedConnection);
    QMetaObject::invokeMethod(this, &ChannelsView::reload, Qt::QueuedConnection);
}

void ChannelsView::showChannel(qint64 channelId)
{
    if (channelId == m_wantedChannelId && channelId == m_shownChannelId)
        return;
    m_wantedChannelId = channelId;
    reload();
}

void ChannelsView::selectionChanged()
{
    if (m_selecting)
        return;
    const QModelIndexList rows = m_channels->view()->selectionModel()->selectedRows();
    if (!rows.isEmpty())
        showChannel(rows.constFirst().data(UserViewModel::RowIdRole).toLongLong());
}

void ChannelsView::reload()
{
    if (m_reading) {
        m_readAgain = true;
        return;
    }
    m_started = true;
    m_reading = true;
    m_readAgain = false;
    m_fetching = false;
    ++m_generation;
    const qint64 wanted = m_wantedChannelId;
    // The same channel keeps as many messages as were scrolled to; another starts a page.
    const int limit =
        wanted == m_shownChannelId ? qMax(m_pageSize, m_messages->model()->rowCount()) : m_pageSize;
    m_reader.read<ChannelsRead>(
        this, [wanted, limit](services::Connection &db) { return readChannels(db, wanted, limit); },
        [this, limit](Result<ChannelsRead> read) {
            m_reading = false;
            ++m_generation; // and pages asked while it ran: the table starts again from here
            m_fetching = false;
            if (!read) {
                m_heading->setText(tr("Could not read the channels: %1").arg(read.error()));
            } else {
                m_channels->setEmptyText(tr("No channels yet: a webhook's message creates its "
                                            "channel when it first posts."));
                m_channels->setRows(UserViewRows::channels(read->channels), false);
                m_shownChannelId = read->shown.id;
                m_shownChannelName = read->shown.name;
                if (m_wantedChannelId != m_shownChannelId && !m_readAgain)
                    m_wantedChannelId = m_shownChannelId;
                m_heading->setText(m_shownChannelId == 0 ? QString() : heading(read->shown));
                m_messages->setEmptyText(
                    m_shownChannelId == 0 ? QString()
                                          : tr("No messages in #%1 yet.").arg(m_shownChannelName));
                m_messages->setRows(UserViewRows::channelMessages(read->messages),
                                    read->messages.size() >= limit);
                selectShownChannel();
            }
            if (m_readAgain)
                reload();
        });
}

void ChannelsView::selectShownChannel()
{
    const UserViewModel *model = m_channels->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->row(row)->id != m_shownChannelId)
            continue;
        m_selecting = true;
        m_channels->view()->selectRow(row);
        m_selecting = false;
        return;
    }
}

void ChannelsView::fetchOlder(qint64 beforeId)
{
    const qint64 channelId = m_shownChannelId;
    const services::ActivityPage page{m_pageSize, beforeId};
    const int generation = m_generation;
    m_fetching = true;
    m_reader.read<QList<services::MessageEntry>>(
        this,
        [channelId, page](services::Connection &db) {
            return services::UserActivityService(db).channelMessages(channelId, page);
        },
        [this, page, generation](Result<QList<services::MessageEntry>> messages) {
            if (generation != m_generation)
                return; // a reload replaced the rows this page would follow
            m_fetching = false;
            if (!messages) {
                m_heading->setText(tr("Could not read older messages: %1").arg(messages.error()));
                m_messages->model()->appendRows({}, false);
                return;
            }
            m_messages->model()->appendRows(UserViewRows::channelMessages(*messages),
                                            messages->size() >= page.limit);
        });
}

} // namespace hb::ui
