#include "itempath.h"

#include <algorithm>

namespace hb::ui {

std::optional<QString> ItemPath::relative(const QString &pointer, const QString &forEach)
{
    if (forEach.isEmpty() || !pointer.startsWith(forEach + QLatin1Char('/')))
        return std::nullopt;
    // After "/results/" comes the element's index, then the path inside it.
    const QString rest = pointer.mid(forEach.size() + 1);
    const qsizetype slash = rest.indexOf(QLatin1Char('/'));
    const QString index = slash < 0 ? rest : rest.left(slash);
    if (index.isEmpty()
        || !std::all_of(index.begin(), index.end(), [](QChar c) { return c.isDigit(); }))
        return std::nullopt;
    return slash < 0 ? QString() : rest.mid(slash);
}

QString ItemPath::inFirstItem(const QString &relative, const QString &forEach)
{
    return forEach + QStringLiteral("/0") + relative;
}

} // namespace hb::ui
