#pragma once

#include <QByteArray>
#include <QString>

namespace hb::ui {

// Binary bytes as support staff read them: offset, 16 bytes in hex, the printable ones as text.
// The delivery details and the refused requests show a binary body this way alike.
class HexDump {
public:
    // The first `maxBytes` of `bytes`, then "…" on a line of its own when there were more.
    static QString preview(const QByteArray &bytes, qsizetype maxBytes);
    // True when `bytes` hold a control byte that a text view would swallow or cut at (a NUL ends
    // many a line); tabs and line ends are text.
    static bool hasControlBytes(const QByteArray &bytes);
};

} // namespace hb::ui
