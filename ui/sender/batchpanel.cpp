#include "batchpanel.h"

#include "batchsummaryview.h"

#include "common/messagelabel.h"
#include "common/workerthread.h"
#include "delivery/batchjob.h"
#include "delivery/batchsender.h"

#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace hb::ui {

BatchPanel::BatchPanel(QWidget *parent)
    : QWidget(parent)
    , m_rowsFile(new QLineEdit(this))
    , m_chooseRows(new QPushButton(tr("Choose…"), this))
    , m_rowsMessage(new MessageLabel(this))
    , m_template(new QPlainTextEdit(this))
    , m_templateMessage(new MessageLabel(this))
    , m_concurrency(new QSpinBox(this))
    , m_rate(new QDoubleSpinBox(this))
    , m_start(new QPushButton(tr("Start"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_startMessage(new MessageLabel(this))
    , m_progress(new QProgressBar(this))
    , m_summary(new BatchSummaryView(this))
    , m_worker(new WorkerThread(QStringLiteral("batch sender"), this))
    , m_sender(m_worker->adopt(new delivery::BatchSender))
{
    m_rowsFile->setPlaceholderText(tr("A .csv file with a header row, or a .jsonl file"));
    m_rowsFile->setAccessibleName(tr("Rows file"));
    m_template->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_template->setAccessibleName(tr("Body template"));
    m_template->setPlaceholderText(
        tr("The body of each request; {{column}} is filled from the row, "
           "for example {\"email\": \"{{email}}\", \"coins\": {{coins}}}"));
    m_concurrency->setRange(1, delivery::BatchJob::maxConcurrency);
    m_concurrency->setValue(4);
    m_concurrency->setToolTip(tr("Requests in flight at once"));
    m_rate->setRange(0, 100000);
    m_rate->setDecimals(1);
    m_rate->setValue(0);
    m_rate->setToolTip(tr("Requests per second, 0 = no limit"));
    m_cancel->setToolTip(tr("Start no more requests; the ones in flight are still counted"));
    m_progress->setFormat(tr("%v / %m"));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);

    connect(m_chooseRows, &QPushButton::clicked, this, &BatchPanel::chooseRowsFile);
    connect(m_rowsFile, &QLineEdit::editingFinished, this,
            [this] { setRowsFile(m_rowsFile->text()); });
    connect(m_template, &QPlainTextEdit::textChanged, this, &BatchPanel::templateChanged);
    connect(m_start, &QPushButton::clicked, this, &BatchPanel::start);
    connect(m_cancel, &QPushButton::clicked, this, &BatchPanel::cancel);
    // Emitted on the worker thread, delivered queued on this one.
    connect(m_sender, &delivery::BatchSender::progress, this, &BatchPanel::onProgress);
    connect(m_sender, &delivery::BatchSender::finished, this, &BatchPanel::onFinished);

    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_rowsFile, 1);
    fileRow->addWidget(m_chooseRows);
    auto *form = new QFormLayout;
    auto *rowsLabel = new QLabel(tr("&Rows file"), this); // a layout takes no buddy by itself
    rowsLabel->setBuddy(m_rowsFile);
    form->addRow(rowsLabel, fileRow);
    form->addRow(QString(), m_rowsMessage);
    form->addRow(tr("Body &template"), m_template);
    form->addRow(QString(), m_templateMessage);
    form->addRow(tr("C&oncurrency"), m_concurrency);
    form->addRow(tr("Requests per second, 0 = no &limit"), m_rate);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_start);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_startMessage, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_progress);
    layout->addWidget(m_summary);
    layout->addStretch();
    templateChanged();
}

BatchPanel::~BatchPanel()
{
    // The worker's thread ends first (its destructor waits), taking the sender with it, so no
    // signal of the sender reaches a half-destroyed panel.
    m_sender->disconnect(this);
    delete m_worker;
}

void BatchPanel::setTarget(const SendTarget &target)
{
    m_target = target;
    if (m_template->toPlainText().isEmpty() && !target.payload.isEmpty())
        m_template->setPlainText(QString::fromUtf8(target.payload));
    updateState();
}

void BatchPanel::setRowsFile(const QString &path)
{
    if (m_rowsFile->text() != path)
        m_rowsFile->setText(path);
    m_rows.reset();
    m_rowsError.clear();
    if (path.trimmed().isEmpty()) {
        m_rowsMessage->clear();
    } else if (hb::Result<delivery::BatchRows> rows = delivery::BatchRows::read(path.trimmed());
               rows) {
        m_rows = std::move(*rows);
        m_rowsMessage->setSuccess(tr("%n row(s), columns: %1", nullptr, m_rows->size())
                                      .arg(m_rows->columns().join(QLatin1String(", "))));
    } else {
        m_rowsError = rows.error();
        m_rowsMessage->setError(m_rowsError);
    }
    templateChanged();
}

