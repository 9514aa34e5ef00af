#pragma once

#include <QWidget>

class QListWidget;

namespace hb::ui {

// What the designed webhook would do with the sample payload to the current users, as computed by
// the engine's ChangePlanner: the user found (or not), each change old -> new, or the failure.
class PreviewPanel : public QWidget {
    Q_OBJECT
public:
    explicit PreviewPanel(QWidget *parent = nullptr);

    void clear(const QString &why);
    void showFailure(const QString &userLine, const QString &reason);
    // `changes` are lines such as "Total deposit: 10 → 22.5"; `unfinished` the rows not set up
    // yet ("Total deposit: choose a payload path"), marked as waiting for the admin.
    void showChanges(const QString &userLine, const QStringList &changes,
                     const QStringList &unfinished = {});
    QStringList lines() const; // for tests and accessibility
    QListWidget *list() const { return m_list; }

private:
    void addLine(const QString &status, const QString &text, bool mono = false);

    QListWidget *m_list;
};

} // namespace hb::ui
