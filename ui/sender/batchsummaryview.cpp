#include "batchsummaryview.h"

#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QVBoxLayout>

namespace hb::ui {

BatchSummaryView::BatchSummaryView(QWidget *parent)
    : QWidget(parent)
    , m_text(new QLabel(this))
    , m_exportSummary(new QPushButton(tr("Export summary…"), this))
    , m_exportRows(new QPushButton(tr("Export rows…"), this))
{
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setWordWrap(true);
    m_text->setAccessibleName(tr("Batch summary"));
    m_exportSummary->setToolTip(tr("Save the counts and times as CSV"));
    m_exportRows->setToolTip(tr("Save each row's status, time, delivery id and error as CSV"));
    connect(m_exportSummary, &QPushButton::clicked, this, [this] {
        exportTo(tr("Export batch summary"), QStringLiteral("batch-summary.csv"),
                 m_summary.toCsv());
    });
    connect(m_exportRows, &QPushButton::clicked, this, [this] {
        exportTo(tr("Export batch rows"), QStringLiteral("batch-rows.csv"), m_summary.resultsCsv());
    });

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_exportSummary);
    buttons->addWidget(m_exportRows);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text);
    layout->addLayout(buttons);
    clear();
}

void BatchSummaryView::setSummary(const delivery::BatchSummary &summary)
{
    m_summary = summary;
    m_hasSummary = true;
    QStringList lines;
    if (summary.cancelled)
        lines << tr("Cancelled after %1 of %2 rows").arg(summary.results.size()).arg(summary.total);
    lines << tr("Sent: %1 · errors: %2").arg(summary.sent).arg(summary.errors);
    QStringList statuses;
    for (auto it = summary.byStatus.begin(); it != summary.byStatus.end(); ++it)
        statuses << tr("%1: %2").arg(it.key()).arg(it.value());
    lines << (statuses.isEmpty() ? tr("No HTTP answer")
                                 : tr("Statuses: %1").arg(statuses.join(QLatin1String(", "))));
    lines << tr("Median %1 ms · 95th percentile %2 ms · %3 s in all")
                 .arg(summary.p50Ms)
                 .arg(summary.p95Ms)
                 .arg(QString::number(summary.elapsedMs / 1000.0, 'f', 1));
    // The first error, so the tester sees why without exporting the rows.
    for (const delivery::BatchRowResult &row : summary.results) {
        if (!row.error.isEmpty()) {
            lines << tr("First error, line %1: %2").arg(row.line).arg(row.error);
            break;
        }
    }
    m_text->setText(lines.join(QLatin1Char('\n')));
    m_exportSummary->setEnabled(true);
    m_exportRows->setEnabled(!summary.results.isEmpty());
}

void BatchSummaryView::clear()
{
    m_summary = delivery::BatchSummary{};
    m_hasSummary = false;
    m_text->setText(tr("No batch sent yet"));
    m_exportSummary->setEnabled(false);
    m_exportRows->setEnabled(false);
}

QString BatchSummaryView::text() const
{
    return m_text->text();
}

bool BatchSummaryView::writeFile(const QString &path, const QByteArray &data)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(data) == data.size() && file.commit())
        return true;
    QMessageBox::warning(this, tr("Export failed"),
                         tr("Cannot write %1: %2. Choose another folder.")
                             .arg(QDir::toNativeSeparators(path), file.errorString()));
    return false;
}

void BatchSummaryView::exportTo(const QString &title, const QString &suggestedName,
                                const QByteArray &data)
{
    const QString path = QFileDialog::getSaveFileName(this, title, suggestedName,
                                                      tr("CSV files (*.csv);;All files (*)"));
    if (!path.isEmpty())
        writeFile(path, data);
}

} // namespace hb::ui
