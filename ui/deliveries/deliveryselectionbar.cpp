#include "deliveryselectionbar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace hb::ui {

DeliverySelectionBar::DeliverySelectionBar(QWidget *parent)
    : QWidget(parent)
    , m_count(new QLabel(this))
    , m_rerun(new QPushButton(tr("Re-run selected"), this))
    , m_actions(new QHBoxLayout)
{
    m_count->setObjectName(QStringLiteral("deliverySelectionCount"));
    m_rerun->setObjectName(QStringLiteral("deliveryRerunSelected"));
    m_rerun->setToolTip(tr("Process the selected Failed, Skipped and Sample deliveries again under "
                           "their webhook's current mapping (samples are applied only once you "
                           "have seen what they change)"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_count);
    layout->addStretch();
    layout->addWidget(m_rerun);
    m_actions->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_actions);
    connect(m_rerun, &QPushButton::clicked, this, &DeliverySelectionBar::rerunRequested);
    showSelection(0, 0, false);
}

void DeliverySelectionBar::showSelection(int selected, int rerunnable, bool busy)
{
    m_count->setText(selected == 0   ? tr("Select rows (Shift or Ctrl for several) to act on them")
                     : selected == 1 ? tr("1 selected")
                                     : tr("%1 selected").arg(selected));
    m_rerun->setEnabled(rerunnable > 0 && !busy);
    m_rerun->setText(busy ? tr("Re-running…")
                     : rerunnable > 0 && rerunnable < selected
                         ? tr("Re-run selected (%1 of %2)").arg(rerunnable).arg(selected)
                         : tr("Re-run selected"));
}

QString DeliverySelectionBar::selectionText() const
{
    return m_count->text();
}

} // namespace hb::ui
