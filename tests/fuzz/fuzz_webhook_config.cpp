// libFuzzer harness for the webhook configuration importer (`webhook import`, SPEC §2): any file
// must be refused with a message or give a webhook that satisfies the importer's own rules and
// survives a round trip, toJson() then fromJson() giving the same webhook and the same JSON.
#include "mapping/customfield.h"
#include "mapping/fieldkey.h"
#include "mapping/webhook.h"
#include "mapping/webhookconfig.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace hb::mapping;

namespace {

[[noreturn]] void failed(const char *what, const QString &detail = QString())
{
    std::fprintf(stderr, "fuzz_webhook_config: %s %s\n", what, qPrintable(detail));
    std::abort();
}

void check(bool condition, const char *what, const QString &detail = QString())
{
    if (!condition)
        failed(what, detail);
}

const QList<CustomField> &community()
{
    static const QList<CustomField> fields = {
        {QStringLiteral("total-deposit"), QStringLiteral("Total deposit"), FieldType::Number},
        {QStringLiteral("nickname"), QStringLiteral("Nickname"), FieldType::Text},
        {QStringLiteral("vip"), QStringLiteral("VIP"), FieldType::Boolean},
        {QStringLiteral("last-deposit"), QStringLiteral("Last deposit"), FieldType::Date}};
    return fields;
}

bool samePaths(const Webhook &a, const Webhook &b)
{
    if (a.fields.size() != b.fields.size() || a.currencies.size() != b.currencies.size())
        return false;
    for (qsizetype i = 0; i < a.fields.size(); ++i) {
        const FieldMapping &x = a.fields.at(i);
        const FieldMapping &y = b.fields.at(i);
        if (x.field != y.field || x.op != y.op || x.path != y.path)
            return false;
    }
    for (qsizetype i = 0; i < a.currencies.size(); ++i) {
        const CurrencyMapping &x = a.currencies.at(i);
        const CurrencyMapping &y = b.currencies.at(i);
        if (x.currency != y.currency || x.op != y.op || x.path != y.path)
            return false;
    }
    return true;
}

bool same(const Webhook &a, const Webhook &b)
{
    if (a.id != b.id || a.name != b.name || a.token != b.token || a.enabled != b.enabled
        || a.draft != b.draft || a.apiKey != b.apiKey || a.signingSecret != b.signingSecret
        || a.user.identifier != b.user.identifier || a.user.path != b.user.path)
        return false;
    if (a.encryption.has_value() != b.encryption.has_value()
        || (a.encryption
            && (a.encryption->mode != b.encryption->mode
                || a.encryption->key != b.encryption->key)))
        return false;
    if (a.message.has_value() != b.message.has_value()
        || (a.message
            && (a.message->channel != b.message->channel || a.message->text != b.message->text)))
        return false;
    return samePaths(a, b);
}

// What every imported webhook is, whatever the file said.
void checkRules(const Webhook &webhook)
{
    check(webhook.id == 0, "an imported webhook has an id");
    check(!webhook.name.isEmpty() && webhook.name == webhook.name.trimmed(),
          "name empty or not trimmed:", webhook.name);
    check(webhook.token.isEmpty() || webhook.token.size() >= 22, "token too short:", webhook.token);
    if (webhook.encryption)
        check(webhook.encryption->key.size() == 32 && webhook.encryption->key.toUtf8().size() == 32,
              "encryption key not 32 characters of 32 bytes:", webhook.encryption->key);
    check(webhook.signingSecret.isEmpty()
              || webhook.signingSecret.startsWith(QStringLiteral("whsec_")),
          "signing secret without whsec_:", webhook.signingSecret);
    check(webhook.user.path.startsWith(QLatin1Char('/'))
              || (webhook.draft && webhook.user.path.isEmpty()),
          "user path is no JSON Pointer:", webhook.user.path);
    for (const FieldMapping &mapping : webhook.fields) {
        check(FieldKey::isValid(mapping.field), "invalid field key:", mapping.field);
        check(mapping.path.startsWith(QLatin1Char('/')), "field path:", mapping.path);
    }
    for (const CurrencyMapping &mapping : webhook.currencies)
        check(mapping.path.startsWith(QLatin1Char('/')), "currency path:", mapping.path);
    if (webhook.message)
        check(!webhook.message->channel.isEmpty() && !webhook.message->text.trimmed().isEmpty(),
              "empty message channel or template");
}

// toJson() then fromJson(), as an exported file that is imported again.
void checkRoundTrip(const Webhook &webhook, const QList<CustomField> *knownFields)
{
    const QJsonObject exported = WebhookConfig::toJson(webhook);
    const QByteArray file = QJsonDocument(exported).toJson(QJsonDocument::Indented);
    const hb::Result<Webhook> again = WebhookConfig::fromJson(file, knownFields);
    if (!again)
        failed("an exported webhook is refused on import:",
               again.error() + QLatin1Char('\n') + QString::fromUtf8(file));
    if (!same(webhook, *again))
        failed("an exported webhook imports as another one:", QString::fromUtf8(file));
    if (WebhookConfig::toJson(*again) != exported)
        failed("export, import, export changes the JSON:", QString::fromUtf8(file));
    // The object alone (a stored webhook's config column) gives the same webhook too.
    const hb::Result<Webhook> fromObject = WebhookConfig::fromJsonObject(exported, knownFields);
    check(fromObject.ok() && same(webhook, *fromObject), "fromJsonObject differs from fromJson");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));

    // A stored webhook is loaded without the community's fields.
    const hb::Result<Webhook> loaded = WebhookConfig::fromJson(input, nullptr);
    check(loaded.ok() || !loaded.error().isEmpty(), "refused without a message");
    if (loaded) {
        checkRules(*loaded);
        checkRoundTrip(*loaded, nullptr);
    }

    // `webhook import` checks every mapped field against the community's; that only refuses more.
    const hb::Result<Webhook> imported = WebhookConfig::fromJson(input, &community());
    check(imported.ok() || !imported.error().isEmpty(), "refused without a message");
    if (imported) {
        if (!loaded)
            failed("accepted with known fields but refused without them:", loaded.error());
        check(same(*loaded, *imported), "known fields change the webhook");
        checkRoundTrip(*imported, &community());
    }
    return 0;
}
