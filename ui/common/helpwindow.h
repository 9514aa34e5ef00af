#pragma once

#include <QWidget>

class QTextBrowser;

namespace hb::ui {

// Help → Hookbench Help (F1): the short user guide (resources/help/guide.html) in a window of its
// own, so it stays open beside the main window while the user follows its steps.
class HelpWindow : public QWidget {
    Q_OBJECT
public:
    // `storeLocation` and the settings file are written into "Where your data lives".
    explicit HelpWindow(const QString &storeLocation, QWidget *parent = nullptr);

    QTextBrowser *browser() const { return m_browser; }
    // The guide's HTML with this machine's paths filled in.
    static QString guideHtml(const QString &storeLocation);

private:
    QTextBrowser *m_browser;
};

} // namespace hb::ui
