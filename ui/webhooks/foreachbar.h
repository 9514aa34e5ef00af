#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace hb::ui {

// "For each item of /results": shown while the webhook handles each element of an array as its
// own payload, with the way back to one payload per request.
class ForEachBar : public QFrame {
    Q_OBJECT
public:
    explicit ForEachBar(QWidget *parent = nullptr);

    // Empty: hidden.
    void setArray(const QString &pointer);
    QLabel *label() const { return m_label; }
    QPushButton *removeButton() const { return m_remove; }

signals:
    void removeRequested();

private:
    QLabel *m_label;
    QPushButton *m_remove;
};

} // namespace hb::ui
