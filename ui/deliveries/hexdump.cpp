#include "hexdump.h"

#include <algorithm>

namespace hb::ui {

// "00000000  89 50 4e 47 ff                                      |.PNG.|"
QString HexDump::preview(const QByteArray &bytes, qsizetype maxBytes)
{
    QString text;
    const qsizetype shown = qMin(bytes.size(), maxBytes);
    for (qsizetype line = 0; line < shown; line += 16) {
        QString hex, plain;
        for (qsizetype i = line; i < line + 16; ++i) {
            if (i < shown) {
                const auto byte = static_cast<unsigned char>(bytes.at(i));
                hex += QStringLiteral("%1 ").arg(byte, 2, 16, QLatin1Char('0'));
                plain += byte >= 0x20 && byte < 0x7f ? QLatin1Char(char(byte)) : QLatin1Char('.');
            } else {
                hex += QStringLiteral("   ");
            }
        }
        text += QStringLiteral("%1  %2 |%3|\n").arg(line, 8, 16, QLatin1Char('0')).arg(hex, plain);
    }
    if (shown < bytes.size())
        text += QStringLiteral("…\n");
    return text;
}

bool HexDump::hasControlBytes(const QByteArray &bytes)
{
    return std::any_of(bytes.begin(), bytes.end(), [](char c) {
        const auto byte = static_cast<unsigned char>(c);
        return byte < 0x20 && c != '\n' && c != '\r' && c != '\t';
    });
}

} // namespace hb::ui
