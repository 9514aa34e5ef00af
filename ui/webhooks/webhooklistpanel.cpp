#include "webhooklistpanel.h"

#include "common/statusicons.h"

#include <QGridLayout>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace hb::ui {
namespace {
constexpr int EnabledRole = Qt::UserRole + 1;
constexpr int ReadableRole = Qt::UserRole + 2;
} // namespace

WebhookListPanel::WebhookListPanel(QWidget *parent)
    : QWidget(parent)
    , m_list(new QListWidget(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_new = new QPushButton(tr("+ New"), this);
    m_new->setObjectName(QStringLiteral("newWebhook"));
    m_new->setToolTip(tr("Create a webhook (Ctrl+N)"));
    layout->addWidget(m_new);
    m_list->setObjectName(QStringLiteral("webhookList"));
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    // One size for every row's icon: the greyed glyph of a disabled webhook is a pixmap, and
    // would otherwise come out smaller than the others.
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, m_list);
    m_list->setIconSize(QSize(iconSize, iconSize));
    layout->addWidget(m_list, 1);
    auto *buttons = new QGridLayout;
    m_rename = new QPushButton(tr("Rename"), this);
    m_duplicate = new QPushButton(tr("Duplicate"), this);
    m_delete = new QPushButton(tr("Delete…"), this);
    m_rename->setObjectName(QStringLiteral("renameWebhook"));
    m_duplicate->setObjectName(QStringLiteral("duplicateWebhook"));
    m_delete->setObjectName(QStringLiteral("deleteWebhook"));
    buttons->addWidget(m_rename, 0, 0);
    buttons->addWidget(m_duplicate, 0, 1);
    buttons->addWidget(m_delete, 1, 0, 1, 2);
    layout->addLayout(buttons);

    connect(m_new, &QPushButton::clicked, this, &WebhookListPanel::newRequested);
    connect(m_rename, &QPushButton::clicked, this, &WebhookListPanel::renameRequested);
    connect(m_duplicate, &QPushButton::clicked, this, &WebhookListPanel::duplicateRequested);
    connect(m_delete, &QPushButton::clicked, this, &WebhookListPanel::deleteRequested);
    connect(m_list, &QListWidget::customContextMenuRequested, this, &WebhookListPanel::showMenu);
    connect(m_list, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        const qint64 previous = m_current;
        m_current = item ? item->data(Qt::UserRole).toLongLong() : 0;
        const bool any = item != nullptr;
        const bool readable = any && item->data(ReadableRole).toBool();
        m_rename->setEnabled(!m_busy && readable);
        m_duplicate->setEnabled(!m_busy && readable);
        m_delete->setEnabled(!m_busy && any);
        if (!m_selecting && m_current != previous)
            emit currentChanged(m_current, previous);
    });
    m_rename->setEnabled(false);
    m_duplicate->setEnabled(false);
    m_delete->setEnabled(false);
}

void WebhookListPanel::setWebhooks(const QList<mapping::Webhook> &webhooks,
                                   const QHash<qint64, QString> &problems,
                                   const QSet<qint64> &unreadable)
{
    const qint64 keep = m_current;
    m_selecting = true;
    m_list->clear();
    const QIcon glyph = StatusIcons::navigation(QStringLiteral("webhooks"));
    const QIcon off(glyph.pixmap(m_list->iconSize(), QIcon::Disabled));
    for (const mapping::Webhook &webhook : webhooks) {
        const QString problem = problems.value(webhook.id);
        QString state = webhook.enabled ? tr("Enabled") : tr("Disabled");
        QString label = webhook.enabled ? webhook.name : tr("%1 (off)").arg(webhook.name);
        // A draft in words and with the sample flask: its requests become samples.
        if (webhook.draft) {
            label = tr("%1 (draft)").arg(label);
            state = tr("Draft: requests are kept as samples and change nobody. %1").arg(state);
        }
        auto *item = new QListWidgetItem(!problem.isEmpty() ? StatusIcons::warning()
                                         : webhook.draft    ? StatusIcons::sample()
                                         : webhook.enabled  ? glyph
                                                            : off,
                                         label, m_list);
        item->setData(Qt::UserRole, webhook.id);
        item->setData(EnabledRole, webhook.enabled);
        item->setData(ReadableRole, !unreadable.contains(webhook.id));
        if (!webhook.enabled)
            item->setForeground(palette().brush(QPalette::Disabled, QPalette::Text));
        if (!problem.isEmpty())
            state = tr("%1, cannot work: %2").arg(state, problem);
        item->setToolTip(state);
        item->setData(Qt::AccessibleTextRole, tr("%1, %2").arg(webhook.name, state));
    }
    m_selecting = false;
    m_current = 0;
    select(keep);
}

void WebhookListPanel::setBusy(bool busy)
{
    // Another webhook opened or a second write asked while one is on its way would act on a
    // state the store has not confirmed yet; the list is still shown and scrolls.
    m_busy = busy;
    m_new->setEnabled(!busy);
    m_list->setEnabled(!busy);
    QListWidgetItem *item = m_list->currentItem();
    const bool readable = item && item->data(ReadableRole).toBool();
    m_rename->setEnabled(!busy && readable);
    m_duplicate->setEnabled(!busy && readable);
    m_delete->setEnabled(!busy && item);
}

qint64 WebhookListPanel::currentId() const
{
    return m_current;
}

void WebhookListPanel::select(qint64 id)
{
    m_selecting = true;
    m_list->setCurrentItem(nullptr);
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->data(Qt::UserRole).toLongLong() == id) {
            m_list->setCurrentRow(i);
            break;
        }
    }
    m_selecting = false;
}

void WebhookListPanel::showMenu(const QPoint &at)
{
    QListWidgetItem *item = m_list->itemAt(at);
    QMenu menu(this);
    menu.addAction(tr("New webhook"), this, &WebhookListPanel::newRequested);
    if (item) {
        menu.addSeparator();
        if (item->data(ReadableRole).toBool()) {
            menu.addAction(tr("Rename…"), this, &WebhookListPanel::renameRequested);
            menu.addAction(tr("Duplicate"), this, &WebhookListPanel::duplicateRequested);
            menu.addAction(item->data(EnabledRole).toBool() ? tr("Disable") : tr("Enable"), this,
                           &WebhookListPanel::toggleEnabledRequested);
        }
        menu.addSeparator();
        menu.addAction(tr("Delete…"), this, &WebhookListPanel::deleteRequested);
    }
    menu.exec(m_list->viewport()->mapToGlobal(at));
}

} // namespace hb::ui
