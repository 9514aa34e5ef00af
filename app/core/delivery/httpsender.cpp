#include "httpsender.h"

#include <QDateTime>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslError>

namespace hb::delivery {
namespace {

QString hostAndPort(const QUrl &url)
{
    const int port = url.port(url.scheme() == QLatin1String("https") ? 443 : 80);
    return QStringLiteral("%1:%2").arg(url.host()).arg(port);
}

} // namespace

HttpSender::HttpSender(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
    // replyFinished() deletes each reply once it has read it.
    m_network->setAutoDeleteReplies(false);
}

HttpSender::~HttpSender()
{
    // Gone before its answer: nobody is left to tell, so no `finished`.
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        delete m_reply;
    }
}

bool HttpSender::send(const QUrl &url, const Headers &headers, const QByteArray &body)
{
    if (isSending())
        return false;
    QNetworkRequest request(url);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(m_timeoutMs);
    m_pending = SendAnswer{};
    m_cancelled = false;
    m_pending.url = url;
    m_pending.method = m_method;
    m_pending.sentAt = QDateTime::currentDateTime();
    m_sinceSent.start();
    m_reply = m_method == "POST" ? m_network->post(request, body)
                                 : m_network->sendCustomRequest(request, m_method, body);
    connect(m_reply, &QNetworkReply::finished, this, &HttpSender::replyFinished);
    if (!m_verifyCertificates) {
        connect(m_reply, &QNetworkReply::sslErrors, this,
                [this, reply = m_reply.data()](const QList<QSslError> &errors) {
                    for (const QSslError &error : errors)
                        m_pending.overlookedCertificateErrors << error.errorString();
                    reply->ignoreSslErrors(errors);
                });
    }
    return true;
}

SendAnswer HttpSender::sendAndWait(const QUrl &url, const Headers &headers, const QByteArray &body)
{
    SendAnswer answer;
    if (isSending()) {
        answer.url = url;
        answer.error =
            tr("a request to %1 is still in flight").arg(m_pending.url.toDisplayString());
        return answer;
    }
    QEventLoop loop;
    bool done = false;
    // Connected before sending, and the loop entered only if still waiting, so that an answer
    // given at once is not missed.
    const QMetaObject::Connection connection =
        connect(this, &HttpSender::finished, &loop, [&](const SendAnswer &finishedAnswer) {
            answer = finishedAnswer;
            done = true;
            loop.quit();
        });
    send(url, headers, body);
    if (!done)
        loop.exec();
    disconnect(connection);
    return answer;
}

void HttpSender::cancel()
{
    if (!m_reply)
        return;
    m_cancelled = true;
    m_reply->abort(); // emits finished, which replyFinished() reads
}

void HttpSender::replyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    m_reply.clear();
    reply->deleteLater();
    SendAnswer answer = m_pending;
    answer.elapsedMs = m_sinceSent.elapsed();
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (status.isValid()) {
        answer.status = status.toInt();
        answer.reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
        answer.body = reply->readAll();
    } else if (m_cancelled) {
        answer.error = tr("cancelled before %1 answered (it may still have received the request)")
                           .arg(hostAndPort(answer.url));
    } else {
        answer.error = describeFailure(answer.url, reply->error(), reply->errorString(),
                                       m_timeoutMs, m_verificationSwitch);
    }
    emit finished(answer);
}

QString HttpSender::describeFailure(const QUrl &url, int networkError, const QString &detail,
                                    int timeoutMs, const QString &verificationSwitch)
{
    switch (QNetworkReply::NetworkError(networkError)) {
    case QNetworkReply::ConnectionRefusedError:
        return tr("nothing is listening on %1: is the catcher running?").arg(hostAndPort(url));
    case QNetworkReply::HostNotFoundError:
        return tr("the host %1 cannot be found: check the URL").arg(url.host());
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError: // what a transfer timeout reports
        // In seconds, with a fraction only when there is one ("30 s", "0.5 s").
        return tr("no answer from %1 within %2 s: is the catcher stuck or behind a firewall?")
            .arg(hostAndPort(url), QString::number(timeoutMs / 1000.0));
    case QNetworkReply::RemoteHostClosedError:
        return tr("%1 closed the connection without answering: is it an HTTP catcher?")
            .arg(hostAndPort(url));
    case QNetworkReply::SslHandshakeFailedError:
        if (verificationSwitch.isEmpty())
            return tr("the TLS handshake with %1 failed (%2): check the certificate, or use "
                      "http://")
                .arg(hostAndPort(url), detail);
        return tr("the TLS handshake with %1 failed (%2): check the certificate, %3 for a "
                  "self-signed test one, or use http://")
            .arg(hostAndPort(url), detail, verificationSwitch);
    case QNetworkReply::ProtocolUnknownError:
        return tr("%1 is not an http:// or https:// URL").arg(url.toDisplayString());
    default:
        return tr("cannot reach %1: %2").arg(hostAndPort(url), detail);
    }
}

} // namespace hb::delivery
