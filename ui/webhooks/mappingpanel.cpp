#include "mappingpanel.h"

#include "common/messagelabel.h"
#include "mapping/messagetemplate.h"
#include "mappingrowdelegate.h"
#include "mappingrowsmodel.h"
#include "payload/jsonpointer.h"
#include "webhookdocument.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace hb::ui {

using mapping::Webhook;

namespace {
enum Location { Fields, Currency, Message };

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
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    // What it updates.
    auto *locations = new QHBoxLayout;
    locations->addWidget(new QLabel(tr("Updates:"), this));
    // Short words for the narrow column at 1024×700; the tooltips say it in full.
    m_fieldsBox = new QCheckBox(tr("Fields"), this);
    m_fieldsBox->setToolTip(tr("Update custom user fields"));
    m_currencyBox = new QCheckBox(tr("Coins/XP"), this);
    m_currencyBox->setToolTip(tr("Update the in-game currency: coins and XP"));
    m_messageBox = new QCheckBox(tr("Message"), this);
    m_messageBox->setToolTip(tr("Post a message to a channel"));
    m_fieldsBox->setObjectName(QStringLiteral("locationFields"));
    m_currencyBox->setObjectName(QStringLiteral("locationCurrency"));
    m_messageBox->setObjectName(QStringLiteral("locationMessage"));
    for (QCheckBox *box : {m_fieldsBox, m_currencyBox, m_messageBox})
        locations->addWidget(box);
    locations->addStretch();
    layout->addLayout(locations);
    connect(m_fieldsBox, &QCheckBox::clicked, this, [this](bool on) { setLocation(Fields, on); });
    connect(m_currencyBox, &QCheckBox::clicked, this,
            [this](bool on) { setLocation(Currency, on); });
    connect(m_messageBox, &QCheckBox::clicked, this, [this](bool on) { setLocation(Message, on); });

    // Map to user.
    auto *userGroup = new QGroupBox(tr("Map to user"), this);
    m_identifier = new QComboBox(userGroup);
    m_identifier->setObjectName(QStringLiteral("userIdentifier"));
    m_identifier->addItem(tr("Email"), QStringLiteral("email"));
    m_identifier->addItem(tr("Username"), QStringLiteral("username"));
    m_userPath = new QLineEdit(userGroup);
    m_userPath->setObjectName(QStringLiteral("userPath"));
    m_userPath->setFont(mono);
    m_userPath->setPlaceholderText(tr("click a field in the payload to map the user"));
    m_userPath->installEventFilter(this);
    m_userProblem = new MessageLabel(userGroup);
    m_userProblem->setObjectName(QStringLiteral("userProblem"));
    auto *userRow = new QHBoxLayout;
    userRow->addWidget(m_identifier);
    userRow->addWidget(new QLabel(tr("at"), userGroup));
    userRow->addWidget(m_userPath, 1);
    auto *userBox = new QVBoxLayout(userGroup);
    userBox->addLayout(userRow);
    userBox->addWidget(m_userProblem);
    layout->addWidget(userGroup);
    connect(m_identifier, &QComboBox::activated, this, [this](int) {
        Webhook next = m_document->webhook();
        next.user.identifier = *mapping::identifierFromName(m_identifier->currentData().toString());
        m_document->change(next, tr("Change user identifier"));
    });
    connect(m_userPath, &QLineEdit::textEdited, this, [this](const QString &text) {
        Webhook next = m_document->webhook();
        next.user.path = text.trimmed();
        m_document->change(next, tr("Change user path"), WebhookDocument::UserPathEdit);
    });

