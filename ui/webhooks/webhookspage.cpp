#include "webhookspage.h"

#include "common/messagelabel.h"
#include "delivery/catcherservice.h"
#include "mapping/changeplanner.h"
#include "mapping/webhookconfig.h"
#include "mappingpanel.h"
#include "mappingrowsmodel.h"
#include "newfielddialog.h"
#include "payloadsnapshot.h"
#include "payloadtreemodel.h"
#include "previewpanel.h"
#include "samplepanel.h"
#include "samplerequest.h"
#include "services/storeexecutor.h"
#include "store/database.h"
#include "store/deliveryrepository.h"
#include "store/fieldrepository.h"
#include "store/userrepository.h"
#include "store/webhookrepository.h"
#include "undoshortcutfilter.h"
#include "webhookdocument.h"
#include "webhooklistpanel.h"
#include "webhooksettingspanel.h"

#include <QAction>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QJsonDocument>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace hb::ui {

using mapping::Webhook;

WebhooksPage::WebhooksPage(store::Database &db, services::StoreExecutor &reader, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_reader(reader)
    , m_document(new WebhookDocument(this))
    , m_payloadModel(new PayloadTreeModel(this))
{
    m_list = new WebhookListPanel(this);
    m_settings = new WebhookSettingsPanel(m_document, this);
    m_sample = new SamplePanel(m_payloadModel, this);
    m_mapping = new MappingPanel(m_document, this);
    m_preview = new PreviewPanel(this);

    // Save, undo and redo sit above the settings, with the verdict next to Save.
    m_save = new QPushButton(tr("Save"), this);
    m_save->setObjectName(QStringLiteral("saveWebhook"));
    m_save->setToolTip(tr("Save this webhook (Ctrl+S)"));
    m_validity = new MessageLabel(this);
    m_validity->setObjectName(QStringLiteral("validity"));
    m_saveAction = new QAction(tr("&Save webhook"), this);
    m_saveAction->setShortcut(QKeySequence::Save);
    m_catchAction = new QAction(tr("&Catch a sample"), this);
    m_catchAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    m_newAction = new QAction(tr("&New webhook"), this);
    m_newAction->setShortcut(QKeySequence::New);
    m_undoAction = m_document->undoStack()->createUndoAction(this, tr("&Undo"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = m_document->undoStack()->createRedoAction(this, tr("&Redo"));
    m_redoAction->setShortcut(QKeySequence::Redo);
    // Escape stops waiting for a sample; only while waiting, so it takes Escape from nobody else.
    m_cancelCatchAction = new QAction(tr("Stop &waiting for a sample"), this);
    m_cancelCatchAction->setShortcut(QKeySequence(Qt::Key_Escape));
    m_cancelCatchAction->setEnabled(false);
    for (QAction *action : {m_saveAction, m_catchAction, m_newAction, m_undoAction, m_redoAction,
                            m_cancelCatchAction}) {
        addAction(action);
        m_shortcuts.insert(action, action->shortcut());
    }
    setShortcutsActive(false); // until the page is shown
    connect(m_cancelCatchAction, &QAction::triggered, this, &WebhooksPage::cancelCatch);
    connect(m_saveAction, &QAction::triggered, this, &WebhooksPage::save);
    connect(m_save, &QPushButton::clicked, this, &WebhooksPage::save);
    connect(m_catchAction, &QAction::triggered, this, &WebhooksPage::catchNext);
    connect(m_newAction, &QAction::triggered, this, &WebhooksPage::newWebhook);

    auto *settingsBox = new QWidget(this);
    auto *settingsLayout = new QVBoxLayout(settingsBox);
    settingsLayout->setContentsMargins(0, 0, 0, 0);
    auto *saveRow = new QHBoxLayout;
    saveRow->addWidget(m_save);
    saveRow->addWidget(m_validity, 1);
    settingsLayout->addLayout(saveRow);
    settingsLayout->addWidget(m_settings);
    settingsLayout->addStretch();
    auto *settingsScroll = new QScrollArea(this);
    settingsScroll->setWidget(settingsBox);
    settingsScroll->setWidgetResizable(true);
    settingsScroll->setFrameShape(QFrame::NoFrame);

    auto *middle = new QSplitter(Qt::Vertical, this);
    middle->addWidget(settingsScroll);
    middle->addWidget(m_sample);
    middle->setStretchFactor(0, 0);
    middle->setStretchFactor(1, 1);
    auto *right = new QSplitter(Qt::Vertical, this);
    right->addWidget(m_mapping);
    right->addWidget(m_preview);
    right->setStretchFactor(0, 3);
    right->setStretchFactor(1, 1);
    auto *work = new QSplitter(Qt::Horizontal, this);
    work->addWidget(middle);
    work->addWidget(right);
    work->setSizes({560, 480});

    // With no webhook there is nothing to design: say what to do instead of greying it all.
    auto *empty = new QWidget(this);
    auto *emptyLayout = new QVBoxLayout(empty);
    emptyLayout->addStretch(1);
    m_emptyTitle = new QLabel(empty);
    m_emptyTitle->setObjectName(QStringLiteral("emptyTitle"));
    m_emptyTitle->setAlignment(Qt::AlignCenter);
    m_emptyText = new QLabel(empty);
    m_emptyText->setObjectName(QStringLiteral("emptyText"));
    m_emptyText->setAlignment(Qt::AlignCenter);
    m_emptyText->setWordWrap(true);
    m_emptyText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *emptyButtons = new QHBoxLayout;
    auto *emptyNew = new QPushButton(tr("+ New webhook"), empty);
    emptyNew->setObjectName(QStringLiteral("emptyNew"));
    auto *emptyImport = new QPushButton(tr("Import…"), empty);
    emptyButtons->addStretch();
    emptyButtons->addWidget(emptyNew);
    emptyButtons->addWidget(emptyImport);
    emptyButtons->addStretch();
    emptyLayout->addWidget(m_emptyTitle);
    emptyLayout->addWidget(m_emptyText);
    emptyLayout->addLayout(emptyButtons);
    emptyLayout->addStretch(2);
    connect(emptyNew, &QPushButton::clicked, this, &WebhooksPage::newWebhook);
    connect(emptyImport, &QPushButton::clicked, this, &WebhooksPage::importWebhook);

    m_designer = new QStackedWidget(this);
    m_designer->addWidget(empty);
    m_designer->addWidget(work);

    auto *columns = new QSplitter(Qt::Horizontal, this);
    columns->setObjectName(QStringLiteral("designerColumns"));
    columns->addWidget(m_list);
    columns->addWidget(m_designer);
    columns->setStretchFactor(0, 0);
    columns->setStretchFactor(1, 1);
    columns->setSizes({170, 1040});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(columns);

    connect(m_list, &WebhookListPanel::currentChanged, this, [this](qint64 id, qint64 previous) {
        if (!confirmDiscard()) {
            m_list->select(previous);
            return;
        }
        loadWebhook(id);
    });
    connect(m_list, &WebhookListPanel::newRequested, this, &WebhooksPage::newWebhook);
    connect(m_list, &WebhookListPanel::renameRequested, this, &WebhooksPage::renameWebhook);
    connect(m_list, &WebhookListPanel::duplicateRequested, this, &WebhooksPage::duplicateWebhook);
    connect(m_list, &WebhookListPanel::deleteRequested, this, &WebhooksPage::deleteWebhook);
    connect(m_list, &WebhookListPanel::toggleEnabledRequested, this, &WebhooksPage::toggleEnabled);
    connect(m_sample, &SamplePanel::catchRequested, this, &WebhooksPage::catchNext);
    connect(m_sample, &SamplePanel::latestRequested, this, &WebhooksPage::takeLatest);
    connect(m_sample, &SamplePanel::cancelRequested, this, &WebhooksPage::cancelCatch);
    connect(m_sample, &SamplePanel::pointerClicked, m_mapping, &MappingPanel::usePointer);
    connect(m_mapping, &MappingPanel::newFieldRequested, this, &WebhooksPage::createField);
    connect(m_settings, &WebhookSettingsPanel::copied, this, [this](const QString &what) {
        emit notify(tr("%1 copied to the clipboard").arg(what));
    });
    connect(m_document, &WebhookDocument::changed, this, &WebhooksPage::documentChanged);
    connect(m_document, &WebhookDocument::fieldsChanged, this, &WebhooksPage::documentChanged);
    // QUndoStack runs an edit before it counts it: on the first edit after a save, `changed`
    // comes while the document still reads as unmodified, and only this says otherwise.
    connect(m_document, &WebhookDocument::modifiedChanged, this, &WebhooksPage::updateValidity);

    auto *undoFilter = new UndoShortcutFilter(this);
    undoFilter->watchLineEdits(this);

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

void WebhooksPage::reloadFields()
{
    store::FieldRepository fields(m_db);
    const Result<QList<mapping::CustomField>> list = fields.list();
    if (list)
        m_document->setFields(*list);
    else
        emit notify(tr("Could not read the custom fields: %1").arg(list.error()));
}

void WebhooksPage::reload()
{
    reloadFields();
    store::WebhookRepository repository(m_db);
    // Every stored webhook, the damaged ones too: they are listed so that they can be deleted.
    const Result<QList<store::StoredWebhook>> list = repository.listAll();
    if (!list) {
        m_validity->setError(tr("Could not read the webhooks: %1").arg(list.error()));
        return;
    }
    m_webhooks.clear();
    m_damaged.clear();
    // What the processor would refuse: a damaged configuration, or a custom field removed since
    // the webhook was saved.
    QHash<qint64, QString> problems;
    qint64 firstReadable = 0;
    for (const store::StoredWebhook &stored : *list) {
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
    const qint64 current = m_document->isLoaded() ? m_document->webhook().id : 0;
    m_list->setWebhooks(m_webhooks, problems,
                        QSet<qint64>(m_damaged.keyBegin(), m_damaged.keyEnd()));
    m_list->select(current);
    if (!m_document->isLoaded() && firstReadable) {
        m_list->select(firstReadable);
        loadWebhook(firstReadable);
    } else if (!m_document->isLoaded()) {
        loadWebhook(0);
    }
}

void WebhooksPage::loadWebhook(qint64 id)
{
    cancelCatch();
    store::WebhookRepository repository(m_db);
    const Result<std::optional<Webhook>> found =
        id ? repository.findById(id) : Result<std::optional<Webhook>>(std::nullopt);
    if (!found || !found->has_value()) {
        m_document->unload();
        setSample({});
        showUnloaded(id);
        if (!found && !m_damaged.contains(id))
            emit notify(found.error());
        catcherStateChanged();
        return;
    }
    m_document->load(**found);
    const Result<QJsonObject> sample = repository.sampleRequest(id);
    setSample(sample ? *sample : QJsonObject());
    if (!sample)
        m_sample->showError(tr("Could not read the sample: %1").arg(sample.error()));
    m_mapping->setActiveTarget(m_document->webhook().user.path.isEmpty()
                                   ? MappingPanel::Target::UserPath
                                   : MappingPanel::Target::None);
    catcherStateChanged();
}

void WebhooksPage::setSample(const QJsonObject &sample)
{
    m_sampleRequest = sample;
    m_payloadModel->setSnapshot(SampleRequest::hasPayload(sample)
                                    ? PayloadSnapshot::fromJson(SampleRequest::payload(sample))
                                    : nullptr);
    m_sample->setSample(sample);
    updatePreview();
}

void WebhooksPage::documentChanged()
{
    if (m_document->isLoaded()) {
        // Keep the list's label in step with a name being typed.
        for (Webhook &webhook : m_webhooks) {
            if (webhook.id == m_document->webhook().id)
                webhook.name = m_document->webhook().name;
        }
    }
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
    m_save->setEnabled(valid && modified);
    m_saveAction->setEnabled(valid && modified);
    if (!valid)
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

bool WebhooksPage::confirmDiscard()
{
    if (!m_document->isLoaded() || !m_document->isModified())
        return true;
    const bool valid = validationProblem().isEmpty();
    QMessageBox box(QMessageBox::Question, tr("Unsaved changes"),
                    tr("\"%1\" has changes that are not saved.").arg(m_document->webhook().name),
                    QMessageBox::NoButton, this);
    QPushButton *saveButton = valid ? box.addButton(QMessageBox::Save) : nullptr;
    if (!valid)
        box.setInformativeText(tr("They cannot be saved yet: %1").arg(validationProblem()));
    box.addButton(QMessageBox::Discard);
    QPushButton *cancel = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(cancel);
    box.exec();
    if (box.clickedButton() == cancel)
        return false;
    if (saveButton && box.clickedButton() == saveButton)
        return save();
    return true;
}

bool WebhooksPage::save()
{
    const QString problem = validationProblem();
    if (!problem.isEmpty()) {
        m_validity->setError(problem);
        return false;
    }
    store::WebhookRepository repository(m_db);
    const Status status = repository.update(m_document->webhook());
    if (!status) {
        m_validity->setError(tr("Not saved: %1").arg(status.error()));
        return false;
    }
    if (m_catcher) // the next request is checked against what was saved (key, enabled...)
        m_catcher->webhooksChanged();
    m_document->markSaved();
    const qint64 id = m_document->webhook().id;
    reload();
    m_list->select(id);
    updateValidity();
    emit notify(tr("Saved \"%1\"").arg(m_document->webhook().name));
    return true;
}

} // namespace hb::ui
