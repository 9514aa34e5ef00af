#pragma once

#include "delivery/batchsummary.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace hb::ui {

// The outcome of a batch on the Batch tab: sent, errors, the count of each status, the median
// and 95th percentile times, how long it took, and whether it was cancelled; with buttons that
// save the summary or every row's outcome as CSV.
class BatchSummaryView : public QWidget {
    Q_OBJECT
public:
    explicit BatchSummaryView(QWidget *parent = nullptr);

    void setSummary(const delivery::BatchSummary &summary);
    void clear();
    bool hasSummary() const { return m_hasSummary; }
    const delivery::BatchSummary &summary() const { return m_summary; }
    // What the view says, for tests and screen readers: "Sent 200 · errors 0 · 202: 200 · ...".
    QString text() const;

    QPushButton *exportSummaryButton() const { return m_exportSummary; }
    QPushButton *exportRowsButton() const { return m_exportRows; }

    // Writes `data` to `path`; false with the reason said in a message box when it cannot.
    bool writeFile(const QString &path, const QByteArray &data);

private:
    void exportTo(const QString &title, const QString &suggestedName, const QByteArray &data);

    QLabel *m_text;
    QPushButton *m_exportSummary;
    QPushButton *m_exportRows;
    delivery::BatchSummary m_summary;
    bool m_hasSummary = false;
};

} // namespace hb::ui
