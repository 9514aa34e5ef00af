#pragma once

#include "common/result.h"
#include "mapping/customfield.h"
#include "userrepository.h"

#include <QByteArray>
#include <QList>

class QIODevice;

namespace hb::store {

// `user export` (beyond SPEC §7's table): the users as the CSV file `user import` reads, header
// `email,username,display_name,coins,xp` then one column per field key, each value as stored
// (canonical) and unset as an empty cell. Export then import into an empty store gives the same
// community.
class CsvExporter {
public:
    static QByteArray header(const QList<mapping::CustomField> &fields);
    static QByteArray row(const User &user, const QList<mapping::CustomField> &fields);
    // RFC 4180: quoted when it holds a comma, a quote, a line break or leading/trailing space.
    static QByteArray cell(const QString &text);
    static QByteArray document(const QList<User> &users, const QList<mapping::CustomField> &fields);
    // Returns how many users were written; the file is replaced only when all were.
    static hb::Result<int> writeFile(const QString &path, const QList<User> &users,
                                     const QList<mapping::CustomField> &fields);
};

} // namespace hb::store
