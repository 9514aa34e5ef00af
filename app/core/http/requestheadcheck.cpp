#include "requestheadcheck.h"

#include <QByteArray>
#include <QList>

namespace hb::http {
namespace {

bool isWhitespace(char c)
{
    return c == ' ' || c == '\t';
}

// RFC 9110 §5.6.2 tchar: what a method and a header name are made of.
bool isTokenChar(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    return QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
}

// NUL, the other C0 controls and DEL; a horizontal tab is allowed inside a value.
bool isControl(char c)
{
    const auto byte = static_cast<unsigned char>(c);
    return (byte < 0x20 && c != '\t') || byte == 0x7f;
}

// A name or line as quoted in a message: Latin-1, cut short.
QString quoted(QByteArrayView bytes)
{
    constexpr qsizetype shown = 64;
    QString text = QString::fromLatin1(bytes.first(qMin(bytes.size(), shown)));
    for (QChar &c : text) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            c = QChar(0xfffd);
    }
    return QLatin1Char('"') + text
           + (bytes.size() > shown ? QStringLiteral("…\"") : QStringLiteral("\""));
}

// scheme "://" at the start: the absolute-form of RFC 9112 §3.2.2.
bool isAbsoluteForm(QByteArrayView target)
{
    const qsizetype separator = target.indexOf(QByteArrayView("://"));
    if (separator <= 0)
        return false;
    const char first = target.at(0);
    if (!((first >= 'a' && first <= 'z') || (first >= 'A' && first <= 'Z')))
        return false;
    for (char c : target.first(separator)) {
        const bool allowed = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
                             || (c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.';
        if (!allowed)
            return false;
    }
    return true;
}

} // namespace

RequestHeadCheck::Verdict RequestHeadCheck::refuse(const QString &rule, int status)
{
    m_status = status;
    m_rule = rule;
    return Verdict::Refused;
}

RequestHeadCheck::Verdict RequestHeadCheck::scan(QByteArrayView head)
{
    if (m_status != 0)
        return Verdict::Refused;
    if (m_headSize != 0)
        return Verdict::Complete;
    const qsizetype size = head.size();
    while (true) {
        // Every line ends with CRLF; a CR or LF alone is where two readers part ways.
        qsizetype end = -1;
        for (qsizetype i = m_lineStart; i < size; ++i) {
            const char c = head.at(i);
            if (c == '\n')
                return refuse(QStringLiteral("a line ends with a bare LF (lines must end with "
                                             "CRLF)"));
            if (c == '\r') {
                if (i + 1 == size)
                    return Verdict::NeedMore;
                if (head.at(i + 1) != '\n')
                    return refuse(QStringLiteral("a bare CR inside the request head (lines "
                                                 "must end with CRLF)"));
                end = i;
                break;
            }
        }
        if (end < 0)
            return Verdict::NeedMore;
        const QByteArrayView line = head.sliced(m_lineStart, end - m_lineStart);
        m_lineStart = end + 2;
        if (!m_requestLineSeen) {
            if (line.isEmpty())
                continue; // an empty line before the request line is ignored (RFC 9112 §2.2)
            if (checkRequestLine(line) == Verdict::Refused)
                return Verdict::Refused;
            m_requestLineSeen = true;
            continue;
        }
        if (line.isEmpty()) {
            m_headSize = m_lineStart;
            return checkFraming();
        }
        if (checkHeaderLine(line) == Verdict::Refused)
            return Verdict::Refused;
    }
}

RequestHeadCheck::Verdict RequestHeadCheck::checkRequestLine(QByteArrayView line)
{
    if (isWhitespace(line.at(0)))
        return refuse(QStringLiteral("the request line starts with whitespace"));
    for (char c : line) {
        if (isControl(c) || c == '\t')
            return refuse(QStringLiteral("a control character in the request line"));
    }
    const qsizetype first = line.indexOf(' ');
    const qsizetype second = first < 0 ? -1 : line.indexOf(' ', first + 1);
    if (first <= 0 || second <= first + 1 || line.indexOf(' ', second + 1) >= 0
        || second + 1 == line.size())
        return refuse(QStringLiteral("the request line must be METHOD SP target SP version, with "
                                     "single spaces"));
    for (char c : line.first(first)) {
        if (!isTokenChar(c))
            return refuse(
                QStringLiteral("the method %1 is not a token").arg(quoted(line.first(first))));
    }
    const QByteArrayView target = line.sliced(first + 1, second - first - 1);
    if (target.at(0) != '/' && !isAbsoluteForm(target))
        return refuse(QStringLiteral("the request target %1 is neither origin-form (/hooks/...) "
                                     "nor absolute-form (http://host/...)")
                          .arg(quoted(target)));
    const QByteArrayView version = line.sliced(second + 1);
    if (version != QByteArrayView("HTTP/1.1") && version != QByteArrayView("HTTP/1.0"))
        return refuse(
            QStringLiteral("the HTTP version %1 is not HTTP/1.1 or HTTP/1.0").arg(quoted(version)));
    m_http10 = version == QByteArrayView("HTTP/1.0");
    return Verdict::NeedMore;
}

RequestHeadCheck::Verdict RequestHeadCheck::checkHeaderLine(QByteArrayView line)
{
    if (isWhitespace(line.at(0)))
        return refuse(QStringLiteral("a header line starts with whitespace (obs-fold line folding "
                                     "is not accepted)"));
    const qsizetype colon = line.indexOf(':');
    if (colon < 0)
        return refuse(QStringLiteral("the header line %1 has no colon").arg(quoted(line)));
    if (colon == 0)
        return refuse(QStringLiteral("a header line has an empty name"));
    const QByteArrayView name = line.first(colon);
    for (char c : name) {
        if (isWhitespace(c))
            return refuse(QStringLiteral("whitespace inside the header name %1 or before its colon")
                              .arg(quoted(name)));
        if (!isTokenChar(c))
            return refuse(QStringLiteral("the header name %1 has a character a name cannot have")
                              .arg(quoted(name)));
    }
    const QByteArrayView value = line.sliced(colon + 1);
    for (char c : value) {
        if (isControl(c))
            return refuse(QStringLiteral("a control character inside the value of header %1")
                              .arg(quoted(name)));
    }
    if (name.compare(QByteArrayView("host"), Qt::CaseInsensitive) == 0) {
        ++m_hostLines;
    } else if (name.compare(QByteArrayView("content-length"), Qt::CaseInsensitive) == 0) {
        ++m_contentLengthLines;
    } else if (name.compare(QByteArrayView("transfer-encoding"), Qt::CaseInsensitive) == 0) {
        if (m_transferEncodingLines++ > 0)
            m_transferEncoding += ',';
        m_transferEncoding += value.toByteArray();
    }
    return Verdict::NeedMore;
}

RequestHeadCheck::Verdict RequestHeadCheck::checkFraming()
{
    if (!m_http10 && m_hostLines != 1)
        return refuse(QStringLiteral("an HTTP/1.1 request must have exactly one Host header (it "
                                     "has %1)")
                          .arg(m_hostLines));
    if (m_contentLengthLines > 1)
        return refuse(QStringLiteral("more than one Content-Length header (even equal ones)"));
    if (m_transferEncodingLines == 0)
        return Verdict::Complete;
    if (m_http10)
        return refuse(QStringLiteral("Transfer-Encoding in an HTTP/1.0 request"));
    if (m_contentLengthLines > 0)
        return refuse(QStringLiteral("Content-Length together with Transfer-Encoding"));
    static const QList<QByteArray> knownCodings{"chunked", "gzip",     "x-gzip",
                                                "deflate", "compress", "x-compress"};
    const QList<QByteArray> codings = m_transferEncoding.split(',');
    for (const QByteArray &coding : codings) {
        const QByteArray word = coding.trimmed().toLower();
        if (!word.isEmpty() && !knownCodings.contains(word))
            return refuse(QStringLiteral("unknown transfer coding %1").arg(quoted(word)), 501);
    }
    if (codings.size() != 1 || codings.first().trimmed().toLower() != "chunked")
        return refuse(QStringLiteral("Transfer-Encoding must be chunked alone (it is %1)")
                          .arg(quoted(m_transferEncoding.trimmed())));
    return Verdict::Complete;
}

} // namespace hb::http
