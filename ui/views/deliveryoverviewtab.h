#pragma once

#include "store/deliveryrepository.h"

#include <QHash>
#include <QScrollArea>

class QFormLayout;
class QFrame;
class QLabel;
class QTableWidget;

namespace hb::ui {

// The Overview tab of a delivery's details: its status in icon and words, why a Failed one failed
// and what to do next (in the CLI's words, DeliverySummary), the webhook, user and times, and
// the changes a Success applied as a table.
class DeliveryOverviewTab : public QScrollArea {
    Q_OBJECT
public:
    explicit DeliveryOverviewTab(QWidget *parent = nullptr);

    void showRecord(const store::DeliveryRecord &record);
    void clear();

    QString statusText() const;
    QString reasonText() const;   // empty unless Failed
    QString nextStepText() const; // empty when the reason suggests nothing
    bool isReasonShown() const;   // the reason box is shown (not hidden by layout)
    QTableWidget *changes() const { return m_changes; }
    QString valueText(const QString &name) const; // "webhook", "user", "received", ...

private:
    QLabel *addValue(const QString &name, const QString &label);

    QLabel *m_statusIcon;
    QLabel *m_status;
    QFrame *m_reasonBox;
    QLabel *m_reason;
    QLabel *m_nextStep;
    QLabel *m_changesTitle;
    QTableWidget *m_changes;
    QLabel *m_attemptLog;
    QFormLayout *m_form;
    QHash<QString, QLabel *> m_values;
};

} // namespace hb::ui
