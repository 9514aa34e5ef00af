#include "csvexporter.h"

#include <QSaveFile>

namespace hb::store {

QByteArray CsvExporter::cell(const QString &text)
{
    QByteArray bytes = text.toUtf8();
    const bool quote = bytes.contains(',') || bytes.contains('"') || bytes.contains('\n')
                       || bytes.contains('\r') || text != text.trimmed();
    if (!quote)
        return bytes;
    bytes.replace("\"", "\"\"");
    return '"' + bytes + '"';
}

QByteArray CsvExporter::header(const QList<mapping::CustomField> &fields)
{
    QByteArray line = "email,username,display_name,coins,xp";
    for (const mapping::CustomField &field : fields)
        line += ',' + cell(field.key);
    return line + '\n';
}

QByteArray CsvExporter::row(const User &user, const QList<mapping::CustomField> &fields)
{
    QByteArray line = cell(user.email) + ',' + cell(user.username) + ',' + cell(user.displayName)
                      + ',' + QByteArray::number(user.coins) + ',' + QByteArray::number(user.xp);
    for (const mapping::CustomField &field : fields)
        line += ',' + cell(user.fields.value(field.key));
    return line + '\n';
}

QByteArray CsvExporter::document(const QList<User> &users,
                                 const QList<mapping::CustomField> &fields)
{
    QByteArray csv = header(fields);
    for (const User &user : users)
        csv += row(user, fields);
    return csv;
}

Result<int> CsvExporter::writeFile(const QString &path, const QList<User> &users,
                                   const QList<mapping::CustomField> &fields)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    file.write(header(fields));
    for (const User &user : users)
        file.write(row(user, fields));
    if (!file.commit())
        return fail(QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    return int(users.size());
}

} // namespace hb::store
