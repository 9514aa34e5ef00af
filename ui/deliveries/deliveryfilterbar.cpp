#include "deliveryfilterbar.h"

#include "common/clock.h"
#include "common/statusicons.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QTimer>

namespace hb::ui {
namespace {

constexpr int customRange = -1; // the received combo's data for "Custom…"

} // namespace

DeliveryFilterBar::DeliveryFilterBar(QWidget *parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this))
    , m_searchPause(new QTimer(this))
    , m_webhook(new QComboBox(this))
    , m_received(new QComboBox(this))
    , m_from(new QDateTimeEdit(this))
    , m_rangeDash(new QLabel(QStringLiteral("–"), this))
    , m_until(new QDateTimeEdit(this))
    , m_status(new QComboBox(this))
{
    m_search->setObjectName(QStringLiteral("deliverySearch"));
    m_search->setPlaceholderText(
        tr("Search user, reason or webhook, or #id (%1)")
            .arg(QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText)));
    m_search->setToolTip(tr("Part of a user, a reason or a webhook's name; #123 or 123 finds "
                            "delivery 123 only"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search deliveries"));
    m_searchPause->setSingleShot(true);
    m_searchPause->setInterval(250);
    addCombos();
    connect(m_search, &QLineEdit::textChanged, m_searchPause, qOverload<>(&QTimer::start));
    connect(m_searchPause, &QTimer::timeout, this, &DeliveryFilterBar::changed);
    connect(m_webhook, &QComboBox::currentIndexChanged, this, &DeliveryFilterBar::changed);
    connect(m_status, &QComboBox::currentIndexChanged, this, &DeliveryFilterBar::changed);
    connect(m_received, &QComboBox::currentIndexChanged, this, &DeliveryFilterBar::receivedChosen);
    for (QDateTimeEdit *edit : {m_from, m_until})
        connect(edit, &QDateTimeEdit::dateTimeChanged, this, &DeliveryFilterBar::rangeEdited);
}

void DeliveryFilterBar::addCombos()
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search, 1);
    auto addCombo = [this, layout](const QString &label, QWidget *field, const QString &name) {
        auto *title = new QLabel(label, this);
        title->setBuddy(field);
        field->setObjectName(name);
        layout->addWidget(title);
        layout->addWidget(field);
    };
    addCombo(tr("&Webhook:"), m_webhook, QStringLiteral("deliveryWebhookFilter"));
    m_webhook->addItem(tr("All webhooks"), QString());
    m_webhook->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    addCombo(tr("&Received:"), m_received, QStringLiteral("deliveryReceivedFilter"));
    m_received->addItem(tr("Any time"), 0);
    m_received->addItem(tr("Last hour"), 3600);
    m_received->addItem(tr("Last 24 hours"), 24 * 3600);
    m_received->addItem(tr("Last 7 days"), 7 * 24 * 3600);
    m_received->addItem(tr("Custom…"), customRange);
    // From (inclusive) and to (exclusive), in the user's time; hidden unless Custom… is chosen.
    m_from->setObjectName(QStringLiteral("deliveryReceivedFrom"));
    m_until->setObjectName(QStringLiteral("deliveryReceivedUntil"));
    m_from->setAccessibleName(tr("Received from"));
    m_until->setAccessibleName(tr("Received until"));
    for (QDateTimeEdit *edit : {m_from, m_until}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        edit->setVisible(false);
    }
    m_rangeDash->setVisible(false);
    layout->addWidget(m_from);
    layout->addWidget(m_rangeDash);
    layout->addWidget(m_until);
    addCombo(tr("&Status:"), m_status, QStringLiteral("deliveryStatusFilter"));
    m_status->addItem(tr("All"), QString());
    for (DeliveryStatus status : allDeliveryStatuses())
        m_status->addItem(StatusIcons::forStatus(status), StatusIcons::describe(status),
                          deliveryStatusName(status));
}

