#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>

namespace hb::store {

// A stored request as SPEC §7 shows it (`delivery show --json`'s "request"): method, target,
// headers as an object (a repeated header's values joined with ", "), and the body as text when
// it is UTF-8, else base64 with "body_encoding": "base64".
QJsonObject requestToJson(const QByteArray &method, const QByteArray &target,
                          const QList<QPair<QByteArray, QByteArray>> &headers,
                          const QByteArray &body);

} // namespace hb::store
