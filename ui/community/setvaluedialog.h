#pragma once

#include "services/records.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QVBoxLayout;

namespace hb::ui {

class FieldValueEditor;
class MessageLabel;

// "Set value…": one custom field (or coins, XP) of one user by hand, kept in the field history
// with source `manual` (the gamification log with action `manual` for balances). Like
// UserDialog, OK says submitted() and the dialog stays until finish() or showError().
class SetValueDialog : public QDialog {
    Q_OBJECT
public:
    SetValueDialog(const services::User &user, const QList<mapping::CustomField> &fields,
                   const QString &key, QWidget *parent = nullptr);

    qint64 userId() const { return m_user.id; }
    QString key() const;
    QString text() const;
    void selectKey(const QString &key);
    void showError(const QString &message);
    void finish() { QDialog::accept(); }
    void accept() override;

signals:
    void submitted(qint64 userId, const QString &key, const QString &text);

private:
    void showEditor();

    services::User m_user;
    QList<mapping::CustomField> m_fields; // the custom fields, then coins and xp
    QComboBox *m_key;
    QVBoxLayout *m_editorPlace;
    FieldValueEditor *m_editor = nullptr;
    MessageLabel *m_message;
    QDialogButtonBox *m_buttons;
};

} // namespace hb::ui
