#pragma once

#include <QString>

#include <optional>

namespace hb::mapping {

enum class FieldType { Number, Text, Date, Boolean };

QString fieldTypeName(FieldType type); // "number", "text", "date", "boolean"
std::optional<FieldType> fieldTypeFromName(const QString &name);

// A custom user field of the community (SPEC §1).
struct CustomField {
    QString key;  // lower-case letters, digits, '-', '_'
    QString name; // shown to people
    FieldType type = FieldType::Text;
};

} // namespace hb::mapping
