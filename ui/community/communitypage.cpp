#include "communitypage.h"

#include "common/messagelabel.h"
#include "services/communityservice.h"
#include "services/storeevents.h"
#include "services/storeexecutor.h"
#include "userimport.h"
#include "usersmodel.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressDialog>
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
    , m_importButton(new QPushButton(tr("Import users…"), this))
    , m_import(new UserImport(reader, this))
{
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("<b>Community</b> · users, balances and custom fields"), this));
    bar->addStretch();
    m_importButton->setObjectName(QStringLiteral("importUsers"));
    m_importButton->setToolTip(tr("Add the users of a CSV file: email, username, display_name, "
                                  "coins, xp and custom field keys as columns. All or none."));
    bar->addWidget(m_importButton);
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
    auto *hint = new QLabel(tr("To add one user or a field: hookbench user add, hookbench field "
                               "add KEY --type T."),
                            this);
    hint->setWordWrap(true);
    hint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(hint);
    connect(refreshButton, &QPushButton::clicked, this, &CommunityPage::refresh);
    connect(m_importButton, &QPushButton::clicked, this, &CommunityPage::chooseImportFile);
    connect(m_import, &UserImport::progressed, this, &CommunityPage::showImportProgress);
    connect(m_import, &UserImport::finished, this, &CommunityPage::showImportResult);
    // Whoever changed the users (an import, a processed delivery, the CLI in this process).
    connect(&services::StoreEvents::instance(), &services::StoreEvents::communityChanged, this,
            &CommunityPage::refresh, Qt::QueuedConnection);
    refresh();
}

void CommunityPage::chooseImportFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import users"), QString(),
                                                      tr("CSV files (*.csv);;All files (*)"));
    if (!path.isEmpty())
        importFile(path);
}

void CommunityPage::importFile(const QString &path)
{
    m_importButton->setEnabled(false);
    m_message->setInfo(tr("Importing %1…").arg(QFileInfo(path).fileName()));
    m_progress = new QProgressDialog(tr("Checking the file…"), tr("Cancel"), 0, 0, this);
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->setWindowTitle(tr("Import users"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(300); // a small file finishes before it would show
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    connect(m_progress, &QProgressDialog::canceled, m_import, &UserImport::cancel);
    m_import->start(path);
}

void CommunityPage::showImportProgress(bool writing, qint64 done, qint64 total)
{
    if (!m_progress)
        return;
    m_progress->setLabelText(writing ? tr("Adding users…") : tr("Checking the file…"));
    m_progress->setMaximum(int(qMin<qint64>(total, INT_MAX)));
    m_progress->setValue(int(qMin<qint64>(done, INT_MAX)));
}

void CommunityPage::showImportResult(const Result<int> &imported)
{
    if (m_progress) {
        m_progress->deleteLater();
        m_progress = nullptr;
    }
    m_importButton->setEnabled(true);
    if (imported)
        m_message->setInfo(tr("Imported %n user(s).", nullptr, *imported));
    else if (imported.errorKind() == ErrorKind::Cancelled)
        m_message->setInfo(tr("Import cancelled: nothing was imported."));
    else
        m_message->setError(tr("%1 (nothing was imported)").arg(imported.error()));
    m_keepMessage = true; // the refresh below must not clear what the import said
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
    if (m_model->rowCount() == 0 && !m_keepMessage)
        m_message->setInfo(tr("Loading the community…"));
    m_reader.read<Community>(this, readCommunity, [this](Result<Community> community) {
        m_reading = false;
        if (!community) {
            m_message->setError(tr("Could not read the community: %1").arg(community.error()));
        } else {
            if (m_keepMessage)
                m_keepMessage = m_readAgain; // kept until the last of the reads asked
            else if (community->users.isEmpty())
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
