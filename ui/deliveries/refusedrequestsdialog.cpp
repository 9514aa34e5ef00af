#include "refusedrequestsdialog.h"

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
        });
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
