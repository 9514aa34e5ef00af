#pragma once

#include "common/result.h"
#include "records.h"
#include "secretmask.h"

#include <QByteArray>
#include <QString>
#include <QStringView>

#include <memory>
#include <optional>

class QIODevice;

namespace hb::services {

// The formats of `delivery export` and the window's Export (SPEC §7).
enum class ExportFormat { Json, Csv, Har };

// Writes deliveries to a device one at a time, in a format, so that an export of any size holds
// one batch in memory: begin(), write() for each delivery (newest first), finish(). Each writer
// masks the request's secrets as `delivery show` does unless told Secrets::Revealed.
class ExportWriter {
public:
    virtual ~ExportWriter();

    static std::unique_ptr<ExportWriter> make(ExportFormat format, QIODevice &out, Secrets secrets);
    // "json", "csv", "har"; nothing for another word (compared without case).
    static std::optional<ExportFormat> formatFromName(QStringView name);
    static QString formatName(ExportFormat format);

    virtual hb::Status begin() = 0;
    virtual hb::Status write(const DeliveryRecord &record) = 0;
    // Closes the document and flushes the device: a full disk shows up here at the latest.
    virtual hb::Status finish() = 0;

protected:
    ExportWriter(QIODevice &out, Secrets secrets);
    // Every byte or a message naming the device's error.
    hb::Status put(const QByteArray &bytes);
    hb::Status flush();

    QIODevice &m_out;
    Secrets m_secrets;
};

} // namespace hb::services
