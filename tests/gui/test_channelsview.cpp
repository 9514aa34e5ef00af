// The Channels view as support staff use it, offscreen, after messages written by deliveries that
// arrived over real HTTP: each channel with its number of messages, the selected channel's
// messages newest first with a link to the delivery that wrote each, older ones read as the table
// scrolls, an empty store saying so, and the view following changes.
#include "userviewfixture.h"

#include "common/logtableview.h"
#include "community/channelsview.h"
#include "community/userviewmodel.h"
#include "community/userviewrows.h"
#include "community/userviewtable.h"
#include "modeltesting.h"
#include "services/communityservice.h"

#include <QApplication>
#include <QLabel>
#include <QSignalSpy>

using namespace hb;
using ui::ChannelsView;
using ui::UserViewRows;
using ui::UserViewTable;

class TestChannelsView : public userviewfixture::Fixture {
    Q_OBJECT

    qint64 m_first = 0, m_bobs = 0, m_chat = 0;
    std::unique_ptr<ChannelsView> m_view;

    ChannelsView *open(services::StoreExecutor &reader, int pageSize = 200)
    {
        m_view = std::make_unique<ChannelsView>(reader);
        m_view->setPageSize(pageSize);
        modeltesting::watchAll(m_view.get());
        m_view->resize(900, 600);
        m_view->show();
        if (!QTest::qWaitFor([this] { return !m_view->isLoading(); }))
            qWarning("the channels view did not load");
        return m_view.get();
    }

    static QString cell(UserViewTable *table, int row, int column)
    {
        return table->model()->index(row, column).data().toString();
    }

    static qint64 deliveryOf(UserViewTable *table, int row)
    {
        return table->model()->index(row, 0).data(ui::UserViewModel::DeliveryIdRole).toLongLong();
    }

    static void click(UserViewTable *table, int row, int column)
    {
        ui::LogTableView *view = table->view();
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                          view->visualRect(view->model()->index(row, column)).center());
    }

    QString heading() const
    {
        return m_view->findChild<QLabel *>(QStringLiteral("channelHeading"))->text();
    }

