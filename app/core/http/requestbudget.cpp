#include "requestbudget.h"

namespace hb::http {

RequestBudget::RequestBudget(qint64 limit, QObject *parent)
    : QObject(parent)
    , m_limit(limit)
{}

void RequestBudget::take(qint64 bytes)
{
    m_used.fetch_add(bytes, std::memory_order_relaxed);
}

void RequestBudget::giveBack(qint64 bytes)
{
    if (bytes <= 0)
        return;
    const bool wasExhausted = isExhausted();
    m_used.fetch_sub(bytes, std::memory_order_relaxed);
    if (wasExhausted && !isExhausted())
        emit available();
}

} // namespace hb::http
