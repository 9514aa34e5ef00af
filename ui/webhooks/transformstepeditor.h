#pragma once

#include "mapping/webhook.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QStackedWidget;

namespace hb::ui {

// The settings of one transform step: the operand of multiply and divide, round's places, the
// map table and its else, date's format (or unix). Steps without settings say so.
class TransformStepEditor : public QWidget {
    Q_OBJECT
public:
    explicit TransformStepEditor(QWidget *parent = nullptr);

    // Shows `step` (nothing: no step selected); does not emit edited().
    void setStep(const std::optional<mapping::TransformStep> &step);
    QLineEdit *operandEdit() const { return m_operand; }
    QSpinBox *placesBox() const { return m_places; }
    QLineEdit *tableEdit() const { return m_table; }
    QLineEdit *otherwiseEdit() const { return m_otherwise; }
    QComboBox *dateFormatBox() const { return m_date; }

signals:
    // The admin changed a setting of the step shown.
    void edited(const hb::mapping::TransformStep &step);

private:
    QWidget *buildOperandPage();
    QWidget *buildRoundPage();
    QWidget *buildMapPage();
    QWidget *buildDatePage();
    void emitEdited();

    std::optional<mapping::TransformStep> m_step;
    bool m_showing = false;
    QStackedWidget *m_pages;
    QLabel *m_none;
    QLineEdit *m_operand;
    QSpinBox *m_places;
    QLineEdit *m_table, *m_otherwise;
    QCheckBox *m_hasOtherwise;
    QComboBox *m_date;
};

} // namespace hb::ui
