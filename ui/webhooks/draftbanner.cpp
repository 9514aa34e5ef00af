#include "draftbanner.h"

#include "common/messagelabel.h"
#include "common/statusicons.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace hb::ui {

DraftBanner::DraftBanner(QWidget *parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
    , m_goLive(new QPushButton(tr("Go live"), this))
    , m_message(new MessageLabel(this))
{
    setObjectName(QStringLiteral("draftBanner"));
    // The palette's own colours (dark themes included): a framed strip, not a colour of ours.
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::AlternateBase);

    auto *icon = new QLabel(this);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    icon->setPixmap(StatusIcons::sample().pixmap(size, size));
    icon->setToolTip(StatusIcons::describe(DeliveryStatus::Sample));
    m_text->setObjectName(QStringLiteral("draftText"));
    m_text->setText(tr("<b>Draft:</b> requests are kept as samples and change nobody"));
    m_text->setWordWrap(true);
    m_goLive->setObjectName(QStringLiteral("goLive"));
    m_goLive->setToolTip(tr("Process this webhook's next requests: they change users"));
    m_message->setObjectName(QStringLiteral("goLiveMessage"));

    auto *row = new QHBoxLayout;
    row->addWidget(icon);
    row->addWidget(m_text, 1);
    row->addWidget(m_goLive);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->addLayout(row);
    layout->addWidget(m_message);
    connect(m_goLive, &QPushButton::clicked, this, &DraftBanner::goLiveRequested);
}

void DraftBanner::setBusy(bool busy)
{
    m_goLive->setEnabled(!busy);
    m_goLive->setText(busy ? tr("Going live…") : tr("Go live"));
}

void DraftBanner::offerGoingLive()
{
    m_message->setSuccess(
        tr("Saved, and the mapping is complete: Go live to process its requests from now on."));
    m_goLive->setDefault(true);
}

void DraftBanner::showRefusal(const QString &why)
{
    m_message->setError(tr("Not live yet: %1").arg(why));
    m_goLive->setDefault(false);
}

void DraftBanner::clearMessage()
{
    m_message->clear();
    m_goLive->setDefault(false);
}

} // namespace hb::ui
