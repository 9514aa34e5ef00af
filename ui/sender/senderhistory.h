#pragma once

#include "delivery/sendanswer.h"

#include <QTreeWidget>

namespace hb::ui {

// The last sends, newest first (at most `limit`), kept in the store so they are there after a
// restart: time, webhook, answer with its status icon and words, milliseconds. Selecting one asks
// to show its whole answer again.
class SenderHistory : public QTreeWidget {
    Q_OBJECT
public:
    explicit SenderHistory(QWidget *parent = nullptr);

    void add(const QString &webhookName, const delivery::SendAnswer &answer);
    // The history read from the store, newest first; sends made meanwhile stay on top.
    void addOlder(const QList<QPair<QString, delivery::SendAnswer>> &older);
    const delivery::SendAnswer &answerAt(int row) const { return m_answers.at(row); }
    int count() const { return int(m_answers.size()); }
    static constexpr int limit = 50;
    // "202 Accepted", or the reason there was no answer.
    static QString headline(const delivery::SendAnswer &answer);

signals:
    void answerChosen(const hb::delivery::SendAnswer &answer);

private:
    QTreeWidgetItem *itemFor(const QString &webhookName, const delivery::SendAnswer &answer) const;

    QList<delivery::SendAnswer> m_answers; // in the rows' order
};

} // namespace hb::ui