void BatchPanel::chooseRowsFile()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Choose the rows to send"), m_rowsFile->text(),
                                     tr("Rows (*.csv *.jsonl *.ndjson);;All files (*)"));
    if (!path.isEmpty())
        setRowsFile(path);
}

void BatchPanel::templateChanged()
{
    m_bodyTemplate.reset();
    m_templateError.clear();
    const QString text = m_template->toPlainText();
    if (text.isEmpty()) {
        m_templateMessage->setInfo(tr("Write the body, with {{column}} where a row's value goes"));
        updateState();
        return;
    }
    hb::Result<delivery::BodyTemplate> parsed = delivery::BodyTemplate::parse(text.toUtf8());
    if (!parsed) {
        m_templateError = parsed.error();
        m_templateMessage->setError(m_templateError);
        updateState();
        return;
    }
    m_bodyTemplate = std::move(*parsed);
    QStringList names;
    for (const QString &name : m_bodyTemplate->placeholders())
        names << QStringLiteral("{{%1}}").arg(name);
    const QString found = names.isEmpty()
                              ? tr("No placeholders: every row sends the same body")
                              : tr("Placeholders: %1").arg(names.join(QLatin1String(", ")));
    if (!m_rows) {
        m_templateMessage->setInfo(found);
    } else if (const hb::Status matches = m_bodyTemplate->checkColumns(m_rows->columns());
               !matches) {
        m_templateError = matches.error();
        m_templateMessage->setError(m_templateError);
    } else {
        m_templateMessage->setSuccess(tr("%1, all in the file").arg(found));
    }
    updateState();
}

QString BatchPanel::whyNotStart() const
{
    if (!m_target.isValid())
        return tr("Choose a webhook and URL on the Compose tab first");
    if (!m_rowsError.isEmpty())
        return tr("Fix the rows file first");
    if (!m_rows)
        return tr("Choose a rows file");
    if (m_template->toPlainText().isEmpty())
        return tr("Write a body template");
    if (!m_templateError.isEmpty())
        return tr("Fix the template first: %1").arg(m_templateError);
    return {};
}

void BatchPanel::updateState()
{
    const QString reason = m_running ? QString() : whyNotStart();
    m_start->setEnabled(!m_running && reason.isEmpty());
    m_cancel->setEnabled(m_running && !m_cancelling);
    for (QWidget *input : {static_cast<QWidget *>(m_rowsFile), static_cast<QWidget *>(m_chooseRows),
                           static_cast<QWidget *>(m_template),
                           static_cast<QWidget *>(m_concurrency), static_cast<QWidget *>(m_rate)})
        input->setEnabled(!m_running);
    if (m_cancelling)
        m_startMessage->setInfo(tr("Cancelling: waiting for the requests in flight"));
    else if (m_running)
        m_startMessage->setInfo(tr("Sending…"));
    else if (!reason.isEmpty())
        m_startMessage->setError(reason);
    else
        m_startMessage->clear();
}

void BatchPanel::start()
{
    if (m_running || !whyNotStart().isEmpty())
        return;
    delivery::BatchJob job;
    job.url = m_target.url;
    job.webhook = m_target.applied;
    job.method = m_target.method;
    job.contentType = m_target.contentType;
    job.headerEdits = m_target.headerEdits;
    job.bodyTemplate = *m_bodyTemplate;
    job.rows = *m_rows;
    job.concurrency = m_concurrency->value();
    job.ratePerSecond = m_rate->value();
    job.verifyCertificates = m_target.verifyCertificates;
    m_running = true;
    m_cancelling = false;
    m_progress->setRange(0, job.rows.size());
    m_progress->setValue(0);
    m_summary->clear();
    updateState();
    delivery::BatchSender *sender = m_sender;
    QMetaObject::invokeMethod(
        sender, [sender, job] { sender->start(job); }, Qt::QueuedConnection);
}

void BatchPanel::cancel()
{
    if (!m_running || m_cancelling)
        return;
    m_cancelling = true;
    QMetaObject::invokeMethod(m_sender, &delivery::BatchSender::cancel, Qt::QueuedConnection);
    updateState();
}

void BatchPanel::onProgress(int done, int total)
{
    m_progress->setRange(0, total);
    m_progress->setValue(done);
}

void BatchPanel::onFinished(const delivery::BatchSummary &summary)
{
    m_running = false;
    m_cancelling = false;
    m_progress->setRange(0, summary.total);
    m_progress->setValue(int(summary.results.size()));
    m_summary->setSummary(summary);
    updateState();
    emit batchFinished(summary);
}

} // namespace hb::ui
