#pragma once

#include <QIcon>
#include <QString>

namespace hb::ui {

// The project's status icons (green tick, red cross, grey circle), drawn as SVG in resources/.
// Wherever one is shown, its words go with it as tooltip and accessible text.
class StatusIcons {
public:
    static QIcon success();
    static QIcon failed();
    static QIcon pending();
    // Something to fix before it can work (an invalid webhook): an amber triangle, distinct from
    // the delivery statuses.
    static QIcon warning();
    // By delivery status word: "success", "failed", anything else is pending.
    static QIcon forStatus(const QString &status);
    static QString describe(const QString &status);
    static QIcon app();
    static QIcon navigation(const QString &name); // webhooks, deliveries, community, sender
};

} // namespace hb::ui
