#pragma once

#include <QCoreApplication>
#include <QJsonValue>
#include <QString>
#include <QVector>

#include <memory>

namespace hb::ui {

// One JSON value of a payload, flattened so that a tree model can address it by index.
struct PayloadNode {
    enum class Kind { Object, Array, String, Number, Boolean, Null };

    int parent = -1;     // index of the parent node; -1 for the root
    int row = 0;         // position among the parent's children
    int firstChild = -1; // children are stored next to each other (breadth-first order)
    int childCount = 0;
    Kind kind = Kind::Null;
    QString key;       // member name or array index; empty for the root
    QString valueText; // how the value reads: "alice@example.com", 12.5, {3 members}
    QString pointer;   // JSON Pointer of the node ("" for the root)
};

// An immutable, flattened copy of a payload. Built once per caught request (off the model's hot
// path) and shared by value, so that views never walk QJsonValue trees while painting.
class PayloadSnapshot {
    Q_DECLARE_TR_FUNCTIONS(hb::ui::PayloadSnapshot)

public:
    static std::shared_ptr<const PayloadSnapshot> fromJson(const QJsonValue &root);

    int size() const { return int(m_nodes.size()); }
    const PayloadNode &node(int index) const { return m_nodes.at(index); }
    // The node at `pointer`, or -1.
    int find(const QString &pointer) const;
    static QString kindName(PayloadNode::Kind kind);

private:
    QVector<PayloadNode> m_nodes;
};

} // namespace hb::ui
