#pragma once

#include "exportwriter.h"

namespace hb::services {

// A JSON array of `delivery show --json` objects (RecordJson::delivery with the request), one
// per line, so that the array is written as it is read.
class JsonExportWriter : public ExportWriter {
public:
    JsonExportWriter(QIODevice &out, Secrets secrets);

    hb::Status begin() override;
    hb::Status write(const DeliveryRecord &record) override;
    hb::Status finish() override;

private:
    bool m_first = true;
};

} // namespace hb::services
