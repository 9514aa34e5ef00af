#include "texttable.h"

namespace hb::cli {

TextTable::TextTable(QStringList header)
    : m_header(std::move(header))
{}

void TextTable::addRow(const QStringList &cells)
{
    m_rows << cells;
}

void TextTable::print(QTextStream &out) const
{
    QList<qsizetype> widths;
    for (const QString &title : m_header)
        widths << title.size();
    for (const QStringList &row : m_rows) {
        for (qsizetype c = 0; c < row.size() && c < widths.size(); ++c)
            widths[c] = std::max(widths[c], row.at(c).size());
    }
    auto printRow = [&](const QStringList &cells) {
        QString line;
        for (qsizetype c = 0; c < cells.size() && c < widths.size(); ++c) {
            const bool last = c + 1 == cells.size() || c + 1 == widths.size();
            line += last ? cells.at(c) : cells.at(c).leftJustified(widths.at(c) + 2);
        }
        out << line << '\n';
    };
    printRow(m_header);
    for (const QStringList &row : m_rows)
        printRow(row);
    out.flush();
}

} // namespace hb::cli
