#pragma once

#include "common/result.h"
#include "services/useractivityservice.h"

#include <QDialog>
#include <QList>

#include <array>
#include <functional>

class QLabel;
class QTabWidget;

namespace hb::services {
class StoreExecutor;
}

namespace hb::ui {

class MessageLabel;
class UserViewTable;
struct UserViewRow;

// "What happened to this user?": their name, email, username, coins and XP above the tabs Fields,
// Field history, Coins & XP, Messages and Deliveries (UI.md), each newest first, reading older
// rows as the table is scrolled to its end. A row that came from a delivery opens it (Enter, a
// double-click or its "#12" link): deliveryRequested(), for the window to show that delivery.
// It follows the store: the services' change signals, and reload() for whoever knows of more
// (the catcher's processed deliveries). Reads go through the StoreExecutor, one at a time.
class UserView : public QDialog {
    Q_OBJECT
public:
    enum Tab { FieldsTab, HistoryTab, LogTab, MessagesTab, DeliveriesTab, TabCount };

    UserView(services::StoreExecutor &reader, qint64 userId, QWidget *parent = nullptr);

    qint64 userId() const { return m_userId; }
    // A read is on its way (the user's activity, or an older page of a list), or the first one
    // is yet to start (it waits for the event loop, so that setPageSize() applies to it).
    bool isLoading() const { return !m_started || m_reading || m_fetching > 0; }
    QTabWidget *tabs() const { return m_tabs; }
    UserViewTable *table(Tab tab) const { return m_tables.at(tab); }
    // Rows read at a time for each list; 200 unless a test wants short pages.
    void setPageSize(int rows) { m_pageSize = qMax(1, rows); }

public slots:
    void reload();

signals:
    void deliveryRequested(qint64 deliveryId);

private:
    QWidget *buildHeader();
    void buildTabs();
    void showActivity(const services::UserActivity &activity, int limit);
    void showProfile(const services::UserProfile &profile);
    void updateTabTitle(Tab tab);
    void fetchOlder(Tab tab, qint64 beforeId);
    template <typename T>
    void fetchPage(Tab tab, qint64 beforeId,
                   std::function<Result<QList<T>>(services::UserActivityService &,
                                                  const services::ActivityPage &)>
                       read,
                   std::function<QList<UserViewRow>(const QList<T> &)> rows);

    services::StoreExecutor &m_reader;
    const qint64 m_userId;
    int m_pageSize = 200;
    QLabel *m_name;
    QLabel *m_identity;
    QLabel *m_balances;
    MessageLabel *m_message;
    QTabWidget *m_tabs;
    std::array<UserViewTable *, TabCount> m_tables{};
    QList<services::CustomField> m_fields; // the names of the keys of history pages read later
    bool m_started = false;
    bool m_reading = false;
    bool m_readAgain = false;
    int m_fetching = 0;
    int m_generation = 0; // a page read for an older generation of rows is dropped
};

} // namespace hb::ui
