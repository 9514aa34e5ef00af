// WebhooksPage, continued: the live preview of what the sample would change.
#include "webhookspage.h"

#include "mapping/changeplanner.h"
#include "previewpanel.h"
#include "samplerequest.h"
#include "services/webhookservice.h"
#include "webhookdocument.h"

namespace hb::ui {

using mapping::Webhook;

QString WebhooksPage::fieldLabel(const QString &key) const
{
    // The admin named the field "Total deposit"; its key is for files and the command line.
    const mapping::CustomField *field = m_document->field(key);
    return field && !field->name.isEmpty() ? field->name : key;
}

QString WebhooksPage::currencyLabel(mapping::Currency currency)
{
    return currency == mapping::Currency::Xp ? tr("XP") : tr("Coins");
}

Webhook WebhooksPage::withoutUnfinishedRows(const Webhook &webhook, QStringList *unfinished) const
{
    Webhook planned = webhook;
    planned.fields.clear();
    planned.currencies.clear();
    for (const mapping::FieldMapping &mapping : webhook.fields) {
        if (mapping.field.isEmpty())
            *unfinished << tr("A field row: choose the field it updates");
        else if (mapping.path.isEmpty())
            *unfinished << tr("%1: choose a payload path").arg(fieldLabel(mapping.field));
        else
            planned.fields.append(mapping);
    }
    for (const mapping::CurrencyMapping &mapping : webhook.currencies) {
        if (mapping.path.isEmpty())
            *unfinished << tr("%1: choose a payload path").arg(currencyLabel(mapping.currency));
        else
            planned.currencies.append(mapping);
    }
    return planned;
}

void WebhooksPage::updatePreview()
{
    ++m_previewQuestion; // whatever the reader answers now is out of date
    if (!m_document->isLoaded()) {
        m_preview->clear(tr("Select or create a webhook."));
        return;
    }
    if (!SampleRequest::hasPayload(m_sampleRequest)) {
        m_preview->clear(tr("Catch a sample request to preview what it would change."));
        return;
    }
    const Webhook &webhook = m_document->webhook();
    const QJsonValue payload = SampleRequest::payload(m_sampleRequest);
    const Result<QString> identifier = mapping::ChangePlanner::userIdentifier(webhook, payload);
    if (!identifier) {
        m_preview->showFailure({}, identifier.error());
        return;
    }
    // The user is looked up on the reader thread; an answer to an older question (the mapping or
    // the sample changed since) is dropped, the newer one follows it.
    const mapping::Identifier kind = webhook.user.identifier;
    const quint64 question = ++m_previewQuestion;
    m_store.read<std::optional<services::User>>(
        this,
        [kind, id = *identifier](services::Connection &db) {
            return services::WebhookService(db).findUser(kind, id);
        },
        [this, question, id = *identifier](Result<std::optional<services::User>> user) {
            if (question == m_previewQuestion)
                showPreview(id, user);
        });
}

void WebhooksPage::showPreview(const QString &identifier,
                               const Result<std::optional<services::User>> &user)
{
    const Webhook &webhook = m_document->webhook();
    const QJsonValue payload = SampleRequest::payload(m_sampleRequest);
    if (!user) {
        m_preview->showFailure({}, user.error());
        return;
    }
    if (!user->has_value()) {
        m_preview->showFailure(
            {}, QStringLiteral("no user with %1 \"%2\"")
                    .arg(mapping::identifierName(webhook.user.identifier), identifier));
        return;
    }
    const services::User &found = **user;
    const QString userLine = tr("User found: %1 (%2)").arg(found.email, found.username);
    mapping::UserState state;
    state.label = found.email;
    state.coins = found.coins;
    state.xp = found.xp;
    state.fields = found.fields;
    // A row still being set up is said to be so, rather than planned: an empty path is the JSON
    // Pointer of the whole payload, and the planner would fail on "the value at ''".
    QStringList unfinished;
    const Webhook planned = withoutUnfinishedRows(webhook, &unfinished);
    const Result<mapping::ChangePlan> plan =
        mapping::ChangePlanner::plan(planned, payload, state, m_document->fields());
    if (!plan) {
        m_preview->showFailure(userLine, plan.error());
        return;
    }
    QStringList lines;
    for (const auto &change : plan->fields)
        lines << tr("%1: %2 → %3")
                     .arg(fieldLabel(change.field), change.oldValue.value_or(tr("(unset)")),
                          change.newValue);
    for (const auto &change : plan->currencies)
        lines << tr("%1: %2 → %3")
                     .arg(currencyLabel(change.currency))
                     .arg(change.oldValue)
                     .arg(change.newValue);
    if (plan->message)
        lines << tr("#%1: %2").arg(plan->message->channel, plan->message->text);
    m_preview->showChanges(userLine, lines, unfinished);
}

} // namespace hb::ui
