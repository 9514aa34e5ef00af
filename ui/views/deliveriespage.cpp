#include "deliveriespage.h"

#include "models/deliveriesmodel.h"
#include "models/storereader.h"
#include "store/deliveryrepository.h"
#include "widgets/messagelabel.h"

#include <QComboBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace hb::ui {

using store::DeliveryRecord;
using store::DeliveryRepository;

namespace {

// The record as `delivery show --json` has it, but with a JSON body shown as JSON: as an escaped
// string on one line it cannot be read.
QString detailsText(const DeliveryRecord &record)
{
    QJsonObject json = DeliveryRepository::toJson(record, true);
    QJsonObject request = json.value(QStringLiteral("request")).toObject();
    const QJsonDocument body = QJsonDocument::fromJson(record.body);
    if (!request.contains(QStringLiteral("body_encoding")) && !body.isNull()) {
        request.insert(QStringLiteral("body"),
                       body.isObject() ? QJsonValue(body.object()) : QJsonValue(body.array()));
        json.insert(QStringLiteral("request"), request);
    }
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
}

} // namespace

DeliveriesPage::DeliveriesPage(StoreReader &reader, QWidget *parent)
    : QWidget(parent)
    , m_reader(reader)
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
    m_message->setObjectName(QStringLiteral("deliveriesMessage"));
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

    connect(m_status, &QComboBox::currentIndexChanged, this, &DeliveriesPage::filterChanged);
    connect(refreshButton, &QPushButton::clicked, this, &DeliveriesPage::refresh);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { showDetails(false); });
    refresh();
}

void DeliveriesPage::filterChanged()
{
    // Rows of the previous filter would read as matching this one until the answer comes.
    m_model->setRecords({});
    refresh();
}

void DeliveriesPage::refresh()
{
    if (m_readingList) {
        m_readAgain = true;
        return;
    }
    m_readingList = true;
    m_readAgain = false;
    store::DeliveryFilter filter;
    filter.status = m_status->currentData().toString();
    filter.limit = 200;
    if (m_model->rowCount() == 0)
        m_message->setInfo(tr("Loading deliveries…"));
    m_reader.read<QList<DeliveryRecord>>(
        this, [filter](store::Database &db) { return DeliveryRepository(db).list(filter); },
        [this, status = filter.status](Result<QList<DeliveryRecord>> records) {
            m_readingList = false;
            if (status == m_status->currentData().toString())
                showList(std::move(records));
            if (m_readAgain)
                refresh();
        });
}

void DeliveriesPage::showList(Result<QList<DeliveryRecord>> records)
{
    if (!records) {
        m_message->setError(tr("Could not read the deliveries: %1").arg(records.error()));
        return;
    }
    if (!records->isEmpty())
        m_message->clear();
    else if (m_status->currentData().toString().isEmpty())
        m_message->setInfo(tr("No deliveries yet: they appear here as requests arrive at a "
                              "webhook's URL."));
    else
        m_message->setInfo(
            tr("No %1 deliveries among the newest 200.").arg(m_status->currentText().toLower()));
    // The selection is kept across the new snapshot without reading its details again, unless
    // its status changed (pending became success, say).
    m_restoringSelection = true;
    m_model->setRecords(std::move(*records));
    int selectedRow = -1;
    for (int row = 0; m_detailsId && row < m_model->rowCount(); ++row) {
        if (m_model->record(row)->id == m_detailsId) {
            selectedRow = row;
            m_table->setCurrentIndex(m_model->index(row, 0));
            break;
        }
    }
    m_restoringSelection = false;
    if (selectedRow < 0) {
        m_detailsId = 0;
        m_details->clear();
    } else if (m_model->record(selectedRow)->status != m_detailsStatus) {
        showDetails(true);
    }
}

void DeliveriesPage::showDetails(bool quietly)
{
    if (m_restoringSelection)
        return;
    const qint64 id = m_table->currentIndex().data(DeliveriesModel::IdRole).toLongLong();
    if (!id) {
        m_detailsId = 0;
        m_details->clear();
        return;
    }
    if (!quietly || id != m_detailsId)
        m_details->setPlainText(tr("Loading delivery %1…").arg(id));
    m_detailsId = id;
    ++m_detailReads;
    m_reader.read<std::optional<DeliveryRecord>>(
        this, [id](store::Database &db) { return DeliveryRepository(db).find(id); },
        [this, id](Result<std::optional<DeliveryRecord>> record) {
            --m_detailReads;
            if (id != m_detailsId)
                return; // another delivery was selected meanwhile: its read follows
            if (!record || !record->has_value()) {
                m_detailsStatus.clear();
                m_details->setPlainText(record ? tr("Delivery %1 is gone.").arg(id)
                                               : record.error());
                return;
            }
            m_detailsStatus = (*record)->status;
            m_details->setPlainText(detailsText(**record));
        });
}

} // namespace hb::ui
