#pragma once

#include "common/result.h"
#include "mapping/customfield.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace hb::ui {
class MessageLabel;
}

namespace hb::ui {

// Creates a custom user field inline, from the mapping row that needs it. The dialog stays open
// with the store's message when the field cannot be created (key taken, invalid name).
class NewFieldDialog : public QDialog {
    Q_OBJECT
public:
    // Asks the store for the field; the answer comes later, to `done` (the store may be busy:
    // the dialog says so meanwhile, and the window keeps working).
    using Done = std::function<void(hb::Result<mapping::CustomField>)>;
    using Creator = std::function<void(const mapping::CustomField &, Done)>;
    NewFieldDialog(Creator creator, QWidget *parent = nullptr);
    const mapping::CustomField &created() const { return m_created; }

    void accept() override;

private:
    void updateKey();
    void created(const hb::Result<mapping::CustomField> &field);

    Creator m_creator;
    mapping::CustomField m_created;
    QLineEdit *m_name;
    QLabel *m_key;
    QComboBox *m_type;
    MessageLabel *m_error;
    QDialogButtonBox *m_buttons;
    bool m_creating = false;
};

} // namespace hb::ui
