#pragma once

#include "common/deliverystatus.h"
#include "services/records.h"

#include <optional>

#include "common/logtableview.h"
#include "common/result.h"

#include <QSet>
#include <QString>
#include <QWidget>

class QComboBox;
class QLabel;
class QLayout;
class QLineEdit;
class QPushButton;
class QTimer;
class QVBoxLayout;

namespace hb::services {
class StoreExecutor;
}

namespace hb::ui {

class DeliveriesModel;
struct DeliveriesListing;
class DeliveryDetailsView;
class MessageLabel;
class RefusedRequestsDialog;

// The delivery log: the newest 200 that match a filter bar (part of a user, reason or webhook or
// an id; a webhook; a time window; a status) with how many match per status, and the selected
// delivery's details below (DeliveryDetailsView), whose Re-run button re-runs a Failed one.
// Reads go through the StoreExecutor; while one is on its way the page says it is loading, and
// refreshes asked meanwhile (a burst of deliveries) become one more read, not a queue of them.
class DeliveriesPage : public QWidget {
    Q_OBJECT
public:
    explicit DeliveriesPage(services::StoreExecutor &reader, QWidget *parent = nullptr);

    DeliveriesModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    DeliveryDetailsView *detailsView() const { return m_details; }
    QLineEdit *searchEdit() const { return m_search; }
    QComboBox *webhookFilter() const { return m_webhook; }
    QComboBox *receivedFilter() const { return m_received; }
    QComboBox *statusFilter() const { return m_status; }
    // "Refused requests (3)…": opens the log of requests refused before they were received.
    QPushButton *refusedButton() const { return m_refusedButton; }
    // Opened once asked for; null before.
    RefusedRequestsDialog *refusedDialog() const { return m_refusedDialog; }
    // "3 deliveries: 1 success · 1 failed · 1 pending" for the filter, whatever the status.
    QString countsText() const;
    // A read of the list or of the selected delivery is on its way.
    bool isLoading() const { return m_readingList || m_detailReads > 0; }
    // A re-run asked from the details is on its way.
    bool isRerunning() const { return !m_rerunning.isEmpty(); }

public slots:
    void refresh();
    // Shows delivery `id` alone (searched by its id) and selected, its details read.
    void showDelivery(qint64 id);

private:
    QPushButton *buildTitleBar(QVBoxLayout *layout);
    QLayout *buildFilterBar();
    QWidget *buildSplit();
    void connectSignals(QPushButton *refreshButton);
    void filterChanged();
    services::DeliveryFilter currentFilter() const;
    void showList(Result<DeliveriesListing> listing);
    void showCounts(const services::DeliveryCounts &counts);
    void showNoDeliveries(qint64 refused); // `refused`: requests refused before they were received
    void showRecords(QList<services::DeliveryRecord> records);
    void showWebhookNames(const QStringList &names);
    void showRefused();
    void showDetails(bool quietly);
    // Re-runs a Failed or Skipped delivery; a Sample only once the admin has confirmed what it
    // would change.
    void rerun(qint64 id);
    void applyRerun(qint64 id);
    bool confirmSample(const services::DeliveryRecord &preview);
    void showRerunState();

    services::StoreExecutor &m_executor;
    DeliveriesModel *m_model;
    QLineEdit *m_search;
    QTimer *m_searchPause; // typing becomes one read when it pauses
    QComboBox *m_webhook;
    QComboBox *m_received;
    QComboBox *m_status;
    QLabel *m_counts;
    QPushButton *m_refusedButton;
    RefusedRequestsDialog *m_refusedDialog = nullptr;
    quint64 m_filterGeneration = 0; // an answer for an older filter is not shown
    LogTableView *m_table;
    DeliveryDetailsView *m_details;
    MessageLabel *m_message;
    bool m_readingList = false;
    bool m_readAgain = false;
    bool m_restoringSelection = false;
    int m_detailReads = 0;
    qint64 m_detailsId = 0; // the delivery the details pane shows (or is loading)
    std::optional<DeliveryStatus>
        m_detailsStatus;      // its status when read: a change means the details are stale
    QSet<qint64> m_rerunning; // re-runs on their way, so that the button stays disabled for them
};

} // namespace hb::ui
