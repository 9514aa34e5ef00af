#include "messagelabel.h"

#include "statusicons.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>

namespace hb::ui {

MessageLabel::MessageLabel(QWidget *parent)
    : QWidget(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    m_text->setWordWrap(true);
    m_text->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    setVisible(false);
}

void MessageLabel::show(const QString &status, const QString &text)
{
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_icon->setPixmap(StatusIcons::forStatus(status).pixmap(size, size));
    m_icon->setToolTip(StatusIcons::describe(status));
    m_icon->setAccessibleName(StatusIcons::describe(status));
    m_text->setText(text);
    setAccessibleName(text);
    setVisible(!text.isEmpty());
}

void MessageLabel::setError(const QString &text)
{
    m_error = !text.isEmpty();
    show(QStringLiteral("failed"), text);
}

void MessageLabel::setSuccess(const QString &text)
{
    m_error = false;
    show(QStringLiteral("success"), text);
}

void MessageLabel::setInfo(const QString &text)
{
    m_error = false;
    show(QStringLiteral("pending"), text);
}

void MessageLabel::clear()
{
    m_error = false;
    m_text->clear();
    setVisible(false);
}

QString MessageLabel::text() const
{
    return m_text->text();
}

} // namespace hb::ui
