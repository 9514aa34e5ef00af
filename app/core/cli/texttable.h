#pragma once

#include <QList>
#include <QStringList>
#include <QTextStream>

namespace hb::cli {

// Plain output of list commands: columns aligned for people reading a terminal.
class TextTable {
public:
    explicit TextTable(QStringList header);
    void addRow(const QStringList &cells);
    bool isEmpty() const { return m_rows.isEmpty(); }
    void print(QTextStream &out) const;

private:
    QStringList m_header;
    QList<QStringList> m_rows;
};

} // namespace hb::cli
