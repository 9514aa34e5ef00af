#pragma once

#include <QWidget>

class QComboBox;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;

namespace hb::ui {

class MessageLabel;
class RowsTableEditor;
class SenderFormModel;

// The body of a Sender request: its Content-Type, then either a text editor (JSON, plain text,
// anything typed) or, for a form type, a table of fields the body is built from; with buttons to
// take the webhook's caught sample or a file instead, and the verdict under it.
class SenderBodyEditor : public QWidget {
    Q_OBJECT
public:
    explicit SenderBodyEditor(QWidget *parent = nullptr);

    QComboBox *contentType() const { return m_contentType; }
    QPlainTextEdit *payload() const { return m_payload; }
    SenderFormModel *formModel() const { return m_form; }
    RowsTableEditor *formEditor() const { return m_formEditor; }
    QPushButton *fromSampleButton() const { return m_fromSample; }
    QPushButton *fromFileButton() const { return m_fromFile; }
    MessageLabel *message() const { return m_message; }

    // application/x-www-form-urlencoded (parameters ignored): the body is the fields table.
    bool isForm() const;
    static bool isFormType(const QString &contentType);
    // What is sent: the text as typed, or the fields percent-encoded.
    QByteArray body() const;
    // Reads a file into the editor (a form body into the table); false with the reason said.
    bool loadFile(const QString &path);

signals:
    void bodyChanged();
    void sampleRequested();

private:
    void showKind();
    void chooseFile();

    QComboBox *m_contentType;
    QPushButton *m_fromSample;
    QPushButton *m_fromFile;
    QStackedWidget *m_stack;
    QPlainTextEdit *m_payload;
    SenderFormModel *m_form;
    RowsTableEditor *m_formEditor;
    MessageLabel *m_message;
};

} // namespace hb::ui
