#pragma once

#include "services/records.h"

#include <QHash>
#include <QScrollArea>

class QFormLayout;
class QFrame;
class QLabel;
class QLayout;
class QPushButton;
class QTableWidget;

namespace hb::ui {

class MessageLabel;

// The Overview tab of a delivery's details: its status in icon and words, why a Failed one failed
// and what to do next (in the CLI's words, DeliverySummary), the webhook, user and times, and
// the changes a Success applied as a table. A Failed one has a Re-run button beside its reason, so
// that a window user need not type the command the reason suggests; the tab only asks for the
// re-run (rerunRequested), the page runs it off the GUI thread and reports back.
class DeliveryOverviewTab : public QScrollArea {
    Q_OBJECT
public:
    explicit DeliveryOverviewTab(QWidget *parent = nullptr);

    void showRecord(const services::DeliveryRecord &record);
    void clear();

    QString statusText() const;
    QString reasonText() const;   // empty unless Failed
    QString nextStepText() const; // empty when the reason suggests nothing
    bool isReasonShown() const;   // the reason box is shown (not hidden by layout)
    QTableWidget *changes() const { return m_changes; }
    QString valueText(const QString &name) const; // "webhook", "user", "received", ...

    // The shown delivery's re-run is on its way: the button is disabled and says so.
    void setRerunning(bool running);
    // The re-run could not be done (the store failed, or the delivery is no longer Failed).
    void showRerunError(const QString &text);
    QPushButton *rerunButton() const { return m_rerun; }
    QString rerunMessageText() const;
    bool isRerunShown() const; // the button is shown (not hidden by layout)

signals:
    void rerunRequested(qint64 deliveryId);

private:
    QLayout *buildHeader();
    QFrame *buildReasonBox();
    QLayout *buildChangesColumn();
    QLabel *addValue(const QString &name, const QString &label);
    void showStatus(const services::DeliveryRecord &record);
    void showReason(const services::DeliveryRecord &record);
    void showValues(const services::DeliveryRecord &record);
    void showAttemptLog(const services::DeliveryRecord &record);
    void showChanges(const services::DeliveryRecord &record);

    QLabel *m_statusIcon;
    QLabel *m_status;
    QFrame *m_reasonBox;
    QLabel *m_reason;
    QLabel *m_nextStep;
    QPushButton *m_rerun;
    MessageLabel *m_rerunMessage;
    QLabel *m_changesTitle;
    QTableWidget *m_changes;
    QLabel *m_attemptLog;
    QFormLayout *m_form;
    QHash<QString, QLabel *> m_values;
    services::DeliveryRecord m_shown; // what showRecord() was given, for a re-render
    qint64 m_id = 0;                  // the delivery shown; 0 when none
    QLabel *m_reasonTitle = nullptr;  // "Why it failed", "Why it was skipped" or a sample's
    bool m_isSample = false;          // the shown delivery is a draft's sample: Re-run applies it
};

} // namespace hb::ui
