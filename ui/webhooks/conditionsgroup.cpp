#include "conditionsgroup.h"

#include "conditiondelegate.h"
#include "conditionsmodel.h"
#include "webhookdocument.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace hb::ui {

ConditionsGroup::ConditionsGroup(WebhookDocument *document, QWidget *parent)
    : QGroupBox(tr("Only when"), parent)
    , m_document(document)
    , m_model(new ConditionsModel(document, this))
{
    setObjectName(QStringLiteral("conditionsGroup"));
    m_hint = new QLabel(tr("Every request is handled. To handle only some, click \"+ Condition\", "
                           "then a payload node."),
                        this);
    m_hint->setObjectName(QStringLiteral("conditionsHint"));
    m_hint->setWordWrap(true);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("conditionsView"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new ConditionDelegate(m_view));
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::SelectedClicked
                            | QAbstractItemView::EditKeyPressed);
    m_view->verticalHeader()->setVisible(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(ConditionsModel::OperatorColumn,
                                                     QHeaderView::ResizeToContents);
    m_view->setColumnWidth(ConditionsModel::PathColumn, 120);
    m_view->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_add = new QPushButton(tr("+ Condition"), this);
    m_add->setObjectName(QStringLiteral("addCondition"));
    m_add->setToolTip(tr("Then click the payload node the condition is about"));
    m_remove = new QPushButton(tr("Remove condition"), this);
    m_remove->setObjectName(QStringLiteral("removeCondition"));
    m_remove->setEnabled(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_hint);
    layout->addWidget(m_view);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addStretch();
    buttons->addWidget(m_remove);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, &ConditionsGroup::addRequested);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_view->currentIndex();
        if (current.isValid())
            m_model->removeCondition(current.row());
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { m_remove->setEnabled(current.isValid()); });
    connect(m_model, &QAbstractItemModel::modelReset, this, &ConditionsGroup::refresh);
    connect(m_document, &WebhookDocument::changed, this, &ConditionsGroup::refresh);
    refresh();
}

void ConditionsGroup::addCondition(const QString &pointer)
{
    m_model->addCondition(pointer);
    const int row = m_model->rowCount() - 1;
    const QModelIndex value = m_model->index(row, ConditionsModel::ValueColumn);
    m_view->setCurrentIndex(value.flags().testFlag(Qt::ItemIsEditable)
                                ? value
                                : m_model->index(row, ConditionsModel::OperatorColumn));
    m_view->setFocus(Qt::OtherFocusReason);
}

void ConditionsGroup::refresh()
{
    const int rows = m_model->rowCount();
    m_hint->setVisible(rows == 0);
    m_view->setVisible(rows > 0);
    m_remove->setVisible(rows > 0);
    m_remove->setEnabled(m_view->currentIndex().isValid());
    // As tall as its rows (up to four): the mapping rows below need the height more.
    const int rowHeight = m_view->verticalHeader()->defaultSectionSize();
    m_view->setFixedHeight(m_view->horizontalHeader()->sizeHint().height()
                           + rowHeight * qBound(1, rows, 4) + 2 * m_view->frameWidth());
}

} // namespace hb::ui
