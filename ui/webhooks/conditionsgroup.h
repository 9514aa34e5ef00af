#pragma once

#include <QGroupBox>

class QLabel;
class QPushButton;
class QTableView;

namespace hb::ui {

class ConditionsModel;
class WebhookDocument;

// "Only when": the webhook's conditions over its mapping rows. A condition is added from a
// payload node ("+ Condition" then a click on the node, or the sample panel's "Add condition"
// on the selected node), its operator and value edited in place.
class ConditionsGroup : public QGroupBox {
    Q_OBJECT
public:
    explicit ConditionsGroup(WebhookDocument *document, QWidget *parent = nullptr);

    ConditionsModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }
    // Adds a condition on the node at `pointer` and opens its value (or operator) for editing.
    void addCondition(const QString &pointer);

signals:
    // "+ Condition": the next payload node clicked gets a condition.
    void addRequested();

private:
    void refresh();

    WebhookDocument *m_document;
    ConditionsModel *m_model;
    QLabel *m_hint;
    QTableView *m_view;
    QPushButton *m_add, *m_remove;
};

} // namespace hb::ui
