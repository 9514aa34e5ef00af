#pragma once

#include <QWidget>

class QLabel;
class QSplitter;

namespace hb::services {
class StoreExecutor;
}

namespace hb::ui {

class UserViewTable;

// The community's channels (a tab of the Community page): every channel with its number of
// messages, and the selected channel's messages newest first (time, author, text, and a "#12"
// link to the delivery that wrote it: deliveryRequested()), older ones read as the table is
// scrolled to its end. It follows the services' change signals; reload() for whoever knows of
// more (the catcher's processed deliveries). Reads go through the StoreExecutor.
class ChannelsView : public QWidget {
    Q_OBJECT
public:
    explicit ChannelsView(services::StoreExecutor &reader, QWidget *parent = nullptr);

    // A read is on its way, or the first one is yet to start (it waits for the event loop, so
    // that setPageSize() applies to it).
    bool isLoading() const { return !m_started || m_reading || m_fetching; }
    UserViewTable *channelsTable() const { return m_channels; }
    UserViewTable *messagesTable() const { return m_messages; }
    // The channel whose messages are shown; 0 when none is.
    qint64 channelId() const { return m_shownChannelId; }
    // Messages read at a time; 200 unless a test wants short pages.
    void setPageSize(int rows) { m_pageSize = qMax(1, rows); }

public slots:
    void reload();
    // Shows this channel's messages (the first channel when it is gone).
    void showChannel(qint64 channelId);

signals:
    void deliveryRequested(qint64 deliveryId);

private:
    void selectionChanged();
    void selectShownChannel();
    void fetchOlder(qint64 beforeId);

    services::StoreExecutor &m_reader;
    QSplitter *m_splitter;
    UserViewTable *m_channels;
    QLabel *m_heading;
    UserViewTable *m_messages;
    int m_pageSize = 200;
    qint64 m_wantedChannelId = 0; // the one selected; 0: the first
    qint64 m_shownChannelId = 0;  // the one whose messages the table holds
    QString m_shownChannelName;
    bool m_started = false;
    bool m_reading = false;
    bool m_readAgain = false;
    bool m_fetching = false;
    bool m_selecting = false; // the selection is being set to what was read, not by the user
    int m_generation = 0;
};

} // namespace hb::ui
