#pragma once

#include "mapping/customfield.h"

#include <QHash>
#include <QWidget>

class QPushButton;
class QTableView;

namespace hb::services {
class StoreExecutor;
}

namespace hb::ui {

class FieldsModel;
class MessageLabel;

// The Fields tab of the Community page: the custom fields with their key, name, type and how
// many values are stored, and Add…, Rename… (the name only; the key stays) and Remove, whose
// question says how many stored values go with the field (counted on the store when asked).
class FieldsPanel : public QWidget {
    Q_OBJECT
public:
    FieldsPanel(services::StoreExecutor &store, MessageLabel *message, QWidget *parent = nullptr);

    FieldsModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    void setFields(QList<mapping::CustomField> fields, QHash<QString, qint64> valueCounts);
    QString selectedKey() const;
    void selectKey(const QString &key);

public slots:
    void addField();
    void renameSelected();
    // Counts the stored values, asks (naming the count), then removes.
    void removeSelected();

private:
    void updateButtons();
    void confirmRemove(const QString &key, qint64 values);

    services::StoreExecutor &m_store;
    MessageLabel *m_message;
    FieldsModel *m_model;
    QTableView *m_table;
    QPushButton *m_add, *m_rename, *m_remove;
};

} // namespace hb::ui
