#pragma once

#include <QString>
#include <QStringView>

namespace hb {

// What kind of failure an error is, for code that must tell them apart: callers branch on the
// kind, never on the message's words. A Failed delivery stores its reason's kind next to the
// reason, so that the advice support staff read follows the kind, not the wording.
enum class ErrorKind {
    Other,
    NotFound,  // what was asked for is not there (a webhook removed since it was looked up)
    Cancelled, // the user stopped it; nothing was done

    // Why a delivery failed (SPEC §6), as the engine found it.
    UserNotMapped,      // a draft's mapping does not say yet where the user is
    UnknownUser,        // no user has the mapped email or username
    MissingPath,        // the payload has no value at a mapped path
    WrongValueKind,     // the value at a path is not of the kind its field takes
    NotWholeNumber,     // coins and XP take whole numbers
    BelowZero,          // a balance would go below 0
    OutOfRange,         // an amount or a result too large to hold
    FieldRemoved,       // a mapped custom field no longer exists
    OperatorNotAllowed, // the operator is not one the field's type allows
    BadStoredValue,     // the user's stored value of a field cannot be used
    NotEncrypted,       // the webhook expects an encrypted body
    NoEncryptionKey,    // the body is marked encrypted but the webhook has no key
    DecryptFailed,      // the body does not decrypt with the webhook's key
    UnreadableBody,     // not JSON nor form data
    WebhookRemoved,     // its webhook no longer exists
    WebhookDamaged,     // its webhook's stored configuration cannot be read
    StoreWriteFailed,   // the store refused the write
};

// The kind's word as the store keeps it ("unknown_user", ...); "" for Other.
QString errorKindName(ErrorKind kind);
// The kind a stored word names; Other for "" and for words this version does not know.
ErrorKind errorKindFromName(QStringView name);

} // namespace hb
