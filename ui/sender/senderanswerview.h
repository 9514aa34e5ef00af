#pragma once

#include "delivery/sendanswer.h"

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

signals:
    void deliveryRequested(qint64 id);

private:
    MessageLabel *m_message;
    QLabel *m_url;
    QPlainTextEdit *m_body;
    QPushButton *m_showDelivery;
    qint64 m_offeredId = 0;
};

} // namespace hb::ui
