#include "fieldspanel.h"

#include "common/messagelabel.h"
#include "fielddialog.h"
#include "fieldsmodel.h"
#include "services/communityservice.h"
#include "services/records.h"
#include "services/storeexecutor.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace hb::ui {

FieldsPanel::FieldsPanel(services::StoreExecutor &store, MessageLabel *message, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_message(message)
    , m_model(new FieldsModel(this))
    , m_table(new QTableView(this))
    , m_add(new QPushButton(tr("Add…"), this))
    , m_rename(new QPushButton(tr("Rename…"), this))
    , m_remove(new QPushButton(tr("Remove"), this))
{
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    m_add->setObjectName(QStringLiteral("addField"));
    m_add->setToolTip(tr("A new custom field for every user"));
    m_rename->setObjectName(QStringLiteral("renameField"));
    m_rename->setToolTip(tr("Change the name people read; the key stays"));
    m_remove->setObjectName(QStringLiteral("removeField"));
    m_remove->setToolTip(tr("Remove the field and every user's value of it"));
    bar->addWidget(m_add);
    bar->addWidget(m_rename);
    bar->addWidget(m_remove);
    bar->addStretch();
    layout->addLayout(bar);
    m_table->setObjectName(QStringLiteral("fieldsTable"));
    m_table->setModel(m_model);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    layout->addWidget(m_table, 1);
    connect(m_add, &QPushButton::clicked, this, &FieldsPanel::addField);
    connect(m_rename, &QPushButton::clicked, this, &FieldsPanel::renameSelected);
    connect(m_remove, &QPushButton::clicked, this, &FieldsPanel::removeSelected);
    connect(m_table, &QTableView::activated, this, &FieldsPanel::renameSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &FieldsPanel::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &FieldsPanel::updateButtons);
    updateButtons();
}

void FieldsPanel::setFields(QList<mapping::CustomField> fields, QHash<QString, qint64> valueCounts)
{
    const QString selected = selectedKey();
    m_model->setFields(std::move(fields), std::move(valueCounts));
    selectKey(selected);
    updateButtons();
}

QString FieldsPanel::selectedKey() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(FieldsModel::KeyRole).toString();
}

void FieldsPanel::selectKey(const QString &key)
{
    const int row = m_model->rowOf(key);
    if (row < 0)
        return;
    m_table->selectionModel()->select(m_model->index(row, 0), QItemSelectionModel::ClearAndSelect
                                                                  | QItemSelectionModel::Rows);
    m_table->setCurrentIndex(m_model->index(row, 0));
}

void FieldsPanel::updateButtons()
{
    const bool selected = !selectedKey().isEmpty();
    m_rename->setEnabled(selected);
    m_remove->setEnabled(selected);
}

void FieldsPanel::addField()
{
    auto *dialog = new FieldDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &FieldDialog::submitted, this,
            [this, dialog](const mapping::CustomField &field) {
                m_store.read<mapping::CustomField>(
                    dialog,
                    [field](services::Connection &db) {
                        return services::CommunityService(db).addField(field);
                    },
                    [this, dialog](Result<mapping::CustomField> added) {
                        if (!added) {
                            dialog->showError(added.error());
                            return;
                        }
                        m_message->setSuccess(
                            tr("Added the field %1 (%2).")
                                .arg(added->key, mapping::fieldTypeName(added->type)));
                        dialog->finish();
                    });
            });
    dialog->open();
}

void FieldsPanel::renameSelected()
{
    const mapping::CustomField *field = m_model->field(m_model->rowOf(selectedKey()));
    if (!field)
        return;
    auto *dialog = new QInputDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("renameFieldDialog"));
    dialog->setWindowTitle(tr("Rename a field"));
    dialog->setLabelText(tr("New name of %1 (the key stays):").arg(field->key));
    dialog->setTextValue(field->name);
    const QString key = field->key;
    connect(dialog, &QInputDialog::textValueSelected, this, [this, key](const QString &name) {
        m_store.read<mapping::CustomField>(
            this,
            [key, name](services::Connection &db) {
                return services::CommunityService(db).renameField(key, name);
            },
            [this](Result<mapping::CustomField> renamed) {
                if (renamed)
                    m_message->setSuccess(
                        tr("Renamed %1 to \"%2\".").arg(renamed->key, renamed->name));
                else
                    m_message->setError(tr("Could not rename: %1").arg(renamed.error()));
            });
    });
    dialog->open();
}

void FieldsPanel::removeSelected()
{
    const QString key = selectedKey();
    if (key.isEmpty())
        return;
    // Counted now rather than taken from the table: the question must be true when asked.
    m_store.read<qint64>(
        this,
        [key](services::Connection &db) {
            return services::CommunityService(db).countFieldValues(key);
        },
        [this, key](Result<qint64> values) {
            if (!values) {
                m_message->setError(tr("Could not remove %1: %2").arg(key, values.error()));
                return;
            }
            confirmRemove(key, *values);
        });
}

void FieldsPanel::confirmRemove(const QString &key, qint64 values)
{
    QMessageBox box(
        QMessageBox::Warning, tr("Remove field"),
        tr("Remove the field %1 and the %n value(s) stored in it?", nullptr, int(values)).arg(key),
        QMessageBox::Yes | QMessageBox::Cancel, this);
    box.setInformativeText(tr("Webhooks that write it will fail until it is added again. The "
                              "field history keeps its past changes."));
    box.button(QMessageBox::Yes)->setText(tr("Remove"));
    box.setDefaultButton(QMessageBox::Cancel);
    if (box.exec() != QMessageBox::Yes)
        return;
    m_store.read<std::monostate>(
        this,
        [key](services::Connection &db) { return services::CommunityService(db).removeField(key); },
        [this, key, values](Status removed) {
            if (removed)
                m_message->setSuccess(
                    tr("Removed the field %1 and %n value(s).", nullptr, int(values)).arg(key));
            else
                m_message->setError(tr("Could not remove %1: %2").arg(key, removed.error()));
        });
}

} // namespace hb::ui
