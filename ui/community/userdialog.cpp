#include "userdialog.h"

#include "common/errortext.h"
#include "common/messagelabel.h"
#include "fieldvalueeditor.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace hb::ui {
namespace {

QLineEdit *lineEdit(const char *name, const QString &text, QWidget *parent)
{
    auto *edit = new QLineEdit(text, parent);
    edit->setObjectName(QLatin1String(name));
    return edit;
}

} // namespace

UserDialog::UserDialog(const QList<mapping::CustomField> &fields, const services::User *user,
                       QWidget *parent)
    : QDialog(parent)
    , m_userId(user ? user->id : 0)
    , m_email(lineEdit("email", user ? user->email : QString(), this))
    , m_username(lineEdit("username", user ? user->username : QString(), this))
    , m_displayName(lineEdit("displayName", user ? user->displayName : QString(), this))
    , m_message(new MessageLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("userDialog"));
    setWindowTitle(user ? tr("Edit %1").arg(user->username) : tr("Add a user"));
    auto *layout = new QVBoxLayout(this);
    auto *identity = new QFormLayout;
    const auto addRow = [this, identity](const QString &label, QLineEdit *edit,
                                         const QString &input) {
        auto *column = new QVBoxLayout;
        column->addWidget(edit);
        column->addWidget(errorLabel(input));
        identity->addRow(label, column);
    };
    addRow(tr("&Email"), m_email, QStringLiteral("email"));
    addRow(tr("&Username"), m_username, QStringLiteral("username"));
    addRow(tr("&Display name"), m_displayName, QStringLiteral("display_name"));
    m_email->setPlaceholderText(tr("alice@example.com"));
    m_username->setPlaceholderText(tr("alice (no @)"));
    layout->addLayout(identity);
    if (!fields.isEmpty()) {
        for (const mapping::CustomField &field : fields)
            m_original.insert(field.key, user ? user->fields.value(field.key) : QString());
        layout->addWidget(buildFields(fields), 1);
    }
    m_message->setObjectName(QStringLiteral("userDialogMessage"));
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &UserDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &UserDialog::reject);
    resize(520, qMin(640, 260 + 56 * int(fields.size())));
}

// Many fields scroll rather than push the buttons off a small screen.
QWidget *UserDialog::buildFields(const QList<mapping::CustomField> &fields)
{
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *inner = new QWidget(scroll);
    auto *form = new QFormLayout(inner);
    form->setContentsMargins(0, 0, 0, 0);
    for (const mapping::CustomField &field : fields) {
        auto *editor = new FieldValueEditor(field, inner);
        editor->setText(m_original.value(field.key));
        editor->setToolTip(
            tr("%1 (%2); empty: not set").arg(field.key, mapping::fieldTypeName(field.type)));
        m_editors << editor;
        auto *column = new QVBoxLayout;
        column->addWidget(editor);
        column->addWidget(errorLabel(field.key));
        auto *label = new QLabel(field.name + QLatin1Char(':'), inner);
        label->setBuddy(editor->input());
        form->addRow(label, column);
    }
    scroll->setWidget(inner);
    return scroll;
}

QLabel *UserDialog::errorLabel(const QString &input)
{
    auto *label = new QLabel(this);
    label->setObjectName(QStringLiteral("error-%1").arg(input));
    label->setWordWrap(true);
    // Red, and a cross before the words: never colour alone (UI.md). A red of the palette, so
    // that it stays readable in a dark theme.
    ErrorText::follow(label);
    label->hide();
    m_errors.insert(input, label);
    return label;
}

services::UserEdit UserDialog::edit() const
{
    services::UserEdit edit{
        m_userId, m_email->text(), m_username->text(), m_displayName->text(), {}};
    for (const FieldValueEditor *editor : m_editors) {
        const QString key = editor->field().key;
        if (editor->text() != m_original.value(key))
            edit.fields.insert(key, editor->text());
    }
    return edit;
}

void UserDialog::clearErrors()
{
    for (QLabel *label : std::as_const(m_errors))
        label->hide();
    m_message->clear();
}

void UserDialog::showError(const QString &input, const QString &message)
{
    setBusy(false);
    clearErrors();
    QLabel *label = m_errors.value(input);
    if (!label) {
        m_message->setError(message);
        return;
    }
    label->setText(QStringLiteral("✗ ") + message);
    label->show();
    if (input == QLatin1String("email"))
        m_email->setFocus();
    else if (input == QLatin1String("username"))
        m_username->setFocus();
    for (FieldValueEditor *editor : std::as_const(m_editors)) {
        if (editor->field().key == input)
            editor->input()->setFocus();
    }
}

void UserDialog::setBusy(bool busy)
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!busy);
    if (busy)
        m_message->setInfo(tr("Saving…"));
}

void UserDialog::accept()
{
    clearErrors();
    setBusy(true);
    emit submitted(edit());
}

} // namespace hb::ui
