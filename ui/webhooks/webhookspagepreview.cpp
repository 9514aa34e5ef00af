// WebhooksPage, continued: the live preview of what the sample would change.
#include "webhookspage.h"

#include "mapping/deliveryplan.h"
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

// The engine's plan and, for each item, who its user is for people ("email (username)"): read in
// one job on the executor's thread.
struct WebhooksPage::Previewed {
    mapping::DeliveryPlan plan;
    QStringList users;
};

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
    // A row still being set up is said to be so, rather than planned: an empty path is the JSON
    // Pointer of the whole payload, and the planner would fail on "the value at ''".
    QStringList unfinished;
    const Webhook planned = withoutUnfinishedRows(m_document->webhook(), &unfinished);
    const QJsonValue payload = SampleRequest::payload(m_sampleRequest);
    // Planned on the reader thread, where the users are looked up; an answer to an older
    // question (the mapping or the sample changed since) is dropped, the newer one follows it.
    const quint64 question = ++m_previewQuestion;
    m_store.read<Previewed>(
        this,
        [planned, payload](services::Connection &db) -> Result<Previewed> {
            services::WebhookService service(db);
            Result<mapping::DeliveryPlan> plan = service.preview(planned, payload);
            if (!plan)
                return hb::fail(plan.error());
            Previewed previewed{*plan, {}};
            for (const mapping::DeliveryPlan::Item &item : plan->items) {
                const Result<std::optional<services::User>> user =
                    service.findUser(planned.user.identifier, item.identifier);
                previewed.users << (user && user->has_value() ? QStringLiteral("%1 (%2)").arg(
                                        (*user)->email, (*user)->username)
                                                              : item.user.label);
            }
            return previewed;
        },
        [this, question, unfinished](Result<Previewed> previewed) {
            if (question == m_previewQuestion)
                showPreview(previewed, unfinished);
        });
}

void WebhooksPage::showPreview(const Result<Previewed> &previewed, const QStringList &unfinished)
{
    if (!previewed) {
        m_preview->showFailure({}, previewed.error());
        return;
    }
    const mapping::DeliveryPlan &plan = previewed->plan;
    if (plan.skipped) {
        m_preview->showSkipped(plan.skipReason);
        return;
    }
    QList<PreviewPanel::Line> lines;
    const bool perItem = !m_document->webhook().forEach.isEmpty();
    for (int i = 0; i < plan.items.size(); ++i) {
        const mapping::DeliveryPlan::Item &item = plan.items.at(i);
        const QString user = previewed->users.value(i, item.identifier);
        lines.append({QStringLiteral("success"),
                      perItem ? tr("Item %1 (%2): %3").arg(item.index).arg(item.pointer, user)
                              : tr("User found: %1").arg(user)});
        // Under for-each the changes sit under their item's user.
        const QString indent = perItem ? QStringLiteral("    ") : QString();
        for (const auto &change : item.plan.fields)
            lines.append({QString(), indent
                                         + tr("%1: %2 → %3")
                                               .arg(fieldLabel(change.field),
                                                    change.oldValue.value_or(tr("(unset)")),
                                                    change.newValue)});
        for (const auto &change : item.plan.currencies)
            lines.append({QString(), indent
                                         + tr("%1: %2 → %3")
                                               .arg(currencyLabel(change.currency))
                                               .arg(change.oldValue)
                                               .arg(change.newValue)});
        if (item.plan.fields.isEmpty() && item.plan.currencies.isEmpty() && unfinished.isEmpty()
            && !plan.message)
            lines.append({QStringLiteral("pending"),
                          indent + tr("Nothing would change: add a mapping row.")});
    }
    if (plan.message)
        lines.append({QString(), tr("#%1: %2").arg(plan.message->channel, plan.message->text)});
    m_preview->showLines(lines, unfinished);
}

} // namespace hb::ui
