#include "headersjson.h"

#include <QStringDecoder>

namespace hb::store {
namespace {

void appendJsonString(QByteArray &out, const QByteArray &bytes)
{
    const QByteArray utf8 = headerTextUtf8(bytes);
    out += '"';
    for (const char c : utf8) {
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (uchar(c) < 0x20) {
            static const char hex[] = "0123456789abcdef";
            out += "\\u00";
            out += hex[uchar(c) >> 4];
            out += hex[uchar(c) & 0xf];
        } else {
            out += c;
        }
    }
    out += '"';
}

} // namespace

QString headerText(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return QString::fromLatin1(bytes);
    return text;
}

QByteArray headerTextUtf8(const QByteArray &bytes)
{
    for (const char c : bytes) {
        if (uchar(c) >= 0x80)
            return headerText(bytes).toUtf8();
    }
    return bytes;
}

QByteArray headersJsonBytes(const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QByteArray out;
    out.reserve(16 + headers.size() * 48);
    out += '[';
    for (qsizetype i = 0; i < headers.size(); ++i) {
        if (i > 0)
            out += ',';
        out += '[';
        appendJsonString(out, headers.at(i).first);
        out += ',';
        appendJsonString(out, headers.at(i).second);
        out += ']';
    }
    out += ']';
    return out;
}

} // namespace hb::store
