#pragma once

#include "exportwriter.h"

#include <QJsonObject>

namespace hb::services {

// HAR 1.2 (http://www.softwareishard.com/blog/har-12-spec/), written as it is read:
// {"log": {"version": "1.2", "creator", "entries": [...]}}, one entry per delivery, newest first.
//
// Each entry's request is the request as the catcher received it: method, the full URL (the
// scheme of the webhook URL the CLI shows, the Host header, the target), headers in their order
// and repeats, the query string, the body as text, or base64 with "encoding": "base64" when it
// is not UTF-8. Its response is RECONSTRUCTED, not recorded: the catcher does not store its
// answers, but SPEC §3 fixes the one every stored delivery got (202 Accepted, a JSON body
// {"delivery_id": id, "status": "pending"} or "sample" for a draft's, Content-Type,
// Content-Length, Connection), so the entry gives that answer byte for byte and says so in its
// comment. Nor is the time it took stored: `time` and the timings are 0.
class HarExportWriter : public ExportWriter {
public:
    HarExportWriter(QIODevice &out, Secrets secrets);

    hb::Status begin() override;
    hb::Status write(const DeliveryRecord &record) override;
    hb::Status finish() override;

    // One entry of log.entries. `origin` is the scheme and host the URL starts with when the
    // request carried no Host header; empty: the webhook URLs' ("http://127.0.0.1:8080").
    static QJsonObject entry(const DeliveryRecord &record, Secrets secrets,
                             const QString &origin = {});
    // The scheme and address of the webhook URLs the CLI shows (WebhookUrl).
    static QString defaultOrigin();

private:
    bool m_first = true;
    QString m_origin; // defaultOrigin(), read once: it parses a URL and the environment
};

} // namespace hb::services
