#pragma once

#include "common/deliverystatus.h"
#include "common/result.h"
#include "deliveryreruns.h"
#include "services/records.h"

#include <QObject>

#include <functional>
#include <optional>

class QPushButton;
class QTableView;

namespace hb::services {
class StoreExecutor;
}

namespace hb::ui {

class DeliveriesModel;
class DeliveryDetailsView;
class DeliverySelectionBar;
class MessageLabel;

// What the Deliveries page does with its table's selection: the current row's details read (on
// the executor's thread) into the details view, the selection bar kept up to date, and re-runs
// (one from the details, or the selection) with their report, saying where a re-run sent a row
// that no longer matches the status filter instead of letting it vanish.
class DeliverySelection : public QObject {
    Q_OBJECT
public:
    struct Widgets {
        QTableView *table;
        DeliveriesModel *model;
        DeliveryDetailsView *details;
        DeliverySelectionBar *bar;
        MessageLabel *message; // the re-runs' report
        MessageLabel *moved;   // "Delivery 12 succeeded on re-run: now under Success"
        QPushButton *showMoved;
    };

    DeliverySelection(services::StoreExecutor &executor, const Widgets &widgets,
                      QWidget *dialogParent);

    // The status the list is filtered on, for the notices (nullopt: every status).
    void setStatusFilter(std::optional<DeliveryStatus> status) { m_statusFilter = status; }
    qint64 detailsId() const { return m_detailsId; }
    qint64 movedId() const { return m_movedId; }
    bool isReading() const { return m_detailReads > 0; }
    bool isRerunning() const { return m_reruns->isBusy(); }
    // Selects `row` (rows of a new snapshot) without reading the details again when they are
    // already this delivery's.
    void selectRow(int row);
    // Reads delivery `id` into the details view (`quietly`: without "Loading" if it is shown).
    void readDetails(qint64 id, bool quietly);
    void clearDetails();
    // While the rows are replaced (another filter), the details stay: the same delivery is
    // selected again if the new rows hold it, else they are cleared then.
    void setHolding(bool holding) { m_holding = holding; }
    void rerunSelected();
    void clearMoved();
    // The current row changed (a click, or its page arrived).
    void showCurrent();
    void showSelection();

signals:
    // The store changed under the list: read it again.
    void listChanged();
    // "Show it": delivery `id` under `status`.
    void showRequested(qint64 id, hb::DeliveryStatus status);

private:
    QList<services::DeliveryRecord> selectedRecords() const;
    void rerunDone(qint64 id, const Result<std::optional<DeliveryDetails>> &details);
    void reportDone(const DeliveryReruns::Report &report);
    void noticeMoved(const QList<DeliveryReruns::Outcome> &outcomes);
    void showRerunState();

    Widgets m_widgets;
    services::StoreExecutor &m_executor;
    DeliveryReruns *m_reruns;
    std::optional<DeliveryStatus> m_statusFilter;
    bool m_selecting = false;
    bool m_holding = false;
    int m_detailReads = 0;
    qint64 m_detailsId = 0; // the delivery the details pane shows (or is loading)
    std::optional<DeliveryStatus>
        m_detailsStatus; // its status when read: a change means the details are stale
    qint64 m_movedId = 0;
    DeliveryStatus m_movedStatus = DeliveryStatus::Success;
};

} // namespace hb::ui
