#pragma once

#include <QObject>

class QSocketNotifier;

namespace hb::cli {

// Turns SIGINT and SIGTERM into a Qt signal. The handler only writes one byte to a socket pair
// (async-signal-safe); the event loop reads it and emits `stopRequested`, where the real work of
// stopping can happen.
class ServeSignals : public QObject {
    Q_OBJECT
public:
    explicit ServeSignals(QObject *parent = nullptr);
    ~ServeSignals() override;
    bool isValid() const { return m_notifier != nullptr; }

signals:
    void stopRequested(int signalNumber);

private:
    void onReadable();

    QSocketNotifier *m_notifier = nullptr;
};

} // namespace hb::cli
