#pragma once

#include "deliverydetails.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QStackedLayout;
class QTabWidget;

namespace hb::ui {

class DeliveryOverviewTab;
class DeliveryRequestTab;

// The selected delivery, for support staff finding out why it failed: tabs Overview (status,
// reason and what to do, changes), Request (headers and body) and Response (what the catcher
// answered, as far as the record tells). While nothing is selected, or the delivery is being read,
// a line says so in place of the tabs. The tab last chosen stays chosen from one delivery to the
// next.
class DeliveryDetailsView : public QWidget {
    Q_OBJECT
public:
    enum Tab { OverviewTab, RequestTab, ResponseTab };

    explicit DeliveryDetailsView(QWidget *parent = nullptr);

    // Nothing selected.
    void showPlaceholder();
    // Delivery `id` is being read. The details already shown stay while it is the same delivery
    // (a refresh after its status changed), so that the pane does not flicker.
    void showLoading(qint64 id);
    // It could not be read, or is gone: said in place of the tabs.
    void showProblem(const QString &text);
    void showDetails(const DeliveryDetails &details);

    bool isShowingDelivery() const;
    qint64 deliveryId() const { return m_id; }
    QString placeholderText() const;
    QTabWidget *tabs() const { return m_tabs; }
    DeliveryOverviewTab *overview() const { return m_overview; }
    DeliveryRequestTab *request() const { return m_request; }
    QString responseText() const; // the Response tab's words and answer, as plain text

private:
    void showLine(const QString &text);
    void showResponse(const services::DeliveryRecord &record);

    QStackedLayout *m_stack;
    QLabel *m_placeholder;
    QTabWidget *m_tabs;
    DeliveryOverviewTab *m_overview;
    DeliveryRequestTab *m_request;
    QLabel *m_responseIntro;
    QPlainTextEdit *m_answer;
    QLabel *m_responseNote;
    QLabel *m_duplicates;
    QPlainTextEdit *m_duplicateAnswer;
    qint64 m_id = 0; // the delivery shown in the tabs; 0 when none
};

} // namespace hb::ui