void DeliveryFilterBar::receivedChosen()
{
    const bool custom = m_received->currentData().toInt() == customRange;
    if (custom && m_from->isHidden()) {
        // A starting range that makes sense: the last day, to the next minute.
        const QDateTime now = QDateTime::currentDateTime();
        const QSignalBlocker quietFrom(m_from), quietUntil(m_until);
        m_until->setDateTime(now.addSecs(60 - now.time().second()));
        m_from->setDateTime(m_until->dateTime().addDays(-1));
    }
    for (QWidget *widget : {static_cast<QWidget *>(m_from), static_cast<QWidget *>(m_rangeDash),
                            static_cast<QWidget *>(m_until)})
        widget->setVisible(custom);
    emit changed();
}

void DeliveryFilterBar::rangeEdited()
{
    if (m_received->currentData().toInt() == customRange)
        emit changed();
}

void DeliveryFilterBar::setCustomRange(const QDateTime &from, const QDateTime &until)
{
    {
        const QSignalBlocker quietFrom(m_from), quietUntil(m_until);
        m_from->setDateTime(from.toLocalTime());
        m_until->setDateTime(until.toLocalTime());
        m_from->setVisible(true); // receivedChosen() keeps the range set here
    }
    const int index = m_received->findData(customRange);
    if (m_received->currentIndex() == index)
        emit changed();
    else
        m_received->setCurrentIndex(index);
}

services::DeliveryFilter DeliveryFilterBar::filter() const
{
    services::DeliveryFilter filter;
    filter.status = deliveryStatusFromName(m_status->currentData().toString());
    filter.webhookName = m_webhook->currentData().toString();
    filter.search = m_search->text().trimmed();
    const int seconds = m_received->currentData().toInt();
    if (seconds == customRange) {
        filter.receivedSince = isoUtc(m_from->dateTime().toUTC());
        filter.receivedUntil = isoUtc(m_until->dateTime().toUTC());
    } else if (seconds > 0) {
        filter.receivedSince = isoUtc(QDateTime::currentDateTimeUtc().addSecs(-seconds));
    }
    return filter;
}

QString DeliveryFilterBar::problem() const
{
    if (m_received->currentData().toInt() == customRange
        && m_from->dateTime() > m_until->dateTime())
        return tr("The range starts after it ends (%1 is after %2): set \"from\" before \"to\".")
            .arg(m_from->text(), m_until->text());
    return {};
}

bool DeliveryFilterBar::isNarrowed() const
{
    return !m_search->text().trimmed().isEmpty() || m_webhook->currentIndex() > 0
           || m_received->currentIndex() > 0;
}

QString DeliveryFilterBar::statusText() const
{
    return m_status->currentIndex() > 0 ? m_status->currentText() : QString();
}

void DeliveryFilterBar::showWebhookNames(const QStringList &names)
{
    const QString chosen = m_webhook->currentData().toString();
    QStringList listed;
    for (int index = 1; index < m_webhook->count(); ++index)
        listed << m_webhook->itemData(index).toString();
    // A webhook removed since stays while it is the filter: its deliveries are still there.
    QStringList wanted = names;
    if (!chosen.isEmpty() && !wanted.contains(chosen))
        wanted << chosen;
    if (listed == wanted)
        return;
    const QSignalBlocker quiet(m_webhook); // the filter itself does not change
    m_webhook->clear();
    m_webhook->addItem(tr("All webhooks"), QString());
    for (const QString &name : std::as_const(wanted))
        m_webhook->addItem(name, name);
    m_webhook->setCurrentIndex(qMax(0, m_webhook->findData(chosen)));
}

void DeliveryFilterBar::clearQuietly()
{
    for (QComboBox *combo : {m_webhook, m_received, m_status}) {
        const QSignalBlocker quiet(combo);
        combo->setCurrentIndex(0);
    }
    for (QWidget *widget : {static_cast<QWidget *>(m_from), static_cast<QWidget *>(m_rangeDash),
                            static_cast<QWidget *>(m_until)})
        widget->setVisible(false);
    const QSignalBlocker quiet(m_search);
    m_search->clear();
    m_searchPause->stop();
}

void DeliveryFilterBar::setStatusQuietly(std::optional<DeliveryStatus> status)
{
    const QSignalBlocker quiet(m_status);
    m_status->setCurrentIndex(status ? qMax(0, m_status->findData(deliveryStatusName(*status)))
                                     : 0);
}

} // namespace hb::ui
