#include "headersjson.h"

#include <QStringDecoder>

#include <cstring>

namespace hb::store {
namespace {

// Eight bytes at a time: every header of every request passes here on the writer thread.
bool isAscii(const QByteArray &bytes)
{
    const char *c = bytes.constData();
    const char *const end = c + bytes.size();
    for (; end - c >= 8; c += 8) {
        quint64 word;
        std::memcpy(&word, c, sizeof word);
        if (word & 0x8080808080808080ULL)
            return false;
    }
    for (; c != end; ++c) {
        if (uchar(*c) >= 0x80)
            return false;
    }
    return true;
}

bool needsEscape(char c)
{
    return c == '"' || c == '\\' || uchar(c) < 0x20;
}

void appendJsonString(QByteArray &out, const QByteArray &bytes)
{
    const QByteArray utf8 = headerTextUtf8(bytes);
    out += '"';
    // Runs of plain characters (nearly every header) are appended whole.
    const char *run = utf8.constData();
    const char *const end = run + utf8.size();
    for (const char *c = run; c != end; ++c) {
        if (!needsEscape(*c))
            continue;
        out.append(run, c - run);
        run = c + 1;
        if (*c == '"' || *c == '\\') {
            out += '\\';
            out += *c;
        } else {
            static const char hex[] = "0123456789abcdef";
            out += "\\u00";
            out += hex[uchar(*c) >> 4];
            out += hex[uchar(*c) & 0xf];
        }
    }
    out.append(run, end - run);
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
    return isAscii(bytes) ? bytes : headerText(bytes).toUtf8();
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
