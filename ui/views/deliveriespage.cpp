#include "deliveriespage.h"

#include "models/deliveriesmodel.h"
#include "store/database.h"
#include "widgets/messagelabel.h"

#include <QComboBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace hb::ui {

DeliveriesPage::DeliveriesPage(store::Database &db, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_model(new DeliveriesModel(this))
    , m_status(new QComboBox(this))
    , m_table(new QTableView(this))
    , m_details(new QPlainTextEdit(this))
    , m_message(new MessageLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("<b>Deliveries</b> (newest 200)"), this));
    bar->addStretch();
    bar->addWidget(new QLabel(tr("Status:"), this));
    m_status->setObjectName(QStringLiteral("deliveryStatusFilter"));
    m_status->addItem(tr("All"), QString());
    m_status->addItem(tr("Pending"), QStringLiteral("pending"));
    m_status->addItem(tr("Success"), QStringLiteral("success"));
    m_status->addItem(tr("Failed"), QStringLiteral("failed"));
    bar->addWidget(m_status);
    auto *refreshButton = new QPushButton(tr("Refresh"), this);
    bar->addWidget(refreshButton);
    layout->addLayout(bar);
    layout->addWidget(m_message);

    m_table->setObjectName(QStringLiteral("deliveriesTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(DeliveriesModel::StatusColumn, 100);
    m_table->setColumnWidth(DeliveriesModel::ReceivedColumn, 150);
    m_table->setColumnWidth(DeliveriesModel::WebhookColumn, 160);
    m_table->setColumnWidth(DeliveriesModel::UserColumn, 200);
    m_details->setObjectName(QStringLiteral("deliveryDetails"));
    m_details->setReadOnly(true);
    m_details->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_details->setPlaceholderText(tr("Select a delivery to see its request, reason and changes."));
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(m_details);
    layout->addWidget(split, 1);

    connect(m_status, &QComboBox::currentIndexChanged, this, &DeliveriesPage::refresh);
    connect(refreshButton, &QPushButton::clicked, this, &DeliveriesPage::refresh);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &DeliveriesPage::showDetails);
    refresh();
}

void DeliveriesPage::refresh()
{
    const qint64 selected = m_table->currentIndex().data(DeliveriesModel::IdRole).toLongLong();
    store::DeliveryRepository deliveries(m_db);
    store::DeliveryFilter filter;
    filter.status = m_status->currentData().toString();
    filter.limit = 200;
    Result<QList<store::DeliveryRecord>> records = deliveries.list(filter);
    if (!records) {
        m_message->setError(tr("Could not read the deliveries: %1").arg(records.error()));
        return;
    }
    m_message->clear();
    m_model->setRecords(std::move(*records));
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->record(row)->id == selected) {
            m_table->setCurrentIndex(m_model->index(row, 0));
            return;
        }
    }
    m_details->clear();
}

void DeliveriesPage::showDetails()
{
    const qint64 id = m_table->currentIndex().data(DeliveriesModel::IdRole).toLongLong();
    if (!id) {
        m_details->clear();
        return;
    }
    store::DeliveryRepository deliveries(m_db);
    const Result<std::optional<store::DeliveryRecord>> record = deliveries.find(id);
    if (!record || !record->has_value()) {
        m_details->setPlainText(record ? tr("Delivery %1 is gone.").arg(id) : record.error());
        return;
    }
    m_details->setPlainText(
        QString::fromUtf8(QJsonDocument(store::DeliveryRepository::toJson(**record, true))
                              .toJson(QJsonDocument::Indented)));
}

} // namespace hb::ui
