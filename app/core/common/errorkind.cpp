#include "errorkind.h"

#include <array>
#include <utility>

namespace hb {
namespace {

// The words are part of the store's format: rename none, only add.
const std::array<std::pair<ErrorKind, const char *>, 19> names{{
    {ErrorKind::NotFound, "not_found"},
    {ErrorKind::Cancelled, "cancelled"},
    {ErrorKind::UserNotMapped, "user_not_mapped"},
    {ErrorKind::UnknownUser, "unknown_user"},
    {ErrorKind::MissingPath, "missing_path"},
    {ErrorKind::WrongValueKind, "wrong_value_kind"},
    {ErrorKind::NotWholeNumber, "not_whole_number"},
    {ErrorKind::BelowZero, "below_zero"},
    {ErrorKind::OutOfRange, "out_of_range"},
    {ErrorKind::FieldRemoved, "field_removed"},
    {ErrorKind::OperatorNotAllowed, "operator_not_allowed"},
    {ErrorKind::BadStoredValue, "bad_stored_value"},
    {ErrorKind::NotEncrypted, "not_encrypted"},
    {ErrorKind::NoEncryptionKey, "no_encryption_key"},
    {ErrorKind::DecryptFailed, "decrypt_failed"},
    {ErrorKind::UnreadableBody, "unreadable_body"},
    {ErrorKind::WebhookRemoved, "webhook_removed"},
    {ErrorKind::WebhookDamaged, "webhook_damaged"},
    {ErrorKind::StoreWriteFailed, "store_write_failed"},
}};

} // namespace

QString errorKindName(ErrorKind kind)
{
    for (const auto &[known, name] : names) {
        if (known == kind)
            return QString::fromLatin1(name);
    }
    return QStringLiteral(""); // not null: the store's column is NOT NULL
}

ErrorKind errorKindFromName(QStringView name)
{
    for (const auto &[kind, known] : names) {
        if (name == QLatin1String(known))
            return kind;
    }
    return ErrorKind::Other;
}

} // namespace hb
