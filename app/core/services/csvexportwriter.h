#pragma once

#include "exportwriter.h"

namespace hb::services {

// CSV as RFC 4180 writes it (SPEC §7): the header `id,received_at,webhook,status,user,reason,
// changes`, CRLF line ends, a field quoted when it holds a comma, a quote, CR or LF, its quotes
// doubled. `changes` reads as the window and `delivery show` word them, joined by "; ".
class CsvExportWriter : public ExportWriter {
public:
    CsvExportWriter(QIODevice &out, Secrets secrets);

    hb::Status begin() override;
    hb::Status write(const DeliveryRecord &record) override;
    hb::Status finish() override;

    // One field as written: quoted when it must be.
    static QString field(const QString &text);
    // A text cell that a spreadsheet would run as a formula (it starts with =, +, -, @, a tab or
    // a CR: a sender controls user names and payload values, and so reasons and changes) gets a
    // leading apostrophe, the mark spreadsheets read as "this is text" (OWASP's advice for CSV
    // injection). The cell then shows the text as sent; a reader of the raw file sees the
    // apostrophe, which only ever precedes one of those characters.
    static QString textCell(const QString &text);
};

} // namespace hb::services
