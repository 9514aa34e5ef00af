#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace hb::ui {

// What came back from one send: an HTTP answer (any status), or why there was none, in words.
struct SenderAnswer {
    QUrl url;
    QDateTime sentAt;
    int status = 0; // 0: no HTTP answer, see `error`
    QString reason; // the reason phrase, "Accepted"
    QByteArray body;
    qint64 elapsedMs = 0;
    QString error; // "nothing is listening on 127.0.0.1:8080: is the catcher running?"
    // When certificates are not verified: what verification would have refused, in Qt's words
    // ("The certificate is self-signed, and untrusted"); empty when nothing was overlooked.
    QStringList overlookedCertificateErrors;

    bool answered() const { return status != 0; }
    bool succeeded() const { return status >= 200 && status <= 299; }
};

// Posts one sample request at a time over real HTTP, asynchronously, with a transfer timeout,
// and tells the result in a tester's words. Redirects are not followed: a tester wants to see the
// answer of the URL they typed, not of another.
class SenderClient : public QObject {
    Q_OBJECT
public:
    explicit SenderClient(QObject *parent = nullptr);
    ~SenderClient() override;

    // False (and nothing sent) while a request is in flight.
    bool send(const QUrl &url, const QList<QPair<QByteArray, QByteArray>> &headers,
              const QByteArray &body);
    bool isSending() const { return !m_reply.isNull(); }
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    int timeout() const { return m_timeoutMs; }
    // On by default. Off lets a tester reach an https:// catcher with a self-signed test
    // certificate; the answer then lists what was overlooked.
    void setVerifyCertificates(bool verify) { m_verifyCertificates = verify; }
    bool verifiesCertificates() const { return m_verifyCertificates; }

    // The words for a request that got no HTTP answer.
    static QString describeFailure(const QUrl &url, int networkError, const QString &detail,
                                   int timeoutMs);

signals:
    void finished(const hb::ui::SenderAnswer &answer);

private:
    void replyFinished();

    QNetworkAccessManager *m_network;
    QPointer<QNetworkReply> m_reply;
    SenderAnswer m_pending;
    QElapsedTimer m_sinceSent; // monotonic: a clock change does not bend the elapsed ms
    int m_timeoutMs = 30000;
    bool m_verifyCertificates = true;
};

} // namespace hb::ui
