#include "communitypage.h"

#include "models/usersmodel.h"
#include "store/database.h"
#include "store/fieldrepository.h"
#include "store/userrepository.h"
#include "widgets/messagelabel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace hb::ui {

CommunityPage::CommunityPage(store::Database &db, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
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
    store::UserRepository users(m_db);
    store::FieldRepository fields(m_db);
    Result<QList<store::User>> userList = users.list();
    Result<QList<mapping::CustomField>> fieldList = fields.list();
    if (!userList || !fieldList) {
        m_message->setError(tr("Could not read the community: %1")
                                .arg(userList ? fieldList.error() : userList.error()));
        return;
    }
    if (userList->isEmpty())
        m_message->setInfo(tr("No users yet."));
    else
        m_message->clear();
    m_model->setUsers(std::move(*userList), std::move(*fieldList));
    m_table->resizeColumnsToContents();
}

} // namespace hb::ui
