#pragma once

#include <QJsonValue>
#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QVBoxLayout;

namespace hb::ui {

class ConditionsGroup;
class ForEachBar;
class MappingRowDelegate;
class MappingRowsModel;
class MessageLabel;
class SuggestionBar;
class TransformPane;
class WebhookDocument;
struct MappingSuggestion;

// Right-hand side of the designer: what the sample suggests, who the request is about (map to
// user, for each item of an array), when it applies (conditions), what it changes (field and
// currency rows with their transforms, a channel message) and where each value comes from. Paths
// are set by clicking a payload node while a path is the active target, or by dragging a node
// onto a row; under for-each, the user's and the rows' paths are relative to the item.
class MappingPanel : public QWidget {
    Q_OBJECT
public:
    enum class Target { None, UserPath, RowPath, Template, Condition };

    explicit MappingPanel(WebhookDocument *document, QWidget *parent = nullptr);

    MappingRowsModel *rowsModel() const { return m_rowsModel; }
    QTableView *rowsView() const { return m_rows; }
    MappingRowDelegate *delegate() const { return m_delegate; }
    QLineEdit *userPathEdit() const { return m_userPath; }
    QComboBox *identifierCombo() const { return m_identifier; }
    QPushButton *addFieldButton() const { return m_addField; }
    QPushButton *addCurrencyButton() const { return m_addCurrency; }
    QPushButton *removeButton() const { return m_remove; }
    QLineEdit *templateEdit() const { return m_template; }
    ConditionsGroup *conditionsGroup() const { return m_conditions; }
    ForEachBar *forEachBar() const { return m_forEach; }
    SuggestionBar *suggestionBar() const { return m_suggestions; }
    TransformPane *transformPane() const { return m_transform; }

    Target activeTarget() const { return m_target; }
    int activeRow() const { return m_targetRow; }
    void setActiveTarget(Target target, int row = -1);
    void addFieldRow();
    void addCurrencyRow();
    // Removes the selected row and keeps focus in the rows (the next one is selected).
    void removeCurrentRow();
    // A payload node was clicked: its pointer goes to the active target.
    void usePointer(const QString &pointer);
    // Problems of the user match and the message, for Save (rows report their own).
    QString userProblem() const;
    // What a draft without a user path still needs before it can go live (not a problem to
    // save it), or empty.
    QString userPathHint() const;
    QString messageProblem() const;

    // The caught payload (undefined: none): what conditions, transforms and suggestions read.
    void setSamplePayload(const QJsonValue &payload);
    // A condition on the node at `pointer` (a whole-payload pointer).
    void addCondition(const QString &pointer);
    // Each item of the array at `pointer` becomes a payload of its own: the user's and the rows'
    // paths inside the items become relative to the item.
    void applyForEach(const QString &pointer);
    // Back to one payload per request: relative paths read the first item again.
    void removeForEach();
    // Opens the transform chain of `row` under the rows (a click on its Transform cell does).
    void showTransform(int row);
    void hideTransform();
    // Another webhook is open: its own suggestions, none dismissed yet.
    void resetSuggestions();

signals:
    void newFieldRequested(int row);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    enum Location { Fields, Currency, Message };

    // The parts of the panel, top to bottom: the order they are built in is the tab order
    // (mappingpanelgroups.cpp).
    void addLocations(QVBoxLayout *layout);
    QGroupBox *buildUserGroup();
    QGroupBox *buildRowsGroup();
    void setUpRowsView();
    void connectRows();
    QGroupBox *buildMessageGroup();
    // The parts added for issue 14 (mappingpanelscope.cpp).
    void buildScopeParts();
    void acceptSuggestion(const MappingSuggestion &suggestion);
    void updateSuggestions();
    void updateTransformPane();
    // The rows table as tall as its rows (three at least): what is under it stays in view.
    void fitRowsHeight();
    // `pointer` as the active target reads it: relative to the item under for-each.
    std::optional<QString> targetPath(const QString &pointer);
    void refresh();
    void activateRowPath(int row);
    void setLocation(Location location, bool on);
    void updateTargetHint();

    WebhookDocument *m_document;
    MappingRowsModel *m_rowsModel;
    MappingRowDelegate *m_delegate;
    QCheckBox *m_fieldsBox, *m_currencyBox, *m_messageBox;
    QComboBox *m_identifier;
    QLineEdit *m_userPath;
    MessageLabel *m_userProblem;
    QGroupBox *m_rowsGroup;
    QTableView *m_rows;
    QPushButton *m_addField, *m_addCurrency, *m_remove;
    QGroupBox *m_messageGroup;
    QLineEdit *m_channel, *m_template;
    MessageLabel *m_messageCheck;
    QWidget *m_filler;
    QLabel *m_targetHint;
    ConditionsGroup *m_conditions;
    ForEachBar *m_forEach;
    SuggestionBar *m_suggestions;
    TransformPane *m_transform;
    bool m_transformOpen = false;
    QJsonValue m_payload = QJsonValue(QJsonValue::Undefined);
    Target m_target = Target::None;
    int m_targetRow = -1;
    bool m_refreshing = false;
};

} // namespace hb::ui
