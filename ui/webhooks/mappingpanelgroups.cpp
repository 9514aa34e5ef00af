// MappingPanel, continued: the groups it is made of, each with the edits it makes to the
// document (kept apart so that each file stays readable).
#include "mappingpanel.h"

#include "common/messagelabel.h"
#include "mappingrowdelegate.h"
#include "mappingrowsmodel.h"
#include "webhookdocument.h"

#include <QCheckBox>
#include <QComboBox>
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
QFont monospace()
{
    return QFontDatabase::systemFont(QFontDatabase::FixedFont);
}
} // namespace

void MappingPanel::addLocations(QVBoxLayout *layout)
{
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
}

QGroupBox *MappingPanel::buildUserGroup()
{
    auto *userGroup = new QGroupBox(tr("Map to user"), this);
    m_identifier = new QComboBox(userGroup);
    m_identifier->setObjectName(QStringLiteral("userIdentifier"));
    m_identifier->addItem(tr("Email"), QStringLiteral("email"));
    m_identifier->addItem(tr("Username"), QStringLiteral("username"));
    m_userPath = new QLineEdit(userGroup);
    m_userPath->setObjectName(QStringLiteral("userPath"));
    m_userPath->setFont(monospace());
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
    return userGroup;
}

QGroupBox *MappingPanel::buildRowsGroup()
{
    m_rowsGroup = new QGroupBox(tr("Changes"), this);
    auto *rowsLayout = new QVBoxLayout(m_rowsGroup);
    m_rows = new QTableView(m_rowsGroup);
    setUpRowsView();
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
    connectRows();
    return m_rowsGroup;
}

void MappingPanel::setUpRowsView()
{
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
    QHeaderView *header = m_rows->horizontalHeader();
    header->setSectionResizeMode(MappingRowsModel::TargetColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(MappingRowsModel::OperatorColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(MappingRowsModel::PathColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(MappingRowsModel::TransformColumn, QHeaderView::Interactive);
    header->setStretchLastSection(true);
    m_rows->setColumnWidth(MappingRowsModel::PathColumn, 120);
    m_rows->setColumnWidth(MappingRowsModel::TransformColumn, 90);
}

void MappingPanel::connectRows()
{
    connect(m_addField, &QPushButton::clicked, this, &MappingPanel::addFieldRow);
    connect(m_addCurrency, &QPushButton::clicked, this, &MappingPanel::addCurrencyRow);
    connect(m_remove, &QPushButton::clicked, this, &MappingPanel::removeCurrentRow);
    connect(m_rows->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid() && current.column() == MappingRowsModel::PathColumn)
                    setActiveTarget(Target::RowPath, current.row());
                if (current.isValid() && current.column() == MappingRowsModel::TransformColumn)
                    showTransform(current.row());
                m_remove->setEnabled(current.isValid());
                updateTransformPane();
            });
    connect(m_delegate, &MappingRowDelegate::newFieldRequested, this,
            &MappingPanel::newFieldRequested);
}

QGroupBox *MappingPanel::buildMessageGroup()
{
    m_messageGroup = new QGroupBox(tr("Channel message"), this);
    auto *messageForm = new QFormLayout(m_messageGroup);
    m_channel = new QLineEdit(m_messageGroup);
    m_channel->setObjectName(QStringLiteral("messageChannel"));
    m_channel->setPlaceholderText(tr("general"));
    m_template = new QLineEdit(m_messageGroup);
    m_template->setObjectName(QStringLiteral("messageTemplate"));
    m_template->setFont(monospace());
    m_template->setPlaceholderText(tr("{{/customer/name}} deposited {{/amount}}"));
    m_template->installEventFilter(this);
    m_messageCheck = new MessageLabel(m_messageGroup);
    messageForm->addRow(tr("Channel"), m_channel);
    messageForm->addRow(tr("Text"), m_template);
    messageForm->addRow(m_messageCheck);
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
    return m_messageGroup;
}

} // namespace hb::ui
