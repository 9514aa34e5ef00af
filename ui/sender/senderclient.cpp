#include "senderclient.h"

#include <QDateTime>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslError>

namespace hb::ui {
namespace {

QString hostAndPort(const QUrl &url)
{
    const int port = url.port(url.scheme() == QLatin1String("https") ? 443 : 80);
    return QStringLiteral("%1:%2").arg(url.host()).arg(port);
}

} // namespace

SenderClient::SenderClient(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
    // replyFinished() deletes each reply once it has read it.
    m_network->setAutoDeleteReplies(false);
}

SenderClient::~SenderClient()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        delete m_reply;
    }
}

bool SenderClient::send(const QUrl &url, const QList<QPair<QByteArray, QByteArray>> &headers,
                        const QByteArray &body)
{
    if (isSending())
        return false;
    QNetworkRequest request(url);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(m_timeoutMs);
    m_pending = SenderAnswer{};
    m_pending.url = url;
    m_pending.sentAt = QDateTime::currentDateTime();
    m_sinceSent.start();
    m_reply = m_network->post(request, body);
    connect(m_reply, &QNetworkReply::finished, this, &SenderClient::replyFinished);
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

void SenderClient::replyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    m_reply.clear();
    reply->deleteLater();
    SenderAnswer answer = m_pending;
    answer.elapsedMs = m_sinceSent.elapsed();
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (status.isValid()) {
        answer.status = status.toInt();
        answer.reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
        answer.body = reply->readAll();
    } else {
        answer.error =
            describeFailure(answer.url, reply->error(), reply->errorString(), m_timeoutMs);
    }
    emit finished(answer);
}

QString SenderClient::describeFailure(const QUrl &url, int networkError, const QString &detail,
                                      int timeoutMs)
{
    switch (QNetworkReply::NetworkError(networkError)) {
    case QNetworkReply::ConnectionRefusedError:
        return tr("nothing is listening on %1: is the catcher running?").arg(hostAndPort(url));
    case QNetworkReply::HostNotFoundError:
        return tr("the host %1 cannot be found: check the URL").arg(url.host());
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError: // what a transfer timeout reports
        return tr("no answer from %1 within %2 s: is the catcher stuck or behind a firewall?")
            .arg(hostAndPort(url))
            .arg(timeoutMs / 1000);
    case QNetworkReply::RemoteHostClosedError:
        return tr("%1 closed the connection without answering: is it an HTTP catcher?")
            .arg(hostAndPort(url));
    case QNetworkReply::SslHandshakeFailedError:
        return tr("the TLS handshake with %1 failed (%2): check the certificate, untick "
                  "\"Verify certificate\" for a self-signed test one, or use http://")
            .arg(hostAndPort(url), detail);
    case QNetworkReply::ProtocolUnknownError:
        return tr("%1 is not an http:// or https:// URL").arg(url.toDisplayString());
    default:
        return tr("cannot reach %1: %2").arg(hostAndPort(url), detail);
    }
}

} // namespace hb::ui
