#pragma once

#include "sendanswer.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QString>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace hb::delivery {

// The HTTP client that sends a tester's sample request: the Sender page and `hookbench send` both
// send through it, so that they put the same request on the wire, give up after the same
// timeout and say the same words when there is no answer.
//
// One request at a time, posted over real HTTP with a transfer timeout. Redirects are not
// followed: a tester wants to see the answer of the URL they typed, not of another. Lives on the
// thread that created it; `finished` is emitted there.
class HttpSender : public QObject {
    Q_OBJECT
public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;
    static constexpr int defaultTimeoutMs = 30000;

    explicit HttpSender(QObject *parent = nullptr);
    ~HttpSender() override;

    // Asynchronous: the answer comes with `finished`. False (and nothing sent) while a request is
    // in flight.
    bool send(const QUrl &url, const Headers &headers, const QByteArray &body);
    // Synchronous, for the command line: sends and runs a local event loop until the answer (or
    // the timeout). Not for a window: the nested loop would run its other events re-entrantly.
    SendAnswer sendAndWait(const QUrl &url, const Headers &headers, const QByteArray &body);

    bool isSending() const { return !m_reply.isNull(); }
    // Gives up the request in flight: `finished` comes at once with an error saying it was
    // cancelled (the catcher may still have received it). Nothing in flight: nothing happens.
    void cancel();
    // How long the transfer may stall (no byte either way) before it is given up.
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    int timeout() const { return m_timeoutMs; }
    // On by default. Off lets a tester reach an https:// catcher with a self-signed test
    // certificate; the answer then lists what was overlooked.
    void setVerifyCertificates(bool verify) { m_verifyCertificates = verify; }
    bool verifiesCertificates() const { return m_verifyCertificates; }
    // How this front end turns verification off, in its own words (the Sender page: untick
    // "Verify certificate"), offered after a failed TLS handshake. Empty: the front end has no
    // such switch, and the words do not promise one.
    void setVerificationSwitch(const QString &words) { m_verificationSwitch = words; }
    // The method of the next requests; POST unless set (`delivery replay` sends a stored request
    // with the method it came with).
    void setMethod(const QByteArray &method) { m_method = method; }

    // The words for a request that got no HTTP answer.
    static QString describeFailure(const QUrl &url, int networkError, const QString &detail,
                                   int timeoutMs, const QString &verificationSwitch = {});

signals:
    void finished(const hb::delivery::SendAnswer &answer);

private:
    void replyFinished();

    QNetworkAccessManager *m_network;
    QPointer<QNetworkReply> m_reply;
    SendAnswer m_pending;
    QElapsedTimer m_sinceSent; // monotonic: a clock change does not bend the elapsed ms
    int m_timeoutMs = defaultTimeoutMs;
    bool m_verifyCertificates = true;
    QString m_verificationSwitch;
    QByteArray m_method = QByteArrayLiteral("POST");
    bool m_cancelled = false;
};

} // namespace hb::delivery
