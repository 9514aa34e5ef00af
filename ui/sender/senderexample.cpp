#include "senderexample.h"

#include "payload/jsonpointer.h"

#include <QDate>
#include <QJsonArray>
#include <QRegularExpression>

namespace hb::ui {
namespace {

bool isIndex(const QString &token)
{
    bool ok = false;
    const int index = token.toInt(&ok);
    // Small indices only: "/items/0/amount" is an array, "/2024" is rather a key.
    return ok && index >= 0 && index < 16
           && (token == QLatin1String("0") || !token.startsWith(u'0'));
}

// `value` placed at tokens[at...] under `current`; what is already there wins, so that two
// mappings reading one path do not fight over it.
QJsonValue place(const QJsonValue &current, const QStringList &tokens, int at,
                 const QJsonValue &value)
{
    if (at == tokens.size())
        return current.isUndefined() || current.isNull() ? value : current;
    const QString &token = tokens.at(at);
    if (current.isArray() && isIndex(token)) {
        QJsonArray array = current.toArray();
        const int index = token.toInt();
        while (array.size() <= index)
            array.append(QJsonValue());
        array[index] = place(array.at(index), tokens, at + 1, value);
        return array;
    }
    if (current.isObject()) {
        QJsonObject object = current.toObject();
        object.insert(token, place(object.value(token), tokens, at + 1, value));
        return object;
    }
    if (!current.isUndefined() && !current.isNull())
        return current; // a value where another path needs a container: keep the first
    return place(isIndex(token) ? QJsonValue(QJsonArray()) : QJsonValue(QJsonObject()), tokens, at,
                 value);
}

void put(QJsonObject &root, const QString &path, const QJsonValue &value)
{
    const Result<payload::JsonPointer> pointer = payload::JsonPointer::parse(path);
    if (!pointer || pointer->tokens().isEmpty())
        return;
    root = place(root, pointer->tokens(), 0, value).toObject();
}

QJsonValue exampleFor(const mapping::FieldMapping &mapping,
                      const QList<mapping::CustomField> &fields)
{
    for (const mapping::CustomField &field : fields) {
        if (field.key != mapping.field)
            continue;
        switch (field.type) {
        case mapping::FieldType::Number:
            return 10;
        case mapping::FieldType::Date:
            return QDate::currentDate().toString(Qt::ISODate);
        case mapping::FieldType::Boolean:
            return true;
        case mapping::FieldType::Text:
            return QStringLiteral("example");
        }
    }
    return mapping.op == mapping::Operator::Overwrite ? QJsonValue(QStringLiteral("example"))
                                                      : QJsonValue(10);
}

} // namespace

QJsonObject SenderExample::forWebhook(const mapping::Webhook &webhook,
                                      const QList<mapping::CustomField> &fields)
{
    QJsonObject root;
    put(root, webhook.user.path,
        webhook.user.identifier == mapping::Identifier::Email ? QStringLiteral("alice@example.com")
                                                              : QStringLiteral("alice"));
    for (const mapping::FieldMapping &field : webhook.fields)
        put(root, field.path, exampleFor(field, fields));
    for (const mapping::CurrencyMapping &currency : webhook.currencies)
        put(root, currency.path, 5);
    if (webhook.message) {
        static const QRegularExpression placeholder(QStringLiteral(R"(\{\{\s*(/[^}]*?)\s*\}\})"));
        for (auto match = placeholder.globalMatch(webhook.message->text); match.hasNext();)
            put(root, match.next().captured(1), QStringLiteral("example"));
    }
    if (root.isEmpty()) {
        root.insert(QStringLiteral("email"), QStringLiteral("alice@example.com"));
        root.insert(QStringLiteral("amount"), 12.5);
    }
    return root;
}

} // namespace hb::ui
