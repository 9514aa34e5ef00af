#include "deliveryreruns.h"

#include "common/statusicons.h"
#include "delivery/deliverysummary.h"
#include "services/deliveryservice.h"
#include "services/storeexecutor.h"

#include <QJsonObject>
#include <QMessageBox>
#include <QPushButton>
#include <QStringList>

#include <algorithm>

namespace hb::ui {
namespace {

// A selection's samples previewed in one go: more than this is not a question one reads.
constexpr int samplesNamed = 20;

QString changeLines(const services::DeliveryRecord &preview)
{
    QStringList changes;
    for (const QJsonValue &change : preview.changes)
        changes << QStringLiteral("• ") + delivery::DeliverySummary::changeText(change.toObject());
    return changes.isEmpty() ? DeliveryReruns::tr("Nothing would change.")
                             : changes.join(QLatin1Char('\n'));
}

} // namespace

DeliveryReruns::DeliveryReruns(services::StoreExecutor &executor, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_executor(executor)
    , m_dialogParent(dialogParent)
{}

bool DeliveryReruns::isRerunnable(DeliveryStatus status)
{
    return status == DeliveryStatus::Failed || status == DeliveryStatus::Skipped
           || status == DeliveryStatus::Sample;
}

// Applying a sample changes users who were never meant to be touched by a draft: the admin is
// shown who and what first (SPEC §2), computed by a re-run that is rolled back.
void DeliveryReruns::rerunOne(qint64 id, std::optional<DeliveryStatus> status)
{
    if (m_running.contains(id))
        return;
    if (status != DeliveryStatus::Sample) {
        applyOne(id);
        return;
    }
    m_running.insert(id);
    emit runningChanged();
    m_executor.read<services::DeliveryRecord>(
        this,
        [id](services::Connection &db) { return services::DeliveryService(db).previewRerun(id); },
        [this, id](Result<services::DeliveryRecord> preview) {
            m_running.remove(id);
            emit runningChanged();
            if (!preview)
                emit previewFailed(id, preview.error());
            else if (confirmSample(*preview))
                applyOne(id);
        });
}

bool DeliveryReruns::confirmSample(const services::DeliveryRecord &preview)
{
    QString text;
    if (preview.status == DeliveryStatus::Success) {
        text = tr("Apply sample %1 under the current mapping of \"%2\"?\n\nUser: %3\n%4\n\nThese "
                  "changes are real and kept in the user's history.")
                   .arg(preview.id)
                   .arg(preview.webhookName, preview.userLabel, changeLines(preview));
    } else {
        text = tr("Applying sample %1 now would end %2: %3\n\nApply it anyway (the attempt is "
                  "kept)?")
                   .arg(preview.id)
                   .arg(StatusIcons::describe(preview.status), preview.reason);
    }
    return QMessageBox::question(m_dialogParent, tr("Apply sample %1").arg(preview.id), text,
                                 QMessageBox::Apply | QMessageBox::Cancel, QMessageBox::Cancel)
           == QMessageBox::Apply;
}

// One short transaction, like the CLI's, queued behind the reads so that the list and details
// read after it are in order with it; the details are read in the same job.
void DeliveryReruns::applyOne(qint64 id)
{
    m_running.insert(id);
    emit runningChanged();
    m_executor.read<std::optional<DeliveryDetails>>(
        this,
        [id](services::Connection &db) -> Result<std::optional<DeliveryDetails>> {
            if (auto record = services::DeliveryService(db).rerun(id); !record)
                return fail(record.error());
            return DeliveryDetails::read(db, id);
        },
        [this, id](Result<std::optional<DeliveryDetails>> details) {
            m_running.remove(id);
            emit runningChanged();
            emit rerunDone(id, details);
        });
}

void DeliveryReruns::rerunMany(const QList<services::DeliveryRecord> &selected)
{
    Report report;
    QList<services::DeliveryRecord> rerunnable;
    for (const services::DeliveryRecord &record : selected) {
        if (!isRerunnable(record.status))
            report.notRerunnable << record;
        else if (!m_running.contains(record.id))
            rerunnable << record;
    }
    if (std::any_of(rerunnable.cbegin(), rerunnable.cend(),
                    [](const auto &record) { return record.status == DeliveryStatus::Sample; }))
        previewSamples(std::move(rerunnable), std::move(report));
    else
        applyMany(rerunnable, std::move(report));
}

// The samples of a selection previewed in one job, then one question for all of them: apply
// them too, re-run the others only, or nothing.
void DeliveryReruns::previewSamples(QList<services::DeliveryRecord> rerunnable, Report report)
{
    QList<qint64> samples;
    for (const services::DeliveryRecord &record : std::as_const(rerunnable)) {
        if (record.status == DeliveryStatus::Sample)
            samples << record.id;
    }
    ++m_batches;
    emit runningChanged();
    m_executor.read<QStringList>(
        this,
        [samples](services::Connection &db) -> Result<QStringList> {
            QStringList lines;
            services::DeliveryService deliveries(db);
            for (qint64 id : samples.mid(0, samplesNamed)) {
                auto preview = deliveries.previewRerun(id);
                lines << (!preview ? tr("Sample %1: %2").arg(id).arg(preview.error())
                          : preview->status == DeliveryStatus::Success
                              ? tr("Sample %1 for %2:\n%3")
                                    .arg(id)
                                    .arg(preview->userLabel, changeLines(*preview))
                              : tr("Sample %1 would end %2: %3")
                                    .arg(id)
                                    .arg(StatusIcons::describe(preview->status), preview->reason));
            }
            if (samples.size() > samplesNamed)
                lines << tr("…and %1 more samples.").arg(samples.size() - samplesNamed);
            return lines;
        },
        [this, rerunnable, report, count = samples.size()](Result<QStringList> lines) mutable {
            --m_batches;
            QMessageBox box(QMessageBox::Question, tr("Apply %n sample(s)", nullptr, int(count)),
                            tr("The selection holds samples: applying them changes users for "
                               "real.\n\n%1")
                                .arg(lines ? lines->join(QStringLiteral("\n\n")) : lines.error()),
                            QMessageBox::NoButton, m_dialogParent);
            QPushButton *all = box.addButton(tr("Apply samples too"), QMessageBox::AcceptRole);
            QPushButton *others =
                count < rerunnable.size()
                    ? box.addButton(tr("Re-run the others only"), QMessageBox::ActionRole)
                    : nullptr;
            box.addButton(QMessageBox::Cancel);
            box.exec();
            if (box.clickedButton() == others) {
                report.samplesLeftOut = int(count);
                rerunnable.removeIf(
                    [](const auto &record) { return record.status == DeliveryStatus::Sample; });
            } else if (box.clickedButton() != all) {
                report.cancelled = true;
                rerunnable.clear();
            }
            applyMany(rerunnable, std::move(report));
        });
}

void DeliveryReruns::applyMany(const QList<services::DeliveryRecord> &rerunnable, Report report)
{
    if (rerunnable.isEmpty()) {
        emit runningChanged();
        emit reportReady(report);
        return;
    }
    QList<Outcome> planned;
    for (const services::DeliveryRecord &record : rerunnable) {
        planned << Outcome{record.id, record.status, std::nullopt, {}};
        m_running.insert(record.id);
    }
    ++m_batches;
    emit runningChanged();
    m_executor.read<QList<Outcome>>(
        this,
        [planned](services::Connection &db) mutable -> Result<QList<Outcome>> {
            services::DeliveryService deliveries(db);
            for (Outcome &outcome : planned) {
                if (auto record = deliveries.rerun(outcome.id))
                    outcome.after = record->status;
                else
                    outcome.error = record.error();
            }
            return planned;
        },
        [this, planned, report](Result<QList<Outcome>> outcomes) mutable {
            --m_batches;
            for (const Outcome &outcome : std::as_const(planned))
                m_running.remove(outcome.id);
            report.outcomes = outcomes ? *outcomes : planned;
            if (!outcomes) {
                for (Outcome &outcome : report.outcomes)
                    outcome.error = outcomes.error();
            }
            emit runningChanged();
            emit reportReady(report);
        });
}

QString DeliveryReruns::describe(const Report &report)
{
    QStringList parts;
    if (report.cancelled) {
        parts << tr("Nothing was re-run.");
    } else if (!report.outcomes.isEmpty()) {
        int success = 0, failed = 0, skipped = 0;
        QStringList errors;
        for (const Outcome &outcome : report.outcomes) {
            if (!outcome.after)
                errors << tr("delivery %1: %2").arg(outcome.id).arg(outcome.error);
            else if (*outcome.after == DeliveryStatus::Success)
                ++success;
            else if (*outcome.after == DeliveryStatus::Skipped)
                ++skipped;
            else
                ++failed;
        }
        QStringList ends;
        if (success > 0)
            ends << tr("%1 succeeded").arg(success);
        if (failed > 0)
            ends << tr("%1 failed again").arg(failed);
        if (skipped > 0)
            ends << tr("%1 skipped").arg(skipped);
        if (!errors.isEmpty())
            ends << tr("%1 could not be re-run (%2)")
                        .arg(errors.size())
                        .arg(errors.join(QStringLiteral("; ")));
        parts << (report.outcomes.size() == 1
                      ? tr("Re-ran 1 delivery: %1.")
                      : tr("Re-ran %1 deliveries: %2.").arg(report.outcomes.size()))
                     .arg(ends.join(QStringLiteral(", ")));
    }
    if (report.samplesLeftOut > 0)
        parts << tr("%n sample(s) left as they were.", nullptr, report.samplesLeftOut);
    if (!report.notRerunnable.isEmpty()) {
        QStringList named;
        for (const services::DeliveryRecord &record : report.notRerunnable.mid(0, 10))
            named << tr("%1 (%2)").arg(record.id).arg(StatusIcons::describe(record.status));
        if (report.notRerunnable.size() > 10)
            named << tr("%1 more").arg(report.notRerunnable.size() - 10);
        parts << tr("Not re-runnable (only Failed, Skipped and Sample deliveries are): %1.")
                     .arg(named.join(QStringLiteral(", ")));
    }
    return parts.join(QLatin1Char(' '));
}

} // namespace hb::ui
