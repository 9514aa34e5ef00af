#include "senderpayloadcheck.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace hb::ui {
namespace {

// "line 3, column 7" of a byte offset into `utf8`, counted in characters as the editor shows them.
QString position(const QByteArray &utf8, int offset)
{
    const QByteArray before = utf8.left(offset);
    const int line = int(before.count('\n')) + 1;
    const int column = int(QString::fromUtf8(before.mid(before.lastIndexOf('\n') + 1)).size()) + 1;
    return SenderPayloadCheck::tr("line %1, column %2").arg(line).arg(column);
}

} // namespace

SenderPayloadCheck::SenderPayloadCheck(const QByteArray &payload, const QString &contentType)
{
    const int size = int(payload.size());
    if (!isJsonContentType(contentType)) {
        m_text = tr("Sent as it is (%n byte(s)); only JSON is checked here.", nullptr, size);
        return;
    }
    QJsonParseError error;
    (void)QJsonDocument::fromJson(payload, &error);
    if (error.error != QJsonParseError::NoError) {
        m_verdict = Verdict::Invalid;
        m_text = tr("Not valid JSON at %1: %2. Fix it, or choose a non-JSON content type to send "
                    "it as it is.")
                     .arg(position(payload, error.offset), error.errorString());
        return;
    }
    m_verdict = Verdict::Valid;
    m_text = tr("Valid JSON · %n byte(s)", nullptr, size);
}

bool SenderPayloadCheck::isJsonContentType(const QString &contentType)
{
    const QString type = contentType.section(QLatin1Char(';'), 0, 0).trimmed().toLower();
    return type == QLatin1String("application/json") || type.endsWith(QLatin1String("+json"));
}

} // namespace hb::ui
