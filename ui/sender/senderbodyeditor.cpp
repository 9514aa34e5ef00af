#include "senderbodyeditor.h"

#include "common/messagelabel.h"
#include "payload/jsonreader.h"
#include "rowstableeditor.h"
#include "senderformmodel.h"

#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QStringDecoder>
#include <QTableView>
#include <QVBoxLayout>

namespace hb::ui {
namespace {

// More than the catcher takes by default (1 MiB), so an oversized body can still be tried.
constexpr qint64 largestFile = 16 * 1024 * 1024;

} // namespace

SenderBodyEditor::SenderBodyEditor(QWidget *parent)
    : QWidget(parent)
    , m_contentType(new QComboBox(this))
    , m_fromSample(new QPushButton(tr("From sample"), this))
    , m_fromFile(new QPushButton(tr("From file…"), this))
    , m_stack(new QStackedWidget(this))
    , m_payload(new QPlainTextEdit(this))
    , m_form(new SenderFormModel(this))
    , m_formEditor(new RowsTableEditor(m_form, tr("Add field"), tr("Remove field"), this))
    , m_message(new MessageLabel(this))
{
    m_contentType->setObjectName(QStringLiteral("senderContentType"));
    m_contentType->setEditable(true);
    m_contentType->addItems({QStringLiteral("application/json"),
                             QStringLiteral("application/x-www-form-urlencoded"),
                             QStringLiteral("text/plain")});
    m_contentType->setAccessibleName(tr("Content type"));
    m_fromSample->setObjectName(QStringLiteral("senderFromSample"));
    m_fromSample->setToolTip(tr("The payload caught as this webhook's sample (or an example)"));
    m_fromFile->setObjectName(QStringLiteral("senderFromFile"));
    m_fromFile->setToolTip(tr("Send a file's content as the body"));
    m_payload->setObjectName(QStringLiteral("senderPayload"));
    m_payload->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_payload->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_payload->setTabChangesFocus(true);
    m_payload->setAccessibleName(tr("Payload to send"));
    m_formEditor->setObjectName(QStringLiteral("senderFormFields"));
    m_formEditor->table()->setAccessibleName(tr("Form fields to send"));
    m_message->setObjectName(QStringLiteral("senderPayloadMessage"));
    m_stack->addWidget(m_payload);
    m_stack->addWidget(m_formEditor);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *row = new QHBoxLayout;
    auto *typeLabel = new QLabel(tr("Content &type"), this);
    typeLabel->setBuddy(m_contentType);
    row->addWidget(typeLabel);
    row->addWidget(m_contentType, 1);
    row->addWidget(m_fromSample);
    row->addWidget(m_fromFile);
    layout->addLayout(row);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_message);

    connect(m_contentType, &QComboBox::currentTextChanged, this, &SenderBodyEditor::showKind);
    connect(m_payload, &QPlainTextEdit::textChanged, this, &SenderBodyEditor::bodyChanged);
    connect(m_form, &SenderFormModel::fieldsChanged, this, &SenderBodyEditor::bodyChanged);
    connect(m_fromSample, &QPushButton::clicked, this, &SenderBodyEditor::sampleRequested);
    connect(m_fromFile, &QPushButton::clicked, this, &SenderBodyEditor::chooseFile);
}

bool SenderBodyEditor::isFormType(const QString &contentType)
{
    return contentType.section(QLatin1Char(';'), 0, 0)
               .trimmed()
               .compare(QLatin1String("application/x-www-form-urlencoded"), Qt::CaseInsensitive)
           == 0;
}

bool SenderBodyEditor::isForm() const
{
    return isFormType(m_contentType->currentText());
}

QByteArray SenderBodyEditor::body() const
{
    return isForm() ? m_form->encoded() : m_payload->toPlainText().toUtf8();
}

// Switching to a form type turns a JSON object in the editor into fields, once: the table is
// the tester's from then on.
void SenderBodyEditor::showKind()
{
    if (isForm() && m_form->rowCount() == 0) {
        const auto parsed = payload::JsonReader::read(m_payload->toPlainText().toUtf8());
        if (parsed && parsed->isObject())
            m_form->setFields(SenderFormModel::fieldsOf(*parsed));
    }
    m_stack->setCurrentWidget(isForm() ? static_cast<QWidget *>(m_formEditor) : m_payload);
    emit bodyChanged();
}

void SenderBodyEditor::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Send a file's content"));
    if (!path.isEmpty())
        loadFile(path);
}

bool SenderBodyEditor::loadFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_message->setError(tr("Cannot read %1: %2").arg(path, file.errorString()));
        return false;
    }
    if (file.size() > largestFile) {
        m_message->setError(tr("%1 is larger than 16 MiB: the Sender keeps its body in the "
                               "editor; send it with curl instead.")
                                .arg(path));
        return false;
    }
    const QByteArray content = file.readAll();
    QStringDecoder utf8(QStringDecoder::Utf8);
    const QString text = utf8(content);
    if (utf8.hasError() || content.contains('\0')) {
        m_message->setError(
            tr("%1 is not UTF-8 text: the Sender edits text bodies only.").arg(path));
        return false;
    }
    if (isForm())
        m_form->setFields(SenderFormModel::decode(content));
    else
        m_payload->setPlainText(text);
    return true;
}

} // namespace hb::ui
