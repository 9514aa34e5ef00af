#include "setvaluedialog.h"

#include "common/messagelabel.h"
#include "fieldvalueeditor.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace hb::ui {

SetValueDialog::SetValueDialog(const services::User &user,
                               const QList<mapping::CustomField> &fields, const QString &key,
                               QWidget *parent)
    : QDialog(parent)
    , m_user(user)
    , m_fields(fields)
    , m_key(new QComboBox(this))
    , m_editorPlace(new QVBoxLayout)
    , m_message(new MessageLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("setValueDialog"));
    setWindowTitle(tr("Set a value of %1").arg(user.username));
    // Balances are whole numbers; the services refuse anything else, with the reason.
    m_fields << mapping::CustomField{QStringLiteral("coins"), tr("Coins"),
                                     mapping::FieldType::Number}
             << mapping::CustomField{QStringLiteral("xp"), tr("XP"), mapping::FieldType::Number};
    for (const mapping::CustomField &field : std::as_const(m_fields))
        m_key->addItem(QStringLiteral("%1 (%2)").arg(field.name, field.key), field.key);
    m_key->setObjectName(QStringLiteral("setValueKey"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    form->addRow(tr("User:"),
                 new QLabel(QStringLiteral("%1 · %2").arg(user.username, user.email), this));
    form->addRow(tr("&Field:"), m_key);
    form->addRow(tr("&Value:"), m_editorPlace);
    layout->addLayout(form);
    auto *hint = new QLabel(tr("Kept in the field history with source \"manual\"; an empty value "
                               "clears the field."),
                            this);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    m_message->setObjectName(QStringLiteral("setValueMessage"));
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    connect(m_key, &QComboBox::currentIndexChanged, this, &SetValueDialog::showEditor);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SetValueDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SetValueDialog::reject);
    selectKey(key);
    showEditor();
    resize(460, sizeHint().height());
}

QString SetValueDialog::key() const
{
    return m_key->currentData().toString();
}

QString SetValueDialog::text() const
{
    return m_editor ? m_editor->text() : QString();
}

void SetValueDialog::selectKey(const QString &key)
{
    const int index = m_key->findData(key);
    if (index >= 0)
        m_key->setCurrentIndex(index);
}

void SetValueDialog::showEditor()
{
    delete m_editor;
    m_editor = nullptr;
    m_message->clear();
    const int index = m_key->currentIndex();
    if (index < 0)
        return;
    const mapping::CustomField &field = m_fields.at(index);
    m_editor = new FieldValueEditor(field, this);
    if (field.key == QLatin1String("coins"))
        m_editor->setText(QString::number(m_user.coins));
    else if (field.key == QLatin1String("xp"))
        m_editor->setText(QString::number(m_user.xp));
    else
        m_editor->setText(m_user.fields.value(field.key));
    m_editorPlace->addWidget(m_editor);
    m_editor->input()->setFocus();
}

void SetValueDialog::showError(const QString &message)
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(true);
    m_message->setError(message);
}

void SetValueDialog::accept()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    m_message->setInfo(tr("Saving…"));
    emit submitted(m_user.id, key(), text());
}

} // namespace hb::ui
