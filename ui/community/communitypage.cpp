#include "communitypage.h"

#include "channelsview.h"
#include "common/messagelabel.h"
#include "fieldspanel.h"
#include "services/storeevents.h"
#include "services/storeexecutor.h"
#include "userimport.h"
#include "usersmodel.h"
#include "userspanel.h"
#include "userview.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressDialog>
#include <QPushButton>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace hb::ui {
namespace {

// What the page shows, read together so that the columns always match the values. The version
// is read first: a change landing between it and the users shows now and is read once more.
struct Community {
    services::CommunityVersion version;
    QList<services::User> users;
    QList<mapping::CustomField> fields;
};

Result<Community> readCommunity(services::Connection &db)
{
    services::CommunityService community(db);
    Result<services::CommunityVersion> version = community.version();
    if (!version)
        return Error{version.error()};
    Result<QList<services::User>> users = community.users();
    if (!users)
        return Error{users.error()};
    Result<QList<mapping::CustomField>> fields = community.fields();
    if (!fields)
        return Error{fields.error()};
    return Community{*version, std::move(*users), std::move(*fields)};
}

QHash<QString, qint64> valueCounts(const QList<services::User> &users)
{
    QHash<QString, qint64> counts;
    for (const services::User &user : users) {
        for (auto it = user.fields.cbegin(); it != user.fields.cend(); ++it)
            ++counts[it.key()];
    }
    return counts;
}

} // namespace

CommunityPage::CommunityPage(services::StoreExecutor &reader, QWidget *parent)
    : QWidget(parent)
    , m_reader(reader)
    , m_message(new MessageLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_users(new UsersPanel(reader, m_message, m_tabs))
    , m_fields(new FieldsPanel(reader, m_message, m_tabs))
    , m_channels(new ChannelsView(reader, m_tabs))
    , m_import(new UserImport(reader, this))
    , m_poll(new QTimer(this))
{
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("<b>Community</b> · users, balances and custom fields"), this));
    bar->addStretch();
    auto *refreshButton = new QPushButton(tr("Refresh"), this);
    refreshButton->setToolTip(tr("Changes made here, by serve or by the command line show up by "
                                 "themselves; this reads everything again now"));
    bar->addWidget(refreshButton);
    layout->addLayout(bar);
    m_message->setObjectName(QStringLiteral("communityMessage"));
    layout->addWidget(m_message);
    m_tabs->setObjectName(QStringLiteral("communityTabs"));
    m_tabs->addTab(m_users, tr("Users"));
    m_tabs->addTab(m_fields, tr("Fields"));
    m_tabs->addTab(m_channels, tr("Channels"));
    layout->addWidget(m_tabs, 1);

    connect(refreshButton, &QPushButton::clicked, this, &CommunityPage::refresh);
    connect(m_users, &UsersPanel::importRequested, this, &CommunityPage::chooseImportFile);
    connect(m_users, &UsersPanel::activated, this, &CommunityPage::openUser);
    connect(m_channels, &ChannelsView::deliveryRequested, this, &CommunityPage::deliveryRequested);
    connect(m_import, &UserImport::progressed, this, &CommunityPage::showImportProgress);
    connect(m_import, &UserImport::finished, this, &CommunityPage::showImportResult);
    // Whoever changed the community in this process (an edit, an import, a processed delivery).
    connect(&services::StoreEvents::instance(), &services::StoreEvents::communityChanged, this,
            &CommunityPage::refresh, Qt::QueuedConnection);
    m_poll->setInterval(2000);
    connect(m_poll, &QTimer::timeout, this, &CommunityPage::poll);
    m_poll->start();
    refresh();
}

UsersModel *CommunityPage::model() const
{
    return m_users->model();
}

void CommunityPage::setPollInterval(int milliseconds)
{
    m_poll->setInterval(milliseconds);
}

void CommunityPage::openUser(qint64 userId)
{
    emit userOpened(userId);
    // One window per user, brought forward when opened again; several users can be compared.
    for (UserView *open : findChildren<UserView *>()) {
        if (open->userId() == userId) {
            open->raise();
            open->activateWindow();
            return;
        }
    }
    auto *view = new UserView(m_reader, userId, this);
    view->setAttribute(Qt::WA_DeleteOnClose);
    connect(view, &UserView::deliveryRequested, this, &CommunityPage::deliveryRequested);
    // Processing and other processes raise no StoreEvents here: the poll tells the view.
    connect(this, &CommunityPage::changedElsewhere, view, &UserView::reload);
    view->show();
}

void CommunityPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    poll(); // what changed while another page was shown
}

void CommunityPage::poll()
{
    // Hidden pages cost nothing; a read under way will bring the news itself.
    if (!isVisible() || m_reading || m_polling)
        return;
    m_polling = true;
    m_reader.read<services::CommunityVersion>(
        this, [](services::Connection &db) { return services::CommunityService(db).version(); },
        [this](Result<services::CommunityVersion> version) {
            m_polling = false;
            if (version && !(*version == m_version)) {
                refresh();
                m_channels->reload();
                emit changedElsewhere();
            }
        });
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
    m_users->importButton()->setEnabled(false);
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
    m_users->importButton()->setEnabled(true);
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
    if (model()->rowCount() == 0 && !m_keepMessage && m_message->text().isEmpty()) {
        m_message->setInfo(tr("Loading the community…"));
        m_stateMessage = true;
    }
    m_reader.read<Community>(this, readCommunity, [this](Result<Community> community) {
        m_reading = false;
        if (!community) {
            m_message->setError(tr("Could not read the community: %1").arg(community.error()));
            m_stateMessage = true;
        } else {
            // What an edit or an import said stays; what the loading said goes.
            if (m_keepMessage) {
                m_keepMessage = m_readAgain; // kept until the last of the reads asked
            } else if (community->users.isEmpty()
                       && (m_stateMessage || m_message->text().isEmpty())) {
                m_message->setInfo(tr("No users yet."));
                m_stateMessage = true;
            } else if (m_stateMessage) {
                m_message->clear();
                m_stateMessage = false;
            }
            m_version = community->version;
            m_fields->setFields(community->fields, valueCounts(community->users));
            m_users->setCommunity(std::move(community->users), std::move(community->fields));
        }
        if (m_readAgain)
            refresh();
    });
}

} // namespace hb::ui
