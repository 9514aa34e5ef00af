#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace hb::ui {

// Whether a payload can go out as the chosen Content-Type, in a tester's words. Only JSON is
// checked: any other type is sent byte for byte as typed.
class SenderPayloadCheck {
    Q_DECLARE_TR_FUNCTIONS(hb::ui::SenderPayloadCheck)
public:
    enum class Verdict {
        Valid,     // JSON that parses
        Invalid,   // JSON that does not: not sent
        Unchecked, // not a JSON type
    };

    SenderPayloadCheck(const QByteArray &payload, const QString &contentType);

    Verdict verdict() const { return m_verdict; }
    bool canSend() const { return m_verdict != Verdict::Invalid; }
    // "Not valid JSON at line 3, column 1: ...", "Valid JSON · 43 byte(s)", ...
    QString text() const { return m_text; }

    // application/json or any +json type, parameters ignored.
    static bool isJsonContentType(const QString &contentType);

private:
    Verdict m_verdict = Verdict::Unchecked;
    QString m_text;
};

} // namespace hb::ui
