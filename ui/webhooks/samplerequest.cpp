#include "samplerequest.h"
#include "services/records.h"

#include "common/localtime.h"
#include "crypto/aescipher.h"
#include "payload/payloaddecoder.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace hb::ui {
namespace {

QByteArray headerValue(const services::DeliveryRecord &record, const QByteArray &name)
{
    for (const auto &[key, value] : record.headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

} // namespace

QJsonObject SampleRequest::fromDelivery(const services::DeliveryRecord &record,
                                        const mapping::Webhook &webhook)
{
    QJsonObject sample;
    sample.insert(QStringLiteral("delivery_id"), record.id);
    sample.insert(QStringLiteral("received_at"), record.receivedAt);
    sample.insert(QStringLiteral("method"), QString::fromLatin1(record.method));
    sample.insert(QStringLiteral("target"), QString::fromUtf8(record.target));
    sample.insert(QStringLiteral("headers"),
                  QJsonDocument::fromJson(services::headersJsonBytes(record.headers)).array());
    sample.insert(QStringLiteral("body"), QString::fromUtf8(record.body));

    QByteArray body = record.body;
    if (webhook.encryption) {
        if (headerValue(record, "x-encrypted").trimmed().toLower() != "true") {
            sample.insert(QStringLiteral("error"),
                          tr("This webhook expects encrypted bodies, but the request has no "
                             "\"x-encrypted: true\" header."));
            return sample;
        }
        const Result<QByteArray> plain = crypto::AesCipher::decryptBody(
            body, webhook.encryption->mode, webhook.encryption->key.toUtf8());
        if (!plain) {
            sample.insert(QStringLiteral("error"), plain.error());
            return sample;
        }
        body = *plain;
        sample.insert(QStringLiteral("decrypted_body"), QString::fromUtf8(body));
    }
    const int query = record.target.indexOf('?');
    const Result<QJsonValue> decoded =
        payload::PayloadDecoder::decode(body, headerValue(record, "content-type"),
                                        query < 0 ? QByteArray() : record.target.mid(query + 1));
    if (decoded)
        sample.insert(QStringLiteral("payload"), *decoded);
    else
        sample.insert(QStringLiteral("error"), decoded.error());
    return sample;
}

QString SampleRequest::headersText(const QJsonObject &sample)
{
    QStringList lines;
    lines << sample.value(QLatin1String("method")).toString() + QLatin1Char(' ')
                 + sample.value(QLatin1String("target")).toString();
    for (const QJsonValue &pair : sample.value(QLatin1String("headers")).toArray()) {
        const QJsonArray header = pair.toArray();
        lines << header.at(0).toString() + QStringLiteral(": ") + header.at(1).toString();
    }
    return lines.join(QLatin1Char('\n'));
}

QString SampleRequest::bodyText(const QJsonObject &sample)
{
    QString text = sample.value(QLatin1String("body")).toString();
    if (sample.contains(QLatin1String("decrypted_body")))
        text +=
            tr("\n\n— decrypted —\n") + sample.value(QLatin1String("decrypted_body")).toString();
    return text;
}

QString SampleRequest::summary(const QJsonObject &sample)
{
    if (sample.isEmpty())
        return {};
    return tr("%1 · delivery %2 · received %3")
        .arg(sample.value(QLatin1String("method")).toString())
        .arg(sample.value(QLatin1String("delivery_id")).toInteger())
        .arg(LocalTime::text(sample.value(QLatin1String("received_at")).toString()));
}

} // namespace hb::ui
