#pragma once

#include "common/deliverystatus.h"
#include "common/result.h"
#include "deliverydetails.h"
#include "services/records.h"

#include <QList>
#include <QObject>
#include <QSet>

#include <optional>

class QWidget;

namespace hb::services {
class StoreExecutor;
}

namespace hb::ui {

// Re-runs of deliveries from the Deliveries page (SPEC §6): only Failed, Skipped and Sample ones
// can be re-run; a Sample is applied only once the admin has seen what it would change (a re-run
// computed and rolled back) and said yes. One delivery from its details (the answer carries its
// details read again), or a selection, which ends in one report. Writes go through the
// executor's thread like its reads: the GUI thread never waits on SQL.
class DeliveryReruns : public QObject {
    Q_OBJECT
public:
    struct Outcome {
        qint64 id = 0;
        DeliveryStatus before = DeliveryStatus::Failed;
        std::optional<DeliveryStatus> after; // unset: the re-run failed (`error`)
        QString error;
    };
    struct Report {
        QList<Outcome> outcomes;
        QList<services::DeliveryRecord> notRerunnable; // as listed: id and status
        int samplesLeftOut = 0;                        // the admin chose not to apply them
        bool cancelled = false;
    };

    // Questions are asked over `dialogParent`.
    DeliveryReruns(services::StoreExecutor &executor, QWidget *dialogParent);

    static bool isRerunnable(DeliveryStatus status);
    bool isRunning(qint64 id) const { return m_running.contains(id); }
    bool isBusy() const { return !m_running.isEmpty() || m_batches > 0; }

    // One delivery whose status is `status` (as its details show it).
    void rerunOne(qint64 id, std::optional<DeliveryStatus> status);
    // The rows chosen in the table, in their order.
    void rerunMany(const QList<services::DeliveryRecord> &selected);
    // What a report says, in one sentence or two ("Re-ran 2: 1 succeeded, 1 failed again. Not
    // re-runnable: delivery 7 (Success) …").
    static QString describe(const Report &report);

signals:
    void runningChanged();
    // rerunOne(): the delivery read again after its re-run, or why there is none.
    void rerunDone(qint64 id, hb::Result<std::optional<hb::ui::DeliveryDetails>> details);
    // rerunOne() of a sample whose preview could not be made.
    void previewFailed(qint64 id, const QString &error);
    void reportReady(const hb::ui::DeliveryReruns::Report &report);

private:
    void applyOne(qint64 id);
    bool confirmSample(const services::DeliveryRecord &preview);
    void previewSamples(QList<services::DeliveryRecord> rerunnable, Report report);
    void applyMany(const QList<services::DeliveryRecord> &rerunnable, Report report);

    services::StoreExecutor &m_executor;
    QWidget *m_dialogParent;
    QSet<qint64> m_running;
    int m_batches = 0;
};

} // namespace hb::ui
