#pragma once

#include "services/communityservice.h"
#include "services/records.h"

#include <QDialog>
#include <QHash>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace hb::ui {

class FieldValueEditor;
class MessageLabel;

// Add… and Edit… of a user: email, username, display name and one editor per custom field.
// OK does not close it: it says submitted(), and the page saves on the store's thread, then calls
// finish() or showError(), which puts the message under the input it is about and keeps the
// dialog open with what was typed.
class UserDialog : public QDialog {
    Q_OBJECT
public:
    // `user` null: a new user.
    UserDialog(const QList<mapping::CustomField> &fields, const services::User *user,
               QWidget *parent = nullptr);

    // The identity as typed, and the fields whose text differs from what the dialog opened
    // with (all non-empty ones for a new user).
    services::UserEdit edit() const;
    // `input`: "email", "username", a field key, or anything else for the dialog as a whole.
    void showError(const QString &input, const QString &message);
    void setBusy(bool busy);
    void finish() { QDialog::accept(); }

    void accept() override;

signals:
    void submitted(const hb::services::UserEdit &edit);

private:
    QLabel *errorLabel(const QString &input);
    void clearErrors();
    QWidget *buildFields(const QList<mapping::CustomField> &fields);

    qint64 m_userId = 0;
    QHash<QString, QString> m_original; // field key -> text it opened with
    QLineEdit *m_email;
    QLineEdit *m_username;
    QLineEdit *m_displayName;
    QList<FieldValueEditor *> m_editors;
    QHash<QString, QLabel *> m_errors; // input -> its error line
    MessageLabel *m_message;
    QDialogButtonBox *m_buttons;
};

} // namespace hb::ui
