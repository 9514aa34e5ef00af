#pragma once

#include "common/result.h"
#include "delivery/catcherservice.h"
#include "deliveryexportdialog.h"
#include "deliveryreplaydialog.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>

class QPoint;
class QPushButton;
class QTableView;

namespace hb::services {
class StoreExecutor;
}

namespace hb::ui {

class DeliveriesModel;
class DeliveryExportJob;
class DeliveryFilterBar;
class DeliverySelectionBar;
class MessageLabel;

// The Deliveries page's actions on its selection besides Re-run (UI.md): Replay…, Copy as curl,
// Export… and Send again, as buttons in the selection bar and in the table's context menu,
// enabled by the selection (all but Export need exactly one delivery). Stored requests are read
// on the store reader's thread; what became of an action is said in the page's message.
class DeliveryActions : public QObject {
    Q_OBJECT
public:
    struct Widgets {
        QTableView *table;
        DeliveriesModel *model;
        DeliveryFilterBar *filters;
        DeliverySelectionBar *bar;
        MessageLabel *message;
    };

    DeliveryActions(services::StoreExecutor &executor, const Widgets &widgets,
                    QWidget *dialogParent);

    // The window's catcher: Copy as curl and Replay go to its address while it listens (else to
    // the webhook's URL as the command line computes it), and its delivery ids are offered.
    void setCatcher(delivery::CatcherService *catcher) { m_catcher = catcher; }

    QPushButton *replayButton() const { return m_replay; }
    QPushButton *curlButton() const { return m_curl; }
    QPushButton *exportButton() const { return m_export; }
    QPushButton *sendAgainButton() const { return m_sendAgain; }
    // The last dialogs opened (null before, or once closed).
    DeliveryExportDialog *exportDialog() const { return m_exportDialog; }
    DeliveryReplayDialog *replayDialog() const { return m_replayDialog; }
    DeliveryExportJob *exportJob() const { return m_job; }
    // A read for Copy as curl or Replay, or an export, is on its way.
    bool isBusy() const;

public slots:
    void exportDeliveries();
    void copyCurl();
    void replay();
    void sendAgain();
    void updateButtons();

signals:
    // Send again: the Sender opened on this delivery's body (the window connects it).
    void sendAgainRequested(qint64 deliveryId);
    void showDeliveryRequested(qint64 id);

private:
    void addButton(QPushButton *button, const QString &name, const QString &tip);
    void showContextMenu(const QPoint &position);
    // The one selected delivery's id; 0 when not exactly one (read) row is selected.
    qint64 singleId() const;
    QList<qint64> selectedIds() const;
    void readStored(qint64 id, std::function<void(const StoredDelivery &)> then);
    // Where the request goes again: the catcher's address while it listens, else the URL the
    // command line gives (WebhookUrl).
    Result<QUrl> webhookUrl(const StoredDelivery &stored) const;
    QUrl ownCatcher() const;
    void exportChosen();
    void exportDone(const Result<qint64> &written, const QString &path);

    services::StoreExecutor &m_executor;
    Widgets m_widgets;
    QWidget *m_dialogParent;
    QPointer<delivery::CatcherService> m_catcher;
    QPushButton *m_replay;
    QPushButton *m_curl;
    QPushButton *m_export;
    QPushButton *m_sendAgain;
    QPointer<DeliveryExportDialog> m_exportDialog;
    QPointer<DeliveryReplayDialog> m_replayDialog;
    DeliveryExportJob *m_job;
    QList<qint64> m_exportIds; // the selection when Export… was pressed
    int m_reads = 0;
};

} // namespace hb::ui
