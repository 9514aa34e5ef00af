#pragma once

#include "common/deliverystatus.h"

#include <QIcon>
#include <QString>

namespace hb::ui {

// The project's status icons (green tick, red cross, grey circle, grey dash, a hollow flask for
// samples), drawn as SVG in resources/.
// Wherever one is shown, its words go with it as tooltip and accessible text.
class StatusIcons {
public:
    static QIcon success();
    static QIcon failed();
    static QIcon pending();
    // Something to fix before it can work (an invalid webhook): an amber triangle, distinct from
    // the delivery statuses.
    static QIcon warning();
    static QIcon skipped();
    static QIcon sample();
    static QIcon forStatus(DeliveryStatus status);
    // "Success", "Failed", "Pending", "Skipped", "Sample": the words that go with the icon.
    static QString describe(DeliveryStatus status);
    // By the message kinds of the window's labels: "success", "failed", anything else pending.
    static QIcon forStatus(const QString &status);
    static QString describe(const QString &status);
    static QIcon app();
    static QIcon navigation(const QString &name); // webhooks, deliveries, community, sender
};

} // namespace hb::ui
