#pragma once

#include "mapping/webhook.h"

#include <QAbstractListModel>
#include <QJsonValue>

#include <optional>

namespace hb::ui {

class WebhookDocument;

// The transform chain of one mapping row (fields first, then currencies) as a list of steps,
// each with its result on the sample's value, computed by the engine's own TransformChain.
class TransformStepsModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role {
        ResultRole = Qt::UserRole + 1, // QString: the step's value on the sample, or its failure
        FailedRole,                    // bool: the step cannot apply to what it gets
    };

    explicit TransformStepsModel(WebhookDocument *document, QObject *parent = nullptr);

    void setRow(int row);
    int mappingRow() const { return m_row; }
    // The value the chain starts from (the sample's value at the row's path), or none.
    void setInput(const std::optional<QJsonValue> &input);
    const std::optional<QJsonValue> &input() const { return m_input; }

    QList<mapping::TransformStep> steps() const;
    std::optional<QJsonValue> defaultValue() const;
    // The chain's outcome on the sample: the value, or why it cannot be computed.
    QString outcome() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    void recompute();

    WebhookDocument *m_document;
    int m_row = -1;
    int m_count = 0;
    std::optional<QJsonValue> m_input;
    QList<QJsonValue> m_results;
    QString m_failure; // the first step that cannot apply, as the engine says it
    QString m_outcome;
};

} // namespace hb::ui
