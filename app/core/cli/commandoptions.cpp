#include "commandoptions.h"

namespace hb::cli {

Result<CommandOptions> CommandOptions::parse(const QStringList &arguments,
                                             const QStringList &valueOptions,
                                             const QStringList &flagOptions)
{
    CommandOptions options;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &word = arguments.at(i);
        if (!word.startsWith(QLatin1String("--")) || word == QLatin1String("--")) {
            options.m_positional << word;
            continue;
        }
        QString name = word;
        QString value;
        bool hasValue = false;
        if (const qsizetype equals = word.indexOf(QLatin1Char('=')); equals > 0) {
            name = word.left(equals);
            value = word.mid(equals + 1);
            hasValue = true;
        }
        if (flagOptions.contains(name)) {
            if (hasValue)
                return fail(QStringLiteral("%1 takes no value").arg(name));
            if (options.m_values.contains(name))
                return fail(QStringLiteral("%1 is given twice").arg(name));
            options.m_values.insert(name, QStringLiteral("true"));
            continue;
        }
        if (!valueOptions.contains(name)) {
            const QStringList known = valueOptions + flagOptions;
            if (known.isEmpty())
                return fail(
                    QStringLiteral("unknown option %1 (this command takes none)").arg(name));
            return fail(QStringLiteral("unknown option %1 (expected %2)")
                            .arg(name, known.join(QStringLiteral(", "))));
        }
        if (!hasValue) {
            if (i + 1 >= arguments.size())
                return fail(QStringLiteral("%1 needs a value").arg(name));
            value = arguments.at(++i);
        }
        if (options.m_values.contains(name))
            return fail(QStringLiteral("%1 is given twice").arg(name));
        options.m_values.insert(name, value);
    }
    return options;
}

} // namespace hb::cli
