#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace hb::delivery {

// What came back from one send of the HttpSender: an HTTP answer (any status), or why there was
// none, in words. A plain value, so that the Sender page can keep it in its history and
// `hookbench send` can print it.
struct SendAnswer {
    QByteArray method = QByteArrayLiteral("POST");
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

} // namespace hb::delivery

Q_DECLARE_METATYPE(hb::delivery::SendAnswer)
