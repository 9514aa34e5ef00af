// MappingPanel, continued: what issue 14 added around the rows: suggestions from the sample,
// conditions, for-each and the transform pane of the selected row.
#include "mappingpanel.h"

#include "conditionsgroup.h"
#include "conditionsmodel.h"
#include "foreachbar.h"
#include "itempath.h"
#include "mappingrowsmodel.h"
#include "mappingsuggestions.h"
#include "suggestionbar.h"
#include "transformpane.h"
#include "webhookdocument.h"

#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTableView>
#include <QTimer>

namespace hb::ui {

using mapping::Webhook;

namespace {
// Each path of the user and the rows, changed by `change` (for-each on and off).
template <typename Change> void changeItemPaths(Webhook &webhook, Change change)
{
    webhook.user.path = change(webhook.user.path);
    for (mapping::FieldMapping &mapping : webhook.fields)
        mapping.path = change(mapping.path);
    for (mapping::CurrencyMapping &mapping : webhook.currencies)
        mapping.path = change(mapping.path);
}
} // namespace

void MappingPanel::buildScopeParts()
{
    m_suggestions = new SuggestionBar(this);
    m_forEach = new ForEachBar(this);
    m_conditions = new ConditionsGroup(m_document, this);
    connect(m_suggestions, &SuggestionBar::accepted, this, &MappingPanel::acceptSuggestion);
    connect(m_forEach, &ForEachBar::removeRequested, this, &MappingPanel::removeForEach);
    connect(m_conditions, &ConditionsGroup::addRequested, this,
            [this] { setActiveTarget(Target::Condition); });
}

void MappingPanel::setSamplePayload(const QJsonValue &payload)
{
    m_payload = payload;
    m_conditions->model()->setPayload(payload);
    m_transform->setPayload(payload);
    updateSuggestions();
}

void MappingPanel::resetSuggestions()
{
    m_suggestions->forgetDismissed();
    updateSuggestions();
}

void MappingPanel::updateSuggestions()
{
    if (!m_document->isLoaded() || m_payload.isUndefined()) {
        m_suggestions->setSuggestions({});
        return;
    }
    m_suggestions->setSuggestions(
        MappingSuggestions::infer(m_payload, m_document->fields(), m_document->webhook()));
}

void MappingPanel::acceptSuggestion(const MappingSuggestion &suggestion)
{
    m_document->change(MappingSuggestions::apply(m_document->webhook(), suggestion),
                       tr("Add suggested mapping"));
}

void MappingPanel::addCondition(const QString &pointer)
{
    m_conditions->addCondition(pointer);
}

void MappingPanel::applyForEach(const QString &pointer)
{
    Webhook next = m_document->webhook();
    if (next.forEach == pointer)
        return;
    // Paths already set inside the items now read one item; others stay as they are (and say
    // so in their rows' checks and the preview).
    const QString previous = next.forEach;
    changeItemPaths(next, [&](const QString &path) {
        const QString whole = previous.isEmpty() ? path : ItemPath::inFirstItem(path, previous);
        return ItemPath::relative(whole, pointer).value_or(path);
    });
    next.forEach = pointer;
    m_document->change(next, tr("Apply for each item"));
}

void MappingPanel::removeForEach()
{
    Webhook next = m_document->webhook();
    if (next.forEach.isEmpty())
        return;
    changeItemPaths(next, [&](const QString &path) {
        return path.isEmpty() ? path : ItemPath::inFirstItem(path, next.forEach);
    });
    next.forEach.clear();
    m_document->change(next, tr("Handle once per request"));
}

std::optional<QString> MappingPanel::targetPath(const QString &pointer)
{
    const QString forEach = m_document->webhook().forEach;
    if (forEach.isEmpty())
        return pointer;
    if (const std::optional<QString> relative = ItemPath::relative(pointer, forEach);
        relative && !relative->isEmpty())
        return relative;
    m_targetHint->setText(tr("Each item of %1 is handled on its own: click a node inside an "
                             "item (under %1/0), not outside it.")
                              .arg(forEach));
    return std::nullopt;
}

void MappingPanel::showTransform(int row)
{
    if (row >= 0 && row < m_rowsModel->rowCount() && m_rows->currentIndex().row() != row)
        m_rows->setCurrentIndex(m_rowsModel->index(row, MappingRowsModel::TransformColumn));
    m_transformOpen = true;
    updateTransformPane();
    // The pane opens under the rows, often below the fold of the mapping column: bring it up
    // once it is laid out.
    QTimer::singleShot(0, this, [this] {
        for (QWidget *parent = parentWidget(); parent; parent = parent->parentWidget()) {
            if (auto *scroll = qobject_cast<QScrollArea *>(parent)) {
                scroll->ensureWidgetVisible(m_transform, 0, 0);
                return;
            }
        }
    });
}

void MappingPanel::fitRowsHeight()
{
    int rows = 0;
    for (int row = 0; row < m_rowsModel->rowCount(); ++row)
        rows += m_rows->rowHeight(row);
    rows = qMax(rows, 3 * m_rows->verticalHeader()->defaultSectionSize());
    m_rows->setMaximumHeight(rows + m_rows->horizontalHeader()->sizeHint().height()
                             + m_rows->horizontalScrollBar()->sizeHint().height()
                             + 2 * m_rows->frameWidth());
}

void MappingPanel::hideTransform()
{
    m_transformOpen = false;
    updateTransformPane();
}

void MappingPanel::updateTransformPane()
{
    const QModelIndex current = m_rows->currentIndex();
    const bool open =
        m_transformOpen && current.isValid() && current.row() < m_rowsModel->rowCount();
    m_transform->setVisible(open);
    if (open && m_transform->row() != current.row())
        m_transform->setRow(current.row());
    else if (!open && m_transform->row() != -1)
        m_transform->setRow(-1);
}

} // namespace hb::ui
