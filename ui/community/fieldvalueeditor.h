#pragma once

#include "mapping/customfield.h"

#include <QWidget>

class QComboBox;
class QLineEdit;

namespace hb::ui {

// The editor of one custom field's value, fitting its type: a line edit for numbers (exact
// decimals, typed as text so that nothing is rounded), dates (ISO 8601, a date or a date-time)
// and text, a not set / true / false choice for booleans. text() is what the services check and
// store ("" clears the value); the store's checks are the only ones, so the form and the command
// line never disagree.
class FieldValueEditor : public QWidget {
    Q_OBJECT
public:
    explicit FieldValueEditor(const mapping::CustomField &field, QWidget *parent = nullptr);

    const mapping::CustomField &field() const { return m_field; }
    QString text() const;
    void setText(const QString &text);
    // The widget that takes the keyboard focus (for a label's buddy and an error's focus).
    QWidget *input() const;

signals:
    void edited();

private:
    mapping::CustomField m_field;
    QLineEdit *m_line = nullptr;
    QComboBox *m_choice = nullptr;
};

} // namespace hb::ui
