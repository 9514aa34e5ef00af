#include "webhooksettingspanel.h"

#include "common/errortext.h"
#include "common/messagelabel.h"
#include "crypto/securerandom.h"
#include "webhookdocument.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QToolButton>

namespace hb::ui {

using mapping::Webhook;

namespace {

void setTextKeepingCursor(QLineEdit *edit, const QString &text)
{
    if (edit->text() != text)
        edit->setText(text);
}

// The document keeps the name trimmed, but while it is typed the edit must keep the space the
// user just typed before the next word ("Deposit |" → "Deposit bonus").
void setNameKeepingSpaces(QLineEdit *edit, const QString &name)
{
    if (edit->text().trimmed() != name)
        edit->setText(name);
}

QFont monospace()
{
    return QFontDatabase::systemFont(QFontDatabase::FixedFont);
}

// A show/hide toggle for a masked line edit.
QToolButton *revealButton(QLineEdit *edit, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setCheckable(true);
    button->setText(WebhookSettingsPanel::tr("Show"));
    button->setToolTip(WebhookSettingsPanel::tr("Show or hide the secret"));
    QObject::connect(button, &QToolButton::toggled, edit, [edit, button](bool shown) {
        edit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        button->setText(shown ? WebhookSettingsPanel::tr("Hide")
                              : WebhookSettingsPanel::tr("Show"));
    });
    edit->setEchoMode(QLineEdit::Password);
    return button;
}

// A secret's buttons, right-aligned on a line of their own under it.
QHBoxLayout *buttonRow(std::initializer_list<QWidget *> buttons)
{
    auto *row = new QHBoxLayout;
    row->addStretch();
    for (QWidget *button : buttons)
        row->addWidget(button);
    return row;
}

} // namespace

WebhookSettingsPanel::WebhookSettingsPanel(WebhookDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
{
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    addNameRows(form);
    addUrlRow(form);
    addApiKeyRows(form);
    addEncryptionRows(form);
    addSigningRows(form);

    connect(m_document, &WebhookDocument::changed, this, &WebhookSettingsPanel::refresh);
    refresh();
}

void WebhookSettingsPanel::addNameRows(QFormLayout *form)
{
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("webhookName"));
    m_nameCheck = new MessageLabel(this);
    // Short enough for the narrow column at 1024×700; the consequence is in the tooltip.
    m_enabled = new QCheckBox(tr("Enabled"), this);
    m_enabled->setObjectName(QStringLiteral("webhookEnabled"));
    m_enabled->setToolTip(tr("A disabled webhook answers 403 and stores nothing"));
    form->addRow(tr("&Name"), m_name);
    form->addRow(QString(), m_nameCheck);
    form->addRow(QString(), m_enabled);
    connect(m_name, &QLineEdit::textEdited, this, [this](const QString &text) {
        Webhook next = m_document->webhook();
        next.name = text.trimmed();
        m_document->change(next, tr("Rename"), WebhookDocument::NameEdit);
    });
    // Once typing is over, show the name as it is kept.
    connect(m_name, &QLineEdit::editingFinished, this,
            [this] { setTextKeepingCursor(m_name, m_document->webhook().name); });
    connect(m_enabled, &QCheckBox::clicked, this, [this](bool on) {
        Webhook next = m_document->webhook();
        next.enabled = on;
        m_document->change(next, on ? tr("Enable") : tr("Disable"));
    });
}

void WebhookSettingsPanel::addUrlRow(QFormLayout *form)
{
    m_url = new QLineEdit(this);
    m_url->setObjectName(QStringLiteral("webhookUrl"));
    m_url->setReadOnly(true);
    m_url->setFont(monospace());
    auto *urlCopy = new QPushButton(tr("Copy"), this);
    urlCopy->setObjectName(QStringLiteral("copyUrl"));
    auto *urlRow = new QHBoxLayout;
    urlRow->addWidget(m_url, 1);
    urlRow->addWidget(urlCopy);
    form->addRow(tr("URL"), urlRow);
    connect(urlCopy, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(m_url->text());
        emit copied(tr("URL"));
    });
}

