#pragma once

#include <QJsonObject>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTimer;
class QStackedWidget;
class QTabWidget;
class QTreeView;
class QVBoxLayout;

namespace hb::ui {

class MessageLabel;
class PayloadFilterProxy;
class PayloadTreeModel;

// The sample payload: Catch (wait for the next request) or take the latest, then the payload
// as a searchable tree, with the raw body and headers a tab away.
class SamplePanel : public QWidget {
    Q_OBJECT
public:
    explicit SamplePanel(PayloadTreeModel *model, QWidget *parent = nullptr);

    void setSample(const QJsonObject &sample);
    // Waiting for a request to `url`; false: back to the tree.
    void setWaiting(bool waiting, const QString &url = {});
    bool isWaiting() const { return m_waiting; }
    // Before waiting on a live webhook: says that the delivery caught is processed as usual (it
    // changes its user), with a button to wait for it. Cancel or setWaiting() leave it.
    void askLiveCatch();
    bool isAskingLive() const { return m_askingLive; }
    QPushButton *liveCatchButton() const { return m_liveCatch; }
    // Under the waiting text, in red: why a request sent meanwhile did not arrive. Cleared when
    // waiting starts again.
    void setWaitingNote(const QString &text);
    MessageLabel *waitingNote() const { return m_waitingNote; }
    void setCatchAvailable(bool available, const QString &why = {});
    void showError(const QString &text);

    QTreeView *tree() const { return m_tree; }
    QLineEdit *searchEdit() const { return m_search; }
    QPushButton *catchButton() const { return m_catch; }
    QPushButton *latestButton() const { return m_latest; }
    QPushButton *cancelButton() const { return m_cancel; }
    QTabWidget *tabs() const { return m_tabs; }
    QPushButton *conditionButton() const { return m_addCondition; }
    QPushButton *forEachButton() const { return m_forEach; }
    // The whole-payload pointer of the node selected in the tree; empty when none.
    QString selectedPointer() const;

signals:
    void catchRequested();
    // Wait for the next delivery of a live webhook, knowing it is processed.
    void liveCatchConfirmed();
    void latestRequested();
    void cancelRequested();
    void pointerClicked(const QString &pointer);
    // "Add condition on this node" (the button under the tree or the node's context menu).
    void conditionRequested(const QString &pointer);
    // "Apply for each item" on an array node.
    void forEachRequested(const QString &pointer);
    // The tree now shows what matches `text` (typing is debounced: one search per pause).
    void searched(const QString &text);

private:
    // The parts of the panel, in the order they are built (the tab order).
    void addButtonBar(QVBoxLayout *layout);
    QWidget *buildWaitingPage();
    QWidget *buildLivePage();
    QWidget *buildTreePage();
    void buildTabs();
    QWidget *buildNodeActions(QWidget *parent);
    void updateNodeActions();
    void showNodeMenu(const QPoint &at);
    void search();

    PayloadTreeModel *m_model;
    PayloadFilterProxy *m_proxy;
    QTimer *m_searchDelay;
    QPushButton *m_catch, *m_latest, *m_cancel, *m_liveCatch;
    QWidget *m_livePage;
    MessageLabel *m_liveText;
    QLabel *m_summary;
    MessageLabel *m_message;
    QStackedWidget *m_stack;
    QWidget *m_waitingPage;
    QLabel *m_waitingText;
    MessageLabel *m_waitingNote;
    QProgressBar *m_spinner;
    QLabel *m_emptyText;
    QTabWidget *m_tabs;
    QLineEdit *m_search;
    QTreeView *m_tree;
    QPushButton *m_addCondition, *m_forEach;
    QPlainTextEdit *m_body, *m_headers;
    bool m_waiting = false;
    bool m_askingLive = false;
};

} // namespace hb::ui
