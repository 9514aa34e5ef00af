#include "secretmask.h"

#include <QRegularExpression>
#include <QStringList>

namespace hb::services {
namespace {

bool isOneOf(QStringView name, std::initializer_list<QLatin1String> names)
{
    for (QLatin1String candidate : names) {
        if (name.compare(candidate, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

bool isSignatureHeader(QStringView name)
{
    return isOneOf(name, {QLatin1String("webhook-signature"), QLatin1String("x-hub-signature"),
                          QLatin1String("x-hub-signature-256"), QLatin1String("x-signature")});
}

// One signature of a space-separated list: its scheme ("v1," in Standard Webhooks, "sha256=" in
// GitHub's) says which check applies, so it stays readable.
QString maskSignature(const QString &signature)
{
    static const QRegularExpression scheme(QStringLiteral("^[A-Za-z0-9-]{1,16}[,=]"));
    const QRegularExpressionMatch match = scheme.match(signature);
    const qsizetype kept = match.hasMatch() ? match.capturedLength() : 0;
    return signature.left(kept) + SecretMask::token(signature.mid(kept));
}

// "Bearer abc…": the scheme says what kind of credentials were sent.
QString maskAuthorization(const QString &value)
{
    const qsizetype space = value.indexOf(QLatin1Char(' '));
    if (space <= 0)
        return SecretMask::token(value);
    return value.left(space + 1) + SecretMask::token(value.mid(space + 1).trimmed());
}

// "session=ab12…(32 chars); theme=…": which cookies came is often the question, not their values.
QString maskCookie(const QString &value)
{
    QStringList parts;
    for (const QString &pair : value.split(QLatin1Char(';'))) {
        const QString trimmed = pair.trimmed();
        const qsizetype equals = trimmed.indexOf(QLatin1Char('='));
        parts << (equals < 0
                      ? SecretMask::token(trimmed)
                      : trimmed.left(equals + 1) + SecretMask::token(trimmed.mid(equals + 1)));
    }
    return parts.join(QStringLiteral("; "));
}

// The target's bytes, re-encoded only when something in it was masked.
QByteArray maskedTarget(const QByteArray &target)
{
    const QString text = headerText(target);
    const QString shown = SecretMask::target(text);
    return shown == text ? target : shown.toUtf8();
}

} // namespace

bool SecretMask::isSecretHeader(QStringView name)
{
    return isSignatureHeader(name)
           || isOneOf(name, {QLatin1String("x-api-key"), QLatin1String("authorization"),
                             QLatin1String("proxy-authorization"), QLatin1String("cookie")});
}

bool SecretMask::isSecretParameter(QStringView name)
{
    return isOneOf(
        name, {QLatin1String("api_key"), QLatin1String("api-key"), QLatin1String("apikey"),
               QLatin1String("x-api-key"), QLatin1String("access_token"), QLatin1String("token"),
               QLatin1String("signature"), QLatin1String("secret"), QLatin1String("password")});
}

QString SecretMask::token(const QString &secret)
{
    if (secret.isEmpty())
        return secret; // nothing was sent: saying so is no secret
    const qsizetype shown = qMin<qsizetype>(4, secret.size() / 4);
    return secret.left(shown) + QStringLiteral("…(%1 chars)").arg(secret.size());
}

QString SecretMask::headerValue(QStringView name, const QString &value)
{
    if (!isSecretHeader(name))
        return value;
    if (isSignatureHeader(name)) {
        QStringList signatures;
        for (const QString &signature : value.split(QLatin1Char(' '), Qt::SkipEmptyParts))
            signatures << maskSignature(signature);
        return signatures.join(QLatin1Char(' '));
    }
    if (isOneOf(name, {QLatin1String("authorization"), QLatin1String("proxy-authorization")}))
        return maskAuthorization(value);
    if (name.compare(QLatin1String("cookie"), Qt::CaseInsensitive) == 0)
        return maskCookie(value);
    return token(value);
}

QString SecretMask::target(const QString &target)
{
    const qsizetype question = target.indexOf(QLatin1Char('?'));
    if (question < 0)
        return target;
    // Split by hand rather than through QUrlQuery, which would re-encode what it does not mask.
    QStringList parameters = target.mid(question + 1).split(QLatin1Char('&'));
    bool masked = false;
    for (QString &parameter : parameters) {
        const qsizetype equals = parameter.indexOf(QLatin1Char('='));
        if (equals <= 0 || !isSecretParameter(QStringView(parameter).left(equals)))
            continue;
        parameter = parameter.left(equals + 1) + token(parameter.mid(equals + 1));
        masked = true;
    }
    return masked ? target.left(question + 1) + parameters.join(QLatin1Char('&')) : target;
}

SecretMask::Headers SecretMask::headers(const Headers &headers)
{
    Headers shown;
    shown.reserve(headers.size());
    for (const auto &[name, value] : headers) {
        const QString nameText = headerText(name);
        shown.append({name, isSecretHeader(nameText)
                                ? headerValue(nameText, headerText(value)).toUtf8()
                                : value});
    }
    return shown;
}

DeliveryRecord SecretMask::record(DeliveryRecord record)
{
    record.headers = headers(record.headers);
    record.target = maskedTarget(record.target);
    return record;
}

RejectedRequest SecretMask::refused(RejectedRequest request)
{
    request.headers = headers(request.headers);
    request.target = maskedTarget(request.target);
    return request;
}

} // namespace hb::services
