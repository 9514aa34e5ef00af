#include "storeevents.h"

namespace hb::services {

StoreEvents &StoreEvents::instance()
{
    // Made on first use, on whichever thread; destroyed at exit after every connection is gone.
    static StoreEvents events;
    return events;
}

} // namespace hb::services
