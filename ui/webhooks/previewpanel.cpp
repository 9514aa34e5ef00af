#include "previewpanel.h"

#include "common/statusicons.h"

#include <QFontDatabase>
#include <QLabel>
#include <QListWidget>
#include <QPixmap>
#include <QVBoxLayout>

namespace hb::ui {

PreviewPanel::PreviewPanel(QWidget *parent)
    : QWidget(parent)
    , m_list(new QListWidget(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *title = new QLabel(tr("<b>Preview on the sample</b> (nothing is written)"), this);
    title->setWordWrap(true); // the column is narrow at 1024×700
    layout->addWidget(title);
    m_list->setObjectName(QStringLiteral("previewList"));
    m_list->setWordWrap(true);
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    m_list->setFocusPolicy(Qt::NoFocus);
    layout->addWidget(m_list, 1);
}

void PreviewPanel::addLine(const QString &status, const QString &text, bool mono)
{
    // Lines without a status get a blank icon, so that they line up under the verdict.
    static const QIcon blank = [] {
        QPixmap pixmap(16, 16);
        pixmap.fill(Qt::transparent);
        return QIcon(pixmap);
    }();
    auto *item = new QListWidgetItem(status.isEmpty() ? blank : StatusIcons::forStatus(status),
                                     text, m_list);
    if (!status.isEmpty()) {
        item->setToolTip(StatusIcons::describe(status));
        item->setData(Qt::AccessibleTextRole,
                      QString(StatusIcons::describe(status) + QStringLiteral(": ") + text));
    }
    if (mono)
        item->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
}

void PreviewPanel::clear(const QString &why)
{
    m_list->clear();
    addLine(QStringLiteral("pending"), why);
}

void PreviewPanel::showFailure(const QString &userLine, const QString &reason)
{
    m_list->clear();
    if (!userLine.isEmpty())
        addLine(QStringLiteral("success"), userLine);
    addLine(QStringLiteral("failed"), tr("Would fail: %1").arg(reason));
}

void PreviewPanel::showSkipped(const QString &reason)
{
    m_list->clear();
    addLine(QStringLiteral("skipped"), tr("Would be skipped: %1").arg(reason));
    addLine(QString(), tr("Nothing would change for this request."));
}

void PreviewPanel::showLines(const QList<Line> &lines, const QStringList &unfinished)
{
    m_list->clear();
    for (const Line &line : lines)
        addLine(line.status, line.text);
    for (const QString &row : unfinished)
        addLine(QStringLiteral("pending"), row);
}

QStringList PreviewPanel::lines() const
{
    QStringList result;
    for (int i = 0; i < m_list->count(); ++i)
        result << m_list->item(i)->text();
    return result;
}

} // namespace hb::ui
