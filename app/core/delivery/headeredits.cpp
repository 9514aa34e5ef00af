#include "headeredits.h"

namespace hb::delivery {
namespace {

bool sameName(const QByteArray &a, const QByteArray &b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

} // namespace

HeaderEditor::Headers HeaderEditor::apply(Headers headers, const HeaderEdits &edits)
{
    for (const HeaderEdit &edit : edits) {
        const QByteArray name = edit.name.trimmed();
        if (name.isEmpty())
            continue;
        qsizetype kept = -1;
        for (qsizetype i = 0; i < headers.size();) {
            if (!sameName(headers.at(i).first, name)) {
                ++i;
            } else if (!edit.remove && kept < 0) {
                headers[i].second = edit.value;
                kept = i++;
            } else {
                headers.removeAt(i);
            }
        }
        if (!edit.remove && kept < 0)
            headers.append(qMakePair(name, edit.value));
    }
    return headers;
}

} // namespace hb::delivery
