#pragma once

#include "mapping/webhook.h"

#include <QList>
#include <QWidget>

class QListWidget;
class QPushButton;

namespace hb::ui {

// The left column of the designer: every webhook, with New, Rename, Duplicate, Delete and
// Enable/Disable (buttons and a context menu).
class WebhookListPanel : public QWidget {
    Q_OBJECT
public:
    explicit WebhookListPanel(QWidget *parent = nullptr);

    void setWebhooks(const QList<mapping::Webhook> &webhooks);
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
};

} // namespace hb::ui
