#include "payloadsnapshot.h"

#include "payload/jsonnumber.h"
#include "payload/jsonpointer.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

namespace hb::ui {
namespace {

PayloadNode::Kind kindOf(const QJsonValue &value)
{
    // A number a double cannot hold is kept as marked text (JsonNumber): still a number.
    if (payload::JsonNumber::isMarked(value))
        return PayloadNode::Kind::Number;
    switch (value.type()) {
    case QJsonValue::Object:
        return PayloadNode::Kind::Object;
    case QJsonValue::Array:
        return PayloadNode::Kind::Array;
    case QJsonValue::String:
        return PayloadNode::Kind::String;
    case QJsonValue::Double:
        return PayloadNode::Kind::Number;
    case QJsonValue::Bool:
        return PayloadNode::Kind::Boolean;
    default:
        return PayloadNode::Kind::Null;
    }
}

// Spelled out rather than "%n item(s)": no translation file is loaded to pick the plural. The
// callers mark `one` and `many` with QT_TRANSLATE_NOOP, so that lupdate sees them.
QString count(qsizetype n, const char *one, const char *many)
{
    return n == 1 ? PayloadSnapshot::tr(one) : PayloadSnapshot::tr(many).arg(n);
}

QString valueText(const QJsonValue &value)
{
    if (payload::JsonNumber::isMarked(value))
        return *payload::JsonNumber::text(value); // every digit, never the mark
    switch (value.type()) {
    case QJsonValue::Object:
        return count(value.toObject().size(),
                     QT_TRANSLATE_NOOP("hb::ui::PayloadSnapshot", "{1 member}"),
                     QT_TRANSLATE_NOOP("hb::ui::PayloadSnapshot", "{%1 members}"));
    case QJsonValue::Array:
        return count(value.toArray().size(),
                     QT_TRANSLATE_NOOP("hb::ui::PayloadSnapshot", "[1 item]"),
                     QT_TRANSLATE_NOOP("hb::ui::PayloadSnapshot", "[%1 items]"));
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double:
        // The shortest text that reads back as the same number: 12.5, not 12.500000000001.
        return QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    default:
        return QStringLiteral("null");
    }
}

} // namespace

std::shared_ptr<const PayloadSnapshot> PayloadSnapshot::fromJson(const QJsonValue &root)
{
    auto snapshot = std::make_shared<PayloadSnapshot>();
    QVector<PayloadNode> &nodes = snapshot->m_nodes;
    QVector<QJsonValue> values; // parallel to nodes, dropped once the snapshot is built

    PayloadNode rootNode;
    rootNode.kind = kindOf(root);
    rootNode.valueText = valueText(root);
    nodes.append(rootNode);
    values.append(root);

    // Breadth-first, so that each node's children sit next to each other.
    for (int current = 0; current < nodes.size(); ++current) {
        const QJsonValue value = values.at(current);
        auto addChild = [&](const QString &key, const QJsonValue &child, int row) {
            PayloadNode node;
            node.parent = current;
            node.row = row;
            node.kind = kindOf(child);
            node.key = key;
            node.valueText = valueText(child);
            node.pointer = nodes.at(current).pointer + QLatin1Char('/')
                           + payload::JsonPointer::escapeToken(key);
            nodes.append(node);
            values.append(child);
        };
        const int first = int(nodes.size());
        if (value.isObject()) {
            const QJsonObject object = value.toObject();
            int row = 0;
            for (auto it = object.begin(); it != object.end(); ++it)
                addChild(it.key(), it.value(), row++);
        } else if (value.isArray()) {
            const QJsonArray array = value.toArray();
            for (int i = 0; i < array.size(); ++i)
                addChild(QString::number(i), array.at(i), i);
        }
        const int count = int(nodes.size()) - first;
        if (count > 0) {
            nodes[current].firstChild = first;
            nodes[current].childCount = count;
        }
    }
    return snapshot;
}

int PayloadSnapshot::find(const QString &pointer) const
{
    for (int i = 0; i < m_nodes.size(); ++i) {
        if (m_nodes.at(i).pointer == pointer)
            return i;
    }
    return -1;
}

QString PayloadSnapshot::kindName(PayloadNode::Kind kind)
{
    switch (kind) {
    case PayloadNode::Kind::Object:
        return tr("object");
    case PayloadNode::Kind::Array:
        return tr("array");
    case PayloadNode::Kind::String:
        return tr("string");
    case PayloadNode::Kind::Number:
        return tr("number");
    case PayloadNode::Kind::Boolean:
        return tr("boolean");
    case PayloadNode::Kind::Null:
        break;
    }
    return tr("null");
}

} // namespace hb::ui
