#pragma once

#include "common/result.h"

#include <QMap>
#include <QStringList>

namespace hb::cli {

// The words after a command word: positional arguments and `--name value` (or `--name=value`)
// options. Options that are not expected are refused by name, so a typo never goes unnoticed.
class CommandOptions {
public:
    static hb::Result<CommandOptions> parse(const QStringList &arguments,
                                            const QStringList &valueOptions,
                                            const QStringList &flagOptions = {});

    const QStringList &positional() const { return m_positional; }
    bool has(const QString &name) const { return m_values.contains(name); }
    QString value(const QString &name) const { return m_values.value(name); }

private:
    QStringList m_positional;
    QMap<QString, QString> m_values; // "--type" -> "number"
};

} // namespace hb::cli
