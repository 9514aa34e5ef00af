#include "fielddialog.h"

#include "common/messagelabel.h"
#include "mapping/fieldkey.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace hb::ui {

FieldDialog::FieldDialog(QWidget *parent)
    : QDialog(parent)
    , m_name(new QLineEdit(this))
    , m_key(new QLineEdit(this))
    , m_type(new QComboBox(this))
    , m_message(new MessageLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("fieldDialog"));
    setWindowTitle(tr("Add a custom field"));
    m_name->setObjectName(QStringLiteral("fieldName"));
    m_name->setPlaceholderText(tr("Deposit amount"));
    m_key->setObjectName(QStringLiteral("fieldKey"));
    m_key->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_key->setToolTip(tr("Lower-case letters, digits, - and _; webhooks and CSV files name the "
                         "field by it, and it never changes"));
    m_type->setObjectName(QStringLiteral("fieldType"));
    for (const mapping::FieldType type : {mapping::FieldType::Number, mapping::FieldType::Text,
                                          mapping::FieldType::Date, mapping::FieldType::Boolean})
        m_type->addItem(mapping::fieldTypeName(type), int(type));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Key:"), m_key);
    form->addRow(tr("&Type:"), m_type);
    layout->addLayout(form);
    m_message->setObjectName(QStringLiteral("fieldDialogMessage"));
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    // The key follows the name until someone types a key of their own.
    connect(m_name, &QLineEdit::textChanged, this, [this](const QString &name) {
        if (!m_keyTyped)
            m_key->setText(mapping::FieldKey::fromName(name));
    });
    connect(m_key, &QLineEdit::textEdited, this, [this] { m_keyTyped = true; });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &FieldDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &FieldDialog::reject);
    resize(420, sizeHint().height());
}

mapping::CustomField FieldDialog::field() const
{
    return {m_key->text().trimmed(), m_name->text().trimmed(),
            mapping::FieldType(m_type->currentData().toInt())};
}

void FieldDialog::showError(const QString &message)
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(true);
    m_message->setError(message);
}

void FieldDialog::accept()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    m_message->setInfo(tr("Adding…"));
    emit submitted(field());
}

} // namespace hb::ui
