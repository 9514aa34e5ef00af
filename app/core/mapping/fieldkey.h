#pragma once

#include <QString>

namespace hb::mapping {

// The key of a custom user field (SPEC §1): lower-case letters, digits, '-' and '_'.
class FieldKey {
public:
    // "Deposit amount" -> "deposit-amount": trim, lower-case, runs of spaces -> '-'.
    // The result is not necessarily valid (other characters are kept): check with isValid().
    static QString fromName(const QString &name);
    static bool isValid(const QString &key); // [a-z0-9_-]+, non-empty
    // Why `key` is not valid, for messages; empty when it is.
    static QString problem(const QString &key);
};

} // namespace hb::mapping
