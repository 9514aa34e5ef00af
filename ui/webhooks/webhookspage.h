#pragma once

#include "common/result.h"
#include "mapping/webhook.h"
#include "store/userrepository.h"

#include <QHash>
#include <QJsonObject>
#include <QKeySequence>
#include <QWidget>

class QAction;
class QLabel;
class QPushButton;
class QStackedWidget;

namespace hb::store {
class Database;
}
namespace hb::delivery {
class CatcherService;
}

namespace hb::services {
class StoreExecutor;
}

namespace hb::ui {

class MappingPanel;
class MessageLabel;
class PayloadTreeModel;
class PreviewPanel;
class SamplePanel;
class WebhookDocument;
class WebhookListPanel;
class WebhookSettingsPanel;

// The webhook designer: the list of webhooks, the selected one's settings, its sample payload
// and its mapping with a live preview. Small CRUD runs on the GUI thread's own connection; the
// preview's user lookup, asked at every edit, goes through the StoreExecutor.
class WebhooksPage : public QWidget {
    Q_OBJECT
public:
    // `db` for the webhooks' own small CRUD; `reader` for the preview's user lookup.
    WebhooksPage(store::Database &db, services::StoreExecutor &reader, QWidget *parent = nullptr);
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

    // What keeps the designed webhook from being saved, or empty.
    QString validationProblem() const;
    // Asks what to do with unsaved edits; false when the user cancels.
    bool confirmDiscard();
    // Import and export without the file dialogs (the menu asks for the path).
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
    bool save();
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
    void setShortcutsActive(bool active);
    void loadWebhook(qint64 id);
    // The page shown instead of the designer: nothing selected, or a damaged webhook's problem.
    void showUnloaded(qint64 damagedId);
    void reloadFields();
    void setSample(const QJsonObject &sample);
    void useDelivery(qint64 deliveryId);
    void documentChanged();
    void updateValidity();
    void updatePreview();
    void showPreview(const QString &identifier, const Result<std::optional<store::User>> &user);
    // The preview's names: a field's display name, not its key.
    QString fieldLabel(const QString &key) const;
    static QString currencyLabel(mapping::Currency currency);
    // `webhook` without the rows that have no field or no path yet, each named in `unfinished`.
    mapping::Webhook withoutUnfinishedRows(const mapping::Webhook &webhook,
                                           QStringList *unfinished) const;
    void updateUrl();
    void createField(int row);
    QString uniqueName(const QString &base) const;

    store::Database &m_db;
    services::StoreExecutor &m_reader;
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
    QPushButton *m_save;
    MessageLabel *m_validity;
    QAction *m_saveAction, *m_catchAction, *m_newAction, *m_undoAction, *m_redoAction;
    QAction *m_cancelCatchAction;
    QHash<QAction *, QKeySequence> m_shortcuts; // what each action answers to while shown
    QJsonObject m_sampleRequest;
    QList<mapping::Webhook> m_webhooks; // all stored, the damaged ones with their columns only
    QHash<qint64, QString> m_damaged;   // why a stored configuration cannot be read, by id
    qint64 m_catchingId = 0;
    quint64 m_previewQuestion = 0; // the preview shows only the answer to the latest question
};

} // namespace hb::ui
