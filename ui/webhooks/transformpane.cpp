#include "transformpane.h"

#include "conditionvalue.h"
#include "enginewords.h"
#include "itempath.h"
#include "mapping/valuetext.h"
#include "payload/jsonpointer.h"
#include "transformstepeditor.h"
#include "transformstepsmodel.h"
#include "transformtext.h"
#include "webhookdocument.h"

#include <QCheckBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace hb::ui {

using mapping::TransformStep;
using mapping::Webhook;

namespace {
// The row's path and the parts of it the pane edits, fields first then currencies.
struct RowRef {
    QString path;
    QList<TransformStep> *steps = nullptr;
    std::optional<QJsonValue> *defaultValue = nullptr;
};

RowRef rowOf(Webhook &webhook, int row)
{
    RowRef ref;
    const int fieldRows = int(webhook.fields.size());
    if (row >= 0 && row < fieldRows) {
        ref.path = webhook.fields[row].path;
        ref.steps = &webhook.fields[row].transform;
        ref.defaultValue = &webhook.fields[row].defaultValue;
    } else if (row >= fieldRows && row < fieldRows + webhook.currencies.size()) {
        ref.path = webhook.currencies[row - fieldRows].path;
        ref.steps = &webhook.currencies[row - fieldRows].transform;
        ref.defaultValue = &webhook.currencies[row - fieldRows].defaultValue;
    }
    return ref;
}

// A new step with settings that already mean something, to be adjusted.
TransformStep newStep(TransformStep::Kind kind)
{
    TransformStep step;
    step.kind = kind;
    if (kind == TransformStep::Kind::Multiply)
        step.operand = QStringLiteral("0.01");
    else if (kind == TransformStep::Kind::Divide)
        step.operand = QStringLiteral("100");
    else if (kind == TransformStep::Kind::Round)
        step.places = 2;
    else if (kind == TransformStep::Kind::Date)
        step.operand = QStringLiteral("unix");
    return step;
}
} // namespace

TransformPane::TransformPane(WebhookDocument *document, QWidget *parent)
    : QGroupBox(parent)
    , m_document(document)
    , m_model(new TransformStepsModel(document, this))
{
    setObjectName(QStringLiteral("transformPane"));
    m_input = new QLabel(this);
    m_input->setObjectName(QStringLiteral("transformInput"));
    m_input->setWordWrap(true);
    m_steps = new QListView(this);
    m_steps->setObjectName(QStringLiteral("transformSteps"));
    m_steps->setModel(m_model);
    m_steps->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_steps->setMaximumHeight(m_steps->fontMetrics().height() * 5 + 8);
    m_editor = new TransformStepEditor(this);
    m_outcome = new QLabel(this);
    m_outcome->setObjectName(QStringLiteral("transformOutcome"));
    m_outcome->setWordWrap(true);
    m_outcome->setTextFormat(Qt::PlainText);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_input);
    layout->addWidget(m_steps);
    layout->addWidget(buildStepButtons());
    layout->addWidget(m_editor);
    layout->addWidget(buildDefaultRow());
    layout->addWidget(m_outcome);
    connectParts();
    setRow(-1);
}

QWidget *TransformPane::buildStepButtons()
{
    auto *bar = new QWidget(this);
    auto *buttons = new QHBoxLayout(bar);
    buttons->setContentsMargins(0, 0, 0, 0);
    m_add = new QToolButton(bar);
    m_add->setObjectName(QStringLiteral("addStep"));
    m_add->setText(tr("+ Step"));
    m_add->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(m_add);
    using Kind = TransformStep::Kind;
    for (Kind kind : {Kind::Number, Kind::Multiply, Kind::Divide, Kind::Round, Kind::Trim,
                      Kind::Lowercase, Kind::Map, Kind::Date}) {
        QAction *action = menu->addAction(EngineWords::transformStepLabel(kind));
        connect(action, &QAction::triggered, this, [this, kind] { addStep(kind); });
    }
    m_add->setMenu(menu);
    // Arrows and short words: the mapping column is narrow at 1024×700.
    m_up = new QToolButton(bar);
    m_up->setObjectName(QStringLiteral("stepUp"));
    m_up->setArrowType(Qt::UpArrow);
    m_up->setToolTip(tr("Move the selected step up"));
    m_up->setAccessibleName(tr("Move step up"));
    m_down = new QToolButton(bar);
    m_down->setObjectName(QStringLiteral("stepDown"));
    m_down->setArrowType(Qt::DownArrow);
    m_down->setToolTip(tr("Move the selected step down"));
    m_down->setAccessibleName(tr("Move step down"));
    m_remove = new QPushButton(tr("Remove"), bar);
    m_remove->setObjectName(QStringLiteral("removeStep"));
    m_remove->setToolTip(tr("Remove the selected step"));
    m_close = new QPushButton(tr("Close"), bar);
    m_close->setObjectName(QStringLiteral("closeTransform"));
    m_close->setToolTip(tr("Close the transform chain (a row's Transform cell opens it)"));
    buttons->addWidget(m_add);
    buttons->addWidget(m_up);
    buttons->addWidget(m_down);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    buttons->addWidget(m_close);
    return bar;
}

QWidget *TransformPane::buildDefaultRow()
{
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    m_hasDefault = new QCheckBox(tr("Default"), row);
    m_hasDefault->setObjectName(QStringLiteral("hasDefault"));
    m_hasDefault->setToolTip(tr("Used when the path is missing or null in a request"));
    m_default = new QLineEdit(row);
    m_default->setObjectName(QStringLiteral("defaultValue"));
    m_default->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_default->setPlaceholderText(tr("0"));
    layout->addWidget(m_hasDefault);
    layout->addWidget(m_default, 1);
    return row;
}

