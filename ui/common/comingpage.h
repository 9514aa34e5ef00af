#pragma once

#include <QWidget>

namespace hb::ui {

// A page that is not built yet, saying what it will hold and what to use meanwhile.
class ComingPage : public QWidget {
    Q_OBJECT
public:
    ComingPage(const QString &title, const QString &text, QWidget *parent = nullptr);
};

} // namespace hb::ui
