#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace hb {

// A failure a user can cause or meet, with the one-line message that tells them what happened.
struct Error {
    QString message;
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

private:
    std::optional<T> m_value;
    QString m_error;
};

// An operation with nothing to return but success or a message.
using Status = Result<std::monostate>;
inline Status success()
{
    return Status(std::monostate{});
}
inline Error fail(QString message)
{
    return Error{std::move(message)};
}

} // namespace hb