void WebhookSettingsPanel::addApiKeyRows(QFormLayout *form)
{
    m_apiKeyOn = new QCheckBox(tr("Require"), this);
    m_apiKeyOn->setObjectName(QStringLiteral("apiKeyOn"));
    m_apiKeyOn->setToolTip(tr("Senders must put the key in the x-api-key header; without it, "
                              "anyone with the URL can send"));
    m_apiKey = new QLineEdit(this);
    m_apiKey->setObjectName(QStringLiteral("apiKey"));
    m_apiKey->setReadOnly(true);
    m_apiKey->setFont(monospace());
    m_apiKeyShow = revealButton(m_apiKey, this);
    m_apiKeyCopy = new QPushButton(tr("Copy"), this);
    m_apiKeyRegenerate = new QPushButton(tr("Regenerate…"), this);
    m_apiKeyRegenerate->setObjectName(QStringLiteral("apiKeyRegenerate"));
    // The key's buttons sit under it: beside it they did not fit the column at 1024×700.
    auto *keyRow = new QHBoxLayout;
    keyRow->addWidget(m_apiKeyOn);
    keyRow->addWidget(m_apiKey, 1);
    form->addRow(tr("API key"), keyRow);
    form->addRow(QString(), buttonRow({m_apiKeyShow, m_apiKeyCopy, m_apiKeyRegenerate}));
    connectApiKey();
}

void WebhookSettingsPanel::connectApiKey()
{
    connect(m_apiKeyOn, &QCheckBox::clicked, this, [this](bool on) {
        Webhook next = m_document->webhook();
        next.apiKey = on ? crypto::SecureRandom::apiKey() : QString();
        m_document->change(next, on ? tr("Require an API key") : tr("Drop the API key"));
    });
    connect(m_apiKeyCopy, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(m_document->webhook().apiKey);
        emit copied(tr("API key"));
    });
    connect(m_apiKeyRegenerate, &QPushButton::clicked, this, [this] {
        const auto answer = QMessageBox::question(
            this, tr("Regenerate the API key?"),
            tr("Senders that use the current key will be refused (401) once you save. "
               "Regenerate it?"),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes)
            return;
        Webhook next = m_document->webhook();
        next.apiKey = crypto::SecureRandom::apiKey();
        m_document->change(next, tr("Regenerate the API key"));
    });
}

void WebhookSettingsPanel::addEncryptionRows(QFormLayout *form)
{
    m_encryptionOn = new QCheckBox(tr("Encrypted bodies"), this);
    m_encryptionOn->setObjectName(QStringLiteral("encryptionOn"));
    m_encryptionMode = new QComboBox(this);
    m_encryptionMode->setObjectName(QStringLiteral("encryptionMode"));
    m_encryptionMode->addItem(tr("AES-256-GCM"), QStringLiteral("gcm"));
    m_encryptionMode->addItem(tr("AES-256-CBC"), QStringLiteral("cbc"));
    m_encryptionKey = new QLineEdit(this);
    m_encryptionKey->setObjectName(QStringLiteral("encryptionKey"));
    m_encryptionKey->setFont(monospace());
    m_encryptionKey->setPlaceholderText(tr("32 characters"));
    m_encryptionKeyShow = revealButton(m_encryptionKey, this);
    m_keyCounter = new QLabel(this);
    m_keyCounter->setObjectName(QStringLiteral("keyCounter"));
    m_encryptionGenerate = new QPushButton(tr("Generate"), this);
    m_encryptionGenerate->setObjectName(QStringLiteral("encryptionGenerate"));
    m_encryptionCheck = new MessageLabel(this);
    auto *encryptionRow = new QHBoxLayout;
    encryptionRow->addWidget(m_encryptionOn);
    encryptionRow->addWidget(m_encryptionMode);
    encryptionRow->addStretch();
    auto *encryptionKeyRow = new QHBoxLayout;
    encryptionKeyRow->addWidget(m_encryptionKey, 1);
    encryptionKeyRow->addWidget(m_keyCounter);
    form->addRow(tr("Encryption"), encryptionRow);
    form->addRow(tr("Key"), encryptionKeyRow);
    form->addRow(QString(), buttonRow({m_encryptionKeyShow, m_encryptionGenerate}));
    form->addRow(QString(), m_encryptionCheck);
    connectEncryption();
}

