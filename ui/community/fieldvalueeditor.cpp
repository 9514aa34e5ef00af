#include "fieldvalueeditor.h"

#include <QComboBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLineEdit>

namespace hb::ui {

FieldValueEditor::FieldValueEditor(const mapping::CustomField &field, QWidget *parent)
    : QWidget(parent)
    , m_field(field)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    if (field.type == mapping::FieldType::Boolean) {
        m_choice = new QComboBox(this);
        m_choice->addItem(tr("(not set)"), QString());
        m_choice->addItem(tr("true"), QStringLiteral("true"));
        m_choice->addItem(tr("false"), QStringLiteral("false"));
        m_choice->setObjectName(QStringLiteral("value-%1").arg(field.key));
        layout->addWidget(m_choice);
        layout->addStretch();
        connect(m_choice, &QComboBox::currentIndexChanged, this, &FieldValueEditor::edited);
        return;
    }
    m_line = new QLineEdit(this);
    m_line->setObjectName(QStringLiteral("value-%1").arg(field.key));
    m_line->setClearButtonEnabled(true);
    switch (field.type) {
    case mapping::FieldType::Number:
        m_line->setPlaceholderText(tr("a number, e.g. 22.5 (empty: not set)"));
        m_line->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        break;
    case mapping::FieldType::Date:
        m_line->setPlaceholderText(tr("2026-11-26 or 2026-11-26T16:45:00Z (empty: not set)"));
        m_line->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        break;
    case mapping::FieldType::Text:
    case mapping::FieldType::Boolean:
        m_line->setPlaceholderText(tr("(not set)"));
        break;
    }
    layout->addWidget(m_line);
    connect(m_line, &QLineEdit::textEdited, this, &FieldValueEditor::edited);
}

QString FieldValueEditor::text() const
{
    return m_choice ? m_choice->currentData().toString() : m_line->text();
}

void FieldValueEditor::setText(const QString &text)
{
    if (m_line) {
        m_line->setText(text);
        return;
    }
    // A stored boolean is "true" or "false"; anything else shows as not set.
    const int index = m_choice->findData(text);
    m_choice->setCurrentIndex(index < 0 ? 0 : index);
}

QWidget *FieldValueEditor::input() const
{
    return m_choice ? static_cast<QWidget *>(m_choice) : m_line;
}

} // namespace hb::ui
