#pragma once

#include "services/records.h"

#include <QList>
#include <QWidget>

class QComboBox;
class QPushButton;

namespace hb::ui {

// The saved requests of the chosen webhook, kept in the store: a list to open one from, "Save
// as…" (asks a name; the same name replaces) and "Delete". The page reads and writes the store;
// the bar only shows the list and says what the tester asked for.
class SavedRequestsBar : public QWidget {
    Q_OBJECT
public:
    explicit SavedRequestsBar(QWidget *parent = nullptr);

    QComboBox *list() const { return m_list; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *deleteButton() const { return m_delete; }

    // `selectName`: the one to show as open (just saved), else none.
    void setRequests(const QList<services::SavedRequest> &requests, const QString &selectName = {});
    QString currentName() const;

signals:
    void opened(const hb::services::SavedRequest &request);
    void saveRequested(const QString &name);
    void deleteRequested(qint64 id, const QString &name);

private:
    void askName();

    QComboBox *m_list;
    QPushButton *m_save;
    QPushButton *m_delete;
    QList<services::SavedRequest> m_requests;
};

} // namespace hb::ui