void WebhookSettingsPanel::connectEncryption()
{
    connect(m_encryptionOn, &QCheckBox::clicked, this, [this](bool on) {
        Webhook next = m_document->webhook();
        if (on)
            next.encryption = mapping::Encryption{mapping::EncryptionMode::Gcm,
                                                  crypto::SecureRandom::encryptionKey()};
        else
            next.encryption.reset();
        m_document->change(next, on ? tr("Encrypt bodies") : tr("Plain bodies"));
    });
    connect(m_encryptionMode, &QComboBox::activated, this, [this](int) {
        Webhook next = m_document->webhook();
        if (!next.encryption)
            return;
        next.encryption->mode =
            *mapping::encryptionModeFromName(m_encryptionMode->currentData().toString());
        m_document->change(next, tr("Change encryption mode"));
    });
    connect(m_encryptionKey, &QLineEdit::textEdited, this, [this](const QString &text) {
        Webhook next = m_document->webhook();
        if (!next.encryption)
            return;
        next.encryption->key = text;
        m_document->change(next, tr("Change encryption key"), WebhookDocument::EncryptionKeyEdit);
    });
    connect(m_encryptionGenerate, &QPushButton::clicked, this, [this] {
        Webhook next = m_document->webhook();
        if (!next.encryption)
            return;
        next.encryption->key = crypto::SecureRandom::encryptionKey();
        m_document->change(next, tr("Generate encryption key"));
    });
}

void WebhookSettingsPanel::addSigningRows(QFormLayout *form)
{
    m_signingOn = new QCheckBox(tr("Require signatures"), this);
    m_signingOn->setObjectName(QStringLiteral("signingOn"));
    m_signingOn->setToolTip(tr("Standard Webhooks: webhook-id, webhook-timestamp and "
                               "webhook-signature headers"));
    m_signingSecret = new QLineEdit(this);
    m_signingSecret->setObjectName(QStringLiteral("signingSecret"));
    m_signingSecret->setReadOnly(true);
    m_signingSecret->setFont(monospace());
    m_signingShow = revealButton(m_signingSecret, this);
    m_signingCopy = new QPushButton(tr("Copy"), this);
    auto *signingRow = new QHBoxLayout;
    signingRow->addWidget(m_signingOn);
    signingRow->addWidget(m_signingSecret, 1);
    form->addRow(tr("Signing"), signingRow);
    form->addRow(QString(), buttonRow({m_signingShow, m_signingCopy}));
    connect(m_signingOn, &QCheckBox::clicked, this, [this](bool on) {
        Webhook next = m_document->webhook();
        next.signingSecret = on ? crypto::SecureRandom::signingSecret() : QString();
        m_document->change(next, on ? tr("Require signatures") : tr("Drop signatures"));
    });
    connect(m_signingCopy, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(m_document->webhook().signingSecret);
        emit copied(tr("Signing secret"));
    });
}

void WebhookSettingsPanel::setUrl(const QString &url)
{
    m_url->setText(url);
    m_url->setCursorPosition(0); // the host and port are what people check first
    m_url->setToolTip(url);
}

QString WebhookSettingsPanel::nameProblem() const
{
    if (m_document->webhook().name.trimmed().isEmpty())
        return tr("Give the webhook a name; it shows in the delivery log.");
    return {};
}

