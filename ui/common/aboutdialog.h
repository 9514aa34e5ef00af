#pragma once

#include <QDialog>

class QLabel;

namespace hb::ui {

// Help → About Hookbench: the version (CMake's project version), the licence, the Qt and OpenSSL
// versions this copy runs with and the store it uses: what a bug report or a support ticket needs,
// with a button that copies it as plain text.
class AboutDialog : public QDialog {
    Q_OBJECT
public:
    explicit AboutDialog(const QString &storeLocation, QWidget *parent = nullptr);

    // One "name: value" line per fact, as copied.
    QString detailsText() const;

private:
    QList<QPair<QString, QString>> m_details;
};

} // namespace hb::ui
