#pragma once

#include "services/records.h"

#include <QWidget>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QTimer;

namespace hb::ui {

// The Deliveries page's filter bar: a search (part of a user, a reason or a webhook's name; "#123"
// or a bare number finds that delivery only), a webhook, a time range (the last hour, day or week,
// or Custom… with from/to pickers) and a status. changed() once per edit (typing, once it pauses);
// a custom range whose start is after its end is not a filter: problem() says so and nothing is
// read until it is fixed.
class DeliveryFilterBar : public QWidget {
    Q_OBJECT
public:
    explicit DeliveryFilterBar(QWidget *parent = nullptr);

    // The filter shown; `receivedSince`/`receivedUntil` are UTC. Not meaningful while problem()
    // says something.
    services::DeliveryFilter filter() const;
    QString problem() const;
    // Something narrows the list besides the status.
    bool isNarrowed() const;
    // The status chosen, in words ("Failed"); empty for All.
    QString statusText() const;
    // The webhooks to choose from (the one chosen stays while chosen, even removed).
    void showWebhookNames(const QStringList &names);
    // Everything back to "all", without changed(): the caller reads once after.
    void clearQuietly();
    // The status filter set to `status` (nullopt: All), without changed().
    void setStatusQuietly(std::optional<DeliveryStatus> status);

    QLineEdit *searchEdit() const { return m_search; }
    QComboBox *webhookFilter() const { return m_webhook; }
    QComboBox *receivedFilter() const { return m_received; }
    QComboBox *statusFilter() const { return m_status; }
    QDateTimeEdit *fromEdit() const { return m_from; }
    QDateTimeEdit *untilEdit() const { return m_until; }
    // Chooses "Custom…" with this range (local times shown), as a user would.
    void setCustomRange(const QDateTime &from, const QDateTime &until);

signals:
    void changed();

private:
    void addCombos();
    void receivedChosen();
    void rangeEdited();

    QLineEdit *m_search;
    QTimer *m_searchPause; // typing becomes one read when it pauses
    QComboBox *m_webhook;
    QComboBox *m_received;
    QDateTimeEdit *m_from;
    QLabel *m_rangeDash;
    QDateTimeEdit *m_until;
    QComboBox *m_status;
};

} // namespace hb::ui
