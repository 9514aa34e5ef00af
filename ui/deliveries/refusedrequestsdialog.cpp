#include "refusedrequestsdialog.h"

#include "common/clock.h"
#include "common/localtime.h"
#include "common/logtableview.h"
#include "common/messagelabel.h"
#include "common/readonlytextview.h"
#include "refusedrequestsmodel.h"
#include "services/deliveryservice.h"
#include "services/secretmask.h"
#include "services/storeexecutor.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

#include <utility>

namespace hb::ui {

RefusedRequestsDialog::RefusedRequestsDialog(services::StoreExecutor &reader, QWidget *parent)
    : QDialog(parent)
    , m_reader(reader)
    , m_model(new RefusedRequestsModel(this))
    , m_table(new LogTableView(QStringLiteral("refusedTable"), m_model, this))
    , m_request(new ReadOnlyTextView(QStringLiteral("refusedRequest"), this))
    , m_message(new MessageLabel(this))
{
    setWindowTitle(tr("Refused requests"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("Requests the catcher answered with an error before receiving them: they are not "
           "deliveries and changed nothing. The newest %1 are kept.")
            .arg(services::refusedLogSize),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_message->setObjectName(QStringLiteral("refusedMessage"));
    layout->addWidget(m_message);

    m_table->setColumnWidths({{RefusedRequestsModel::AtColumn, 150},
                              {RefusedRequestsModel::StatusColumn, 70},
                              {RefusedRequestsModel::WebhookColumn, 160},
                              {RefusedRequestsModel::FromColumn, 120}});
    m_request->setAccessibleName(tr("The refused request"));
    m_request->setPlaceholderText(tr("Select a row to read the request as it arrived."));
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(m_request);
    layout->addWidget(split, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *refreshButton = buttons->addButton(tr("Refresh"), QDialogButtonBox::ActionRole);
    m_reveal = buttons->addButton(tr("Reveal secrets"), QDialogButtonBox::ActionRole);
    m_reveal->setObjectName(QStringLiteral("revealSecrets"));
    m_reveal->setCheckable(true);
    m_reveal->setToolTip(tr("Show the API key and signature values as they were sent"));
    connect(m_reveal, &QPushButton::toggled, this, [this](bool revealed) {
        m_reveal->setText(revealed ? tr("Hide secrets") : tr("Reveal secrets"));
        showSelected();
    });
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(refreshButton, &QPushButton::clicked, this, &RefusedRequestsDialog::refresh);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &RefusedRequestsDialog::showSelected);
    resize(900, 600);
}

void RefusedRequestsDialog::refresh()
{
    if (m_loading)
        return;
    m_loading = true;
    if (m_model->rowCount() == 0)
        m_message->setInfo(tr("Loading…"));
    m_reader.read<QList<services::RejectedRequest>>(
        this,
        [](services::Connection &db) {
            return services::DeliveryService(db).refused(services::refusedLogSize);
        },
        [this](Result<QList<services::RejectedRequest>> entries) {
            m_loading = false;
            if (!entries) {
                m_message->setError(
                    tr("Could not read the refused requests: %1").arg(entries.error()));
                m_match.reset(); // the error says more than "none found" would
                m_loadAgain = false;
                return;
            }
            const services::RejectedRequest *current =
                m_model->entry(m_table->currentIndex().row());
            const qint64 selected = current ? current->id : 0;
            m_model->setEntries(std::move(*entries));
            if (m_model->rowCount() == 0)
                m_message->setSuccess(tr("No request has been refused."));
            else
                m_message->clear();
            int row = 0;
            for (int candidate = 0; selected && candidate < m_model->rowCount(); ++candidate) {
                if (m_model->entry(candidate)->id == selected) {
                    row = candidate;
                    break;
                }
            }
            if (m_model->rowCount() > 0)
                m_table->setCurrentIndex(m_model->index(row, 0));
            showSelected();
            if (std::exchange(m_loadAgain, false))
                refresh();
            else if (m_match)
                selectMatch(*std::exchange(m_match, std::nullopt));
        });
}

void RefusedRequestsDialog::selectMatching(const QString &webhookName, int status,
                                           const QDateTime &sentAfter)
{
    m_match = Match{webhookName, status, sentAfter};
    // A load already running may have read the log before the catcher wrote this refusal.
    if (m_loading)
        m_loadAgain = true;
    else
        refresh();
}

void RefusedRequestsDialog::selectMatch(const Match &match)
{
    // The catcher stamps the refusal with its own clock, a moment after the Sender's "sent at":
    // a little slack covers the two clocks reading apart on one machine.
    const QDateTime since = match.sentAfter.addSecs(-2);
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const services::RejectedRequest *entry = m_model->entry(row);
        if (entry->webhookName != match.webhookName || entry->status != match.status
            || QDateTime::fromString(entry->at, Qt::ISODateWithMs) < since)
            continue;
        // Rows are newest first: the first one that fits is the newest.
        m_table->setCurrentIndex(m_model->index(row, 0));
        m_table->scrollTo(m_table->currentIndex());
        showSelected();
        return;
    }
    m_message->setInfo(
        tr("No refused %1 for %2 since %3: the catcher may be another one than "
           "this window's.")
            .arg(match.status)
            .arg(match.webhookName, LocalTime::textToTheSecond(isoUtc(match.sentAfter))));
}

void RefusedRequestsDialog::showSelected()
{
    const services::RejectedRequest *entry = m_model->entry(m_table->currentIndex().row());
    if (!entry) {
        m_request->setPlainText(QString());
        return;
    }
    m_request->setPlainText(RefusedRequestsModel::requestText(
        m_reveal->isChecked() ? *entry : services::SecretMask::refused(*entry)));
}

} // namespace hb::ui
