#pragma once

#include "delivery/sendanswer.h"

#include <QTreeWidget>

namespace hb::ui {

// The sends of this session, newest first (at most `limit`): time, webhook, answer with its
// status icon and words, milliseconds. Selecting one asks to show its whole answer again.
class SenderHistory : public QTreeWidget {
    Q_OBJECT
public:
    explicit SenderHistory(QWidget *parent = nullptr);

    void add(const QString &webhookName, const delivery::SendAnswer &answer);
    const delivery::SendAnswer &answerAt(int row) const { return m_answers.at(row); }
    int count() const { return int(m_answers.size()); }
    static constexpr int limit = 20;
    // "202 Accepted", or the reason there was no answer.
    static QString headline(const delivery::SendAnswer &answer);

signals:
    void answerChosen(const hb::delivery::SendAnswer &answer);

private:
    QList<delivery::SendAnswer> m_answers; // in the rows' order
};

} // namespace hb::ui
