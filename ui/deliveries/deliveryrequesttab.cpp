#include "deliveryrequesttab.h"

#include "common/messagelabel.h"
#include "common/readonlytextview.h"
#include "services/secretmask.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace hb::ui {
namespace {

QPlainTextEdit *monospaceEditor(QWidget *parent, const QString &name)
{
    auto *editor = new ReadOnlyTextView(name, parent);
    editor->setLineWrapMode(QPlainTextEdit::NoWrap);
    return editor;
}

QString titleOf(const QString &what, const DeliveryDetails::Body &body)
{
    using Kind = DeliveryDetails::Body::Kind;
    const QString size =
        QLocale().formattedDataSize(body.size, 1, QLocale::DataSizeTraditionalFormat);
    switch (body.kind) {
    case Kind::Empty:
        return DeliveryRequestTab::tr("%1: none (empty)").arg(what);
    case Kind::Json:
        return DeliveryRequestTab::tr("%1: JSON, %2 (shown indented)").arg(what, size);
    case Kind::Text:
        return DeliveryRequestTab::tr("%1: text, %2").arg(what, size);
    case Kind::Binary:
        return body.size > DeliveryDetails::HexPreviewBytes
                   ? DeliveryRequestTab::tr("%1: binary, %2 (hex preview of the first %3 bytes)")
                         .arg(what, size)
                         .arg(DeliveryDetails::HexPreviewBytes)
                   : DeliveryRequestTab::tr("%1: binary, %2 (hex)").arg(what, size);
    }
    return what;
}

} // namespace

DeliveryRequestTab::DeliveryRequestTab(QWidget *parent)
    : QWidget(parent)
    , m_requestLine(new QLabel(this))
    , m_remoteAddress(new QLabel(this))
    , m_headers(new QTableWidget(0, 2, this))
    , m_bodyTitle(new QLabel(this))
    , m_body(monospaceEditor(this, QStringLiteral("requestBody")))
    , m_decryptedTitle(new QLabel(this))
    , m_decrypted(monospaceEditor(this, QStringLiteral("requestDecryptedBody")))
    , m_decryptionError(new MessageLabel(this))
    , m_reveal(new QPushButton(tr("Reveal secrets"), this))
{
    auto *layout = new QVBoxLayout(this);
    m_requestLine->setObjectName(QStringLiteral("requestLine"));
    m_requestLine->setTextFormat(Qt::PlainText);
    m_requestLine->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_requestLine->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    // The sender's address beside the request line: support staff match it with their logs.
    m_remoteAddress->setObjectName(QStringLiteral("remoteAddress"));
    m_remoteAddress->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *requestRow = new QHBoxLayout;
    requestRow->addWidget(m_requestLine);
    requestRow->addWidget(m_remoteAddress);
    requestRow->addStretch(1);
    m_reveal->setObjectName(QStringLiteral("revealSecrets"));
    m_reveal->setCheckable(true);
    m_reveal->setToolTip(tr("Show the API key and signature values as they were sent"));
    requestRow->addWidget(m_reveal);
    layout->addLayout(requestRow);
    connect(m_reveal, &QPushButton::toggled, this, [this](bool revealed) {
        m_reveal->setText(revealed ? tr("Hide secrets") : tr("Reveal secrets"));
        showRequest();
    });

    // Side by side: the pane is wide and short, and headers and body are read together.
    auto *split = new QSplitter(Qt::Horizontal, this);
    m_headers->setObjectName(QStringLiteral("requestHeaders"));
    m_headers->setHorizontalHeaderLabels({tr("Header"), tr("Value")});
    m_headers->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_headers->verticalHeader()->setVisible(false);
    m_headers->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_headers->horizontalHeader()->setStretchLastSection(true);
    m_headers->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    split->addWidget(m_headers);

    auto *bodies = new QWidget(split);
    auto *bodiesLayout = new QVBoxLayout(bodies);
    bodiesLayout->setContentsMargins(0, 0, 0, 0);
    m_bodyTitle->setObjectName(QStringLiteral("requestBodyTitle"));
    bodiesLayout->addWidget(m_bodyTitle);
    bodiesLayout->addWidget(m_body, 2);
    m_decryptedTitle->setObjectName(QStringLiteral("requestDecryptedTitle"));
    bodiesLayout->addWidget(m_decryptedTitle);
    bodiesLayout->addWidget(m_decrypted, 2);
    m_decryptionError->setObjectName(QStringLiteral("requestDecryptionError"));
    bodiesLayout->addWidget(m_decryptionError);
    split->addWidget(bodies);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    layout->addWidget(split, 1);
    clear();
}