private slots:
    void initTestCase()
    {
        isolateSettings(QStringLiteral("test_channelsview"));
        start();
        m_first = deposit("ann@example.com", "5", 3);
        m_bobs = deposit("bob@example.com", "1", 1);
        m_chat = chat("ann@example.com", "hello from ann");
        for (qint64 id : {m_first, m_bobs, m_chat})
            QVERIFY(id > 0);
    }

    void cleanup() { m_view.reset(); }
    void cleanupTestCase() { stop(); }

    void channelsHaveTheirCountsAndTheFirstIsShown()
    {
        open(*m_reader);
        UserViewTable *channels = m_view->channelsTable();
        QCOMPARE(channels->model()->rowCount(), 2);
        QCOMPARE(cell(channels, 0, UserViewRows::ChannelNameColumn), QStringLiteral("#chat"));
        QCOMPARE(cell(channels, 0, UserViewRows::ChannelCountColumn), QStringLiteral("1"));
        QCOMPARE(cell(channels, 1, UserViewRows::ChannelNameColumn), QStringLiteral("#deposits"));
        QCOMPARE(cell(channels, 1, UserViewRows::ChannelCountColumn), QStringLiteral("2"));
        QCOMPARE(channels->view()->selectionModel()->selectedRows().size(), 1);
        QCOMPARE(channels->view()->selectionModel()->selectedRows().at(0).row(), 0);

        UserViewTable *messages = m_view->messagesTable();
        QCOMPARE(messages->model()->rowCount(), 1);
        QCOMPARE(cell(messages, 0, UserViewRows::ChannelMessageTextColumn),
                 QStringLiteral("hello from ann"));
        QCOMPARE(cell(messages, 0, UserViewRows::ChannelMessageAuthorColumn),
                 QStringLiteral("Chat"));
        QVERIFY(heading().contains(QStringLiteral("#chat")));
    }

    void selectingAChannelShowsItsMessagesWithTheirDeliveries()
    {
        open(*m_reader);
        click(m_view->channelsTable(), 1, UserViewRows::ChannelNameColumn);
        QTRY_VERIFY(!m_view->isLoading() && heading().contains(QStringLiteral("#deposits")));
        UserViewTable *messages = m_view->messagesTable();
        QCOMPARE(messages->model()->rowCount(), 2);
        QCOMPARE(cell(messages, 0, UserViewRows::ChannelMessageTextColumn),
                 QStringLiteral("bob@example.com deposited 1"));
        QCOMPARE(cell(messages, 0, UserViewRows::ChannelMessageAuthorColumn),
                 QStringLiteral("Deposits"));
        QCOMPARE(cell(messages, 1, UserViewRows::ChannelMessageDeliveryColumn),
                 QStringLiteral("#%1").arg(m_first));
        QVERIFY(!cell(messages, 1, UserViewRows::ChannelMessageTimeColumn).isEmpty());

        QSignalSpy requested(m_view.get(), &ChannelsView::deliveryRequested);
        click(messages, 0, UserViewRows::ChannelMessageDeliveryColumn); // the link
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested.at(0).at(0).toLongLong(), m_bobs);
        click(messages, 1, UserViewRows::ChannelMessageTextColumn); // not the link: selects
        QCOMPARE(requested.size(), 1);
        QTest::keyClick(messages->view(), Qt::Key_Return);
        QCOMPARE(requested.size(), 2);
        QCOMPARE(requested.at(1).at(0).toLongLong(), m_first);
    }

    void olderMessagesArriveAsTheTableScrolls()
    {
        open(*m_reader, 1);
        m_view->showChannel(m_view->channelsTable()->model()->row(1)->id);
        QTRY_VERIFY(heading().contains(QStringLiteral("#deposits")));
        QTRY_VERIFY(!m_view->isLoading() && !m_view->messagesTable()->model()->hasMore());
        QCOMPARE(m_view->messagesTable()->model()->rowCount(), 2);
        QCOMPARE(deliveryOf(m_view->messagesTable(), 0), m_bobs);
        QCOMPARE(deliveryOf(m_view->messagesTable(), 1), m_first);
        QVERIFY(!m_view->messagesTable()->model()->hasMore());
    }

    void noChannelsSaysSo()
    {
        TempStore empty;
        services::StoreExecutor reader(empty.path());
        open(reader);
        QVERIFY(m_view->channelsTable()->showsEmptyText());
        QVERIFY(m_view->channelsTable()->emptyText().startsWith(QStringLiteral("No channels yet")));
        QCOMPARE(m_view->channelId(), 0);
        m_view.reset(); // before its reader
    }

    // Last: it changes the store.
    void followsChanges()
    {
        open(*m_reader);
        QCOMPARE(cell(m_view->channelsTable(), 0, UserViewRows::ChannelCountColumn),
                 QStringLiteral("1"));
        const qint64 again = chat("bob@example.com", "hi ann");
        QVERIFY(again > 0);
        m_view->reload(); // what the window does when the catcher has processed deliveries
        QTRY_COMPARE(m_view->messagesTable()->model()->rowCount(), 2);
        QCOMPARE(deliveryOf(m_view->messagesTable(), 0), again);
        QCOMPARE(cell(m_view->channelsTable(), 0, UserViewRows::ChannelCountColumn),
                 QStringLiteral("2"));

        // A change the services announce reloads it without asking.
        QVERIFY(chat("ann@example.com", "bye") > 0);
        QVERIFY(services::CommunityService(*m_db)
                    .addField(
                        {QStringLiteral("vip"), QStringLiteral("VIP"), mapping::FieldType::Boolean})
                    .ok());
        QTRY_COMPARE(m_view->messagesTable()->model()->rowCount(), 3);
        QCOMPARE(cell(m_view->messagesTable(), 0, UserViewRows::ChannelMessageTextColumn),
                 QStringLiteral("bye"));
    }
};

QTEST_MAIN(TestChannelsView)
#include "test_channelsview.moc"
