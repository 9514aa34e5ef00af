#pragma once

#include "common/deliverystatus.h"
#include "common/logtableview.h"
#include "common/result.h"
#include "services/records.h"

#include <QDateTime>
#include <QString>
#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;
class QVBoxLayout;

namespace hb::services {
class StoreExecutor;
}

namespace hb::ui {

class DeliveriesModel;
class DeliveryActions;
struct DeliveriesListing;
class DeliveryDetailsView;
class DeliveryFilterBar;
class DeliverySelection;
class DeliverySelectionBar;
class MessageLabel;
class RefusedRequestsDialog;

// The delivery log: every delivery that matches the filter bar (DeliveryFilterBar), paged in as
// the table scrolls (DeliveriesModel), with how many match per status, the actions on the
// selected rows (DeliverySelectionBar) and the current one's details below (DeliveryDetailsView).
// Reads go through the StoreExecutor; refreshes asked while one is on its way (a burst of
// deliveries) become one more read, not a queue of them. The same read gives the status bar its
// counts (storeCountsChanged), so the two never disagree.
class DeliveriesPage : public QWidget {
    Q_OBJECT
public:
    explicit DeliveriesPage(services::StoreExecutor &reader, QWidget *parent = nullptr);
    ~DeliveriesPage() override;

    DeliveriesModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    DeliveryDetailsView *detailsView() const { return m_details; }
    DeliveryFilterBar *filterBar() const { return m_filters; }
    DeliverySelectionBar *selectionBar() const { return m_selectionBar; }
    // Replay, Copy as curl, Export and Send again (setCatcher() gives them the catcher).
    DeliveryActions *actions() const { return m_actions; }
    QSplitter *splitter() const { return m_split; }
    QLineEdit *searchEdit() const;
    QComboBox *webhookFilter() const;
    QComboBox *receivedFilter() const;
    QComboBox *statusFilter() const;
    MessageLabel *message() const { return m_message; }
    // "Delivery 12 succeeded on re-run: now under Success", with its Show button.
    MessageLabel *movedNotice() const { return m_moved; }
    QPushButton *showMovedButton() const { return m_showMoved; }
    // "Refused requests (3)…": opens the log of requests refused before they were received.
    QPushButton *refusedButton() const { return m_refusedButton; }
    // Opened once asked for; null before.
    RefusedRequestsDialog *refusedDialog() const { return m_refusedDialog; }
    // "3 deliveries: 1 success · 1 failed · 1 pending" for the filter, whatever the status.
    QString countsText() const;
    // What the status bar shows, from the same read: "2 pending · 1 failed in the last hour".
    QString storeCountsText() const { return m_storeCounts; }
    // A read of the list, of a page of rows or of the selected delivery is on its way.
    bool isLoading() const;
    // A re-run asked from the details or the selection is on its way.
    bool isRerunning() const;

public slots:
    // The refused requests, with the entry of a Sender's refused send selected (the newest of
    // that webhook and status since `sentAt`).
    void showRefusedMatching(const QString &webhookName, int status, const QDateTime &sentAt);
    void refresh();
    // Shows delivery `id` selected with its details, in the whole log (the filters cleared, the
    // search empty), scrolled to its row.
    void showDelivery(qint64 id);
    // The selected Failed, Skipped and Sample rows re-run, with a report of what became of them.
    void rerunSelected();

signals:
    // The status bar's counts, read with the header's.
    void storeCountsChanged(const QString &text);
    // Send again: the Sender opened on this delivery's body.
    void sendAgainRequested(qint64 deliveryId);

private:
    QPushButton *buildTitleBar(QVBoxLayout *layout);
    QWidget *buildNotices();
    QWidget *buildSplit();
    void connectSignals(QPushButton *refreshButton);
    void filterChanged();
    // Shows delivery `id` under `status` (the other filters kept): where a re-run sent it.
    void showDeliveryUnder(qint64 id, DeliveryStatus status);
    void showList(Result<DeliveriesListing> listing);
    void showCounts(const DeliveriesListing &listing);
    void showNoDeliveries(qint64 refused);
    void showRows(const DeliveriesListing &listing);
    void showRefused();

    services::StoreExecutor &m_executor;
    DeliveryFilterBar *m_filters;
    DeliveriesModel *m_model;
    QLabel *m_counts;
    QString m_storeCounts;
    QPushButton *m_refusedButton;
    RefusedRequestsDialog *m_refusedDialog = nullptr;
    LogTableView *m_table;
    DeliverySelectionBar *m_selectionBar;
    DeliveryDetailsView *m_details;
    MessageLabel *m_message;
    MessageLabel *m_moved;
    QPushButton *m_showMoved;
    QSplitter *m_split = nullptr;
    DeliverySelection *m_selection = nullptr;
    DeliveryActions *m_actions = nullptr;
    quint64 m_filterGeneration = 0; // an answer for an older filter is not shown
    bool m_readingList = false;
    bool m_readAgain = false;
    // The message says something about the list itself (loading, empty, unreadable): the next
    // rows replace it. A re-run's report stays.
    bool m_listMessage = false;
    qint64 m_findId = 0; // a delivery to select once its row is known (showDelivery)
};

} // namespace hb::ui
