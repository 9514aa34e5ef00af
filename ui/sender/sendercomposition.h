#pragma once

#include "delivery/headeredits.h"
#include "senderformmodel.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace hb::ui {

// Everything the Compose tab holds for one request, as a saved request keeps it (JSON in the
// store): method, URL (empty: this window's catcher, whatever its port then), what is applied,
// the header edits and the body (text, or form fields).
struct SenderComposition {
    QByteArray method = QByteArrayLiteral("POST");
    QString url;
    QString contentType = QStringLiteral("application/json");
    QString body;
    SenderFormModel::Fields form;
    delivery::HeaderEdits headers;
    bool apiKey = true;
    bool encryption = true;
    bool signature = true;

    QJsonObject toJson() const;
    static SenderComposition fromJson(const QJsonObject &json);
};

} // namespace hb::ui
