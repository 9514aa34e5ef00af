// WebhooksPage, continued: how the page is put together, its actions and the wiring between its
// panels (kept apart so that each file stays readable).
#include "webhookspage.h"

#include "common/messagelabel.h"
#include "draftbanner.h"
#include "mappingpanel.h"
#include "previewpanel.h"
#include "samplepanel.h"
#include "webhookdocument.h"
#include "webhooklistpanel.h"
#include "webhooksettingspanel.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace hb::ui {

void WebhooksPage::createActions()
{
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
    connect(m_saveAction, &QAction::triggered, this, [this] { save(); });
    connect(m_save, &QPushButton::clicked, this, [this] { save(); });
    connect(m_catchAction, &QAction::triggered, this, &WebhooksPage::catchNext);
    connect(m_newAction, &QAction::triggered, this, &WebhooksPage::newWebhook);
}

QWidget *WebhooksPage::buildSettingsColumn()
{
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
    return settingsScroll;
}

QWidget *WebhooksPage::buildWorkArea()
{
    QWidget *settings = buildSettingsColumn();
    auto *middle = new QSplitter(Qt::Vertical, this);
    middle->addWidget(settings);
    middle->addWidget(m_sample);
    middle->setStretchFactor(0, 0);
    middle->setStretchFactor(1, 1);
    // The mapping grows with conditions, suggestions and a transform chain: it scrolls down
    // rather than squeezing its parts at 1024×700.
    auto *mappingScroll = new QScrollArea(this);
    mappingScroll->setObjectName(QStringLiteral("mappingScroll"));
    mappingScroll->setWidget(m_mapping);
    mappingScroll->setWidgetResizable(true);
    mappingScroll->setFrameShape(QFrame::NoFrame);
    mappingScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *right = new QSplitter(Qt::Vertical, this);
    right->addWidget(mappingScroll);
    right->addWidget(m_preview);
    right->setStretchFactor(0, 3);
    right->setStretchFactor(1, 1);
    auto *work = new QSplitter(Qt::Horizontal, this);
    work->addWidget(middle);
    work->addWidget(right);
    work->setSizes({560, 480});
    return work;
}

// With no webhook there is nothing to design: say what to do instead of greying it all.
QWidget *WebhooksPage::buildEmptyPage()
{
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
    return empty;
}

void WebhooksPage::arrangeColumns(QWidget *work, QWidget *empty)
{
    // The draft banner spans the designer's columns: it is about the whole webhook.
    auto *designed = new QWidget(this);
    auto *designedLayout = new QVBoxLayout(designed);
    designedLayout->setContentsMargins(0, 0, 0, 0);
    designedLayout->addWidget(m_draftBanner);
    designedLayout->addWidget(work, 1);
    m_designer = new QStackedWidget(this);
    m_designer->addWidget(empty);
    m_designer->addWidget(designed);

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
}

void WebhooksPage::connectPanels()
{
    connect(m_list, &WebhookListPanel::currentChanged, this, [this](qint64 id, qint64 previous) {
        // Back on the open one until its edits are settled; then the chosen one opens.
        m_list->select(previous);
        settleEdits([this, id] {
            m_list->select(id);
            loadWebhook(id);
        });
    });
    connect(m_list, &WebhookListPanel::newRequested, this, &WebhooksPage::newWebhook);
    connect(m_list, &WebhookListPanel::renameRequested, this, &WebhooksPage::renameWebhook);
    connect(m_list, &WebhookListPanel::duplicateRequested, this, &WebhooksPage::duplicateWebhook);
    connect(m_list, &WebhookListPanel::deleteRequested, this, &WebhooksPage::deleteWebhook);
    connect(m_list, &WebhookListPanel::toggleEnabledRequested, this, &WebhooksPage::toggleEnabled);
    connect(m_sample, &SamplePanel::catchRequested, this, &WebhooksPage::catchNext);
    connect(m_sample, &SamplePanel::liveCatchConfirmed, this, &WebhooksPage::catchNext);
    connect(m_draftBanner, &DraftBanner::goLiveRequested, this, &WebhooksPage::goLive);
    connect(m_sample, &SamplePanel::latestRequested, this, &WebhooksPage::takeLatest);
    connect(m_sample, &SamplePanel::cancelRequested, this, &WebhooksPage::cancelCatch);
    connect(m_sample, &SamplePanel::pointerClicked, m_mapping, &MappingPanel::usePointer);
    connect(m_sample, &SamplePanel::conditionRequested, m_mapping, &MappingPanel::addCondition);
    connect(m_sample, &SamplePanel::forEachRequested, m_mapping, &MappingPanel::applyForEach);
    connect(m_mapping, &MappingPanel::newFieldRequested, this, &WebhooksPage::createField);
    connect(m_settings, &WebhookSettingsPanel::copied, this, [this](const QString &what) {
        emit notify(tr("%1 copied to the clipboard").arg(what));
    });
    connect(m_document, &WebhookDocument::changed, this, &WebhooksPage::documentChanged);
    connect(m_document, &WebhookDocument::fieldsChanged, this, &WebhooksPage::documentChanged);
    // QUndoStack runs an edit before it counts it: on the first edit after a save, `changed`
    // comes while the document still reads as unmodified, and only this says otherwise.
    connect(m_document, &WebhookDocument::modifiedChanged, this, &WebhooksPage::updateValidity);
}

} // namespace hb::ui
