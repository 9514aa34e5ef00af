#include "rowstableeditor.h"

#include <QAbstractItemModel>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace hb::ui {

RowsTableEditor::RowsTableEditor(QAbstractItemModel *model, const QString &addText,
                                 const QString &removeText, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_table(new QTableView(this))
    , m_add(new QPushButton(addText, this))
    , m_remove(new QPushButton(removeText, this))
{
    m_table->setModel(model);
    m_table->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::AnyKeyPressed);
    m_table->setMinimumHeight(m_table->verticalHeader()->defaultSectionSize() * 4);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, &RowsTableEditor::addRow);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentIndex().row();
        if (row >= 0)
            m_model->removeRow(row);
        updateRemove();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &RowsTableEditor::updateRemove);
    connect(model, &QAbstractItemModel::modelReset, this, &RowsTableEditor::updateRemove);
    updateRemove();
}

void RowsTableEditor::addRow()
{
    const int row = m_model->rowCount();
    if (!m_model->insertRow(row))
        return;
    const QModelIndex first = m_model->index(row, 0);
    m_table->setCurrentIndex(first);
    m_table->edit(first);
}

// Only rows whose first cell the tester may edit are theirs to remove.
void RowsTableEditor::updateRemove()
{
    const QModelIndex current = m_table->currentIndex();
    const bool removable =
        current.isValid()
        && (m_model->flags(m_model->index(current.row(), 0)) & Qt::ItemIsEditable);
    m_remove->setEnabled(removable);
}

} // namespace hb::ui
