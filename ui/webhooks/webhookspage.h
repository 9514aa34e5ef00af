#pragma once

#include "services/records.h"
#include "services/webhookcatalog.h"

#include "common/result.h"
#include "mapping/webhook.h"
#include "services/storeexecutor.h"

#include <QHash>
#include <QJsonObject>
#include <QKeySequence>
#include <QWidget>

#include <functional>

class QAction;
class QLabel;
class QPushButton;
class QStackedWidget;

namespace hb::delivery {
class CatcherService;
}

namespace hb::ui {

class DraftBanner;
class MappingPanel;
class MessageLabel;
class PayloadTreeModel;
class PreviewPanel;
class SamplePanel;
class WebhookDocument;
class WebhookListPanel;
class WebhookSettingsPanel;

// The webhook designer: the list of webhooks, the selected one's settings, its sample payload
// and its mapping with a live preview. It reaches the store only through the services, run by the
// StoreExecutor on its own thread: a store held by a busy catcher never freezes the window. While
// a write is on its way the page says so (Save reads "Saving…") and holds the other writes back;
// the lists follow StoreEvents.
class WebhooksPage : public QWidget {
    Q_OBJECT
public:
    explicit WebhooksPage(services::StoreExecutor &store, QWidget *parent = nullptr);
    ~WebhooksPage() override;

    // The embedded catcher, for URLs and Catch; nullptr or not listening: Catch is unavailable.
    void setCatcher(delivery::CatcherService *catcher);
    void catcherStateChanged();

    WebhookDocument *document() const { return m_document; }
    WebhookListPanel *listPanel() const { return m_list; }
    WebhookSettingsPanel *settingsPanel() const { return m_settings; }
    SamplePanel *samplePanel() const { return m_sample; }
    MappingPanel *mappingPanel() const { return m_mapping; }
    PreviewPanel *previewPanel() const { return m_preview; }
    PayloadTreeModel *payloadModel() const { return m_payloadModel; }
    DraftBanner *draftBanner() const { return m_draftBanner; }
    QPushButton *saveButton() const { return m_save; }
    QAction *saveAction() const { return m_saveAction; }
    QAction *catchAction() const { return m_catchAction; }
    QAction *newAction() const { return m_newAction; }
    QAction *undoAction() const { return m_undoAction; }
    QAction *redoAction() const { return m_redoAction; }
    QAction *cancelCatchAction() const { return m_cancelCatchAction; }
    // The actions of the Edit and File menus that work on the designed webhook: chosen from a
    // menu while another page is shown, the window shows this page first.
    QList<QAction *> documentActions() const;
    // What `action` answers to while this page is shown (its shortcut is off while hidden), for
    // the Keyboard Shortcuts table.
    QKeySequence pageShortcut(QAction *action) const { return m_shortcuts.value(action); }

