#pragma once

#include <QString>

#include <optional>

namespace hb::ui {

// Paths under `for_each` (SPEC §2): the user, field and currency paths are relative to one
// element of the array, while conditions and the message address the whole payload. The sample
// tree always shows whole-payload pointers; these convert between the two.
class ItemPath {
public:
    // `pointer` inside an element of `forEach` ("/results/0/player" under "/results") as the
    // element sees it ("/player"); the element itself gives "". Nothing when `pointer` is not
    // inside an element (or `forEach` is empty).
    static std::optional<QString> relative(const QString &pointer, const QString &forEach);
    // `relative` read inside the first element: what the sample shows for it.
    static QString inFirstItem(const QString &relative, const QString &forEach);
};

} // namespace hb::ui