QString WebhookSettingsPanel::encryptionKeyProblem() const
{
    const auto &encryption = m_document->webhook().encryption;
    if (!encryption)
        return {};
    const qsizetype length = encryption->key.size();
    if (length != 32)
        return tr("The key must be exactly 32 characters (it has %1): type more, or Generate.")
            .arg(length);
    return {};
}

QString WebhookSettingsPanel::problem() const
{
    const QString name = nameProblem();
    return name.isEmpty() ? encryptionKeyProblem() : name;
}

void WebhookSettingsPanel::refresh()
{
    const Webhook &webhook = m_document->webhook();
    setEnabled(m_document->isLoaded());
    setNameKeepingSpaces(m_name, webhook.name);
    const QString nameProblem = this->nameProblem();
    if (nameProblem.isEmpty())
        m_nameCheck->clear();
    else
        m_nameCheck->setError(nameProblem);
    m_enabled->setChecked(webhook.enabled);
    refreshApiKey();
    refreshEncryption();
    refreshSigning();
}

void WebhookSettingsPanel::refreshApiKey()
{
    const Webhook &webhook = m_document->webhook();
    const bool apiKey = !webhook.apiKey.isEmpty();
    m_apiKeyOn->setChecked(apiKey);
    setTextKeepingCursor(m_apiKey, webhook.apiKey);
    m_apiKey->setPlaceholderText(apiKey ? QString() : tr("off"));
    for (QWidget *widget :
         {static_cast<QWidget *>(m_apiKey), static_cast<QWidget *>(m_apiKeyShow),
          static_cast<QWidget *>(m_apiKeyCopy), static_cast<QWidget *>(m_apiKeyRegenerate)})
        widget->setEnabled(apiKey);
}

void WebhookSettingsPanel::refreshEncryption()
{
    const Webhook &webhook = m_document->webhook();
    const bool encrypted = webhook.encryption.has_value();
    m_encryptionOn->setChecked(encrypted);
    for (QWidget *widget :
         {static_cast<QWidget *>(m_encryptionMode), static_cast<QWidget *>(m_encryptionKey),
          static_cast<QWidget *>(m_encryptionKeyShow), static_cast<QWidget *>(m_encryptionGenerate),
          static_cast<QWidget *>(m_keyCounter)})
        widget->setEnabled(encrypted);
    if (encrypted) {
        m_encryptionMode->setCurrentIndex(
            m_encryptionMode->findData(mapping::encryptionModeName(webhook.encryption->mode)));
        setTextKeepingCursor(m_encryptionKey, webhook.encryption->key);
        const qsizetype length = webhook.encryption->key.size();
        m_keyCounter->setText(tr("%1/32").arg(length));
        // Red as well as the words below: colour is never the only sign.
        // A red readable on the current palette, light or dark (ErrorText).
        m_keyCounter->setStyleSheet(
            length == 32 ? QString()
                         : QStringLiteral("color: %1; font-weight: bold;")
                               .arg(ErrorText::colour(m_keyCounter->palette()).name()));
    } else {
        m_encryptionKey->clear();
        m_keyCounter->setText(QString());
    }
    const QString keyProblem = encryptionKeyProblem();
    if (keyProblem.isEmpty())
        m_encryptionCheck->clear();
    else
        m_encryptionCheck->setError(keyProblem);
}

void WebhookSettingsPanel::refreshSigning()
{
    const Webhook &webhook = m_document->webhook();
    const bool signing = !webhook.signingSecret.isEmpty();
    m_signingOn->setChecked(signing);
    setTextKeepingCursor(m_signingSecret, webhook.signingSecret);
    m_signingSecret->setEnabled(signing);
    m_signingShow->setEnabled(signing);
    m_signingCopy->setEnabled(signing);
}

} // namespace hb::ui
