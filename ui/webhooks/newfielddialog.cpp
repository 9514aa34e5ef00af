#include "newfielddialog.h"

#include "common/messagelabel.h"
#include "enginewords.h"
#include "mapping/fieldkey.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>

namespace hb::ui {

NewFieldDialog::NewFieldDialog(Creator creator, QWidget *parent)
    : QDialog(parent)
    , m_creator(std::move(creator))
    , m_name(new QLineEdit(this))
    , m_key(new QLabel(this))
    , m_type(new QComboBox(this))
    , m_error(new MessageLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("New custom field"));
    m_name->setObjectName(QStringLiteral("fieldName"));
    m_name->setPlaceholderText(tr("Deposit amount"));
    m_key->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_key->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_type->setObjectName(QStringLiteral("fieldType"));
    for (auto type : {mapping::FieldType::Number, mapping::FieldType::Text,
                      mapping::FieldType::Date, mapping::FieldType::Boolean})
        m_type->addItem(EngineWords::fieldTypeLabel(type), int(type));
    m_error->setObjectName(QStringLiteral("fieldError"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Create field now"));

    // The field is the community's, not this webhook's: it is stored at once, and discarding
    // the webhook's edits does not take it back. Say so before the click, not after.
    auto *scope = new QLabel(tr("The field is added to the community <b>now</b>, for every user "
                                "and every webhook. It stays even if you discard this webhook's "
                                "changes (<tt>hookbench field remove KEY</tt> removes it)."),
                             this);
    scope->setObjectName(QStringLiteral("fieldScope"));
    scope->setWordWrap(true);

    auto *form = new QFormLayout(this);
    form->addRow(scope);
    form->addRow(tr("&Name"), m_name);
    form->addRow(tr("Key"), m_key);
    form->addRow(tr("&Type"), m_type);
    form->addRow(m_error);
    form->addRow(m_buttons);
    connect(m_name, &QLineEdit::textChanged, this, &NewFieldDialog::updateKey);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &NewFieldDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &NewFieldDialog::reject);
    updateKey();
}

void NewFieldDialog::updateKey()
{
    const QString key = mapping::FieldKey::fromName(m_name->text());
    m_key->setText(key.isEmpty() ? tr("(from the name)") : key);
    const QString problem = key.isEmpty() ? QString() : mapping::FieldKey::problem(key);
    if (problem.isEmpty())
        m_error->clear();
    else
        m_error->setError(tr("%1. Use letters, digits, - or _.").arg(problem));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!key.isEmpty() && problem.isEmpty());
}

void NewFieldDialog::accept()
{
    if (m_creating)
        return;
    mapping::CustomField field;
    field.name = m_name->text().trimmed();
    field.key = mapping::FieldKey::fromName(field.name);
    field.type = mapping::FieldType(m_type->currentData().toInt());
    m_creating = true;
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    m_error->setInfo(tr("Creating the field…"));
    // The answer may come after the dialog is gone (closed meanwhile): it is then dropped.
    m_creator(field,
              [dialog = QPointer<NewFieldDialog>(this)](hb::Result<mapping::CustomField> result) {
                  if (dialog)
                      dialog->created(result);
              });
}

void NewFieldDialog::created(const hb::Result<mapping::CustomField> &field)
{
    m_creating = false;
    if (!field) {
        updateKey();
        m_error->setError(tr("Could not create the field: %1").arg(field.error()));
        return;
    }
    m_created = *field;
    QDialog::accept();
}

} // namespace hb::ui
