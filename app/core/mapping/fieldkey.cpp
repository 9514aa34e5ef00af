#include "fieldkey.h"

#include <QRegularExpression>

namespace hb::mapping {

QString FieldKey::fromName(const QString &name)
{
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    QString key = name.trimmed().toLower();
    key.replace(spaces, QStringLiteral("-"));
    return key;
}

bool FieldKey::isValid(const QString &key)
{
    return problem(key).isEmpty();
}

QString FieldKey::problem(const QString &key)
{
    if (key.isEmpty())
        return QStringLiteral("a field key cannot be empty");
    for (const QChar c : key) {
        const bool allowed = (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
                             || (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
                             || c == QLatin1Char('-') || c == QLatin1Char('_');
        if (!allowed)
            return QStringLiteral("invalid field key \"%1\": use only lower-case letters, digits, "
                                  "- and _ (\"%2\" is not allowed)")
                .arg(key, QString(c));
    }
    return {};
}

} // namespace hb::mapping
