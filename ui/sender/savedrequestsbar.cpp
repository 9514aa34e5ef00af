#include "savedrequestsbar.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QPushButton>

namespace hb::ui {

SavedRequestsBar::SavedRequestsBar(QWidget *parent)
    : QWidget(parent)
    , m_list(new QComboBox(this))
    , m_save(new QPushButton(tr("Save as…"), this))
    , m_delete(new QPushButton(tr("Delete"), this))
{
    m_list->setObjectName(QStringLiteral("senderSavedRequests"));
    m_list->setMinimumContentsLength(18);
    m_list->setAccessibleName(tr("Saved requests of this webhook"));
    m_save->setObjectName(QStringLiteral("senderSaveRequest"));
    m_save->setToolTip(tr("Keep this request (method, URL, headers, body, what is applied) under "
                          "a name, for this webhook"));
    m_delete->setObjectName(QStringLiteral("senderDeleteRequest"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_save);
    layout->addWidget(m_delete);

    connect(m_list, &QComboBox::activated, this, [this](int index) {
        if (index > 0 && index <= m_requests.size())
            emit opened(m_requests.at(index - 1));
        m_delete->setEnabled(index > 0);
    });
    connect(m_save, &QPushButton::clicked, this, &SavedRequestsBar::askName);
    connect(m_delete, &QPushButton::clicked, this, [this] {
        const int index = m_list->currentIndex();
        if (index > 0 && index <= m_requests.size())
            emit deleteRequested(m_requests.at(index - 1).id, m_requests.at(index - 1).name);
    });
    setRequests({});
}

void SavedRequestsBar::setRequests(const QList<services::SavedRequest> &requests,
                                   const QString &selectName)
{
    m_requests = requests;
    const QSignalBlocker quiet(m_list);
    m_list->clear();
    m_list->addItem(requests.isEmpty() ? tr("No saved requests") : tr("Saved requests…"));
    int select = 0;
    for (const services::SavedRequest &request : requests) {
        m_list->addItem(request.name, request.id);
        if (request.name == selectName)
            select = m_list->count() - 1;
    }
    m_list->setCurrentIndex(select);
    m_list->setEnabled(!requests.isEmpty());
    m_delete->setEnabled(select > 0);
}

QString SavedRequestsBar::currentName() const
{
    return m_list->currentIndex() > 0 ? m_list->currentText() : QString();
}

void SavedRequestsBar::askName()
{
    bool ok = false;
    const QString name =
        QInputDialog::getText(this, tr("Save request"),
                              tr("Name (a saved request of the same name is replaced):"),
                              QLineEdit::Normal, currentName(), &ok)
            .trimmed();
    if (ok && !name.isEmpty())
        emit saveRequested(name);
}

} // namespace hb::ui
