#pragma once

#include "mapping/webhook.h"

#include <QGroupBox>
#include <QJsonValue>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QToolButton;

namespace hb::ui {

class TransformStepEditor;
class TransformStepsModel;
class WebhookDocument;

// The transform chain of one mapping row, opened under the rows: add, reorder and remove steps,
// set each step's settings and the row's default, and see each step's result on the sample as
// it is edited. Every edit goes through the document (undoable).
class TransformPane : public QGroupBox {
    Q_OBJECT
public:
    explicit TransformPane(WebhookDocument *document, QWidget *parent = nullptr);

    // The mapping row shown (fields first, then currencies); -1: none.
    void setRow(int row);
    int row() const;
    void setPayload(const QJsonValue &payload);

    TransformStepsModel *model() const { return m_model; }
    QListView *stepsView() const { return m_steps; }
    QToolButton *addButton() const { return m_add; }
    QToolButton *upButton() const { return m_up; }
    QToolButton *downButton() const { return m_down; }
    TransformStepEditor *stepEditor() const { return m_editor; }
    QCheckBox *defaultBox() const { return m_hasDefault; }
    QLineEdit *defaultEdit() const { return m_default; }
    QLabel *outcomeLabel() const { return m_outcome; }
    // Appends a step of `kind` with the usual settings and selects it.
    void addStep(mapping::TransformStep::Kind kind);
    void moveCurrent(int by);
    void removeCurrent();

signals:
    void closeRequested();

private:
    QWidget *buildStepButtons();
    QWidget *buildDefaultRow();
    void connectParts();
    void refresh();
    void setSteps(const QList<mapping::TransformStep> &steps, const QString &what,
                  int mergeId = -1);
    void setDefault();
    int currentStep() const;
    void selectStep(int step);

    WebhookDocument *m_document;
    TransformStepsModel *m_model;
    QJsonValue m_payload;
    QLabel *m_input, *m_outcome;
    QListView *m_steps;
    QToolButton *m_add, *m_up, *m_down;
    QPushButton *m_remove, *m_close;
    TransformStepEditor *m_editor;
    QCheckBox *m_hasDefault;
    QLineEdit *m_default;
};

} // namespace hb::ui
