#pragma once

#include <QByteArrayView>
#include <QString>

namespace hb::http {

// The rules of SPEC §3 "Strict HTTP/1.1" (RFC 9112) that libhttp-parser, as Debian builds it
// (lenient), lets through: it reads `Content-Length : 5`, a bare LF or CR as a line end, an
// obs-fold line and a request without Host, where a proxy in front of the catcher may read the
// same bytes differently. This check looks at a request's head (request line and header
// section) before the parser is given it, and names the first rule broken. It only judges
// lines; the parser still reads the request.
class RequestHeadCheck {
public:
    enum class Verdict {
        NeedMore, // the head is not complete yet, and nothing is wrong so far
        Complete, // the whole head is here and keeps every rule: headSize() bytes
        Refused,  // a rule is broken: status() and rule()
    };

    // `head` starts at the request's first byte and only grows between calls (more of the same
    // bytes); a call goes on from where the previous one stopped. Empty lines before the request
    // line are allowed (RFC 9112 §2.2) and are part of the head.
    Verdict scan(QByteArrayView head);
    // Bytes of the head, up to and including its empty line; once Complete.
    qsizetype headSize() const { return m_headSize; }
    // Whether the request line is complete (the target is known).
    bool requestLineSeen() const { return m_requestLineSeen; }
    // 400, or 501 for a transfer coding the catcher does not know.
    int status() const { return m_status; }
    // What was wrong, for the error body: "whitespace before the colon of header ...".
    const QString &rule() const { return m_rule; }
    // Ready for the next request on the connection.
    void reset() { *this = RequestHeadCheck(); }

private:
    Verdict refuse(const QString &rule, int status = 400);
    Verdict checkRequestLine(QByteArrayView line);
    Verdict checkHeaderLine(QByteArrayView line);
    Verdict checkFraming();

    qsizetype m_lineStart = 0; // where the line being read starts
    qsizetype m_headSize = 0;
    bool m_requestLineSeen = false;
    bool m_http10 = false;
    int m_hostLines = 0;
    int m_contentLengthLines = 0;
    int m_transferEncodingLines = 0;
    QByteArray m_transferEncoding; // every Transfer-Encoding line's value, joined with ","
    int m_status = 0;
    QString m_rule;
};

} // namespace hb::http
