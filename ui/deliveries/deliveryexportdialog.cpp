#include "deliveryexportdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace hb::ui {
namespace {

using services::ExportFormat;
using services::ExportWriter;

// Where the last export went: the next one is offered in the same folder.
const QString folderKey = QStringLiteral("deliveries/exportFolder");

QString lastFolder()
{
    const QString saved = QSettings().value(folderKey).toString();
    if (!saved.isEmpty() && QDir(saved).exists())
        return saved;
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return documents.isEmpty() ? QDir::homePath() : documents;
}

} // namespace

DeliveryExportDialog::DeliveryExportDialog(int selected, int readable, qint64 matching,
                                           QWidget *parent)
    : QDialog(parent)
    , m_selection(new QRadioButton(this))
    , m_filter(new QRadioButton(this))
    , m_format(new QComboBox(this))
    , m_secrets(new QCheckBox(tr("Include secrets (API key, signatures)"), this))
    , m_file(new QLineEdit(this))
{
    setWindowTitle(tr("Export deliveries"));
    setObjectName(QStringLiteral("deliveryExportDialog"));
    auto *form = new QFormLayout;
    form->addRow(tr("Export:"), buildWhat(selected, readable, matching));
    m_format->addItem(tr("JSON (the deliveries as `delivery show` gives them)"),
                      int(ExportFormat::Json));
    m_format->addItem(tr("CSV (one row per delivery, for a spreadsheet)"), int(ExportFormat::Csv));
    m_format->addItem(tr("HAR 1.2 (each request and its answer, for HTTP tools)"),
                      int(ExportFormat::Har));
    form->addRow(tr("Format:"), m_format);
    m_secrets->setToolTip(tr("Left unticked, API keys and signatures are masked as `delivery "
                             "show` masks them: the file can be shared, but its requests are "
                             "refused if sent again"));
    form->addRow(QString(), m_secrets);
    auto *fileRow = new QHBoxLayout;
    m_file->setObjectName(QStringLiteral("deliveryExportFile"));
    m_file->setText(QDir(lastFolder()).filePath(defaultFileName(ExportFormat::Json)));
    auto *choose = new QPushButton(tr("Choose…"), this);
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(choose);
    form->addRow(tr("File:"), fileRow);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_export = buttons->addButton(tr("Export"), QDialogButtonBox::AcceptRole);
    m_export->setDefault(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(m_format, &QComboBox::currentIndexChanged, this, &DeliveryExportDialog::formatChanged);
    connect(choose, &QPushButton::clicked, this, &DeliveryExportDialog::chooseFile);
    connect(m_file, &QLineEdit::textChanged, this, &DeliveryExportDialog::updateButton);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        QSettings().setValue(folderKey, QFileInfo(choice().path).absolutePath());
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QWidget *DeliveryExportDialog::buildWhat(int selected, int readable, qint64 matching)
{
    const QLocale locale;
    if (readable < selected)
        // Rows whose page was never read have no id here: say so rather than drop them quietly.
        m_selection->setText(tr("The selected deliveries (%1 of the %2 selected have been read: "
                                "scroll to them, or export what the filter matches)")
                                 .arg(locale.toString(readable), locale.toString(selected)));
    else
        m_selection->setText(readable == 1
                                 ? tr("The selected delivery")
                                 : tr("The %1 selected deliveries").arg(locale.toString(readable)));
    m_filter->setText(
        matching == 1 ? tr("The 1 delivery the filter matches")
                      : tr("All %1 deliveries the filter matches").arg(locale.toString(matching)));
    m_selection->setEnabled(readable > 0);
    m_filter->setEnabled(matching > 0);
    // Several rows selected: those are what was meant; one row is as likely just the current one.
    (readable > 1 || matching == 0 ? m_selection : m_filter)->setChecked(true);
    auto *what = new QWidget(this);
    auto *layout = new QVBoxLayout(what);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_selection);
    layout->addWidget(m_filter);
    return what;
}

QString DeliveryExportDialog::defaultFileName(ExportFormat format)
{
    return QStringLiteral("deliveries-%1.%2")
        .arg(QDate::currentDate().toString(Qt::ISODate), ExportWriter::formatName(format));
}

DeliveryExportDialog::Choice DeliveryExportDialog::choice() const
{
    Choice chosen;
    chosen.selection = m_selection->isChecked();
    chosen.format = ExportFormat(m_format->currentData().toInt());
    chosen.secrets =
        m_secrets->isChecked() ? services::Secrets::Revealed : services::Secrets::Masked;
    chosen.path = m_file->text().trimmed();
    return chosen;
}

// The file's extension follows the format, unless the tester named the file otherwise.
void DeliveryExportDialog::formatChanged()
{
    const QFileInfo file(m_file->text().trimmed());
    if (!ExportWriter::formatFromName(file.suffix()))
        return;
    const QString name =
        file.completeBaseName() + QLatin1Char('.') + ExportWriter::formatName(choice().format);
    m_file->setText(file.dir().filePath(name));
}

void DeliveryExportDialog::chooseFile()
{
    const QString chosen =
        QFileDialog::getSaveFileName(this, tr("Export deliveries to"), m_file->text().trimmed(),
                                     tr("%1 files (*.%2);;All files (*)")
                                         .arg(ExportWriter::formatName(choice().format).toUpper(),
                                              ExportWriter::formatName(choice().format)));
    if (!chosen.isEmpty())
        m_file->setText(QDir::toNativeSeparators(chosen));
}

void DeliveryExportDialog::updateButton()
{
    m_export->setEnabled(!m_file->text().trimmed().isEmpty());
}

} // namespace hb::ui
