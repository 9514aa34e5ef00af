#include "senderhistory.h"

#include "common/statusicons.h"

#include <QHeaderView>
#include <QLocale>

namespace hb::ui {

SenderHistory::SenderHistory(QWidget *parent)
    : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("senderHistory"));
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setHeaderLabels({tr("Time"), tr("Webhook"), tr("Answer"), tr("ms")});
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    header()->setSectionResizeMode(2, QHeaderView::Stretch);
    header()->setSectionResizeMode(3, QHeaderView::ResizeToContents);
    setAccessibleName(tr("Last sends"));
    connect(this, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        const int row = item ? indexOfTopLevelItem(item) : -1;
        if (row >= 0 && row < m_answers.size())
            emit answerChosen(m_answers.at(row));
    });
}

QString SenderHistory::headline(const delivery::SendAnswer &answer)
{
    if (!answer.answered())
        return tr("No answer: %1").arg(answer.error);
    return answer.reason.isEmpty() ? QString::number(answer.status)
                                   : QStringLiteral("%1 %2").arg(answer.status).arg(answer.reason);
}

QTreeWidgetItem *SenderHistory::itemFor(const QString &webhookName,
                                        const delivery::SendAnswer &answer) const
{
    const QString status =
        answer.succeeded() ? QStringLiteral("success") : QStringLiteral("failed");
    auto *item = new QTreeWidgetItem;
    const bool today = answer.sentAt.date() == QDate::currentDate();
    item->setText(0, today ? QLocale().toString(answer.sentAt.time(), QLocale::ShortFormat)
                           : QLocale().toString(answer.sentAt, QLocale::ShortFormat));
    item->setToolTip(0, QLocale().toString(answer.sentAt, QLocale::LongFormat));
    item->setText(1, webhookName);
    item->setText(2, headline(answer));
    item->setToolTip(2, QString::fromLatin1(answer.method) + QLatin1Char(' ')
                            + answer.url.toDisplayString() + QLatin1Char('\n') + headline(answer));
    item->setIcon(2, StatusIcons::forStatus(status));
    item->setData(2, Qt::AccessibleTextRole,
                  QString(StatusIcons::describe(status) + QStringLiteral(": ") + headline(answer)));
    item->setText(3, answer.answered() ? QString::number(answer.elapsedMs) : QString());
    item->setTextAlignment(3, Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

void SenderHistory::add(const QString &webhookName, const delivery::SendAnswer &answer)
{
    // Not selected: the answer pane already shows the newest send.
    const QSignalBlocker quiet(this);
    insertTopLevelItem(0, itemFor(webhookName, answer));
    m_answers.prepend(answer);
    while (m_answers.size() > limit) {
        m_answers.removeLast();
        delete takeTopLevelItem(topLevelItemCount() - 1);
    }
    setCurrentItem(nullptr);
    resizeColumnToContents(1);
}

void SenderHistory::addOlder(const QList<QPair<QString, delivery::SendAnswer>> &older)
{
    const QSignalBlocker quiet(this);
    for (const auto &[webhookName, answer] : older) {
        if (m_answers.size() >= limit)
            break;
        addTopLevelItem(itemFor(webhookName, answer));
        m_answers.append(answer);
    }
    resizeColumnToContents(1);
}

} // namespace hb::ui
