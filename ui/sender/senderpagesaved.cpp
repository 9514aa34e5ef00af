// The Sender page's saved requests: the Compose tab kept under a name per webhook in the store,
// listed, opened and deleted.
#include "senderpage.h"

#include "common/messagelabel.h"
#include "savedrequestsbar.h"
#include "senderbodyeditor.h"
#include "sendercomposition.h"
#include "senderformmodel.h"
#include "senderheadersmodel.h"
#include "services/senderservice.h"
#include "services/storeexecutor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace hb::ui {

SenderComposition SenderPage::composition() const
{
    SenderComposition composition;
    composition.method = m_form->method()->currentText().toLatin1();
    const QString url = m_form->url()->text().trimmed();
    composition.url = url == defaultUrl() ? QString() : url;
    composition.contentType = m_form->contentType()->currentText().trimmed();
    composition.body = m_form->payload()->toPlainText();
    composition.form = m_form->body()->formModel()->fields();
    composition.headers = m_form->headersModel()->edits();
    composition.apiKey = m_form->apiKey()->isChecked();
    composition.encryption = m_form->encryption()->isChecked();
    composition.signature = m_form->signature()->isChecked();
    return composition;
}

void SenderPage::saveRequestAs(const QString &name)
{
    if (!m_current.id)
        return;
    const qint64 webhookId = m_current.id;
    const QJsonObject request = composition().toJson();
    m_reader.read<services::SavedRequest>(
        this,
        [webhookId, name, request](services::Connection &db) {
            return services::SenderService(db).saveRequest(webhookId, name, request);
        },
        [this](Result<services::SavedRequest> saved) {
            if (!saved) {
                m_form->webhookMessage()->setError(
                    tr("Could not save the request: %1").arg(saved.error()));
                return;
            }
            m_form->webhookMessage()->setSuccess(tr("Saved as \"%1\".").arg(saved->name));
            readSavedRequests(saved->name);
        });
}

void SenderPage::readSavedRequests(const QString &select)
{
    const qint64 webhookId = m_current.id;
    if (!webhookId) {
        m_form->savedRequests()->setRequests({});
        return;
    }
    m_readingSaved = true;
    m_reader.read<QList<services::SavedRequest>>(
        this,
        [webhookId](services::Connection &db) {
            return services::SenderService(db).savedRequests(webhookId);
        },
        [this, webhookId, select](Result<QList<services::SavedRequest>> saved) {
            m_readingSaved = false;
            if (webhookId != m_current.id)
                return; // another webhook was chosen meanwhile
            if (!saved)
                m_form->webhookMessage()->setError(
                    tr("Could not read the saved requests: %1").arg(saved.error()));
            m_form->savedRequests()->setRequests(saved ? *saved : QList<services::SavedRequest>(),
                                                 select);
        });
}

void SenderPage::openSaved(const services::SavedRequest &saved)
{
    const SenderComposition composition = SenderComposition::fromJson(saved.request);
    m_form->method()->setCurrentText(QString::fromLatin1(composition.method));
    m_form->url()->setText(composition.url.isEmpty() ? defaultUrl() : composition.url);
    m_form->apiKey()->setChecked(composition.apiKey && m_form->apiKey()->isEnabled());
    m_form->encryption()->setChecked(composition.encryption && m_form->encryption()->isEnabled());
    m_form->signature()->setChecked(composition.signature && m_form->signature()->isEnabled());
    m_form->contentType()->setCurrentText(composition.contentType);
    m_form->body()->formModel()->setFields(composition.form);
    ++m_sampleQuestion; // a sample on its way must not replace the saved body
    m_readingSample = false;
    m_form->payload()->setPlainText(composition.body); // edited, as if typed
    m_form->headersModel()->setEdits(composition.headers);
    m_form->webhookMessage()->setInfo(tr("Opened \"%1\".").arg(saved.name));
    updateChecks();
}

void SenderPage::removeSaved(qint64 id, const QString &name)
{
    m_reader.read<std::monostate>(
        this,
        [id](services::Connection &db) {
            return services::SenderService(db).removeSavedRequest(id);
        },
        [this, name](Status removed) {
            if (!removed)
                m_form->webhookMessage()->setError(
                    tr("Could not delete \"%1\": %2").arg(name, removed.error()));
            else
                m_form->webhookMessage()->setInfo(tr("Deleted \"%1\".").arg(name));
            readSavedRequests();
        });
}

} // namespace hb::ui
