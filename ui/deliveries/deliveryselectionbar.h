#pragma once

#include <QWidget>

class QHBoxLayout;
class QLabel;
class QPushButton;

namespace hb::ui {

// The actions on the rows selected in the Deliveries table, under it: how many are selected and
// Re-run selected. Replay, Copy as curl, Export and Send again go in actionsLayout(), after
// Re-run, in that order (UI.md).
class DeliverySelectionBar : public QWidget {
    Q_OBJECT
public:
    explicit DeliverySelectionBar(QWidget *parent = nullptr);

    QPushButton *rerunButton() const { return m_rerun; }
    // Where the other actions on the selection are added.
    QHBoxLayout *actionsLayout() const { return m_actions; }
    // `selected` rows, of which `rerunnable` can be re-run (SPEC §6); `busy`: re-runs on their way.
    void showSelection(int selected, int rerunnable, bool busy);
    QString selectionText() const;

signals:
    void rerunRequested();

private:
    QLabel *m_count;
    QPushButton *m_rerun;
    QHBoxLayout *m_actions;
};

} // namespace hb::ui
