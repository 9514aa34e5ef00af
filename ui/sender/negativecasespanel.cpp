#include "negativecasespanel.h"

#include "negativecasesmodel.h"

#include "common/messagelabel.h"
#include "common/readonlytextview.h"
#include "common/workerthread.h"
#include "delivery/negativecases.h"
#include "delivery/negativerunner.h"
#include "services/deliveryservice.h"
#include "services/records.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace hb::ui {
namespace {

using Outcome = hb::Result<std::optional<std::pair<DeliveryStatus, QString>>>;

// The runner's window on the store: a connection of its own, opened at the first look-up on the
// worker thread (Qt SQL connections belong to the thread that made them) and closed there with
// the runner, which owns the only reference.
struct OutcomeReader {
    QString location;
    std::unique_ptr<services::Connection> connection;

    Outcome find(qint64 id, qint64 webhookId)
    {
        if (!connection) {
            auto opened = std::make_unique<services::Connection>(location);
            if (const hb::Status status = opened->open(); !status)
                return status.failure();
            connection = std::move(opened);
        }
        const auto record = services::DeliveryService(*connection).find(id);
        if (!record)
            return record.failure();
        // Another catcher's delivery id may name another webhook's delivery here.
        if (!record->has_value() || (*record)->webhookId != webhookId)
            return std::optional<std::pair<DeliveryStatus, QString>>();
        return std::optional(std::pair((*record)->status, (*record)->reason));
    }
};

} // namespace

NegativeCasesPanel::NegativeCasesPanel(const QString &storeLocation, QWidget *parent)
    : QWidget(parent)
    , m_storeLocation(storeLocation)
    , m_worker(std::make_unique<WorkerThread>(QStringLiteral("negative cases")))
    , m_runner(m_worker->adopt(new delivery::NegativeRunner))
    , m_model(new NegativeCasesModel(this))
    , m_run(new QPushButton(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_message(new MessageLabel(this))
    , m_table(new QTableView(this))
    , m_details(new ReadOnlyTextView(QStringLiteral("negativeCaseDetails"), this))
{
    m_run->setObjectName(QStringLiteral("runNegativeCases"));
    m_cancel->setObjectName(QStringLiteral("cancelNegativeCases"));
    m_table->setObjectName(QStringLiteral("negativeCasesTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    // The words share the width; the verdict takes what it needs.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(m_model->columnCount() - 1,
                                                      QHeaderView::ResizeToContents);
    m_details->setPlaceholderText(tr("Select a case to see what is sent and what came back."));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_run);
    buttons->addWidget(m_cancel);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    layout->addWidget(m_table, 3);
    layout->addWidget(m_details, 1);

    connect(m_run, &QPushButton::clicked, this, &NegativeCasesPanel::run);
    connect(m_cancel, &QPushButton::clicked, this, &NegativeCasesPanel::cancel);
    connect(m_runner, &delivery::NegativeRunner::caseStarted, this,
            &NegativeCasesPanel::caseStarted);
    connect(m_runner, &delivery::NegativeRunner::caseFinished, this,
            &NegativeCasesPanel::caseFinished);
    connect(m_runner, &delivery::NegativeRunner::finished, this, &NegativeCasesPanel::runFinished);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &NegativeCasesPanel::showSelected);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &NegativeCasesPanel::showSelected);
    updateButtons();
}

NegativeCasesPanel::~NegativeCasesPanel()
{
    // Stop the thread (and delete the runner on it) before the widgets it reports to go.
    m_runner->disconnect(this);
    m_worker.reset();
}

void NegativeCasesPanel::setTarget(const SendTarget &target)
{
    m_target = target;
    updateButtons();
}

