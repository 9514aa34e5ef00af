#include "webhookspage.h"

#include "common/messagelabel.h"
#include "delivery/catcherservice.h"
#include "draftbanner.h"
#include "mapping/webhookconfig.h"
#include "mappingpanel.h"
#include "mappingrowsmodel.h"
#include "payloadsnapshot.h"
#include "payloadtreemodel.h"
#include "previewpanel.h"
#include "samplepanel.h"
#include "samplerequest.h"
#include "services/communityservice.h"
#include "services/storeevents.h"
#include "services/webhookservice.h"
#include "undoshortcutfilter.h"
#include "webhookdocument.h"
#include "webhooklistpanel.h"
#include "webhooksettingspanel.h"

#include <QAction>
#include <QPushButton>
#include <QStackedWidget>

namespace hb::ui {

using mapping::Webhook;

// What the list needs, read in one job: every stored webhook (the damaged ones too: they are
// listed so that they can be deleted) and the custom fields their mappings are checked against.
WebhooksPage::WebhooksPage(services::StoreExecutor &store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_document(new WebhookDocument(this))
    , m_payloadModel(new PayloadTreeModel(this))
{
    m_list = new WebhookListPanel(this);
    m_settings = new WebhookSettingsPanel(m_document, this);
    m_sample = new SamplePanel(m_payloadModel, this);
    m_mapping = new MappingPanel(m_document, this);
    m_preview = new PreviewPanel(this);
    m_draftBanner = new DraftBanner(this);
    m_draftBanner->setVisible(false);

    // Save, undo and redo sit above the settings, with the verdict next to Save.
    m_save = new QPushButton(tr("Save"), this);
    m_save->setObjectName(QStringLiteral("saveWebhook"));
    m_save->setToolTip(tr("Save this webhook (Ctrl+S)"));
    m_validity = new MessageLabel(this);
    m_validity->setObjectName(QStringLiteral("validity"));
    createActions();

    QWidget *work = buildWorkArea();
    arrangeColumns(work, buildEmptyPage());
    connectPanels();

    auto *undoFilter = new UndoShortcutFilter(this);
    undoFilter->watchLineEdits(this);

    // Whoever wrote (this page, the Community page, a sample kept): the list and the fields
    // follow. Said from the executor's thread: queued to this one.
    auto &events = services::StoreEvents::instance();
    connect(&events, &services::StoreEvents::webhooksChanged, this, &WebhooksPage::reload);
    connect(&events, &services::StoreEvents::communityChanged, this, &WebhooksPage::reload);

    showUnloaded(0);
    reload();
}

WebhooksPage::~WebhooksPage()
{
    // The document, a child, clears its undo stack as it goes and says "unmodified" to a page
    // whose destructor has already run.
    m_document->disconnect(this);
}

void WebhooksPage::setCatcher(delivery::CatcherService *catcher)
{
    m_catcher = catcher;
    catcherStateChanged();
}

void WebhooksPage::catcherStateChanged()
{
    const bool listening = m_catcher && m_catcher->isListening();
    if (!listening && m_catchingId)
        cancelCatch();
    m_sample->setCatchAvailable(listening && m_document->isLoaded(),
                                tr("The catcher is not listening: see the status bar."));
    m_catchAction->setEnabled(listening && m_document->isLoaded());
    m_sample->latestButton()->setEnabled(m_document->isLoaded());
    m_designer->setCurrentIndex(m_document->isLoaded() ? 1 : 0);
    updateUrl();
}

void WebhooksPage::setWriting(const QString &busy)
{
    m_writing = !busy.isEmpty();
    m_busyText = busy;
    m_list->setBusy(m_writing);
    m_newAction->setEnabled(!m_writing);
    m_draftBanner->setBusy(m_writing);
    m_save->setText(m_writing && busy == tr("Saving…") ? busy : tr("Save"));
    updateValidity();
}

void WebhooksPage::reload()
{
    // Asked again while reading (several writes in a row): one more read after this one.
    if (m_reloading) {
        m_reloadAgain = true;
        return;
    }
    m_reloading = true;
    m_reloadAgain = false;
    run<Listing>(
        {}, [](services::Connection &db) { return services::WebhookCatalog::read(db); },
        [this](Result<Listing> listing) {
            m_reloading = false;
            if (!listing)
                m_validity->setError(tr("Could not read the webhooks: %1").arg(listing.error()));
            else
                showListing(*listing);
            if (m_reloadAgain)
                reload();
        });
}

void WebhooksPage::showListing(const Listing &listing)
{
    m_document->setFields(listing.fields);
    m_webhooks.clear();
    m_damaged.clear();
    // What the processor would refuse: a damaged configuration, or a custom field removed since
    // the webhook was saved.
    QHash<qint64, QString> problems;
    qint64 firstReadable = 0;
    for (const services::StoredWebhook &stored : listing.webhooks) {
        const Webhook &webhook = stored.webhook;
        m_webhooks.append(webhook);
        if (stored.isDamaged()) {
            m_damaged.insert(webhook.id, stored.problem);
            problems.insert(webhook.id, stored.problem);
            continue;
        }
        if (!firstReadable)
            firstReadable = webhook.id;
        const Result<Webhook> checked = mapping::WebhookConfig::fromJsonObject(
            mapping::WebhookConfig::toJson(webhook), &m_document->fields());
        if (!checked)
            problems.insert(webhook.id, checked.error());
    }
    const qint64 current = m_document->isLoaded() ? m_document->webhook().id : m_list->currentId();
    m_list->setWebhooks(m_webhooks, problems,
                        QSet<qint64>(m_damaged.keyBegin(), m_damaged.keyEnd()));
    m_list->select(current);
    // Nothing open and none on its way (the first listing, or the open one was deleted): the
    // first readable one opens.
    if (!m_document->isLoaded() && m_list->currentId() == 0 && !m_loadQuestion) {
        m_list->select(firstReadable);
        loadWebhook(firstReadable);
    }
    updateValidity();
}

void WebhooksPage::loadWebhook(qint64 id)
{
    cancelCatch();
    const quint64 question = ++m_loadQuestion;
    if (!id) {
        unloadShowing(0);
        return;
    }
    struct Loaded {
        Webhook webhook;
        Result<QJsonObject> sample;
    };
    run<Loaded>(
        {},
        [id](services::Connection &db) -> Result<Loaded> {
            services::WebhookService webhooks(db);
            Result<Webhook> webhook = webhooks.findById(id);
            if (!webhook)
                return Error{webhook.error()};
            return Loaded{*webhook, webhooks.sample(id)};
        },
        [this, id, question](Result<Loaded> loaded) {
            if (question != m_loadQuestion)
                return; // another one was asked for since
            m_loadQuestion = 0;
            if (!loaded) {
                unloadShowing(id);
                if (!m_damaged.contains(id))
                    emit notify(loaded.error());
                return;
            }
            openLoaded(loaded->webhook, loaded->sample ? *loaded->sample : QJsonObject());
            if (!loaded->sample)
                m_sample->showError(
                    tr("Could not read the sample: %1").arg(loaded->sample.error()));
        });
}

void WebhooksPage::openLoaded(const Webhook &webhook, const QJsonObject &sample)
{
    cancelCatch();
    m_loadQuestion = 0;
    m_document->load(webhook);
    m_mapping->resetSuggestions();
    m_list->select(webhook.id);
    m_draftBanner->clearMessage();
    setSample(sample);
    m_mapping->setActiveTarget(webhook.user.path.isEmpty() ? MappingPanel::Target::UserPath
                                                           : MappingPanel::Target::None);
    catcherStateChanged();
}

void WebhooksPage::unloadShowing(qint64 id)
{
    m_loadQuestion = 0;
    m_document->unload();
    setSample({});
    showUnloaded(id);
    catcherStateChanged();
}

void WebhooksPage::setSample(const QJsonObject &sample)
{
    m_sampleRequest = sample;
    m_payloadModel->setSnapshot(SampleRequest::hasPayload(sample)
                                    ? PayloadSnapshot::fromJson(SampleRequest::payload(sample))
                                    : nullptr);
    m_sample->setSample(sample);
    m_mapping->setSamplePayload(SampleRequest::hasPayload(sample)
                                    ? SampleRequest::payload(sample)
                                    : QJsonValue(QJsonValue::Undefined));
    updatePreview();
}

void WebhooksPage::updateDraftBanner()
{
    const bool draft = m_document->isLoaded() && m_document->webhook().draft;
    m_draftBanner->setVisible(draft);
    if (!draft)
        m_draftBanner->clearMessage();
}

void WebhooksPage::documentChanged()
{
    updateDraftBanner();
    updateValidity();
    updatePreview();
}

QString WebhooksPage::validationProblem() const
{
    if (!m_document->isLoaded())
        return tr("Create a webhook with + New, or import one.");
    if (QString problem = m_settings->problem(); !problem.isEmpty())
        return problem;
    const Webhook &webhook = m_document->webhook();
    for (const Webhook &other : m_webhooks) {
        if (other.id != webhook.id && other.name == webhook.name)
            return tr("Another webhook is already called \"%1\": choose another name.")
                .arg(webhook.name);
    }
    if (QString problem = m_mapping->userProblem(); !problem.isEmpty())
        return problem;
    const MappingRowsModel *rows = m_mapping->rowsModel();
    for (int row = 0; row < rows->rowCount(); ++row) {
        if (QString problem = rows->problem(row); !problem.isEmpty())
            return tr("Row %1: %2").arg(row + 1).arg(problem);
    }
    if (QString problem = m_mapping->messageProblem(); !problem.isEmpty())
        return tr("Message: %1").arg(problem);
    // The engine's own check is the last word: it is what import and processing use.
    const Result<Webhook> checked = mapping::WebhookConfig::fromJsonObject(
        mapping::WebhookConfig::toJson(webhook), &m_document->fields());
    if (!checked)
        return checked.error();
    return {};
}

void WebhooksPage::updateValidity()
{
    const QString problem = validationProblem();
    const bool valid = problem.isEmpty();
    const bool modified = m_document->isModified();
    m_save->setEnabled(valid && modified && !m_writing);
    m_saveAction->setEnabled(valid && modified && !m_writing);
    if (m_writing)
        m_validity->setInfo(m_busyText);
    else if (!valid)
        m_validity->setError(problem);
    else if (modified)
        m_validity->setInfo(tr("Valid, not saved yet."));
    else if (m_document->isLoaded())
        m_validity->setSuccess(tr("Saved."));
    else
        m_validity->clear();
}

void WebhooksPage::updateUrl()
{
    if (!m_document->isLoaded())
        m_settings->setUrl({});
    else if (m_catcher && m_catcher->isListening())
        m_settings->setUrl(m_catcher->webhookUrl(m_document->webhook().token));
    else
        m_settings->setUrl(
            tr("…/hooks/%1 (not listening: see the status bar)").arg(m_document->webhook().token));
}

} // namespace hb::ui
