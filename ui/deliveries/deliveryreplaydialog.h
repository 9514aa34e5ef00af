#pragma once

#include "delivery/sendanswer.h"
#include "mapping/webhook.h"
#include "services/records.h"

#include <QDialog>
#include <QUrl>

#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;

namespace hb::delivery {
class HttpSender;
}

namespace hb::ui {

class MessageLabel;

// A stored delivery with its webhook (none once removed), as Copy as curl and Replay need them.
struct StoredDelivery {
    services::DeliveryRecord record;
    std::optional<mapping::Webhook> webhook;
};

// Replay… on the Deliveries page (SPEC §6, `delivery replay`): the stored request sent again,
// to its webhook's URL or another one, with a fresh id when asked, by the client the Sender uses
// (delivery::HttpSender, asynchronous: the window never waits on the network). Shows the answer,
// and "Show delivery N" when this window's catcher stored it as a new delivery.
class DeliveryReplayDialog : public QDialog {
    Q_OBJECT
public:
    // `webhookUrl`: where the request goes by default (invalid: nowhere known, another URL must
    // be given); `ownCatcher`: this window's catcher's address, whose delivery ids name
    // deliveries of this store (invalid when it is not listening).
    DeliveryReplayDialog(StoredDelivery stored, const QUrl &webhookUrl, const QUrl &ownCatcher,
                         QWidget *parent = nullptr);

    QRadioButton *webhookRadio() const { return m_toWebhook; }
    QRadioButton *otherRadio() const { return m_toOther; }
    QLineEdit *otherUrlEdit() const { return m_otherUrl; }
    QCheckBox *freshIdCheck() const { return m_freshId; }
    QPushButton *sendButton() const { return m_send; }
    MessageLabel *answerMessage() const { return m_message; }
    QPlainTextEdit *answerBody() const { return m_body; }
    QPushButton *showDeliveryButton() const { return m_showDelivery; }
    qint64 offeredDeliveryId() const { return m_offeredId; }
    bool isSending() const;

public slots:
    void send();

signals:
    void showDeliveryRequested(qint64 id);

private:
    QWidget *buildTarget();
    QWidget *buildAnswer();
    void answered(const delivery::SendAnswer &answer);
    void updateSend();

    StoredDelivery m_stored;
    QUrl m_webhookUrl;
    QUrl m_ownCatcher;
    delivery::HttpSender *m_client;
    QRadioButton *m_toWebhook;
    QRadioButton *m_toOther;
    QLineEdit *m_otherUrl;
    QCheckBox *m_freshId;
    QPushButton *m_send = nullptr;
    MessageLabel *m_message;
    QLabel *m_newId;
    QPlainTextEdit *m_body;
    QPushButton *m_showDelivery;
    qint64 m_offeredId = 0;
};

} // namespace hb::ui