void NegativeCasesPanel::run()
{
    if (m_running)
        return;
    if (!m_target.isValid())
        return m_message->setError(tr("Choose a webhook and a URL on the Compose tab first."));
    if (!m_target.webhook.enabled)
        return m_message->setError(
            tr("The webhook \"%1\" is disabled: the catcher answers 403 to every request, so no "
               "case would test anything. Enable it first.")
                .arg(m_target.webhook.name));
    const QList<delivery::NegativeCase> cases =
        delivery::NegativeCases::forWebhook(m_target.webhook);
    m_model->setCases(cases);
    m_details->clear();
    m_running = true;
    updateButtons();
    m_message->setInfo(tr("Running %n negative case(s)…", nullptr, int(cases.size())));

    const QByteArray payload =
        m_target.payload.trimmed().isEmpty()
            ? QByteArrayLiteral(R"({"event":"negative-case","email":"tester@example.com"})")
            : m_target.payload;
    QMetaObject::invokeMethod(
        m_runner,
        [runner = m_runner, url = m_target.url, webhook = m_target.webhook, payload,
         bodyLimit = m_target.bodyLimit, verify = m_target.verifyCertificates,
         location = m_storeLocation] {
            // Made here, on the worker thread, and owned by the runner's look-up only: the
            // connection is opened and closed on this thread (with the next run's, or the
            // runner's end).
            auto reader = std::make_shared<OutcomeReader>();
            reader->location = location;
            runner->setOutcomeLookup([reader, webhookId = webhook.id](qint64 id) -> Outcome {
                return reader->find(id, webhookId);
            });
            runner->setVerifyCertificates(verify);
            runner->start(url, webhook, payload, bodyLimit);
        },
        Qt::QueuedConnection);
}

void NegativeCasesPanel::cancel()
{
    if (m_running)
        QMetaObject::invokeMethod(m_runner, &delivery::NegativeRunner::cancel,
                                  Qt::QueuedConnection);
}

void NegativeCasesPanel::caseStarted(int index)
{
    m_model->setRunning(index);
}

void NegativeCasesPanel::caseFinished(int index, const delivery::NegativeResult &result)
{
    m_model->setResult(index, result);
}

void NegativeCasesPanel::runFinished(const QList<delivery::NegativeResult> &results, bool cancelled)
{
    m_running = false;
    m_model->setRunning(-1);
    updateButtons();
    const int total = m_model->rowCount();
    QStringList differing;
    for (const delivery::NegativeResult &result : results) {
        if (!result.matches)
            differing << result.testCase.title;
    }
    if (cancelled)
        return m_message->setInfo(
            tr("Cancelled after %1 of %2 cases.").arg(results.size()).arg(total));
    if (differing.isEmpty())
        return m_message->setSuccess(tr("%1 of %2 as expected").arg(results.size()).arg(total));
    m_message->setError(tr("%n differ(s): %1", nullptr, int(differing.size()))
                            .arg(differing.join(QStringLiteral(", "))));
}

void NegativeCasesPanel::updateButtons()
{
    const int count =
        m_target.isValid() ? int(delivery::NegativeCases::forWebhook(m_target.webhook).size()) : 0;
    m_run->setText(m_target.isValid() ? tr("Run %n negative case(s)", nullptr, count)
                                      : tr("Run negative cases"));
    m_run->setEnabled(!m_running);
    m_cancel->setEnabled(m_running);
}

void NegativeCasesPanel::showSelected()
{
    const int row = m_table->selectionModel()->currentIndex().row();
    if (row < 0 || row >= m_model->rowCount())
        return m_details->clear();
    const delivery::NegativeCase testCase = m_model->caseAt(row);
    QStringList lines{testCase.description, tr("Expected: %1").arg(testCase.expected.text())};
    if (const auto result = m_model->resultAt(row)) {
        const delivery::NegativeActual &actual = result->actual;
        lines << tr("Actual: %1").arg(actual.text());
        if (!actual.answer.isEmpty())
            lines << tr("Answer: %1").arg(actual.answer);
        if (!actual.reason.isEmpty())
            lines << tr("Reason: %1").arg(actual.reason);
        lines << (result->matches ? tr("Result: matches") : tr("Result: differs"));
    }
    m_details->setPlainText(lines.join(QLatin1Char('\n')));
}

} // namespace hb::ui
