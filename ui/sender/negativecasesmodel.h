#pragma once

#include "delivery/negativecase.h"

#include <QAbstractTableModel>
#include <QList>

#include <optional>

namespace hb::ui {

// The rows of the Negative cases tab: one per case that applies to the webhook, listed when the
// run starts and filled in as each case finishes (what was expected, what came back, whether
// they match), the running one marked. Value snapshots: nothing here waits on the network.
class NegativeCasesModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { CaseColumn, ExpectedColumn, ActualColumn, ResultColumn, ColumnCount };

    explicit NegativeCasesModel(QObject *parent = nullptr);

    // Starts over with these cases, none run yet.
    void setCases(const QList<delivery::NegativeCase> &cases);
    // Marks the case being run (-1: none).
    void setRunning(int row);
    void setResult(int row, const delivery::NegativeResult &result);

    delivery::NegativeCase caseAt(int row) const { return m_rows.at(row).testCase; }
    std::optional<delivery::NegativeResult> resultAt(int row) const;
    int runningRow() const { return m_running; }
    int finishedCount() const;
    int matchingCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row {
        delivery::NegativeCase testCase;
        std::optional<delivery::NegativeResult> result;
    };
    QString resultText(int row) const;
    void rowChanged(int row);

    QList<Row> m_rows;
    int m_running = -1;
};

} // namespace hb::ui
