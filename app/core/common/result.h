#pragma once

#include "errorkind.h"

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace hb {

// A failure a user can cause or meet, with the one-line message that tells them what happened.
struct Error {
    QString message;
    ErrorKind kind = ErrorKind::Other;
};

// The value of an operation that can fail with a message for the user. Engine code returns this
// instead of throwing, so that every caller has to decide what the user sees.
template <typename T> class [[nodiscard]] Result {
public:
    Result(T value)
        : m_value(std::move(value))
    {}
    Result(Error error)
        : m_error(std::move(error.message))
        , m_kind(error.kind)
    {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    const T &operator*() const & { return *m_value; }
    T &operator*() & { return *m_value; }
    const T *operator->() const { return &*m_value; }
    T *operator->() { return &*m_value; }

    // The message of a failed result; empty when ok().
    const QString &error() const { return m_error; }
    // The kind of a failed result; Other when ok().
    ErrorKind errorKind() const { return m_kind; }
    // The failure as an Error, message and kind, to pass on unchanged.
    Error failure() const { return {m_error, m_kind}; }

private:
    std::optional<T> m_value;
    QString m_error;
    ErrorKind m_kind = ErrorKind::Other;
};

// An operation with nothing to return but success or a message.
using Status = Result<std::monostate>;
inline Status success()
{
    return Status(std::monostate{});
}
inline Error fail(QString message, ErrorKind kind = ErrorKind::Other)
{
    return Error{std::move(message), kind};
}

} // namespace hb
