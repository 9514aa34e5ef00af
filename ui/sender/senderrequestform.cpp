#include "senderrequestform.h"

#include "common/messagelabel.h"
#include "delivery/httpsender.h"
#include "rowstableeditor.h"
#include "savedrequestsbar.h"
#include "senderbodyeditor.h"
#include "senderheadersmodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace hb::ui {

// Created in tab order: the focus chain follows creation, not the layout.
SenderRequestForm::SenderRequestForm(QWidget *parent)
    : QWidget(parent)
    , m_webhook(new QComboBox(this))
    , m_webhookMessage(new MessageLabel(this))
    , m_saved(new SavedRequestsBar(this))
    , m_method(new QComboBox(this))
    , m_url(new QLineEdit(this))
    , m_resetUrl(new QPushButton(tr("Use the app's catcher"), this))
    , m_urlMessage(new MessageLabel(this))
    , m_verifyCertificate(new QCheckBox(tr("Verify certificate"), this))
    , m_apiKey(new QCheckBox(tr("API key"), this))
    , m_encryption(new QCheckBox(tr("Encryption"), this))
    , m_signature(new QCheckBox(tr("Signature"), this))
    , m_headers(new SenderHeadersModel(this))
    , m_headersEditor(new RowsTableEditor(m_headers, tr("Add header"), tr("Remove header"), this))
    , m_body(new SenderBodyEditor(this))
    , m_timeout(new QSpinBox(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_send(new QPushButton(tr("Send"), this))
{
    setUpWidgets();
    buildLayout();
}

QComboBox *SenderRequestForm::contentType() const
{
    return m_body->contentType();
}

QPlainTextEdit *SenderRequestForm::payload() const
{
    return m_body->payload();
}

MessageLabel *SenderRequestForm::payloadMessage() const
{
    return m_body->message();
}

void SenderRequestForm::setUpWidgets()
{
    m_webhook->setObjectName(QStringLiteral("senderWebhook"));
    m_webhook->setMinimumContentsLength(24);
    m_webhookMessage->setObjectName(QStringLiteral("senderWebhookMessage"));
    m_method->setObjectName(QStringLiteral("senderMethod"));
    m_method->addItems({QStringLiteral("POST"), QStringLiteral("PUT"), QStringLiteral("PATCH"),
                        QStringLiteral("GET"), QStringLiteral("DELETE")});
    m_method->setAccessibleName(tr("Method"));
    m_method->setToolTip(tr("The catcher takes POST, PUT, PATCH and GET; others get 405"));
    m_url->setObjectName(QStringLiteral("senderUrl"));
    m_url->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_resetUrl->setObjectName(QStringLiteral("senderResetUrl"));
    m_resetUrl->setToolTip(tr("Send to this webhook's URL on the catcher of this window"));
    m_urlMessage->setObjectName(QStringLiteral("senderUrlMessage"));
    m_verifyCertificate->setObjectName(QStringLiteral("senderVerifyCertificate"));
    m_verifyCertificate->setChecked(true);
    m_verifyCertificate->setVisible(false);
    m_verifyCertificate->setToolTip(
        tr("Untick to send to a catcher with a self-signed test certificate (serve --tls-cert); "
           "the answer then says what was not verified."));
    m_apiKey->setObjectName(QStringLiteral("senderApiKey"));
    m_encryption->setObjectName(QStringLiteral("senderEncryption"));
    m_signature->setObjectName(QStringLiteral("senderSignature"));
    m_headersEditor->setObjectName(QStringLiteral("senderHeaders"));
    m_headersEditor->table()->setAccessibleName(tr("Headers to send"));
    m_headersEditor->table()->horizontalHeader()->setSectionResizeMode(
        SenderHeadersModel::NameColumn, QHeaderView::ResizeToContents);
    m_headersEditor->table()->horizontalHeader()->setSectionResizeMode(
        SenderHeadersModel::ValueColumn, QHeaderView::Stretch);
    m_headersEditor->table()->horizontalHeader()->setStretchLastSection(false);
    m_timeout->setObjectName(QStringLiteral("senderTimeout"));
    m_timeout->setRange(1, 600);
    m_timeout->setValue(delivery::HttpSender::defaultTimeoutMs / 1000);
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setToolTip(tr("Give up when the catcher sends nothing for this long"));
    m_cancel->setObjectName(QStringLiteral("senderCancel"));
    m_cancel->setEnabled(false);
    m_cancel->setToolTip(tr("Stop waiting for the answer (the catcher may still have received "
                            "the request)"));
    m_send->setObjectName(QStringLiteral("senderSend"));
    m_send->setDefault(true);
    m_send->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_send->setToolTip(tr("Send the request (Ctrl+Enter)"));
}

// Each verdict under its field, in the field's column: no empty label rows to space out.
void SenderRequestForm::buildLayout()
{
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    auto *webhookColumn = new QVBoxLayout;
    webhookColumn->addWidget(m_webhook);
    webhookColumn->addWidget(m_webhookMessage);
    auto *webhookLabel = new QLabel(tr("&Webhook"), this);
    webhookLabel->setBuddy(m_webhook);
    form->addRow(webhookLabel, webhookColumn);
    form->addRow(tr("Saved"), m_saved);
    auto *urlLabel = new QLabel(tr("&URL"), this);
    urlLabel->setBuddy(m_url);
    form->addRow(urlLabel, buildUrlColumn());
    form->addRow(tr("Applies"), buildChecksRow());
    layout->addLayout(form);
    // Headers and body share the height; the tester drags the line between them.
    auto *split = new QSplitter(Qt::Vertical, this);
    auto *headers = new QWidget(split);
    auto *headersLayout = new QVBoxLayout(headers);
    headersLayout->setContentsMargins(0, 0, 0, 0);
    headersLayout->addWidget(new QLabel(tr("Headers"), headers));
    headersLayout->addWidget(m_headersEditor, 1);
    split->addWidget(headers);
    split->addWidget(m_body);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    layout->addWidget(split, 1);
    layout->addLayout(buildSendRow());
}

QLayout *SenderRequestForm::buildUrlColumn()
{
    auto *urlRow = new QHBoxLayout;
    urlRow->addWidget(m_method);
    urlRow->addWidget(m_url, 1);
    urlRow->addWidget(m_resetUrl);
    auto *urlColumn = new QVBoxLayout;
    urlColumn->addLayout(urlRow);
    urlColumn->addWidget(m_urlMessage);
    urlColumn->addWidget(m_verifyCertificate);
    return urlColumn;
}

QLayout *SenderRequestForm::buildChecksRow()
{
    auto *checks = new QHBoxLayout;
    checks->addWidget(m_apiKey);
    checks->addWidget(m_encryption);
    checks->addWidget(m_signature);
    checks->addStretch();
    return checks;
}

QLayout *SenderRequestForm::buildSendRow()
{
    auto *row = new QHBoxLayout;
    auto *timeoutLabel = new QLabel(tr("T&imeout"), this);
    timeoutLabel->setBuddy(m_timeout);
    row->addWidget(timeoutLabel);
    row->addWidget(m_timeout);
    row->addStretch();
    row->addWidget(m_cancel);
    row->addWidget(m_send);
    return row;
}

// What the webhook asks for is ticked; a tester may untick it to see the catcher refuse.
// A refresh of the same webhook keeps those choices unless the setting itself changed.
void SenderRequestForm::showChecks(const mapping::Webhook &previous,
                                   const mapping::Webhook &webhook, bool sameWebhook)
{
    const auto setCheck = [sameWebhook](QCheckBox *check, bool had, bool has, const QString &on,
                                        const QString &off) {
        check->setEnabled(has);
        if (!sameWebhook || had != has)
            check->setChecked(has);
        check->setToolTip(has ? on : off);
    };
    setCheck(m_apiKey, !previous.apiKey.isEmpty(), !webhook.apiKey.isEmpty(),
             tr("Sends the webhook's key in x-api-key. Untick to see the catcher answer 401."),
             tr("This webhook asks for no API key."));
    setCheck(m_encryption, previous.encryption.has_value(), webhook.encryption.has_value(),
             tr("Encrypts the payload with the webhook's key and sends x-encrypted: true. Untick "
                "to see the delivery fail."),
             tr("This webhook takes plain bodies."));
    setCheck(m_signature, !previous.signingSecret.isEmpty(), !webhook.signingSecret.isEmpty(),
             tr("Signs the body (webhook-id, webhook-timestamp, webhook-signature). Untick to see "
                "the catcher answer 401."),
             tr("This webhook asks for no signature."));
    m_encryption->setText(
        webhook.encryption
            ? tr("Encryption (%1)")
                  .arg(mapping::encryptionModeName(webhook.encryption->mode).toUpper())
            : tr("Encryption"));
}

// What is applied is visible before sending, as rows the tester can override or leave out.
void SenderRequestForm::showHeaders(const mapping::Webhook &webhook)
{
    QList<SenderHeadersModel::Preview> previews;
    if (webhook.id) {
        const bool encrypt = m_encryption->isEnabled() && m_encryption->isChecked();
        const QString type =
            encrypt ? QStringLiteral("application/json") : m_body->contentType()->currentText();
        previews.append({QStringLiteral("Content-Type"), type, type});
        if (encrypt)
            previews.append(
                {QStringLiteral("x-encrypted"),
                 tr("true (body: AES-256-%1 envelope)")
                     .arg(mapping::encryptionModeName(webhook.encryption->mode).toUpper()),
                 QStringLiteral("true")});
        if (m_apiKey->isEnabled() && m_apiKey->isChecked())
            previews.append({QStringLiteral("x-api-key"), QString(8, QChar(0x2022)), QString()});
        if (m_signature->isEnabled() && m_signature->isChecked()) {
            previews.append({QStringLiteral("webhook-id"), tr("(new for each send)"), QString()});
            previews.append(
                {QStringLiteral("webhook-timestamp"), tr("(the time of sending)"), QString()});
            previews.append({QStringLiteral("webhook-signature"),
                             tr("(computed over the body sent)"), QString()});
        }
    }
    m_headers->setWebhookHeaders(previews);
}

} // namespace hb::ui
