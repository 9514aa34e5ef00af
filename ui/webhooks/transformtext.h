#pragma once

#include "mapping/webhook.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>

namespace hb::ui {

// Transform steps in words, for a mapping row's summary ("× 0.01 → round 2") and the chain
// editor's list.
class TransformText {
    Q_DECLARE_TR_FUNCTIONS(hb::ui::TransformText)

public:
    static QString step(const mapping::TransformStep &step);
    // The whole chain, and the default when there is one; empty when there is neither.
    static QString chain(const QList<mapping::TransformStep> &steps,
                         const std::optional<QJsonValue> &defaultValue = std::nullopt);
    // A map table as the editor shows it: "g=gold, s=silver".
    static QString table(const QJsonObject &table);
    static QJsonObject tableFromText(const QString &text);
};

} // namespace hb::ui
