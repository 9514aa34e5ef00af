#include "communitypage.h"

#include "common/messagelabel.h"
#include "services/communityservice.h"
#include "services/storeexecutor.h"
#include "usersmodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace hb::ui {
namespace {

// What the page shows, read together so that the columns always match the values.
struct Community {
    QList<services::User> users;
    QList<mapping::CustomField> fields;
};

Result<Community> readCommunity(services::Connection &db)
{
    services::CommunityService community(db);
    Result<QList<services::User>> users = community.users();
    if (!users)
        return Error{users.error()};
    Result<QList<mapping::CustomField>> fields = community.fields();
    if (!fields)
        return Error{fields.error()};
    return Community{std::move(*users), std::move(*fields)};
}

} // namespace

CommunityPage::CommunityPage(services::StoreExecutor &reader, QWidget *parent)
    : QWidget(parent)
    , m_reader(reader)
    , m_model(new UsersModel(this))
    , m_table(new QTableView(this))
    , m_message(new MessageLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("<b>Community</b> · users, balances and custom fields"), this));
    bar->addStretch();
    auto *refreshButton = new QPushButton(tr("Refresh"), this);
    bar->addWidget(refreshButton);
    layout->addLayout(bar);
    m_message->setObjectName(QStringLiteral("communityMessage"));
    layout->addWidget(m_message);
    m_table->setObjectName(QStringLiteral("usersTable"));
    m_table->setModel(m_model);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->setVisible(false);
    // Not stretched: a right-aligned number at the far edge would read as detached from its row.
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setMinimumSectionSize(60);
    layout->addWidget(m_table, 1);
    auto *hint = new QLabel(tr("To add users or fields: hookbench user import FILE.csv, hookbench "
                               "user add, hookbench field add KEY --type T."),
                            this);
    hint->setWordWrap(true);
    hint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(hint);
    connect(refreshButton, &QPushButton::clicked, this, &CommunityPage::refresh);
    refresh();
}

void CommunityPage::refresh()
{
    if (m_reading) {
        m_readAgain = true;
        return;
    }
    m_reading = true;
    m_readAgain = false;
    if (m_model->rowCount() == 0)
        m_message->setInfo(tr("Loading the community…"));
    m_reader.read<Community>(this, readCommunity, [this](Result<Community> community) {
        m_reading = false;
        if (!community) {
            m_message->setError(tr("Could not read the community: %1").arg(community.error()));
        } else {
            if (community->users.isEmpty())
                m_message->setInfo(tr("No users yet."));
            else
                m_message->clear();
            m_model->setUsers(std::move(community->users), std::move(community->fields));
            m_table->resizeColumnsToContents();
        }
        if (m_readAgain)
            refresh();
    });
}

} // namespace hb::ui