    // Field and currency rows.
    m_rowsGroup = new QGroupBox(tr("Changes"), this);
    auto *rowsLayout = new QVBoxLayout(m_rowsGroup);
    m_rows = new QTableView(m_rowsGroup);
    m_rows->setObjectName(QStringLiteral("mappingRows"));
    m_rows->setModel(m_rowsModel);
    m_rows->setItemDelegate(m_delegate);
    m_rows->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_rows->setSelectionMode(QAbstractItemView::SingleSelection);
    m_rows->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::SelectedClicked
                            | QAbstractItemView::EditKeyPressed);
    m_rows->setDragDropMode(QAbstractItemView::DropOnly);
    m_rows->setAcceptDrops(true);
    m_rows->setDropIndicatorShown(true);
    m_rows->verticalHeader()->setVisible(false);
    m_rows->setWordWrap(true);
    m_rows->horizontalHeader()->setSectionResizeMode(MappingRowsModel::TargetColumn,
                                                     QHeaderView::ResizeToContents);
    m_rows->horizontalHeader()->setSectionResizeMode(MappingRowsModel::OperatorColumn,
                                                     QHeaderView::ResizeToContents);
    m_rows->horizontalHeader()->setSectionResizeMode(MappingRowsModel::PathColumn,
                                                     QHeaderView::Interactive);
    m_rows->horizontalHeader()->setStretchLastSection(true);
    m_rows->setColumnWidth(MappingRowsModel::PathColumn, 130);
    rowsLayout->addWidget(m_rows);
    auto *rowButtons = new QHBoxLayout;
    m_addField = new QPushButton(tr("+ Field"), m_rowsGroup);
    m_addField->setObjectName(QStringLiteral("addFieldRow"));
    m_addField->setToolTip(tr("Add a row that changes a custom user field"));
    m_addCurrency = new QPushButton(tr("+ Coins/XP"), m_rowsGroup);
    m_addCurrency->setObjectName(QStringLiteral("addCurrencyRow"));
    m_remove = new QPushButton(tr("Remove row"), m_rowsGroup);
    m_remove->setObjectName(QStringLiteral("removeRow"));
    rowButtons->addWidget(m_addField);
    rowButtons->addWidget(m_addCurrency);
    rowButtons->addStretch();
    rowButtons->addWidget(m_remove);
    rowsLayout->addLayout(rowButtons);
    layout->addWidget(m_rowsGroup, 1);

    connect(m_addField, &QPushButton::clicked, this, &MappingPanel::addFieldRow);
    connect(m_addCurrency, &QPushButton::clicked, this, &MappingPanel::addCurrencyRow);
    connect(m_remove, &QPushButton::clicked, this, &MappingPanel::removeCurrentRow);
    connect(m_rows->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid() && current.column() == MappingRowsModel::PathColumn)
                    setActiveTarget(Target::RowPath, current.row());
                m_remove->setEnabled(current.isValid());
            });
    connect(m_delegate, &MappingRowDelegate::newFieldRequested, this,
            &MappingPanel::newFieldRequested);

    // Channel message.
    m_messageGroup = new QGroupBox(tr("Channel message"), this);
    auto *messageForm = new QFormLayout(m_messageGroup);
    m_channel = new QLineEdit(m_messageGroup);
    m_channel->setObjectName(QStringLiteral("messageChannel"));
    m_channel->setPlaceholderText(tr("general"));
    m_template = new QLineEdit(m_messageGroup);
    m_template->setObjectName(QStringLiteral("messageTemplate"));
    m_template->setFont(mono);
    m_template->setPlaceholderText(tr("{{/customer/name}} deposited {{/amount}}"));
    m_template->installEventFilter(this);
    m_messageCheck = new MessageLabel(m_messageGroup);
    messageForm->addRow(tr("Channel"), m_channel);
    messageForm->addRow(tr("Text"), m_template);
    messageForm->addRow(m_messageCheck);
    layout->addWidget(m_messageGroup);
    connect(m_channel, &QLineEdit::textEdited, this, [this](const QString &text) {
        Webhook next = m_document->webhook();
        if (!next.message)
            next.message = mapping::MessageMapping{};
        next.message->channel = text.trimmed();
        m_document->change(next, tr("Change channel"), WebhookDocument::ChannelEdit);
    });
    connect(m_template, &QLineEdit::textEdited, this, [this](const QString &text) {
        Webhook next = m_document->webhook();
        if (!next.message)
            next.message = mapping::MessageMapping{};
        next.message->text = text;
        m_document->change(next, tr("Change message text"), WebhookDocument::TemplateEdit);
    });

    // Takes the spare height while there are no rows, so the groups above stay compact.
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
    }
}

void MappingPanel::usePointer(const QString &pointer)
{
    Webhook next = m_document->webhook();
    switch (m_target) {
    case Target::None:
        return;
    case Target::UserPath:
        next.user.path = pointer;
        m_document->change(next, tr("Set user path"));
        return;
    case Target::RowPath:
        if (m_targetRow >= 0 && m_targetRow < m_rowsModel->rowCount())
            m_rowsModel->setRowPath(m_targetRow, pointer);
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

void MappingPanel::setLocation(int location, bool on)
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
    m_filler->setVisible(!rows);
    m_remove->setEnabled(m_rows->currentIndex().isValid());
    m_rows->resizeRowsToContents();

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
    if (m_target == Target::RowPath && m_targetRow >= m_rowsModel->rowCount())
        setActiveTarget(Target::None);
    else
        updateTargetHint();
}

} // namespace hb::ui
