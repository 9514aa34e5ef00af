#include "userviewtable.h"

#include "common/logtableview.h"

#include <QFontDatabase>
#include <QFontMetrics>
#include <QHeaderView>
#include <QLabel>
#include <QStackedLayout>
#include <QStyle>

#include <algorithm>

namespace hb::ui {

UserViewTable::UserViewTable(const QString &name, const QStringList &headers, QWidget *parent)
    : QWidget(parent)
    , m_model(new UserViewModel(headers, this))
    , m_view(new LogTableView(name, m_model, this))
    , m_empty(new QLabel(this))
    , m_stack(new QStackedLayout(this))
{
    m_model->setObjectName(name + QStringLiteral("Model"));
    m_empty->setObjectName(name + QStringLiteral("Empty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_view);
    connect(m_view, &QAbstractItemView::activated, this, &UserViewTable::open);
    connect(m_view, &QAbstractItemView::clicked, this, &UserViewTable::clickedCell);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &UserViewTable::showRowsOrText);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &UserViewTable::showRowsOrText);
    connect(m_model, &QAbstractItemModel::modelReset, this, &UserViewTable::showRowsOrText);
}

QString UserViewTable::emptyText() const
{
    return m_empty->text();
}

bool UserViewTable::showsEmptyText() const
{
    return m_stack->currentWidget() == m_empty;
}

void UserViewTable::setEmptyText(const QString &text)
{
    m_empty->setText(text);
}

void UserViewTable::setColumnSamples(const QList<QPair<int, QString>> &samples, int stretch)
{
    // Monospace cells are measured in their own font: the wider of the two decides.
    const QFontMetrics plain(m_view->font());
    const QFontMetrics fixed(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    const int padding = 3 * m_view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin) + 16;
    QHeaderView *header = m_view->horizontalHeader();
    header->setStretchLastSection(false);
    for (const auto &[column, sample] : samples) {
        const QString title = m_model->headerData(column, Qt::Horizontal).toString();
        const int width =
            std::max({plain.horizontalAdvance(sample), fixed.horizontalAdvance(sample),
                      header->fontMetrics().horizontalAdvance(title) + 12});
        m_view->setColumnWidth(column, width + padding);
    }
    if (stretch >= 0)
        header->setSectionResizeMode(stretch, QHeaderView::Stretch);
}

void UserViewTable::setRows(QList<UserViewRow> rows, bool more)
{
    m_model->setRows(std::move(rows), more);
    showRowsOrText();
}

void UserViewTable::showRowsOrText()
{
    m_stack->setCurrentWidget(m_model->rowCount() > 0 ? static_cast<QWidget *>(m_view) : m_empty);
}

void UserViewTable::open(const QModelIndex &index)
{
    const qint64 id = index.data(UserViewModel::DeliveryIdRole).toLongLong();
    if (id > 0)
        emit deliveryRequested(id);
}

void UserViewTable::clickedCell(const QModelIndex &index)
{
    // Where a single click already activates (some platform styles), open() has done it.
    if (m_view->style()->styleHint(QStyle::SH_ItemView_ActivateItemOnSingleClick, nullptr, m_view))
        return;
    const UserViewRow *row = m_model->row(index.row());
    if (row && index.column() < row->cells.size() && row->cells.at(index.column()).link)
        open(index);
}

} // namespace hb::ui
