#include "transformchain.h"

#include "mapping/numbervalue.h"
#include "mapping/valuetext.h"
#include "payload/decimal.h"
#include "payload/jsonnumber.h"

#include <QDateTime>
#include <QRegularExpression>

namespace hb::mapping {
namespace {

using payload::Decimal;

hb::Error cannot(const QString &why, ErrorKind kind = ErrorKind::WrongValueKind)
{
    return hb::fail(why, kind);
}

// {"number": true}: text written for people (" 1,234.50 ") to a number. A comma is taken only
// as a thousands separator between groups of three digits, so "1,2,3" is refused rather than
// read as 123 or 1.23.
hb::Result<QJsonValue> toNumber(const QJsonValue &value)
{
    if (payload::JsonNumber::isNumber(value)) {
        auto number = NumberValue::read(value);
        if (!number)
            return number.failure();
        return value;
    }
    if (!value.isString())
        return cannot(QStringLiteral("value %1 is not a number").arg(ValueText::describe(value)));
    QString text = value.toString().trimmed();
    if (text.contains(QLatin1Char(','))) {
        static const QRegularExpression grouped(
            QStringLiteral("^[+-]?[0-9]{1,3}(,[0-9]{3})+(\\.[0-9]*)?$"));
        if (!grouped.match(text).hasMatch())
            return cannot(
                QStringLiteral("value %1 is not a number").arg(ValueText::describe(value)));
        text.remove(QLatin1Char(','));
    }
    if (const std::optional<Decimal> number = Decimal::fromString(text))
        return number->toJson();
    if (Decimal::isNumberText(text))
        return cannot(QStringLiteral("value %1 is out of range (at most %2 significant digits)")
                          .arg(ValueText::describe(value))
                          .arg(Decimal::maxDigits),
                      ErrorKind::OutOfRange);
    return cannot(QStringLiteral("value %1 is not a number").arg(ValueText::describe(value)));
}

// multiply, divide and round, on a decimal.
hb::Result<Decimal> arithmetic(const TransformStep &step, const Decimal &number)
{
    if (step.kind == TransformStep::Kind::Round)
        return number.round(step.places);
    const std::optional<Decimal> operand = Decimal::fromString(step.operand);
    if (!operand)
        return cannot(QStringLiteral("the operand \"%1\" is not a number").arg(step.operand));
    std::optional<Decimal> result;
    if (step.kind == TransformStep::Kind::Multiply) {
        result = number.multiply(*operand);
    } else {
        if (operand->isZero())
            return cannot(QStringLiteral("division by zero"), ErrorKind::OutOfRange);
        result = number.divide(*operand);
    }
    if (!result)
        return cannot(QStringLiteral("%1 %2 %3 is out of range (at most %4 significant digits)")
                          .arg(number.toString(),
                               step.kind == TransformStep::Kind::Multiply ? QStringLiteral("*")
                                                                          : QStringLiteral("/"),
                               operand->toString())
                          .arg(Decimal::maxDigits),
                      ErrorKind::OutOfRange);
    return *result;
}

bool isArithmetic(TransformStep::Kind kind)
{
    return kind == TransformStep::Kind::Multiply || kind == TransformStep::Kind::Divide
           || kind == TransformStep::Kind::Round;
}

// Text steps leave numbers and booleans as they are: there is nothing to trim or lower in them.
hb::Result<QJsonValue> text(const TransformStep &step, const QJsonValue &value)
{
    if (payload::JsonNumber::isNumber(value) || value.isBool())
        return value;
    if (!value.isString())
        return cannot(QStringLiteral("value %1 is not text").arg(ValueText::describe(value)));
    return step.kind == TransformStep::Kind::Trim ? QJsonValue(value.toString().trimmed())
                                                  : QJsonValue(value.toString().toLower());
}

// The table's keys are text: a number is looked up by its canonical text, a boolean as
// "true"/"false".
hb::Result<QJsonValue> map(const TransformStep &step, const QJsonValue &value)
{
    QString key;
    if (auto number = Decimal::fromJson(value); number && payload::JsonNumber::isNumber(value))
        key = number->toString();
    else if (value.isString())
        key = value.toString();
    else if (value.isBool())
        key = value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    else if (!step.otherwise)
        return cannot(QStringLiteral("value %1 is not text").arg(ValueText::describe(value)));
    if (!key.isNull()) {
        if (auto found = step.table.constFind(key); found != step.table.constEnd())
            return QJsonValue(*found);
    }
    if (step.otherwise)
        return *step.otherwise;
    return cannot(QStringLiteral("value %1 is not in the map (and there is no else)")
                      .arg(ValueText::describe(value)));
}

// Whether a Qt date format also reads a time of day (quoted literals aside).
bool hasTime(const QString &format)
{
    bool quoted = false;
    for (const QChar c : format) {
        if (c == u'\'')
            quoted = !quoted;
        else if (!quoted && QStringLiteral("hHmszaAt").contains(c))
            return true;
    }
    return false;
}

hb::Result<QJsonValue> date(const TransformStep &step, const QJsonValue &value)
{
    if (step.operand == QLatin1String("unix")) {
        auto seconds = NumberValue::read(value);
        if (!seconds)
            return seconds.failure();
        const std::optional<qint64> whole = seconds->toInt64();
        // Years 1..9999: what an ISO 8601 date without extensions can say.
        if (!whole || *whole < -62135596800LL || *whole > 253402300799LL)
            return cannot(QStringLiteral("value %1 is not Unix seconds (a whole number)")
                              .arg(ValueText::describe(value)));
        return QJsonValue(QDateTime::fromSecsSinceEpoch(*whole, Qt::UTC).toString(Qt::ISODate));
    }
    if (!value.isString())
        return cannot(QStringLiteral("value %1 is not text").arg(ValueText::describe(value)));
    const QString text = value.toString().trimmed();
    if (hasTime(step.operand)) {
        QDateTime parsed = QDateTime::fromString(text, step.operand);
        if (parsed.isValid()) {
            // No zone in the format: the sender's time is taken as UTC.
            parsed.setTimeSpec(Qt::UTC); // ISO text then ends in Z
            return QJsonValue(parsed.toString(Qt::ISODate));
        }
    } else if (const QDate parsed = QDate::fromString(text, step.operand); parsed.isValid()) {
        return QJsonValue(parsed.toString(Qt::ISODate));
    }
    return cannot(QStringLiteral("value %1 does not match the date format \"%2\"")
                      .arg(ValueText::describe(value), step.operand));
}

} // namespace

hb::Result<QJsonValue> TransformChain::applyStep(const TransformStep &step, const QJsonValue &value)
{
    switch (step.kind) {
    case TransformStep::Kind::Number:
        return toNumber(value);
    case TransformStep::Kind::Multiply:
    case TransformStep::Kind::Divide:
    case TransformStep::Kind::Round: {
        auto number = NumberValue::read(value);
        if (!number)
            return number.failure();
        auto result = arithmetic(step, *number);
        if (!result)
            return result.failure();
        return result->toJson();
    }
    case TransformStep::Kind::Trim:
    case TransformStep::Kind::Lowercase:
        return text(step, value);
    case TransformStep::Kind::Map:
        return map(step, value);
    case TransformStep::Kind::Date:
        return date(step, value);
    }
    return cannot(QStringLiteral("unknown step"));
}

hb::Result<QJsonValue> TransformChain::apply(const QList<TransformStep> &steps,
                                             const QJsonValue &value, QList<QJsonValue> *results,
                                             std::optional<payload::Decimal> *number)
{
    auto failed = [&steps](qsizetype i, const hb::Error &error) {
        return hb::fail(QStringLiteral("step %1 (%2): %3")
                            .arg(i + 1)
                            .arg(transformStepName(steps.at(i).kind), error.message),
                        error.kind);
    };
    QJsonValue current = value;
    // Set while arithmetic steps follow one another: the value as a decimal, so that it is not
    // written as JSON and read back between them (`current` is then stale).
    std::optional<Decimal> exact;
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const TransformStep &step = steps.at(i);
        if (isArithmetic(step.kind)) {
            if (!exact) {
                auto read = NumberValue::read(current);
                if (!read)
                    return failed(i, read.failure());
                exact = *read;
            }
            auto next = arithmetic(step, *exact);
            if (!next)
                return failed(i, next.failure());
            exact = *next;
            if (results)
                results->append(exact->toJson());
            continue;
        }
        if (exact) {
            current = exact->toJson();
            exact.reset();
        }
        auto next = applyStep(step, current);
        if (!next)
            return failed(i, next.failure());
        current = std::move(*next);
        if (results)
            results->append(current);
    }
    if (number) {
        *number = exact;
        if (exact)
            return QJsonValue(QJsonValue::Undefined);
    }
    return exact ? exact->toJson() : current;
}

} // namespace hb::mapping
