#pragma once

#include <QWidget>

class QLabel;

namespace hb::ui {

// A one-line verdict shown next to what it is about: a status icon and words (never colour
// alone). Hidden while there is nothing to say.
class MessageLabel : public QWidget {
    Q_OBJECT
public:
    explicit MessageLabel(QWidget *parent = nullptr);

    void setError(const QString &text);
    void setSuccess(const QString &text);
    void setInfo(const QString &text); // grey circle: waiting, or nothing to check yet
    void clear();
    QString text() const;
    bool isError() const { return m_error; }

private:
    void show(const QString &status, const QString &text);

    QLabel *m_icon;
    QLabel *m_text;
    bool m_error = false;
};

} // namespace hb::ui