void TransformPane::connectParts()
{
    connect(m_up, &QToolButton::clicked, this, [this] { moveCurrent(-1); });
    connect(m_down, &QToolButton::clicked, this, [this] { moveCurrent(1); });
    connect(m_close, &QPushButton::clicked, this, &TransformPane::closeRequested);
    connect(m_remove, &QPushButton::clicked, this, &TransformPane::removeCurrent);
    connect(m_steps->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &TransformPane::refresh);
    connect(m_model, &QAbstractItemModel::modelReset, this, &TransformPane::refresh);
    connect(m_document, &WebhookDocument::changed, this, &TransformPane::refresh);
    connect(m_editor, &TransformStepEditor::edited, this, [this](const TransformStep &step) {
        QList<TransformStep> steps = m_model->steps();
        const int current = currentStep();
        if (current < 0 || current >= steps.size())
            return;
        steps[current] = step;
        setSteps(steps, tr("Change transform step"), WebhookDocument::TransformEdit);
    });
    connect(m_hasDefault, &QCheckBox::clicked, this, &TransformPane::setDefault);
    connect(m_default, &QLineEdit::textEdited, this, &TransformPane::setDefault);
}

void TransformPane::setRow(int row)
{
    m_model->setRow(row);
    refresh();
}

int TransformPane::row() const
{
    return m_model->mappingRow();
}

void TransformPane::setPayload(const QJsonValue &payload)
{
    m_payload = payload;
    refresh();
}

int TransformPane::currentStep() const
{
    return m_steps->currentIndex().isValid() ? m_steps->currentIndex().row() : -1;
}

void TransformPane::selectStep(int step)
{
    if (step >= 0 && step < m_model->rowCount())
        m_steps->setCurrentIndex(m_model->index(step));
}

void TransformPane::setSteps(const QList<TransformStep> &steps, const QString &what, int mergeId)
{
    Webhook next = m_document->webhook();
    const RowRef ref = rowOf(next, row());
    if (!ref.steps)
        return;
    *ref.steps = steps;
    m_document->change(next, what, mergeId);
}

void TransformPane::addStep(TransformStep::Kind kind)
{
    QList<TransformStep> steps = m_model->steps();
    steps.append(newStep(kind));
    setSteps(steps, tr("Add transform step"));
    selectStep(int(steps.size()) - 1);
}

void TransformPane::moveCurrent(int by)
{
    QList<TransformStep> steps = m_model->steps();
    const int from = currentStep();
    const int to = from + by;
    if (from < 0 || to < 0 || to >= steps.size())
        return;
    steps.move(from, to);
    setSteps(steps, tr("Move transform step"));
    selectStep(to);
}

void TransformPane::removeCurrent()
{
    QList<TransformStep> steps = m_model->steps();
    const int current = currentStep();
    if (current < 0 || current >= steps.size())
        return;
    steps.removeAt(current);
    setSteps(steps, tr("Remove transform step"));
    selectStep(qMin(current, int(steps.size()) - 1));
}

void TransformPane::setDefault()
{
    Webhook next = m_document->webhook();
    const RowRef ref = rowOf(next, row());
    if (!ref.defaultValue)
        return;
    m_default->setEnabled(m_hasDefault->isChecked());
    // Typed like a condition's value: 0 is a number, "none" text.
    if (m_hasDefault->isChecked())
        *ref.defaultValue = ConditionValue::fromText(
            m_default->text(), mapping::ConditionOperator::Equals, std::nullopt);
    else
        ref.defaultValue->reset();
    m_document->change(next, tr("Change default"), WebhookDocument::DefaultEdit);
}

void TransformPane::refresh()
{
    Webhook webhook = m_document->webhook();
    const RowRef ref = rowOf(webhook, row());
    setEnabled(ref.steps != nullptr);
    if (!ref.steps) {
        setTitle(tr("Transform"));
        m_input->setText(tr("Select a mapping row to transform its value."));
        m_model->setInput(std::nullopt);
        m_editor->setStep(std::nullopt);
        m_outcome->clear();
        return;
    }
    setTitle(tr("Transform of row %1 (%2)").arg(row() + 1).arg(ref.path));
    // The sample shows whole-payload pointers; under for-each the row reads the first item.
    const QString path =
        webhook.forEach.isEmpty() ? ref.path : ItemPath::inFirstItem(ref.path, webhook.forEach);
    const Result<payload::JsonPointer> pointer = payload::JsonPointer::parse(path);
    const std::optional<QJsonValue> input =
        pointer && !ref.path.isEmpty() && !m_payload.isUndefined() ? pointer->resolve(m_payload)
                                                                   : std::nullopt;
    if (input != m_model->input())
        m_model->setInput(input);
    m_input->setText(input ? tr("Sample value: %1").arg(mapping::ValueText::describe(*input))
                           : tr("The sample has no value at this path."));
    const int current = currentStep();
    m_editor->setStep(current >= 0 && current < ref.steps->size()
                          ? std::optional<TransformStep>(ref.steps->at(current))
                          : std::nullopt);
    m_up->setEnabled(current > 0);
    m_down->setEnabled(current >= 0 && current + 1 < ref.steps->size());
    m_remove->setEnabled(current >= 0);
    m_hasDefault->setChecked(ref.defaultValue->has_value());
    m_default->setEnabled(ref.defaultValue->has_value());
    if (ref.defaultValue->has_value() && !m_default->hasFocus())
        m_default->setText(ConditionValue::toText(**ref.defaultValue));
    m_outcome->setText(tr("Result: %1").arg(m_model->outcome()));
}

} // namespace hb::ui
