#pragma once

#include <QWidget>

class QListWidget;

namespace hb::ui {

// What the designed webhook would do with the sample payload to the current users, as computed by
// the engine (WebhookService::preview): the user found (or not) and each change old -> new, per
// item under for-each; or the unmet condition (Skipped); or the failure.
class PreviewPanel : public QWidget {
    Q_OBJECT
public:
    // One line: a status icon ("success", "skipped"...; empty: none) and its text.
    struct Line {
        QString status;
        QString text;
    };

    explicit PreviewPanel(QWidget *parent = nullptr);

    void clear(const QString &why);
    void showFailure(const QString &userLine, const QString &reason);
    // A delivery that would be Skipped, naming the condition not met.
    void showSkipped(const QString &reason);
    // Lines as given (items with their users and changes), then the unfinished rows.
    void showLines(const QList<Line> &lines, const QStringList &unfinished = {});
    QStringList lines() const; // for tests and accessibility
    QListWidget *list() const { return m_list; }

private:
    void addLine(const QString &status, const QString &text, bool mono = false);

    QListWidget *m_list;
};

} // namespace hb::ui
