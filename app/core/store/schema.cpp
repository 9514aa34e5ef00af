#include "schema.h"

#include <QString>

namespace hb::store {
namespace {

// Written once in portable SQL; the few words the two dialects spell differently are filled in.
const char *const version1[] = {
    "CREATE TABLE custom_fields ("
    " id %ID%, key TEXT NOT NULL UNIQUE, name TEXT NOT NULL, type TEXT NOT NULL,"
    " created_at TEXT NOT NULL)",

    // email_key is the trimmed, lower-cased email: the case-insensitive unique key.
    "CREATE TABLE users ("
    " id %ID%, email TEXT NOT NULL, email_key TEXT NOT NULL UNIQUE,"
    " username TEXT NOT NULL UNIQUE, display_name TEXT NOT NULL DEFAULT '',"
    " coins BIGINT NOT NULL DEFAULT 0 CHECK (coins >= 0), xp BIGINT NOT NULL DEFAULT 0 CHECK (xp "
    ">= 0),"
    " created_at TEXT NOT NULL)",

    // A value is stored as text in its canonical form: an exact decimal without trailing zeros,
    // "true"/"false", an ISO 8601 date, or the text itself.
    "CREATE TABLE user_field_values ("
    " user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,"
    " field_id BIGINT NOT NULL REFERENCES custom_fields(id) ON DELETE CASCADE,"
    " value TEXT NOT NULL, PRIMARY KEY (user_id, field_id))",

    // config is the webhook's configuration file (SPEC §2) as JSON; name, token and enabled are
    // columns as well because they are looked up and must be unique.
    "CREATE TABLE webhooks ("
    " id %ID%, name TEXT NOT NULL UNIQUE, token TEXT NOT NULL UNIQUE,"
    " enabled INTEGER NOT NULL DEFAULT 1, config TEXT NOT NULL,"
    " sample_request TEXT, created_at TEXT NOT NULL, updated_at TEXT NOT NULL)",

    // A received request. webhook_name survives the webhook's removal for support staff.
    // headers is a JSON array of [name, value] pairs in the order received.
    // status: pending, success, failed (skipped and sample from version 2). changes: JSON array of
    // what a success changed.
    "CREATE TABLE deliveries ("
    " id %ID%, webhook_id BIGINT REFERENCES webhooks(id) ON DELETE SET NULL,"
    " webhook_name TEXT NOT NULL, status TEXT NOT NULL DEFAULT 'pending',"
    " reason TEXT NOT NULL DEFAULT '', changes TEXT NOT NULL DEFAULT '[]',"
    " user_label TEXT NOT NULL DEFAULT '', idempotency_key TEXT,"
    " method TEXT NOT NULL, target TEXT NOT NULL, headers TEXT NOT NULL, body %BLOB% NOT NULL,"
    " remote_address TEXT NOT NULL DEFAULT '', received_at TEXT NOT NULL, processed_at TEXT,"
    " attempts INTEGER NOT NULL DEFAULT 0, claimed_by TEXT, claimed_at TEXT)",
    // Every index here is written by the catcher for each request it receives, so there are
    // few: this one also serves the webhook_id foreign key; the partial ones hold only the rows
    // a query looks for (what is left to process; what support staff look into) and stay small.
    "CREATE UNIQUE INDEX deliveries_idempotency ON deliveries (webhook_id, idempotency_key)",
    "CREATE INDEX deliveries_pending ON deliveries (id) WHERE status = 'pending'",
    "CREATE INDEX deliveries_failed ON deliveries (id) WHERE status = 'failed'",

    // Every processing attempt of a delivery, the first and each re-run.
    "CREATE TABLE delivery_attempts ("
    " id %ID%, delivery_id BIGINT NOT NULL REFERENCES deliveries(id) ON DELETE CASCADE,"
    " attempt INTEGER NOT NULL, status TEXT NOT NULL, reason TEXT NOT NULL DEFAULT '',"
    " changes TEXT NOT NULL DEFAULT '[]', finished_at TEXT NOT NULL)",
    "CREATE INDEX delivery_attempts_by_delivery ON delivery_attempts (delivery_id, attempt)",

    // old_value/new_value NULL means unset.
    "CREATE TABLE field_history ("
    " id %ID%, user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,"
    " field_key TEXT NOT NULL, old_value TEXT, new_value TEXT, operator TEXT NOT NULL,"
    " source TEXT NOT NULL, delivery_id BIGINT, at TEXT NOT NULL)",
    "CREATE INDEX field_history_by_user ON field_history (user_id, id)",

    "CREATE TABLE gamification_log ("
    " id %ID%, user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,"
    " currency TEXT NOT NULL, delta BIGINT NOT NULL, balance BIGINT NOT NULL,"
    " action TEXT NOT NULL, delivery_id BIGINT, at TEXT NOT NULL)",
    "CREATE INDEX gamification_log_by_user ON gamification_log (user_id, id)",

    "CREATE TABLE channels (id %ID%, name TEXT NOT NULL UNIQUE, created_at TEXT NOT NULL)",
    "CREATE TABLE messages ("
    " id %ID%, channel_id BIGINT NOT NULL REFERENCES channels(id) ON DELETE CASCADE,"
    " text TEXT NOT NULL, author TEXT NOT NULL, delivery_id BIGINT, at TEXT NOT NULL)",

    // Requests refused before they became deliveries (401 and the like), kept bounded by the
    // writer: the newest few hundred, with the first 4 KiB of their body.
    "CREATE TABLE rejected_requests ("
    " id %ID%, webhook_id BIGINT, webhook_name TEXT NOT NULL DEFAULT '', status INTEGER NOT NULL,"
    " reason TEXT NOT NULL, method TEXT NOT NULL, target TEXT NOT NULL, headers TEXT NOT NULL,"
    " body_head %BLOB% NOT NULL, remote_address TEXT NOT NULL DEFAULT '', at TEXT NOT NULL)",
};

// Version 2: webhooks are an identity (SPEC §2). A delivery's webhook_name stays the name it was
// received under; the name it shows is its webhook's current one, and once the webhook is removed
// its last name, kept here. store_changes counts every change of the webhooks table, made by any
// process, so that a catcher knows before judging a request whether its cache is still true.
const char *const version2[] = {
    "ALTER TABLE deliveries ADD COLUMN removed_webhook_name TEXT",
    "CREATE TABLE store_changes (topic TEXT PRIMARY KEY, version BIGINT NOT NULL)",
    "INSERT INTO store_changes (topic, version) VALUES ('webhooks', 0)",
    "CREATE INDEX deliveries_sample ON deliveries (id) WHERE status = 'sample'",
    "CREATE INDEX deliveries_skipped ON deliveries (id) WHERE status = 'skipped'",
};

// The triggers that count the changes: the same in effect, spelled per dialect.
const char *const version2Sqlite[] = {
    "CREATE TRIGGER webhooks_inserted AFTER INSERT ON webhooks BEGIN"
    " UPDATE store_changes SET version = version + 1 WHERE topic = 'webhooks'; END",
    "CREATE TRIGGER webhooks_updated AFTER UPDATE ON webhooks BEGIN"
    " UPDATE store_changes SET version = version + 1 WHERE topic = 'webhooks'; END",
    "CREATE TRIGGER webhooks_deleted AFTER DELETE ON webhooks BEGIN"
    " UPDATE store_changes SET version = version + 1 WHERE topic = 'webhooks'; END",
};
const char *const version2Postgres[] = {
    "CREATE FUNCTION hookbench_webhooks_changed() RETURNS trigger LANGUAGE plpgsql AS $$"
    " BEGIN UPDATE store_changes SET version = version + 1 WHERE topic = 'webhooks';"
    " RETURN NULL; END $$",
    "CREATE TRIGGER webhooks_changed AFTER INSERT OR UPDATE OR DELETE ON webhooks"
    " FOR EACH STATEMENT EXECUTE FUNCTION hookbench_webhooks_changed()",
};

// Version 3: a Failed delivery keeps the kind of its reason (ErrorKind's word) next to the reason,
// so that advice follows the kind and no code reads the reason's words. Rows failed before it
// have '' (no known kind), and get no advice rather than a guessed one.
const char *const version3[] = {
    "ALTER TABLE deliveries ADD COLUMN reason_kind TEXT NOT NULL DEFAULT ''",
};

// Version 4: a counter of the community's hand-made changes (users, fields and their values set
// by the services, from the window or the CLI), so that a window shows another process's edits
// without a refresh. Processing is not counted here (it would cost every delivery a write): its
// changes show in the newest ids of the history, gamification-log and messages tables.
const char *const version4[] = {
    "INSERT INTO store_changes (topic, version) VALUES ('community', 0)",
};

// Version 5: what support staff ask of one user, channel or webhook ("what happened to this
// user?") read through indexes rather than whole-table scans. The deliveries index is partial: a
// delivery is received with no user, so intake writes nothing more to it; processing adds the
// entry.
const char *const version5[] = {
    "CREATE INDEX deliveries_by_user ON deliveries (user_label, id) WHERE user_label <> ''",
    "CREATE INDEX messages_by_delivery ON messages (delivery_id)",
    "CREATE INDEX messages_by_channel ON messages (channel_id, id)",
    // The Deliveries page's counts per status for one webhook: 10x faster over a million.
    "CREATE INDEX deliveries_by_webhook ON deliveries (webhook_id, status)",
};

// Version 6: the Sender's bench (SPEC §8, issue 15). A saved request belongs to its webhook and
// goes with it (the unique key also serves the cascade's lookup); request is the form as JSON.
// A send stays in the history after its webhook is removed, under the name it was sent to:
// webhook_id is a plain number there. request_headers is a JSON array of [name, value] pairs as
// headersjson.h writes them; status 0 means no answer came (error says why).
const char *const version6[] = {
    "CREATE TABLE saved_requests ("
    " id %ID%, webhook_id BIGINT NOT NULL REFERENCES webhooks(id) ON DELETE CASCADE,"
    " name TEXT NOT NULL, request TEXT NOT NULL, updated_at TEXT NOT NULL,"
    " UNIQUE (webhook_id, name))",
    "CREATE TABLE sent_requests ("
    " id %ID%, sent_at TEXT NOT NULL, webhook_id BIGINT, webhook_name TEXT NOT NULL,"
    " method TEXT NOT NULL, url TEXT NOT NULL, request_headers TEXT NOT NULL,"
    " request_body %BLOB%, status INTEGER NOT NULL, reason TEXT NOT NULL,"
    " response_body %BLOB%, elapsed_ms BIGINT NOT NULL, error TEXT NOT NULL)",
};

QString dialect(const char *statement, bool postgres)
{
    QString sql = QString::fromLatin1(statement);
    sql.replace(QLatin1String("%ID%"), postgres
                                           ? QLatin1String("BIGSERIAL PRIMARY KEY")
                                           : QLatin1String("INTEGER PRIMARY KEY AUTOINCREMENT"));
    sql.replace(QLatin1String("%BLOB%"), postgres ? QLatin1String("BYTEA") : QLatin1String("BLOB"));
    return sql;
}

} // namespace

int Schema::currentVersion()
{
    return 6;
}

QStringList Schema::migration(int version, bool postgres)
{
    QStringList statements;
    if (version == 1) {
        for (const char *statement : version1)
            statements << dialect(statement, postgres);
    } else if (version == 2) {
        for (const char *statement : version2)
            statements << dialect(statement, postgres);
        if (postgres) {
            for (const char *statement : version2Postgres)
                statements << QString::fromLatin1(statement);
        } else {
            for (const char *statement : version2Sqlite)
                statements << QString::fromLatin1(statement);
        }
    } else if (version == 3) {
        for (const char *statement : version3)
            statements << QString::fromLatin1(statement);
    } else if (version == 4) {
        for (const char *statement : version4)
            statements << QString::fromLatin1(statement);
    } else if (version == 5) {
        for (const char *statement : version5)
            statements << QString::fromLatin1(statement);
    } else if (version == 6) {
        for (const char *statement : version6)
            statements << dialect(statement, postgres);
    }
    return statements;
}

} // namespace hb::store