    // What keeps the designed webhook from being saved, or empty.
    QString validationProblem() const;
    bool hasUnsavedEdits() const;
    // Unsaved edits: asks whether to save them, discard them or stay. `proceed` runs once they
    // are out of the way: at once, or after the save the user chose has been stored.
    void settleEdits(const std::function<void()> &proceed);
    // Stores the designed webhook; `then` runs once it is stored (not when refused).
    void save(const std::function<void()> &then = {});
    // Something of the store is on its way: a write, or a read this page waits for.
    bool isBusy() const { return m_jobs > 0; }
    bool isWriting() const { return m_writing; }
    // Import and export without the file dialogs (the menu asks for the path). An import
    // refused by its own check says so at once; the store's answer comes later (the webhook
    // opens, or the error is shown).
    hb::Status importFrom(const QString &path);
    hb::Status exportTo(const QString &path);

public slots:
    void reload();
    void selectWebhook(qint64 id);
    void newWebhook();
    void renameWebhook();
    void duplicateWebhook();
    void deleteWebhook();
    void toggleEnabled();
    // Makes the draft live (saving its edits first); refused, the banner says what is missing.
    void goLive();
    void catchNext();
    void takeLatest();
    void cancelCatch();
    void importWebhook();
    void exportWebhook();
    // A delivery was stored by the catcher (any webhook).
    void deliveryStored(qint64 deliveryId, qint64 webhookId);
    // The catcher refused a request (any webhook): while this one waits for a sample, says why
    // the request sent for it did not arrive.
    void requestRefused(int status, const QString &reason, qint64 webhookId);

signals:
    void notify(const QString &text);

protected:
    // The page's shortcuts work only while it is shown: Ctrl+K or Ctrl+Z pressed on another page
    // must not catch or undo here, out of sight.
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    // The page is built in this order, which is also its tab order (webhookspagelayout.cpp).
    void createActions();
    QWidget *buildSettingsColumn();
    QWidget *buildWorkArea();
    QWidget *buildEmptyPage();
    void arrangeColumns(QWidget *work, QWidget *empty);
    void connectPanels();
    // Runs `job` with the store on the executor's thread and `done` back here (dropped if the
    // page is gone). A write (`busy` not empty) is said while it lasts and holds the others back.
    template <typename T>
    void run(const QString &busy, std::function<Result<T>(services::Connection &)> job,
             std::function<void(Result<T>)> done)
    {
        ++m_jobs;
        const bool write = !busy.isEmpty();
        if (write)
            setWriting(busy);
        m_store.read<T>(this, std::move(job), [this, write, done](Result<T> result) {
            --m_jobs;
            if (write)
                setWriting({});
            done(result);
        });
    }
    void setWriting(const QString &busy);
    void setShortcutsActive(bool active);
    // Opens `id` in the designer once read (0: nothing).
    void loadWebhook(qint64 id);
    void openLoaded(const mapping::Webhook &webhook, const QJsonObject &sample);
    void unloadShowing(qint64 id);
    // The page shown instead of the designer: nothing selected, or a damaged webhook's problem.
    void showUnloaded(qint64 damagedId);
    using Listing = services::WebhookCatalog;
    void showListing(const Listing &listing);
    void setSample(const QJsonObject &sample);
    void updateDraftBanner();
    void useDelivery(qint64 deliveryId);
    void documentChanged();
    void updateValidity();
    void updatePreview();
    struct Previewed;
    void showPreview(const Result<Previewed> &previewed, const QStringList &unfinished);
    // The preview's names: a field's display name, not its key.
    QString fieldLabel(const QString &key) const;
    static QString currencyLabel(mapping::Currency currency);
    // `webhook` without the rows that have no field or no path yet, each named in `unfinished`.
    mapping::Webhook withoutUnfinishedRows(const mapping::Webhook &webhook,
                                           QStringList *unfinished) const;
    void updateUrl();
    void createField(int row);
    QString uniqueName(const QString &base) const;
    QString storedName(qint64 id) const;

    services::StoreExecutor &m_store;
    delivery::CatcherService *m_catcher = nullptr;
    WebhookDocument *m_document;
    PayloadTreeModel *m_payloadModel;
    WebhookListPanel *m_list;
    WebhookSettingsPanel *m_settings;
    SamplePanel *m_sample;
    MappingPanel *m_mapping;
    PreviewPanel *m_preview;
    QStackedWidget *m_designer;
    QLabel *m_emptyTitle, *m_emptyText;
    DraftBanner *m_draftBanner;
    QPushButton *m_save;
    MessageLabel *m_validity;
    QAction *m_saveAction, *m_catchAction, *m_newAction, *m_undoAction, *m_redoAction;
    QAction *m_cancelCatchAction;
    QHash<QAction *, QKeySequence> m_shortcuts; // what each action answers to while shown
    QJsonObject m_sampleRequest;
    QList<mapping::Webhook> m_webhooks; // all stored, the damaged ones with their columns only
    QHash<qint64, QString> m_damaged;   // why a stored configuration cannot be read, by id
    qint64 m_catchingId = 0;
    int m_jobs = 0;         // store jobs on their way
    bool m_writing = false; // one of them a write: Save and the list wait
    QString m_busyText;
    bool m_reloading = false, m_reloadAgain = false;
    quint64 m_loadQuestion = 0;    // only the latest webhook asked for is opened
    quint64 m_previewQuestion = 0; // the preview shows only the answer to the latest question
};

} // namespace hb::ui
