#include "mappingpanel.h"

#include "common/messagelabel.h"
#include "conditionsgroup.h"
#include "foreachbar.h"
#include "mapping/messagetemplate.h"
#include "mappingrowdelegate.h"
#include "mappingrowsmodel.h"
#include "payload/jsonpointer.h"
#include "suggestionbar.h"
#include "transformpane.h"
#include "webhookdocument.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace hb::ui {

using mapping::Webhook;

namespace {
void setTextKeepingCursor(QLineEdit *edit, const QString &text)
{
    if (edit->text() != text)
        edit->setText(text);
}

// For what the document keeps trimmed: a space just typed before the next word stays in the edit.
void setTrimmedTextKeepingSpaces(QLineEdit *edit, const QString &text)
{
    if (edit->text().trimmed() != text)
        edit->setText(text);
}
} // namespace

MappingPanel::MappingPanel(WebhookDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_rowsModel(new MappingRowsModel(document, this))
    , m_delegate(new MappingRowDelegate(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    addLocations(layout);
    buildScopeParts();
    layout->addWidget(m_suggestions);
    layout->addWidget(buildUserGroup());
    layout->addWidget(m_forEach);
    layout->addWidget(m_conditions);
    layout->addWidget(buildRowsGroup());
    m_transform = new TransformPane(m_document, this);
    m_transform->setVisible(false);
    connect(m_transform, &TransformPane::closeRequested, this, &MappingPanel::hideTransform);
    layout->addWidget(m_transform);
    layout->addWidget(buildMessageGroup());

    // Takes the spare height, so that the groups above stay compact.
    m_filler = new QWidget(this);
    m_filler->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Expanding);
    layout->addWidget(m_filler, 1);

    m_targetHint = new QLabel(this);
    m_targetHint->setObjectName(QStringLiteral("targetHint"));
    m_targetHint->setWordWrap(true);
    layout->addWidget(m_targetHint);

    connect(m_document, &WebhookDocument::changed, this, &MappingPanel::refresh);
    connect(m_document, &WebhookDocument::fieldsChanged, this, &MappingPanel::refresh);
    refresh();
}

bool MappingPanel::eventFilter(QObject *watched, QEvent *event)
{
    // A click counts as well as focus: focus does not move while the window is inactive.
    if (event->type() == QEvent::FocusIn || event->type() == QEvent::MouseButtonPress) {
        if (watched == m_userPath)
            setActiveTarget(Target::UserPath);
        else if (watched == m_template)
            setActiveTarget(Target::Template);
    }
    return QWidget::eventFilter(watched, event);
}

// A new row's path is what the user sets next: make it the target of the next click.
void MappingPanel::activateRowPath(int row)
{
    m_rows->setCurrentIndex(m_rowsModel->index(row, MappingRowsModel::PathColumn));
    setActiveTarget(Target::RowPath, row);
}

void MappingPanel::addFieldRow()
{
    m_rowsModel->addFieldRow();
    activateRowPath(int(m_document->webhook().fields.size()) - 1);
}

void MappingPanel::addCurrencyRow()
{
    m_rowsModel->addCurrencyRow();
    activateRowPath(m_rowsModel->rowCount() - 1);
}

void MappingPanel::removeCurrentRow()
{
    const QModelIndex current = m_rows->currentIndex();
    if (!current.isValid())
        return;
    const int column = current.column();
    m_rowsModel->removeMappingRow(current.row());
    // The button is disabled with no current row, and Qt would hand focus to whatever comes next
    // (the channel box, whose own Ctrl+Z then undoes text instead of the removal): keep the user
    // in the rows, on the row that took the removed one's place.
    const int rows = m_rowsModel->rowCount();
    if (rows > 0) {
        m_rows->setCurrentIndex(m_rowsModel->index(qMin(current.row(), rows - 1), column));
        m_rows->setFocus(Qt::OtherFocusReason);
    } else {
        m_fieldsBox->setFocus(Qt::OtherFocusReason);
    }
}

void MappingPanel::setActiveTarget(Target target, int row)
{
    m_target = target;
    m_targetRow = target == Target::RowPath ? row : -1;
    updateTargetHint();
}

void MappingPanel::updateTargetHint()
{
    switch (m_target) {
    case Target::None:
        m_targetHint->setText(tr("Select a path (the user path, a row's path or the message text), "
                                 "then click a node in the payload."));
        break;
    case Target::UserPath:
        m_targetHint->setText(tr("Clicking a payload node now sets: <b>the user path</b>."));
        break;
    case Target::RowPath:
        m_targetHint->setText(tr("Clicking a payload node now sets: <b>the path of row %1</b>.")
                                  .arg(m_targetRow + 1));
        break;
    case Target::Template:
        m_targetHint->setText(
            tr("Clicking a payload node now inserts: <b>a {{/pointer}} placeholder</b> into the "
               "message text."));
        break;
    case Target::Condition:
        m_targetHint->setText(tr("Clicking a payload node now adds: <b>a condition on it</b>."));
        break;
    }
}

void MappingPanel::usePointer(const QString &pointer)
{
    Webhook next = m_document->webhook();
    switch (m_target) {
    case Target::None:
        return;
    case Target::UserPath:
        if (const std::optional<QString> path = targetPath(pointer)) {
            next.user.path = *path;
            m_document->change(next, tr("Set user path"));
        }
        return;
    case Target::RowPath:
        if (m_targetRow < 0 || m_targetRow >= m_rowsModel->rowCount())
            return;
        if (const std::optional<QString> path = targetPath(pointer))
            m_rowsModel->setRowPath(m_targetRow, *path);
        return;
    case Target::Condition:
        // One condition per "+ Condition": the next click maps nothing by surprise.
        setActiveTarget(Target::None);
        m_conditions->addCondition(pointer);
        return;
    case Target::Template: {
        if (!next.message)
            next.message = mapping::MessageMapping{};
        const QString placeholder = QStringLiteral("{{%1}}").arg(pointer);
        int at = m_template->cursorPosition();
        if (at < 0 || at > next.message->text.size())
            at = int(next.message->text.size());
        next.message->text.insert(at, placeholder);
        m_document->change(next, tr("Insert placeholder"));
        m_template->setCursorPosition(at + int(placeholder.size()));
        return;
    }
    }
}

QString MappingPanel::userPathHint() const
{
    // A draft may be saved before it knows where the user is (SPEC §2); it cannot go live.
    if (!m_document->webhook().draft || !m_document->webhook().user.path.isEmpty())
        return {};
    return tr("No user path yet: click the path box, then the payload node that holds the %1. "
              "Needed to go live.")
        .arg(mapping::identifierName(m_document->webhook().user.identifier));
}

QString MappingPanel::userProblem() const
{
    const QString path = m_document->webhook().user.path;
    if (path.isEmpty() && m_document->webhook().draft)
        return {};
    if (path.isEmpty())
        return tr("No user path: click the path box, then the payload node that holds the %1.")
            .arg(mapping::identifierName(m_document->webhook().user.identifier));
    if (!path.startsWith(QLatin1Char('/')))
        return tr("\"%1\" is not a JSON Pointer: it must start with \"/\".").arg(path);
    const Result<payload::JsonPointer> pointer = payload::JsonPointer::parse(path);
    if (!pointer)
        return pointer.error();
    return {};
}

QString MappingPanel::messageProblem() const
{
    const auto &message = m_document->webhook().message;
    if (!message)
        return {};
    if (message->channel.trimmed().isEmpty())
        return tr("Name the channel the message goes to.");
    if (message->text.trimmed().isEmpty())
        return tr("Write the message text; click payload nodes to insert their values.");
    for (const QString &placeholder : mapping::MessageTemplate::placeholders(message->text)) {
        const Result<payload::JsonPointer> pointer = payload::JsonPointer::parse(placeholder);
        if (!pointer)
            return tr("Placeholder {{%1}}: %2").arg(placeholder, pointer.error());
    }
    return {};
}

void MappingPanel::setLocation(Location location, bool on)
{
    Webhook next = m_document->webhook();
    switch (location) {
    case Fields:
        if (on) {
            addFieldRow();
            return;
        }
        next.fields.clear();
        m_document->change(next, tr("Stop updating user fields"));
        return;
    case Currency:
        if (on) {
            addCurrencyRow();
            return;
        }
        next.currencies.clear();
        m_document->change(next, tr("Stop updating currency"));
        return;
    case Message:
        if (on)
            next.message = mapping::MessageMapping{};
        else
            next.message.reset();
        m_document->change(next, on ? tr("Send a channel message") : tr("Stop sending a message"));
        return;
    }
}

void MappingPanel::refresh()
{
    const Webhook &webhook = m_document->webhook();
    setEnabled(m_document->isLoaded());
    m_fieldsBox->setChecked(!webhook.fields.isEmpty());
    m_currencyBox->setChecked(!webhook.currencies.isEmpty());
    m_messageBox->setChecked(webhook.message.has_value());
    m_identifier->setCurrentIndex(
        m_identifier->findData(mapping::identifierName(webhook.user.identifier)));
    setTrimmedTextKeepingSpaces(m_userPath, webhook.user.path);
    const QString userProblem = this->userProblem();
    if (!userProblem.isEmpty())
        m_userProblem->setError(userProblem);
    else if (const QString hint = userPathHint(); !hint.isEmpty())
        m_userProblem->setInfo(hint);
    else
        m_userProblem->clear();

    const bool rows = !webhook.fields.isEmpty() || !webhook.currencies.isEmpty();
    m_rowsGroup->setVisible(rows);
    m_remove->setEnabled(m_rows->currentIndex().isValid());
    m_rows->resizeRowsToContents();
    fitRowsHeight();

    m_messageGroup->setVisible(webhook.message.has_value());
    if (webhook.message) {
        setTrimmedTextKeepingSpaces(m_channel, webhook.message->channel);
        setTextKeepingCursor(m_template, webhook.message->text);
        const QString problem = messageProblem();
        if (problem.isEmpty())
            m_messageCheck->clear();
        else
            m_messageCheck->setError(problem);
    }
    m_forEach->setArray(webhook.forEach);
    updateSuggestions();
    updateTransformPane();
    if (m_target == Target::RowPath && m_targetRow >= m_rowsModel->rowCount())
        setActiveTarget(Target::None);
    else
        updateTargetHint();
}

} // namespace hb::ui
