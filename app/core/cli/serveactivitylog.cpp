#include "serveactivitylog.h"

#include "services/records.h"
#include "services/secretmask.h"

#include <QDateTime>

namespace hb::cli {
namespace {

// Text from the network, one line of it: control characters (a forged line break, a terminal
// escape) become '?', and a long target is cut.
QString printable(QString text, qsizetype maxLength = 200)
{
    if (text.size() > maxLength)
        text = text.left(maxLength) + QStringLiteral("…");
    for (QChar &c : text) {
        if (c.category() == QChar::Other_Control)
            c = QLatin1Char('?');
    }
    return text;
}

// UTC to the second, like the store's times without the milliseconds.
QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

} // namespace

ServeActivityLog::ServeActivityLog(QTextStream &out, int windowMs, QObject *parent)
    : QObject(parent)
    , m_out(out)
{
    m_window.setSingleShot(true);
    m_window.setInterval(windowMs);
    connect(&m_window, &QTimer::timeout, this, &ServeActivityLog::endWindow);
}

bool ServeActivityLog::admit(Kind &kind)
{
    if (!m_window.isActive())
        m_window.start();
    if (kind.shown < linesPerWindow) {
        ++kind.shown;
        return true;
    }
    ++kind.held;
    return false;
}

void ServeActivityLog::refused(const services::RejectedRequest &request)
{
    if (!admit(m_refused))
        return;
    const QString webhook =
        request.webhookName.isEmpty()
            ? QString()
            : QStringLiteral(" (webhook \"%1\")").arg(printable(request.webhookName));
    const QString from = request.remoteAddress.isEmpty()
                             ? QString()
                             : QStringLiteral(" from ") + request.remoteAddress;
    m_out << now() << " refused: " << request.status << ' '
          << printable(QString::fromLatin1(request.method) + QLatin1Char(' ')
                       + services::SecretMask::target(services::headerText(request.target)))
          << from << webhook << ": " << printable(request.reason) << Qt::endl;
}

void ServeActivityLog::failed(const QList<delivery::FailedDelivery> &deliveries)
{
    for (const delivery::FailedDelivery &delivery : deliveries) {
        if (!admit(m_failed))
            continue;
        m_out << now() << " failed: delivery " << delivery.id << " (webhook \""
              << printable(delivery.webhookName) << "\"): " << printable(delivery.reason)
              << Qt::endl;
    }
}

void ServeActivityLog::processingStalled(const QString &error)
{
    if (error == m_lastStall) { // said in this window (which the first saying started)
        ++m_stalled.held;
        return;
    }
    if (!admit(m_stalled))
        return;
    m_lastStall = error;
    m_out << now() << " processing stopped: " << printable(error)
          << " (the deliveries stay Pending; tried again shortly)" << Qt::endl;
}

void ServeActivityLog::flush()
{
    m_window.stop();
    endWindow();
}

void ServeActivityLog::endWindow()
{
    const QString window = QStringLiteral("in the last %1 s").arg(m_window.interval() / 1000.0);
    if (m_refused.held > 0)
        m_out << now() << " refused: " << m_refused.held << " more requests " << window
              << " (the newest: hookbench refused)" << Qt::endl;
    if (m_failed.held > 0)
        m_out << now() << " failed: " << m_failed.held << " more deliveries " << window
              << " (hookbench delivery list --status failed)" << Qt::endl;
    if (m_stalled.held > 0)
        m_out << now() << " processing stopped " << m_stalled.held << " more times " << window
              << Qt::endl;
    m_refused = {};
    m_failed = {};
    m_stalled = {};
    m_lastStall.clear();
}

} // namespace hb::cli
