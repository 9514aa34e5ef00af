#include "foreachbar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace hb::ui {

ForEachBar::ForEachBar(QWidget *parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
    , m_remove(new QPushButton(tr("Once per request"), this))
{
    setObjectName(QStringLiteral("forEachBar"));
    setFrameShape(QFrame::StyledPanel);
    m_label->setObjectName(QStringLiteral("forEachLabel"));
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::RichText);
    m_remove->setObjectName(QStringLiteral("removeForEach"));
    m_remove->setToolTip(tr("Stop handling each item: the paths become paths of the whole "
                            "payload again (in its first item)"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 3, 6, 3);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_remove);
    connect(m_remove, &QPushButton::clicked, this, &ForEachBar::removeRequested);
    setVisible(false);
}

void ForEachBar::setArray(const QString &pointer)
{
    setVisible(!pointer.isEmpty());
    m_label->setText(tr("For each item of <tt>%1</tt>: the user and the rows read inside one "
                        "item; conditions and the message read the whole payload.")
                         .arg(pointer.toHtmlEscaped()));
}

} // namespace hb::ui
