#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace hb::store {

// Header bytes as text: UTF-8 when they are UTF-8 (the common case, readable in the store),
// else Latin-1, which keeps every byte.
QString headerText(const QByteArray &bytes);
// The same as UTF-8 bytes; ASCII (nearly every header) comes back as it is, without a copy.
QByteArray headerTextUtf8(const QByteArray &bytes);

// The stored headers, a JSON array of [name, value] pairs in order, written directly as UTF-8:
// this runs for every received request on the writer's thread, where building a QJsonDocument
// tree costs more than the insert. Reads go through QJsonDocument (headersFromJson); tests check
// that both agree.
QByteArray headersJsonBytes(const QList<QPair<QByteArray, QByteArray>> &headers);

} // namespace hb::store
