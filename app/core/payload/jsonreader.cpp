#include "jsonreader.h"

#include "jsonnumber.h"

#include <rapidjson/error/en.h>
#include <rapidjson/reader.h>

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <cstring>
#include <utility>
#include <vector>

namespace hb::payload {

namespace {

// RapidJSON's input stream over bytes that may hold a NUL anywhere (its StringStream stops at the
// first one). Being a plain stream (no copy optimization), the parser advances this very object,
// so the handler can ask where the number it is given ends.
class ByteStream {
public:
    using Ch = char;

    ByteStream(const char *begin, qsizetype size)
        : m_begin(begin)
        , m_current(begin)
        , m_end(begin + size)
    {}

    Ch Peek() const { return m_current == m_end ? '\0' : *m_current; }
    Ch Take() { return m_current == m_end ? '\0' : *m_current++; }
    size_t Tell() const { return static_cast<size_t>(m_current - m_begin); }

    // The output half of the concept serves in-situ parsing only, which is not used.
    Ch *PutBegin()
    {
        Q_UNREACHABLE();
        return nullptr;
    }
    void Put(Ch) { Q_UNREACHABLE(); }
    void Flush() { Q_UNREACHABLE(); }
    size_t PutEnd(Ch *)
    {
        Q_UNREACHABLE();
        return 0;
    }

private:
    const char *m_begin;
    const char *m_current;
    const char *m_end;
};

// Builds the QJsonValue tree from RapidJSON's events, without recursion of its own.
class TreeBuilder : public rapidjson::BaseReaderHandler<rapidjson::UTF8<>, TreeBuilder> {
public:
    TreeBuilder(const ByteStream &stream, const QHash<size_t, QString> &bigNumbers)
        : m_stream(stream)
        , m_bigNumbers(bigNumbers)
    {}

    bool Null() { return add(QJsonValue(QJsonValue::Null)); }
    bool Bool(bool value) { return add(QJsonValue(value)); }

    bool RawNumber(const char *text, rapidjson::SizeType length, bool)
    {
        if (!m_bigNumbers.isEmpty()) {
            // The stream stands right after the number; a stand-in starts where the original did.
            const auto big = m_bigNumbers.constFind(m_stream.Tell() - length);
            if (big != m_bigNumbers.constEnd())
                return add(JsonNumber::fromText(*big));
        }
        return add(JsonNumber::fromText(QString::fromLatin1(text, length)));
    }

    bool String(const char *text, rapidjson::SizeType length, bool)
    {
        return add(JsonReader::wireString(QString::fromUtf8(text, length)));
    }

    bool Key(const char *text, rapidjson::SizeType length, bool)
    {
        m_frames[m_depth - 1].key = QString::fromUtf8(text, length);
        return true;
    }

    bool StartObject() { return open(true); }
    bool StartArray() { return open(false); }

    bool EndObject(rapidjson::SizeType)
    {
        Frame &frame = m_frames[--m_depth];
        auto &members = frame.members;
        // QJsonObject keeps its keys sorted: inserting in order moves nothing, which keeps a
        // large object linear. The sort is stable, so of duplicate keys the last one still wins.
        const auto byKey = [](const Member &a, const Member &b) { return a.first < b.first; };
        if (members.size() > 8 && !std::is_sorted(members.begin(), members.end(), byKey))
            std::stable_sort(members.begin(), members.end(), byKey);
        QJsonObject object;
        for (const Member &member : members)
            object.insert(member.first, member.second);
        members.clear();
        return add(QJsonValue(std::move(object)));
    }

    bool EndArray(rapidjson::SizeType)
    {
        Frame &frame = m_frames[--m_depth];
        QJsonValue array(std::move(frame.array));
        frame.array = QJsonArray();
        return add(std::move(array));
    }

    bool tooDeep() const { return m_tooDeep; }
    QJsonValue takeRoot() { return std::move(m_root); }

private:
    using Member = std::pair<QString, QJsonValue>;
    struct Frame {
        bool object = false;
        QString key; // the member whose value comes next
        std::vector<Member> members;
        QJsonArray array;
    };

    bool open(bool object)
    {
        if (m_depth >= JsonReader::maxDepth) {
            m_tooDeep = true;
            return false;
        }
        // Frames are kept when closed, so that siblings reuse their member lists.
        if (m_depth == m_frames.size())
            m_frames.emplace_back();
        m_frames[m_depth++].object = object;
        return true;
    }

    bool add(QJsonValue &&value)
    {
        if (m_depth == 0) {
            m_root = std::move(value);
            return true;
        }
        Frame &frame = m_frames[m_depth - 1];
        if (frame.object)
            frame.members.emplace_back(std::move(frame.key), std::move(value));
        else
            frame.array.append(value);
        return true;
    }

