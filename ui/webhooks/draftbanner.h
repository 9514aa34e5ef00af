#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace hb::ui {

class MessageLabel;

// The strip at the top of the designer while the webhook is a draft (SPEC §2, UI.md): what a
// draft does with requests, and Go live. Why it cannot go live yet, or that it now could, is said
// under it, where the admin is looking.
class DraftBanner : public QFrame {
    Q_OBJECT
public:
    explicit DraftBanner(QWidget *parent = nullptr);

    QPushButton *goLiveButton() const { return m_goLive; }
    MessageLabel *message() const { return m_message; }
    // Going live is on its way: the button waits for the store's answer.
    void setBusy(bool busy);
    // Saved with a complete mapping: offers going live, without a dialog in the way.
    void offerGoingLive();
    void showRefusal(const QString &why);
    void clearMessage();

signals:
    void goLiveRequested();

private:
    QLabel *m_text;
    QPushButton *m_goLive;
    MessageLabel *m_message;
};

} // namespace hb::ui
