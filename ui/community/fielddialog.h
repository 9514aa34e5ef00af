#pragma once

#include "mapping/customfield.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLineEdit;

namespace hb::ui {

class MessageLabel;

// Add… a custom field: a name, the key derived from it as SPEC §1 says ("Deposit amount" ->
// deposit-amount) until the key is typed by hand, and a type. OK says submitted(); the dialog
// stays until finish() or showError().
class FieldDialog : public QDialog {
    Q_OBJECT
public:
    explicit FieldDialog(QWidget *parent = nullptr);

    mapping::CustomField field() const;
    void showError(const QString &message);
    void finish() { QDialog::accept(); }
    void accept() override;

signals:
    void submitted(const hb::mapping::CustomField &field);

private:
    QLineEdit *m_name;
    QLineEdit *m_key;
    QComboBox *m_type;
    MessageLabel *m_message;
    QDialogButtonBox *m_buttons;
    bool m_keyTyped = false;
};

} // namespace hb::ui
