#pragma once

#include <QString>
#include <QVariantList>

namespace hb::store {

struct DeliveryFilter;

// The WHERE conditions of a DeliveryFilter over the deliveries table, with their values in
// order: the list and the counts select the same deliveries. Portable SQL for both back ends.
struct DeliveryConditions {
    enum class Status { Included, Ignored };

    static DeliveryConditions of(const DeliveryFilter &filter, Status status);
    bool isEmpty() const { return sql.isEmpty(); }
    // The SQL of a delivery's webhook name as shown: its webhook's current name, else (removed)
    // the last name it had, else the name it was received under.
    static QString currentWebhookName();
    // " WHERE a AND b", or nothing without conditions.
    QString where() const;
    // Joins one more condition (with its values) to these.
    void add(const QString &condition, const QVariantList &conditionValues = {});

    QString sql; // "a AND b"
    QVariantList values;
};

} // namespace hb::store
