// `hookbench send --webhook NAME --negative [--data FILE] [--url URL] [--max-body BYTES]`
// (SPEC §7): every negative case that applies to the webhook, sent one after another by the
// same NegativeRunner as the Sender's Negative cases tab, each with what the catcher promises
// and what it did. Exits 0 only when every case went as promised.
#include "commandoptions.h"
#include "commands.h"
#include "sendinputs.h"
#include "texttable.h"

#include "delivery/negativecases.h"
#include "delivery/negativerunner.h"
#include "http/httplimits.h"
#include "services/deliveryservice.h"
#include "services/records.h"
#include "services/webhookservice.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>
#include <QUrl>

namespace hb::cli {
namespace {

using delivery::NegativeResult;

const QString usage = QStringLiteral(
    "usage: send --webhook NAME --negative [--data FILE] [--url URL] [--max-body BYTES]");

// --data FILE, else the webhook's caught sample, else a small object: the cases are about the
// request around the payload, so any JSON object does.
Result<QByteArray> payloadToSend(const CommandOptions &options, services::WebhookService &webhooks,
                                 qint64 webhookId)
{
    const Result<std::optional<QByteArray>> data = SendInputs::dataFile(options);
    if (!data)
        return data.failure();
    if (*data)
        return **data;
    return SendInputs::samplePayload(webhooks, webhookId)
        .value_or(QByteArrayLiteral(R"({"event":"negative-case","email":"tester@example.com"})"));
}

QJsonValue statusValue(const std::optional<DeliveryStatus> &status)
{
    return status ? QJsonValue(deliveryStatusName(*status)) : QJsonValue(QJsonValue::Null);
}

QJsonObject resultJson(const NegativeResult &result)
{
    const delivery::NegativeExpectation &expected = result.testCase.expected;
    const delivery::NegativeActual &actual = result.actual;
    QJsonObject actualJson{
        {QStringLiteral("status"), actual.httpStatus},
        {QStringLiteral("delivery"), statusValue(actual.deliveryStatus)},
        {QStringLiteral("reason"), actual.reason},
        {QStringLiteral("duplicate"), actual.duplicate},
        {QStringLiteral("answer"), actual.answer},
    };
    if (actual.deliveryId > 0)
        actualJson.insert(QStringLiteral("delivery_id"), actual.deliveryId);
    if (!actual.error.isEmpty())
        actualJson.insert(QStringLiteral("error"), actual.error);
    return QJsonObject{
        {QStringLiteral("case"), result.testCase.key},
        {QStringLiteral("title"), result.testCase.title},
        {QStringLiteral("expected"),
         QJsonObject{{QStringLiteral("status"), expected.httpStatus},
                     {QStringLiteral("delivery"), statusValue(expected.deliveryStatus)},
                     {QStringLiteral("duplicate"), expected.duplicate}}},
        {QStringLiteral("actual"), actualJson},
        {QStringLiteral("ok"), result.matches},
    };
}

void printTable(QTextStream &out, const QList<NegativeResult> &results)
{
    TextTable table({QStringLiteral("CASE"), QStringLiteral("EXPECTED"), QStringLiteral("ACTUAL"),
                     QStringLiteral("RESULT"), QStringLiteral("REASON")});
    for (const NegativeResult &result : results) {
        const QString why =
            result.actual.reason.isEmpty() ? result.actual.answer : result.actual.reason;
        table.addRow({result.testCase.key, result.testCase.expected.text(), result.actual.text(),
                      result.matches ? QStringLiteral("✓ matches") : QStringLiteral("✗ differs"),
                      why});
    }
    table.print(out);
}

} // namespace

int runSendNegativeCommand(CommandContext &context, const QStringList &arguments)
{
    const Result<CommandOptions> options =
        CommandOptions::parse(arguments,
                              {QStringLiteral("--webhook"), QStringLiteral("--data"),
                               QStringLiteral("--url"), QStringLiteral("--max-body")},
                              {QStringLiteral("--negative")});
    if (!options)
        return context.error(options.error(), ExitUsage);
    if (!options->has(QStringLiteral("--webhook")) || !options->positional().isEmpty())
        return context.error(usage, ExitUsage);
    qint64 bodyLimit = http::HttpLimits{}.maxBodySize;
    if (options->has(QStringLiteral("--max-body"))) {
        bool ok = false;
        bodyLimit = options->value(QStringLiteral("--max-body")).toLongLong(&ok);
        if (!ok || bodyLimit <= 0)
            return context.error(QStringLiteral("--max-body must be a positive whole number, not "
                                                "\"%1\"")
                                     .arg(options->value(QStringLiteral("--max-body"))),
                                 ExitUsage);
    }

    services::Connection db(context.dbLocation);
    if (const Status opened = db.open(); !opened)
        return context.error(opened.error());
    services::WebhookService webhooks(db);
    const auto found = webhooks.find(options->value(QStringLiteral("--webhook")));
    if (!found)
        return context.error(found.error());
    const mapping::Webhook &webhook = *found;
    if (!webhook.enabled)
        return context.error(QStringLiteral("the webhook \"%1\" is disabled, so the catcher "
                                            "answers 403 to every request: enable it first")
                                 .arg(webhook.name));
    const Result<QByteArray> payload = payloadToSend(*options, webhooks, webhook.id);
    if (!payload)
        return context.error(payload.error());
    const QUrl url = SendInputs::targetUrl(*options, webhook.token);
    if (!url.isValid()
        || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
        return context.error(QStringLiteral("--url must be an http:// or https:// URL"), ExitUsage);

    // A delivery id from another catcher's store may name another delivery here: only this
    // webhook's deliveries are followed.
    services::DeliveryService deliveries(db);
    delivery::NegativeRunner runner;
    runner.setOutcomeLookup([&deliveries, webhookId = webhook.id](qint64 id)
                                -> Result<std::optional<std::pair<DeliveryStatus, QString>>> {
        const auto record = deliveries.find(id);
        if (!record)
            return record.failure();
        if (!record->has_value() || (*record)->webhookId != webhookId)
            return std::optional<std::pair<DeliveryStatus, QString>>();
        return std::optional(std::pair((*record)->status, (*record)->reason));
    });
    QList<NegativeResult> results;
    QEventLoop loop;
    QObject::connect(&runner, &delivery::NegativeRunner::finished, &loop,
                     [&](const QList<NegativeResult> &all, bool) {
                         results = all;
                         loop.quit();
                     });
    if (!runner.start(url, webhook, *payload, bodyLimit))
        return context.error(QStringLiteral("the negative cases could not start"));
    loop.exec();

    if (context.json) {
        QJsonArray array;
        for (const NegativeResult &result : std::as_const(results))
            array.append(resultJson(result));
        context.printJson(array);
    } else {
        printTable(context.out, results);
    }
    QStringList differing;
    for (const NegativeResult &result : std::as_const(results)) {
        if (!result.matches)
            differing << result.testCase.key;
    }
    if (differing.isEmpty())
        return ExitOk;
    return context.error(QStringLiteral("%1 of %2 negative cases differ: %3")
                             .arg(differing.size())
                             .arg(results.size())
                             .arg(differing.join(QStringLiteral(", "))));
}

} // namespace hb::cli
