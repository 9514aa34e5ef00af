#include "sendercomposition.h"

#include <QJsonArray>

namespace hb::ui {

QJsonObject SenderComposition::toJson() const
{
    QJsonArray headerArray;
    for (const delivery::HeaderEdit &edit : headers)
        headerArray.append(QJsonObject{{QStringLiteral("name"), QString::fromUtf8(edit.name)},
                                       {QStringLiteral("value"), QString::fromUtf8(edit.value)},
                                       {QStringLiteral("remove"), edit.remove}});
    QJsonArray formArray;
    for (const auto &[key, value] : form)
        formArray.append(QJsonArray{key, value});
    return {{QStringLiteral("method"), QString::fromLatin1(method)},
            {QStringLiteral("url"), url},
            {QStringLiteral("content_type"), contentType},
            {QStringLiteral("body"), body},
            {QStringLiteral("form"), formArray},
            {QStringLiteral("headers"), headerArray},
            {QStringLiteral("api_key"), apiKey},
            {QStringLiteral("encryption"), encryption},
            {QStringLiteral("signature"), signature}};
}

SenderComposition SenderComposition::fromJson(const QJsonObject &json)
{
    SenderComposition composition;
    const QString method = json.value(QLatin1String("method")).toString();
    if (!method.isEmpty())
        composition.method = method.toLatin1();
    composition.url = json.value(QLatin1String("url")).toString();
    const QString type = json.value(QLatin1String("content_type")).toString();
    if (!type.isEmpty())
        composition.contentType = type;
    composition.body = json.value(QLatin1String("body")).toString();
    for (const QJsonValue &pair : json.value(QLatin1String("form")).toArray())
        composition.form.append({pair[0].toString(), pair[1].toString()});
    for (const QJsonValue &header : json.value(QLatin1String("headers")).toArray())
        composition.headers.append({header[QLatin1String("name")].toString().toUtf8(),
                                    header[QLatin1String("value")].toString().toUtf8(),
                                    header[QLatin1String("remove")].toBool()});
    composition.apiKey = json.value(QLatin1String("api_key")).toBool(true);
    composition.encryption = json.value(QLatin1String("encryption")).toBool(true);
    composition.signature = json.value(QLatin1String("signature")).toBool(true);
    return composition;
}

} // namespace hb::ui