void DeliveryRequestTab::clear()
{
    m_deliveryId = 0;
    m_method.clear();
    m_target.clear();
    m_sentHeaders.clear();
    m_reveal->setChecked(false);
    m_reveal->setEnabled(false);
    m_requestLine->clear();
    m_remoteAddress->clear();
    m_headers->setRowCount(0);
    m_bodyTitle->clear();
    m_body->clear();
    m_decryptedTitle->setVisible(false);
    m_decrypted->clear();
    m_decrypted->setVisible(false);
    m_decryptionError->clear();
}

void DeliveryRequestTab::showDetails(const DeliveryDetails &details)
{
    const services::DeliveryRecord &record = details.record;
    // The same delivery read again (after a re-run) keeps what was revealed; another is masked.
    if (record.id != m_deliveryId)
        m_reveal->setChecked(false);
    m_deliveryId = record.id;
    m_method = record.method;
    m_target = record.target;
    m_sentHeaders = record.headers;
    const services::DeliveryRecord masked = services::SecretMask::record(record);
    m_reveal->setEnabled(masked.headers != record.headers || masked.target != record.target);
    showRequest();
    m_remoteAddress->setText(
        record.remoteAddress.isEmpty() ? QString() : tr("from %1").arg(record.remoteAddress));
    m_bodyTitle->setText(titleOf(tr("Body"), details.body));
    m_body->setPlainText(details.body.text);

    m_decryptedTitle->setVisible(details.decrypted.has_value());
    m_decrypted->setVisible(details.decrypted.has_value());
    if (details.decrypted) {
        m_decryptedTitle->setText(
            titleOf(tr("Decrypted with the webhook's current key"), *details.decrypted));
        m_decrypted->setPlainText(details.decrypted->text);
    } else {
        m_decrypted->clear();
    }
    if (details.decryptionError.isEmpty())
        m_decryptionError->clear();
    else
        m_decryptionError->setError(
            tr("Not decrypted with the webhook's current key: %1").arg(details.decryptionError));
}

void DeliveryRequestTab::showRequest()
{
    const bool reveal = m_reveal->isChecked();
    const QString target = reveal ? QString::fromUtf8(m_target)
                                  : services::SecretMask::target(QString::fromUtf8(m_target));
    m_requestLine->setText(
        m_method.isEmpty() ? QString() : QString::fromUtf8(m_method) + QLatin1Char(' ') + target);
    const QList<QPair<QByteArray, QByteArray>> headers =
        reveal ? m_sentHeaders : services::SecretMask::headers(m_sentHeaders);
    m_headers->setRowCount(0);
    for (const auto &[name, value] : headers) {
        const int row = m_headers->rowCount();
        m_headers->insertRow(row);
        m_headers->setItem(row, 0, new QTableWidgetItem(QString::fromUtf8(name)));
        auto *valueItem = new QTableWidgetItem(QString::fromUtf8(value));
        valueItem->setToolTip(valueItem->text());
        m_headers->setItem(row, 1, valueItem);
    }
}

QString DeliveryRequestTab::requestLine() const
{
    return m_requestLine->text();
}

QString DeliveryRequestTab::remoteAddress() const
{
    return m_remoteAddress->text();
}

QString DeliveryRequestTab::bodyTitle() const
{
    return m_bodyTitle->text();
}

} // namespace hb::ui
