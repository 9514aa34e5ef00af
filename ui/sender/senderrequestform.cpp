#include "senderrequestform.h"

#include "common/messagelabel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace hb::ui {

// Created in tab order: the focus chain follows creation, not the layout.
SenderRequestForm::SenderRequestForm(QWidget *parent)
    : QGroupBox(tr("Request"), parent)
    , m_webhook(new QComboBox(this))
    , m_webhookMessage(new MessageLabel(this))
    , m_url(new QLineEdit(this))
    , m_resetUrl(new QPushButton(tr("Use the app's catcher"), this))
    , m_urlMessage(new MessageLabel(this))
    , m_verifyCertificate(new QCheckBox(tr("Verify certificate"), this))
    , m_apiKey(new QCheckBox(tr("API key"), this))
    , m_encryption(new QCheckBox(tr("Encryption"), this))
    , m_signature(new QCheckBox(tr("Signature"), this))
    , m_contentType(new QComboBox(this))
    , m_headers(new QLabel(this))
    , m_payload(new QPlainTextEdit(this))
    , m_payloadMessage(new MessageLabel(this))
    , m_send(new QPushButton(tr("Send"), this))
{
    setUpWidgets();
    buildLayout();
}

void SenderRequestForm::setUpWidgets()
{
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_webhook->setObjectName(QStringLiteral("senderWebhook"));
    m_webhook->setMinimumContentsLength(24);
    m_webhookMessage->setObjectName(QStringLiteral("senderWebhookMessage"));
    m_url->setObjectName(QStringLiteral("senderUrl"));
    m_url->setFont(mono);
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
    m_contentType->setObjectName(QStringLiteral("senderContentType"));
    m_contentType->setEditable(true);
    m_contentType->addItems({QStringLiteral("application/json"),
                             QStringLiteral("application/x-www-form-urlencoded"),
                             QStringLiteral("text/plain")});
    m_headers->setObjectName(QStringLiteral("senderHeaders"));
    m_headers->setFont(mono);
    m_headers->setTextFormat(Qt::PlainText);
    m_headers->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_payload->setObjectName(QStringLiteral("senderPayload"));
    m_payload->setFont(mono);
    m_payload->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_payload->setTabChangesFocus(true);
    m_payload->setAccessibleName(tr("Payload to send"));
    m_payloadMessage->setObjectName(QStringLiteral("senderPayloadMessage"));
    m_send->setObjectName(QStringLiteral("senderSend"));
    m_send->setDefault(true);
    m_send->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_send->setToolTip(tr("Send the request (Ctrl+Enter)"));
}

// Each verdict under its field, in the field's column: no empty label rows to space out.
void SenderRequestForm::buildLayout()
{
    auto *requestLayout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    auto *webhookColumn = new QVBoxLayout;
    webhookColumn->addWidget(m_webhook);
    webhookColumn->addWidget(m_webhookMessage);
    auto *webhookLabel = new QLabel(tr("&Webhook"), this);
    webhookLabel->setBuddy(m_webhook);
    form->addRow(webhookLabel, webhookColumn);
    auto *urlLabel = new QLabel(tr("&URL"), this);
    urlLabel->setBuddy(m_url);
    form->addRow(urlLabel, buildUrlColumn());
    form->addRow(tr("Applies"), buildChecksRow());
    form->addRow(tr("Content &type"), m_contentType);
    form->addRow(tr("Headers"), m_headers);
    requestLayout->addLayout(form);
    auto *payloadLabel = new QLabel(tr("&Payload"), this);
    payloadLabel->setBuddy(m_payload);
    requestLayout->addWidget(payloadLabel);
    requestLayout->addWidget(m_payload, 1);
    requestLayout->addWidget(m_payloadMessage);
    auto *sendRow = new QHBoxLayout;
    sendRow->addStretch();
    sendRow->addWidget(m_send);
    requestLayout->addLayout(sendRow);
}

QLayout *SenderRequestForm::buildUrlColumn()
{
    auto *urlRow = new QHBoxLayout;
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

// What is applied is visible before sending.
void SenderRequestForm::showHeaders(const mapping::Webhook &webhook)
{
    if (!webhook.id) {
        m_headers->clear();
        return;
    }
    QStringList lines;
    const bool encrypt = m_encryption->isEnabled() && m_encryption->isChecked();
    lines << QStringLiteral("Content-Type: %1")
                 .arg(encrypt ? QStringLiteral("application/json") : m_contentType->currentText());
    if (encrypt)
        lines << QStringLiteral("x-encrypted: true   ")
                     + tr("(body: AES-256-%1 envelope)")
                           .arg(mapping::encryptionModeName(webhook.encryption->mode).toUpper());
    if (m_apiKey->isEnabled() && m_apiKey->isChecked())
        lines << QStringLiteral("x-api-key: ") + QString(8, QChar(0x2022));
    if (m_signature->isEnabled() && m_signature->isChecked())
        lines << QStringLiteral("webhook-id, webhook-timestamp, webhook-signature   ")
                     + tr("(signed when sent)");
    m_headers->setText(lines.join(QLatin1Char('\n')));
}

} // namespace hb::ui
