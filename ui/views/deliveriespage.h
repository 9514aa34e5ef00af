#pragma once

#include "common/result.h"
#include "store/deliveryrepository.h"

#include <QString>
#include <QWidget>

class QComboBox;
class QTableView;

namespace hb::ui {

class DeliveriesModel;
class DeliveryDetailsView;
class MessageLabel;
class StoreReader;

// A read-only view of the delivery log: the newest 200, filtered by status, with the selected
// delivery's details below (DeliveryDetailsView). Re-runs stay on the command line for now.
// Reads go through the StoreReader; while one is on its way the page says it is loading, and
// refreshes asked meanwhile (a burst of deliveries) become one more read, not a queue of them.
class DeliveriesPage : public QWidget {
    Q_OBJECT
public:
    explicit DeliveriesPage(StoreReader &reader, QWidget *parent = nullptr);

    DeliveriesModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    DeliveryDetailsView *detailsView() const { return m_details; }
    // A read of the list or of the selected delivery is on its way.
    bool isLoading() const { return m_readingList || m_detailReads > 0; }

public slots:
    void refresh();

private:
    void filterChanged();
    void showList(Result<QList<store::DeliveryRecord>> records);
    void showDetails(bool quietly);

    StoreReader &m_reader;
    DeliveriesModel *m_model;
    QComboBox *m_status;
    QTableView *m_table;
    DeliveryDetailsView *m_details;
    MessageLabel *m_message;
    bool m_readingList = false;
    bool m_readAgain = false;
    bool m_restoringSelection = false;
    int m_detailReads = 0;
    qint64 m_detailsId = 0;  // the delivery the details pane shows (or is loading)
    QString m_detailsStatus; // its status when read: a change means the details are stale
};

} // namespace hb::ui
