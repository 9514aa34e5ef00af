#pragma once

#include "mapping/webhook.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QWidget>

class QListWidget;
class QPushButton;

namespace hb::ui {

// The left column of the designer: every webhook, with New, Rename, Duplicate, Delete and
// Enable/Disable (buttons and a context menu). A row's icon says whether the webhook can work:
// the webhook glyph when it can, greyed when it is off, a warning when its mapping is invalid,
// the sample flask and "(draft)" while it is a draft.
// Never the green tick: that is a delivery's Success everywhere else in the window.
class WebhookListPanel : public QWidget {
    Q_OBJECT
public:
    explicit WebhookListPanel(QWidget *parent = nullptr);

    // `problems`: why a webhook cannot work as stored, by id (absent: it can). `unreadable`: the
    // ids of those whose stored configuration cannot even be read: they can only be deleted.
    void setWebhooks(const QList<mapping::Webhook> &webhooks,
                     const QHash<qint64, QString> &problems = {},
                     const QSet<qint64> &unreadable = {});
    // While a write is on its way: New, Rename, Duplicate, Delete and choosing another wait.
    void setBusy(bool busy);
    qint64 currentId() const;
    // Selects `id` without emitting currentChanged.
    void select(qint64 id);
    QListWidget *list() const { return m_list; }
    QPushButton *newButton() const { return m_new; }

signals:
    void currentChanged(qint64 id, qint64 previousId);
    void newRequested();
    void renameRequested();
    void duplicateRequested();
    void deleteRequested();
    void toggleEnabledRequested();

private:
    void showMenu(const QPoint &at);

    QListWidget *m_list;
    QPushButton *m_new, *m_rename, *m_duplicate, *m_delete;
    qint64 m_current = 0;
    bool m_selecting = false;
    bool m_busy = false;
};

} // namespace hb::ui
