#pragma once

#include "mapping/customfield.h"
#include "mapping/webhook.h"

#include <QAbstractTableModel>

namespace hb::ui {

class WebhookDocument;

// The field and currency mappings of the designed webhook as editable rows: field rows first,
// then currency rows, each with a summary of its transform chain (edited in the TransformPane).
// Each row is checked in place (its problem column says what is wrong and what to do). Edits go
// through the document, so they are undoable.
class MappingRowsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        TargetColumn,
        OperatorColumn,
        PathColumn,
        TransformColumn,
        CheckColumn,
        ColumnCount
    };
    enum Role {
        AllowedOperatorsRole = Qt::UserRole + 1, // QStringList of operator names for the row
        TargetChoicesRole,                       // QStringList of field keys or currencies
        IsCurrencyRole,                          // bool
        ProblemRole                              // QString, empty when the row is fine
    };

    explicit MappingRowsModel(WebhookDocument *document, QObject *parent = nullptr);

    // The operators `type` allows (SPEC §2): number fields all three, every other overwrite.
    static QList<mapping::Operator> allowedOperators(mapping::FieldType type);
    // What is wrong with `row`, or empty. Also used to enable Save.
    QString problem(int row) const;
    bool allRowsValid() const;
    bool isCurrencyRow(int row) const;

    void addFieldRow();
    void addCurrencyRow();
    void removeMappingRow(int row);
    // Sets the path of `row` (a click on a tree node, or a drop).
    void setRowPath(int row, const QString &pointer);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;
    Qt::DropActions supportedDropActions() const override { return Qt::CopyAction; }

private:
    void documentChanged();
    int fieldRowCount() const;

    WebhookDocument *m_document;
    int m_rows = 0;
};

} // namespace hb::ui
