#include "userspanel.h"

#include "common/messagelabel.h"
#include "services/storeexecutor.h"
#include "setvaluedialog.h"
#include "userdialog.h"
#include "usersmodel.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

#include <memory>

namespace hb::ui {

UsersPanel::UsersPanel(services::StoreExecutor &store, MessageLabel *message, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_message(message)
    , m_model(new UsersModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_search(new QLineEdit(this))
    , m_table(new QTableView(this))
{
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    m_search->setObjectName(QStringLiteral("userSearch"));
    m_search->setPlaceholderText(tr("Search users…"));
    m_search->setClearButtonEnabled(true);
    m_search->setToolTip(tr("Shows the users whose email, username, name or a value contains "
                            "this text"));
    bar->addWidget(m_search, 1);
    m_add = button(tr("Add…"), "addUser", tr("Add one user"));
    m_edit = button(tr("Edit…"), "editUser", tr("Change the selected user and their values"));
    m_setValue = button(tr("Set value…"), "setValue",
                        tr("Set one field, coins or XP of the selected user by hand (kept in "
                           "the history as \"manual\")"));
    m_remove = button(tr("Remove"), "removeUser", tr("Remove the selected user"));
    m_import = button(tr("Import users…"), "importUsers",
                      tr("Add the users of a CSV file: email, username, display_name, coins, xp "
                         "and custom field keys as columns. All or none."));
    m_export = button(tr("Export users…"), "exportUsers",
                      tr("Every user as a CSV file that Import users… reads back"));
    for (QPushButton *each : {m_add, m_edit, m_setValue, m_remove})
        bar->addWidget(each);
    bar->addSpacing(12);
    bar->addWidget(m_import);
    bar->addWidget(m_export);
    layout->addLayout(bar);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(UsersModel::SortRole);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_table->setObjectName(QStringLiteral("usersTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(UsersModel::UsernameColumn, Qt::AscendingOrder);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->setVisible(false);
    // Not stretched: a right-aligned number at the far edge would read as detached from its row.
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setMinimumSectionSize(60);
    layout->addWidget(m_table, 1);

    connect(m_search, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(m_add, &QPushButton::clicked, this, &UsersPanel::addUser);
    connect(m_edit, &QPushButton::clicked, this, &UsersPanel::editSelected);
    connect(m_remove, &QPushButton::clicked, this, &UsersPanel::removeSelected);
    connect(m_setValue, &QPushButton::clicked, this, [this] { setValueOfSelected(); });
    connect(m_import, &QPushButton::clicked, this, &UsersPanel::importRequested);
    connect(m_export, &QPushButton::clicked, this, &UsersPanel::chooseExportFile);
    // Enter and double-click both arrive as activated (the platform decides which keys).
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        emit activated(index.data(UsersModel::UserIdRole).toLongLong());
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &UsersPanel::updateButtons);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &UsersPanel::updateButtons);
    updateButtons();
}

QPushButton *UsersPanel::button(const QString &text, const char *name, const QString &tip)
{
    auto *made = new QPushButton(text, this);
    made->setObjectName(QLatin1String(name));
    made->setToolTip(tip);
    return made;
}

void UsersPanel::updateButtons()
{
    const bool selected = selectedUserId() != 0;
    m_edit->setEnabled(selected);
    m_remove->setEnabled(selected);
    m_setValue->setEnabled(selected);
}

qint64 UsersPanel::selectedUserId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.first().data(UsersModel::UserIdRole).toLongLong();
}

void UsersPanel::selectUser(qint64 userId)
{
    const int row = m_model->rowOf(userId);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return;
    m_table->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect
                                                 | QItemSelectionModel::Rows);
    m_table->setCurrentIndex(index);
}

void UsersPanel::setCommunity(QList<services::User> users, QList<mapping::CustomField> fields)
{
    const qint64 selected = selectedUserId();
    const bool columnsChanged = fields.size() != m_model->fields().size();
    m_model->setUsers(std::move(users), std::move(fields));
    if (columnsChanged || m_model->rowCount() < 200)
        m_table->resizeColumnsToContents();
    const qint64 chosen = m_selectAfterRefresh != 0 ? m_selectAfterRefresh : selected;
    if (chosen != 0 && m_model->rowOf(chosen) >= 0) {
        selectUser(chosen);
        m_selectAfterRefresh = 0;
    }
    updateButtons();
}

void UsersPanel::addUser()
{
    auto *dialog = new UserDialog(m_model->fields(), nullptr, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &UserDialog::submitted, this,
            [this, dialog](const services::UserEdit &edit) { saveUser(dialog, edit); });
    dialog->open();
}

void UsersPanel::editUser(qint64 userId)
{
    const services::User *user = m_model->user(m_model->rowOf(userId));
    if (!user)
        return;
    auto *dialog = new UserDialog(m_model->fields(), user, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &UserDialog::submitted, this,
            [this, dialog](const services::UserEdit &edit) { saveUser(dialog, edit); });
    dialog->open();
}

void UsersPanel::saveUser(UserDialog *dialog, const services::UserEdit &edit)
{
    auto input = std::make_shared<QString>();
    m_store.read<services::User>(
        dialog,
        [edit, input](services::Connection &db) {
            return services::CommunityService(db).saveUser(edit, input.get());
        },
        [this, dialog, input, isNew = edit.id == 0](Result<services::User> saved) {
            if (!saved) {
                dialog->showError(*input, saved.error());
                return;
            }
            m_message->setSuccess(isNew ? tr("Added %1.").arg(saved->username)
                                        : tr("Saved %1.").arg(saved->username));
            dialog->finish();
            // The refresh that StoreEvents asks for selects it once it is in the table.
            m_selectAfterRefresh = saved->id;
        });
}

void UsersPanel::removeSelected()
{
    const services::User *user = m_model->user(m_model->rowOf(selectedUserId()));
    if (!user)
        return;
    const qint64 userId = user->id;
    const QString label = QStringLiteral("%1 (%2)").arg(user->username, user->email);
    // The removal cascades (store::CommunityEditor says why): the question says what goes.
    QMessageBox box(QMessageBox::Warning, tr("Remove user"),
                    tr("Remove %1? Their field values, field history and coins/XP log are "
                       "removed with them; their deliveries stay in the log.")
                        .arg(label),
                    QMessageBox::Yes | QMessageBox::Cancel, this);
    box.button(QMessageBox::Yes)->setText(tr("Remove"));
    box.setDefaultButton(QMessageBox::Cancel);
    if (box.exec() != QMessageBox::Yes)
        return;
    m_store.read<services::RemovedUser>(
        this,
        [userId](services::Connection &db) {
            return services::CommunityService(db).removeUser(userId);
        },
        [this](Result<services::RemovedUser> removed) {
            if (!removed) {
                m_message->setError(tr("Could not remove the user: %1").arg(removed.error()));
                return;
            }
            m_message->setSuccess(tr("Removed %1 with %2 field history and %3 coins/XP log "
                                     "row(s).")
                                      .arg(removed->user.username)
                                      .arg(removed->historyRows)
                                      .arg(removed->gamificationRows));
        });
}

void UsersPanel::setValueOfSelected(const QString &key)
{
    const services::User *user = m_model->user(m_model->rowOf(selectedUserId()));
    if (!user)
        return;
    auto *dialog = new SetValueDialog(*user, m_model->fields(), key, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SetValueDialog::submitted, this,
            [this, dialog](qint64 userId, const QString &field, const QString &text) {
                setValue(dialog, userId, field, text);
            });
    dialog->open();
}

void UsersPanel::setValue(SetValueDialog *dialog, qint64 userId, const QString &key,
                          const QString &text)
{
    const bool balance = key == QLatin1String("coins") || key == QLatin1String("xp");
    bool whole = false;
    const qint64 amount = text.trimmed().toLongLong(&whole);
    if (balance && (!whole || amount < 0)) {
        dialog->showError(
            tr("%1 must be a whole number of at least 0 (got \"%2\")").arg(key, text));
        return;
    }
    m_store.read<services::User>(
        dialog,
        [=](services::Connection &db) {
            services::CommunityService community(db);
            return balance ? community.setBalance(userId, key, amount)
                           : community.setFieldValue(userId, key, text);
        },
        [this, dialog, key](Result<services::User> set) {
            if (!set) {
                dialog->showError(set.error());
                return;
            }
            m_message->setSuccess(tr("Set %1 of %2.").arg(key, set->username));
            dialog->finish();
        });
}

void UsersPanel::chooseExportFile()
{
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export users"), QStringLiteral("users.csv"),
                                     tr("CSV files (*.csv);;All files (*)"));
    if (!path.isEmpty())
        exportTo(path);
}

void UsersPanel::exportTo(const QString &path)
{
    m_export->setEnabled(false);
    m_message->setInfo(tr("Exporting users to %1…").arg(QFileInfo(path).fileName()));
    m_store.read<int>(
        this,
        [path](services::Connection &db) {
            return services::CommunityService(db).exportUsers(path);
        },
        [this, path](Result<int> exported) {
            m_export->setEnabled(true);
            if (exported)
                m_message->setSuccess(tr("Exported %n user(s) to %1.", nullptr, *exported)
                                          .arg(QFileInfo(path).fileName()));
            else
                m_message->setError(tr("Could not export: %1").arg(exported.error()));
        });
}

} // namespace hb::ui
