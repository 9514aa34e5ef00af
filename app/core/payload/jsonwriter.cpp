#include "jsonwriter.h"

#include "jsonnumber.h"

#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

#include <cmath>

namespace hb::payload {

namespace {

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

// Whether a marked value's text is a JSON number (RFC 8259 grammar). JsonReader only marks
// numbers it parsed, but a value can reach us by other ways (a form field, a stored string), and
// what is written raw must never be anything but a number.
bool isJsonNumber(QStringView text)
{
    qsizetype pos = 0;
    const qsizetype size = text.size();
    const auto digits = [&] {
        const qsizetype start = pos;
        while (pos < size && isDigit(text[pos]))
            ++pos;
        return pos - start;
    };
    if (pos < size && text[pos] == u'-')
        ++pos;
    if (pos < size && text[pos] == u'0')
        ++pos;
    else if (digits() == 0)
        return false;
    if (pos < size && text[pos] == u'.') {
        ++pos;
        if (digits() == 0)
            return false;
    }
    if (pos < size && (text[pos] == u'e' || text[pos] == u'E')) {
        ++pos;
        if (pos < size && (text[pos] == u'+' || text[pos] == u'-'))
            ++pos;
        if (digits() == 0)
            return false;
    }
    return pos == size;
}

template <typename Writer> class TreeWriter {
public:
    TreeWriter(Writer &writer, rapidjson::StringBuffer &buffer, bool indented)
        : m_writer(writer)
        , m_buffer(buffer)
        , m_indented(indented)
    {}

    void value(const QJsonValue &value, int depth)
    {
        switch (value.type()) {
        case QJsonValue::Null:
        case QJsonValue::Undefined:
            m_writer.Null();
            break;
        case QJsonValue::Bool:
            m_writer.Bool(value.toBool());
            break;
        case QJsonValue::Double:
            number(value);
            break;
        case QJsonValue::String:
            string(value.toString());
            break;
        case QJsonValue::Array: {
            const QJsonArray array = value.toArray();
            m_writer.StartArray();
            if (array.isEmpty())
                emptyContainer(depth);
            for (const QJsonValue &element : array)
                this->value(element, depth + 1);
            m_writer.EndArray();
            break;
        }
        case QJsonValue::Object: {
            const QJsonObject object = value.toObject();
            m_writer.StartObject();
            if (object.isEmpty())
                emptyContainer(depth);
            for (auto member = object.begin(); member != object.end(); ++member) {
                const QByteArray key = member.key().toUtf8();
                m_writer.Key(key.constData(), rapidjson::SizeType(key.size()));
                this->value(member.value(), depth + 1);
            }
            m_writer.EndObject();
            break;
        }
        }
    }

private:
    void raw(const QByteArray &text)
    {
        m_writer.RawValue(text.constData(), size_t(text.size()), rapidjson::kNumberType);
    }

    void string(const QString &text)
    {
        if (text.size() > 1 && text.front() == QChar(JsonNumber::mark)) {
            const QStringView number = QStringView(text).mid(1);
            if (isJsonNumber(number)) {
                raw(number.toLatin1());
                return;
            }
        }
        const QByteArray utf8 = text.toUtf8();
        m_writer.String(utf8.constData(), rapidjson::SizeType(utf8.size()));
    }

    void number(const QJsonValue &value)
    {
        const double number = value.toDouble();
        if (!std::isfinite(number)) { // JSON has no infinities; QJsonDocument writes null too
            m_writer.Null();
            return;
        }
        if (number == 0 && std::signbit(number)) { // -0 as sent, where Qt would write 0
            raw(QByteArrayLiteral("-0"));
            return;
        }
        // An integer Qt holds as qint64 comes out whole with every digit; so does an integral
        // double that fits one, exactly the double's value (toInteger() gives 0 otherwise).
        const qint64 integer = value.toInteger(0);
        if (integer != 0 || number == 0) {
            m_writer.Int64(integer);
            return;
        }
        // Qt writes an integral double within 64 bits whole too ('f'), any other in the shortest
        // form that reads back as the same double.
        const bool whole = std::trunc(number) == number && std::abs(number) < 0x1p64;
        raw(QByteArray::number(number, whole ? 'f' : 'g', QLocale::FloatingPointShortest));
    }

    // QJsonDocument::Indented opens an empty container on a line of its own ("[\n    ]"), where
    // PrettyWriter writes "[]": written into the buffer between the brackets, which the writer
    // does not track.
    void emptyContainer(int depth)
    {
        if (!m_indented)
            return;
        m_buffer.Put('\n');
        for (int i = 0; i < 4 * depth; ++i)
            m_buffer.Put(' ');
    }

    Writer &m_writer;
    rapidjson::StringBuffer &m_buffer;
    const bool m_indented;
};

} // namespace

QByteArray JsonWriter::write(const QJsonValue &value, Format format)
{
    rapidjson::StringBuffer buffer;
    if (format == Format::Indented) {
        rapidjson::PrettyWriter<rapidjson::StringBuffer> writer(buffer);
        writer.SetIndent(' ', 4);
        TreeWriter(writer, buffer, true).value(value, 0);
        buffer.Put('\n');
    } else {
        rapidjson::Writer<rapidjson::StringBuffer> writer(buffer);
        TreeWriter(writer, buffer, false).value(value, 0);
    }
    return QByteArray(buffer.GetString(), qsizetype(buffer.GetSize()));
}

} // namespace hb::payload
