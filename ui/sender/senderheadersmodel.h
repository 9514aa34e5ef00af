#pragma once

#include "delivery/headeredits.h"

#include <QAbstractTableModel>
#include <QList>
#include <QString>

namespace hb::ui {

// The Sender's headers table: the headers the webhook's settings put on a send (Content-Type,
// x-encrypted, x-api-key, the three signature headers) and the tester's own. Every header can be
// overridden (a wrong key, a stale timestamp), unticked (left out) or added; what the tester did
// comes back as delivery::HeaderEdits, applied after the request is built, so an edit always wins.
// A webhook row that was not edited shows a preview of what the send will compute (the key
// masked, "new for each send"), since its real value is made at send time.
class SenderHeadersModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { NameColumn, ValueColumn, FromColumn, ColumnCount };
    struct Preview {
        QString name;
        QString value;       // shown while not edited
        QString editorValue; // where an edit starts ("" for a masked or computed value)
    };

    explicit SenderHeadersModel(QObject *parent = nullptr);

    // The webhook's headers for the next send. Rows of the same name keep the tester's edit or
    // untick; the tester's own rows stay.
    void setWebhookHeaders(const QList<Preview> &headers);
    delivery::HeaderEdits edits() const;
    // A saved request's edits, over the current webhook rows (the tester's own rows replaced).
    void setEdits(const delivery::HeaderEdits &edits);
    bool isFromWebhook(int row) const;
    bool isEdited(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    // New rows are the tester's, empty and ticked; a webhook row cannot be removed (untick it).
    bool insertRows(int row, int count, const QModelIndex &parent = {}) override;
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;

signals:
    void editsChanged();

private:
    struct Row {
        QString name;
        QString value; // the tester's value; for a webhook row, used only when edited
        Preview preview;
        bool fromWebhook = false;
        bool enabled = true;
        bool edited = false;
    };
    QVariant displayValue(const Row &row) const;
    QString fromText(const Row &row) const;

    QList<Row> m_rows; // webhook rows first, in the builder's order
};

} // namespace hb::ui
