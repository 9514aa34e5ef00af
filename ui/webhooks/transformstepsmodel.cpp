#include "transformstepsmodel.h"

#include "mapping/transformchain.h"
#include "mapping/valuetext.h"
#include "transformtext.h"
#include "webhookdocument.h"

namespace hb::ui {

using mapping::TransformStep;

TransformStepsModel::TransformStepsModel(WebhookDocument *document, QObject *parent)
    : QAbstractListModel(parent)
    , m_document(document)
{
    connect(m_document, &WebhookDocument::changed, this, &TransformStepsModel::recompute);
}

QList<TransformStep> TransformStepsModel::steps() const
{
    const mapping::Webhook &webhook = m_document->webhook();
    const int fieldRows = int(webhook.fields.size());
    if (m_row >= 0 && m_row < fieldRows)
        return webhook.fields.at(m_row).transform;
    if (m_row >= fieldRows && m_row < fieldRows + webhook.currencies.size())
        return webhook.currencies.at(m_row - fieldRows).transform;
    return {};
}

std::optional<QJsonValue> TransformStepsModel::defaultValue() const
{
    const mapping::Webhook &webhook = m_document->webhook();
    const int fieldRows = int(webhook.fields.size());
    if (m_row >= 0 && m_row < fieldRows)
        return webhook.fields.at(m_row).defaultValue;
    if (m_row >= fieldRows && m_row < fieldRows + webhook.currencies.size())
        return webhook.currencies.at(m_row - fieldRows).defaultValue;
    return std::nullopt;
}

void TransformStepsModel::setRow(int row)
{
    m_row = row;
    recompute();
}

void TransformStepsModel::setInput(const std::optional<QJsonValue> &input)
{
    m_input = input;
    recompute();
}

void TransformStepsModel::recompute()
{
    const QList<TransformStep> chain = steps();
    m_results.clear();
    m_failure.clear();
    // As processing does: a missing or null value takes the default, which the steps then see.
    std::optional<QJsonValue> start = m_input;
    if ((!start || start->isNull()) && defaultValue())
        start = defaultValue();
    if (!start) {
        m_outcome = tr("No value at this path in the sample.");
    } else {
        const Result<QJsonValue> result = mapping::TransformChain::apply(chain, *start, &m_results);
        if (result)
            m_outcome = mapping::ValueText::describe(*result);
        else
            m_failure = m_outcome = result.error();
    }
    const int count = int(chain.size());
    if (count != m_count) {
        beginResetModel();
        m_count = count;
        endResetModel();
    } else if (count > 0) {
        emit dataChanged(index(0), index(count - 1));
    }
}

QString TransformStepsModel::outcome() const
{
    return m_outcome;
}

int TransformStepsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_count;
}

QVariant TransformStepsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QList<TransformStep> chain = steps();
    if (index.row() >= chain.size())
        return {};
    const int row = index.row();
    const bool reached = row < m_results.size();
    const bool failed = !reached && row == m_results.size() && !m_failure.isEmpty();
    switch (role) {
    case Qt::DisplayRole: {
        const QString step = tr("%1. %2").arg(row + 1).arg(TransformText::step(chain.at(row)));
        if (reached)
            return tr("%1   → %2").arg(step, mapping::ValueText::describe(m_results.at(row)));
        if (failed)
            return tr("%1   ✗ cannot apply").arg(step);
        return step;
    }
    case Qt::ToolTipRole:
    case ResultRole:
        if (reached)
            return mapping::ValueText::describe(m_results.at(row));
        return failed ? m_failure : QString();
    case FailedRole:
        return failed;
    }
    return {};
}

} // namespace hb::ui
