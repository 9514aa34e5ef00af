#pragma once

#include "deliverydetails.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace hb::ui {

class MessageLabel;

// The Request tab of a delivery's details: the request line, the headers as sent (a two-column
// table, names as the sender spelled them) and the body in a monospace read-only editor: pretty
// JSON, text, or a hex preview of binary bytes with its size. For a webhook with encryption, the
// body as decrypted with the webhook's key under it. Secrets (the API key, signatures, see
// services::SecretMask) are masked until "Reveal secrets" is pressed, and masked again for the
// next delivery: a screen shared with a sender must not show them by accident (SPEC §3).
class DeliveryRequestTab : public QWidget {
    Q_OBJECT
public:
    explicit DeliveryRequestTab(QWidget *parent = nullptr);

    void showDetails(const DeliveryDetails &details);
    void clear();

    QString requestLine() const;
    QString remoteAddress() const; // "from 127.0.0.1"; empty when unknown
    QTableWidget *headers() const { return m_headers; }
    QPlainTextEdit *body() const { return m_body; }
    QString bodyTitle() const;
    QPlainTextEdit *decrypted() const { return m_decrypted; }
    QPushButton *revealButton() const { return m_reveal; }

private:
    // The request line and headers, masked or not as the button says.
    void showRequest();

    QLabel *m_requestLine;
    QLabel *m_remoteAddress;
    QTableWidget *m_headers;
    QLabel *m_bodyTitle;
    QPlainTextEdit *m_body;
    QLabel *m_decryptedTitle;
    QPlainTextEdit *m_decrypted;
    MessageLabel *m_decryptionError;
    QPushButton *m_reveal;
    // What showRequest() draws from: the delivery's own values, never changed by masking.
    qint64 m_deliveryId = 0;
    QByteArray m_method;
    QByteArray m_target;
    QList<QPair<QByteArray, QByteArray>> m_sentHeaders;
};

} // namespace hb::ui