    const ByteStream &m_stream;
    const QHash<size_t, QString> &m_bigNumbers;
    std::vector<Frame> m_frames;
    size_t m_depth = 0;
    QJsonValue m_root;
    bool m_tooDeep = false;
};

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// Where the number RapidJSON found at `start` ends: -?digits(.digits)?([eE][+-]?digits)?. Only
// the extent of a token RapidJSON already located; anything malformed after it stays in the text
// for RapidJSON to refuse.
qsizetype numberEnd(const char *data, qsizetype size, qsizetype start)
{
    qsizetype pos = start;
    const auto digits = [&] {
        while (pos < size && isDigit(data[pos]))
            ++pos;
    };
    if (pos < size && data[pos] == '-')
        ++pos;
    digits();
    if (pos + 1 < size && data[pos] == '.' && isDigit(data[pos + 1])) {
        ++pos;
        digits();
    }
    if (pos < size && (data[pos] == 'e' || data[pos] == 'E')) {
        qsizetype exponent = pos + 1;
        if (exponent < size && (data[exponent] == '+' || data[exponent] == '-'))
            ++exponent;
        if (exponent < size && isDigit(data[exponent])) {
            pos = exponent;
            digits();
        }
    }
    return pos;
}

// RapidJSON's message as the tail of a one-line message: "Invalid value." -> "invalid value".
QString messageOf(rapidjson::ParseErrorCode code)
{
    QString message = QString::fromUtf8(rapidjson::GetParseError_En(code));
    if (message.endsWith(u'.'))
        message.chop(1);
    if (!message.isEmpty())
        message[0] = message[0].toLower();
    return message;
}

bool isJsonSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// Every number too big for RapidJSON costs one more pass over the text (see read()); this many
// are still fast, and no real payload has more.
constexpr int maxBigNumbers = 16;

} // namespace

std::optional<QJsonValue> JsonReader::read(QByteArrayView json, Error *error)
{
    const auto fail = [error](QString message, size_t offset) -> std::optional<QJsonValue> {
        if (error)
            *error = Error{std::move(message), static_cast<qsizetype>(offset)};
        return std::nullopt;
    };

    // RapidJSON 1.1 keeps a number's text but still refuses one that would overflow a double
    // (over 308 integer digits, or 1e400), though it is valid JSON and must not be lost. Such a
    // number is replaced in a copy of the text by "0" and spaces, same length so that every
    // offset stays true, the text parsed again, and its own text put back in its place.
    QByteArray patched;
    QHash<size_t, QString> bigNumbers;
    for (;;) {
        const char *data = patched.isNull() ? json.data() : patched.constData();
        ByteStream stream(data, json.size());
        TreeBuilder builder(stream, bigNumbers);
        rapidjson::Reader reader;
        // Not kParseStopWhenDoneFlag's own check for what follows the value, which stops at the
        // first NUL byte: the rest of the text is checked below, to its real end.
        constexpr unsigned flags = rapidjson::kParseNumbersAsStringsFlag
                                   | rapidjson::kParseValidateEncodingFlag
                                   | rapidjson::kParseStopWhenDoneFlag;
        const rapidjson::ParseResult result = reader.Parse<flags>(stream, builder);
        if (result) {
            size_t pos = stream.Tell();
            while (pos < size_t(json.size()) && isJsonSpace(data[pos]))
                ++pos;
            if (pos != size_t(json.size()))
                return fail(messageOf(rapidjson::kParseErrorDocumentRootNotSingular), pos);
            return builder.takeRoot();
        }
        if (builder.tooDeep()) {
            // Reported after the bracket that went one level too deep: name the bracket.
            return fail(QStringLiteral("nesting deeper than %1 levels").arg(maxDepth),
                        result.Offset() - 1);
        }
        if (result.Code() != rapidjson::kParseErrorNumberTooBig)
            return fail(messageOf(result.Code()), result.Offset());
        if (bigNumbers.size() >= maxBigNumbers) {
            return fail(
                QStringLiteral("more than %1 numbers too big for a double").arg(maxBigNumbers),
                result.Offset());
        }
        const qsizetype start = static_cast<qsizetype>(result.Offset());
        const qsizetype end = numberEnd(data, json.size(), start);
        bigNumbers.insert(result.Offset(), QString::fromLatin1(data + start, end - start));
        if (patched.isNull())
            patched = json.toByteArray();
        patched[start] = '0';
        std::memset(patched.data() + start + 1, ' ', size_t(end - start - 1));
    }
}

QString JsonReader::wireString(QString text)
{
    // Only JsonReader may mark a value as a number (JsonNumber), and JsonWriter writes a marked
    // value raw: a received string that starts with the mark would otherwise read as a number,
    // or put text of the sender's choosing unquoted into every JSON written from it. U+FDD0 is
    // a noncharacter that has no business in interchanged text; U+FFFD says something was there.
    if (!text.isEmpty() && text.front() == QChar(JsonNumber::mark))
        text[0] = QChar(QChar::ReplacementCharacter);
    return text;
}

} // namespace hb::payload
