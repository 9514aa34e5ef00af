#pragma once

#include "mapping/webhook.h"

#include <QAbstractTableModel>
#include <QJsonValue>

#include <optional>

namespace hb::ui {

class WebhookDocument;

// The `when` conditions of the designed webhook as editable rows (path, operator, value). The
// operators offered for a row fit the sample's value at its path; edits go through the document,
// so they are undoable like every other edit.
class ConditionsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { PathColumn, OperatorColumn, ValueColumn, ColumnCount };
    enum Role {
        AllowedOperatorsRole = Qt::UserRole + 1, // QStringList of operator names for the row
        OperatorLabelsRole,                      // QStringList of the same, for people
    };

    explicit ConditionsModel(WebhookDocument *document, QObject *parent = nullptr);

    // The caught payload, whose values decide the operators offered and read typed values.
    void setPayload(const QJsonValue &payload);
    std::optional<QJsonValue> sampleAt(const QString &path) const;

    // Adds a condition on the node at `path` (a whole-payload pointer), proposed from its value.
    void addCondition(const QString &path);
    void removeCondition(int row);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    void documentChanged();

    WebhookDocument *m_document;
    QJsonValue m_payload;
    int m_rows = 0;
};

} // namespace hb::ui
