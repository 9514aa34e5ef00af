#pragma once

#include "delivery/faileddelivery.h"
#include "services/records.h"

#include <QList>
#include <QObject>
#include <QTextStream>
#include <QTimer>

namespace hb::cli {

// What `serve` says while it runs (on stderr, which a service manager keeps): each request it
// refused and each delivery that ended Failed, the things someone has to look into. A flood
// (a sender with a stale key, a mapping that no longer fits) must not drown the log or slow the
// catcher: each kind prints at most `linesPerWindow` lines per window, and the rest are counted
// in one line when the window ends, with the command that lists them all. A service manager's log
// is read by many and kept long, so it never holds a secret: no header is printed, and a key in
// the target's query is masked (services::SecretMask), with no way to reveal it here.
class ServeActivityLog : public QObject {
public:
    static constexpr int linesPerWindow = 10;

    explicit ServeActivityLog(QTextStream &out, int windowMs = 10'000, QObject *parent = nullptr);

    void refused(const services::RejectedRequest &request);
    void failed(const QList<delivery::FailedDelivery> &deliveries);
    // Processing could not run; it retries every few hundred ms, so the same error is said once
    // a window and counted after that.
    void processingStalled(const QString &error);
    // Prints the counts of what the current window held back (before serve's last line).
    void flush();

private:
    struct Kind {
        int shown = 0;   // lines printed in this window
        qint64 held = 0; // not printed, counted
    };
    bool admit(Kind &kind);
    void endWindow();

    QTextStream &m_out;
    QTimer m_window;
    Kind m_refused;
    Kind m_failed;
    Kind m_stalled;
    QString m_lastStall; // said in this window
};

} // namespace hb::cli
