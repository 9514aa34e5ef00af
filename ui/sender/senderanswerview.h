#pragma once

#include "delivery/sendanswer.h"

#include <QDateTime>
#include <QGroupBox>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace hb::ui {

class MessageLabel;

// The answer to a send: status code and reason with the status icon (2xx a green tick, anything
// else a red cross) and the time it took, where it went, and the body (pretty when JSON). No
// answer at all is said in words.
class SenderAnswerView : public QGroupBox {
    Q_OBJECT
public:
    explicit SenderAnswerView(QWidget *parent = nullptr);

    MessageLabel *message() const { return m_message; }
    QPlainTextEdit *body() const { return m_body; }

    QPushButton *showDeliveryButton() const { return m_showDelivery; }

    void showSending(const QUrl &url);
    void showAnswer(const delivery::SendAnswer &answer);
    // Under an answer from this window's own catcher: a button to the delivery it stored.
    void offerDelivery(qint64 id);
    // Under a 401 or 403 from this window's own catcher: a button to the entry the catcher kept
    // in its refused requests, which says why it refused.
    void offerRefused(const QString &webhookName, int status, const QDateTime &sentAt);
    QPushButton *showRefusedButton() const { return m_showRefused; }

signals:
    void deliveryRequested(qint64 id);
    void refusedRequested(const QString &webhookName, int status, const QDateTime &sentAt);

private:
    MessageLabel *m_message;
    QLabel *m_url;
    QPlainTextEdit *m_body;
    QPushButton *m_showDelivery;
    QPushButton *m_showRefused;
    qint64 m_offeredId = 0;
    QString m_refusedWebhook;
    int m_refusedStatus = 0;
    QDateTime m_refusedSentAt;
};

} // namespace hb::ui
