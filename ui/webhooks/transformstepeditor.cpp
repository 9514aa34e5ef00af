#include "transformstepeditor.h"

#include "transformtext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace hb::ui {

namespace {
// An edit being typed into keeps what is typed (and its cursor) while the document follows it.
void showText(QLineEdit *edit, const QString &text)
{
    if (!edit->hasFocus() && edit->text() != text)
        edit->setText(text);
}
} // namespace

using Kind = mapping::TransformStep::Kind;

TransformStepEditor::TransformStepEditor(QWidget *parent)
    : QWidget(parent)
    , m_pages(new QStackedWidget(this))
{
    m_none = new QLabel(m_pages);
    m_none->setWordWrap(true);
    m_pages->addWidget(m_none);
    m_pages->addWidget(buildOperandPage());
    m_pages->addWidget(buildRoundPage());
    m_pages->addWidget(buildMapPage());
    m_pages->addWidget(buildDatePage());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);
    setStep(std::nullopt);
}

QWidget *TransformStepEditor::buildOperandPage()
{
    auto *page = new QWidget(m_pages);
    auto *form = new QFormLayout(page);
    form->setContentsMargins(0, 0, 0, 0);
    m_operand = new QLineEdit(page);
    m_operand->setObjectName(QStringLiteral("stepOperand"));
    m_operand->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_operand->setPlaceholderText(tr("0.01"));
    form->addRow(tr("By"), m_operand);
    connect(m_operand, &QLineEdit::textEdited, this, &TransformStepEditor::emitEdited);
    return page;
}

QWidget *TransformStepEditor::buildRoundPage()
{
    auto *page = new QWidget(m_pages);
    auto *form = new QFormLayout(page);
    form->setContentsMargins(0, 0, 0, 0);
    m_places = new QSpinBox(page);
    m_places->setObjectName(QStringLiteral("stepPlaces"));
    m_places->setRange(0, 18);
    m_places->setSuffix(tr(" decimal places"));
    form->addRow(tr("To"), m_places);
    connect(m_places, &QSpinBox::valueChanged, this, &TransformStepEditor::emitEdited);
    return page;
}

QWidget *TransformStepEditor::buildMapPage()
{
    auto *page = new QWidget(m_pages);
    auto *form = new QFormLayout(page);
    form->setContentsMargins(0, 0, 0, 0);
    m_table = new QLineEdit(page);
    m_table->setObjectName(QStringLiteral("stepTable"));
    m_table->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_table->setPlaceholderText(tr("g=gold, s=silver"));
    m_hasOtherwise = new QCheckBox(tr("Else"), page);
    m_hasOtherwise->setObjectName(QStringLiteral("stepHasElse"));
    m_hasOtherwise->setToolTip(tr("Without else, a value not in the table fails the delivery"));
    m_otherwise = new QLineEdit(page);
    m_otherwise->setObjectName(QStringLiteral("stepElse"));
    m_otherwise->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    form->addRow(tr("Table"), m_table);
    form->addRow(m_hasOtherwise, m_otherwise);
    connect(m_table, &QLineEdit::textEdited, this, &TransformStepEditor::emitEdited);
    connect(m_otherwise, &QLineEdit::textEdited, this, &TransformStepEditor::emitEdited);
    connect(m_hasOtherwise, &QCheckBox::toggled, this, &TransformStepEditor::emitEdited);
    return page;
}

QWidget *TransformStepEditor::buildDatePage()
{
    auto *page = new QWidget(m_pages);
    auto *form = new QFormLayout(page);
    form->setContentsMargins(0, 0, 0, 0);
    m_date = new QComboBox(page);
    m_date->setObjectName(QStringLiteral("stepDateFormat"));
    m_date->setEditable(true); // any Qt date format, the common ones offered
    m_date->addItems({QStringLiteral("unix"), QStringLiteral("dd/MM/yyyy"),
                      QStringLiteral("MM/dd/yyyy"), QStringLiteral("yyyy-MM-dd"),
                      QStringLiteral("dd.MM.yyyy")});
    m_date->setToolTip(tr("\"unix\" for seconds since 1970, else a Qt date format"));
    form->addRow(tr("From"), m_date);
    connect(m_date, &QComboBox::currentTextChanged, this, &TransformStepEditor::emitEdited);
    return page;
}

void TransformStepEditor::setStep(const std::optional<mapping::TransformStep> &step)
{
    m_showing = true;
    m_step = step;
    if (!step) {
        m_none->setText(tr("Select a step to change its settings."));
        m_pages->setCurrentWidget(m_none);
    } else {
        switch (step->kind) {
        case Kind::Multiply:
        case Kind::Divide:
            showText(m_operand, step->operand);
            m_pages->setCurrentIndex(1);
            break;
        case Kind::Round:
            m_places->setValue(step->places);
            m_pages->setCurrentIndex(2);
            break;
        case Kind::Map:
            showText(m_table, TransformText::table(step->table));
            m_hasOtherwise->setChecked(step->otherwise.has_value());
            showText(m_otherwise, step->otherwise ? step->otherwise->toString() : QString());
            m_otherwise->setEnabled(step->otherwise.has_value());
            m_pages->setCurrentIndex(3);
            break;
        case Kind::Date:
            if (m_date->currentText() != step->operand)
                m_date->setCurrentText(step->operand);
            m_pages->setCurrentIndex(4);
            break;
        default:
            m_none->setText(tr("\"%1\" has no settings.").arg(TransformText::step(*step)));
            m_pages->setCurrentWidget(m_none);
        }
    }
    m_showing = false;
}

void TransformStepEditor::emitEdited()
{
    if (m_showing || !m_step)
        return;
    mapping::TransformStep step = *m_step;
    switch (step.kind) {
    case Kind::Multiply:
    case Kind::Divide:
        step.operand = m_operand->text().trimmed();
        break;
    case Kind::Round:
        step.places = m_places->value();
        break;
    case Kind::Map:
        step.table = TransformText::tableFromText(m_table->text());
        m_otherwise->setEnabled(m_hasOtherwise->isChecked());
        if (m_hasOtherwise->isChecked())
            step.otherwise = QJsonValue(m_otherwise->text());
        else
            step.otherwise.reset();
        break;
    case Kind::Date:
        step.operand = m_date->currentText().trimmed();
        break;
    default:
        return;
    }
    m_step = step;
    emit edited(step);
}

} // namespace hb::ui
