#pragma once

#include "services/exportwriter.h"
#include "services/secretmask.h"

#include <QDialog>
#include <QString>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace hb::ui {

// Export… on the Deliveries page: what to export (the selected deliveries or every delivery the
// filter matches), the format (JSON, CSV, HAR, SPEC §7), whether the request's secrets go in
// (masked as `delivery show` masks them unless ticked) and the file. Opened with open(), not
// exec(), so the page stays live; the export itself is DeliveryExportJob's.
class DeliveryExportDialog : public QDialog {
    Q_OBJECT
public:
    struct Choice {
        bool selection = false; // the selected deliveries; else every one the filter matches
        services::ExportFormat format = services::ExportFormat::Json;
        services::Secrets secrets = services::Secrets::Masked;
        QString path;
    };

    // `selected`: rows selected, of which `readable` are read (a row whose page has not come in
    // has no id yet); `matching`: how many the filter matches.
    DeliveryExportDialog(int selected, int readable, qint64 matching, QWidget *parent = nullptr);

    Choice choice() const;
    QRadioButton *selectionRadio() const { return m_selection; }
    QRadioButton *filterRadio() const { return m_filter; }
    QComboBox *formatCombo() const { return m_format; }
    QCheckBox *secretsCheck() const { return m_secrets; }
    QLineEdit *fileEdit() const { return m_file; }
    QPushButton *exportButton() const { return m_export; }

    // deliveries-2026-12-06.csv: today's local date, the format's extension.
    static QString defaultFileName(services::ExportFormat format);

private:
    QWidget *buildWhat(int selected, int readable, qint64 matching);
    void formatChanged();
    void chooseFile();
    void updateButton();

    QRadioButton *m_selection;
    QRadioButton *m_filter;
    QComboBox *m_format;
    QCheckBox *m_secrets;
    QLineEdit *m_file;
    QPushButton *m_export = nullptr;
};

} // namespace hb::ui
