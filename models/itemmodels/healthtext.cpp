#include "itemmodels/healthtext.h"

namespace lifeboat::itemmodels {

using namespace lifeboat::domain;

QString HealthText::duration(const RoundedDuration &d)
{
    const int n = int(d.value);
    switch (d.unit) {
    case DurationUnit::Seconds: return tr("%n second(s)", "duration", n);
    case DurationUnit::Minutes: return tr("%n minute(s)", "duration", n);
    case DurationUnit::Hours: return tr("%n hour(s)", "duration", n);
    case DurationUnit::Days: return tr("%n day(s)", "duration", n);
    case DurationUnit::Months: return tr("%n month(s)", "duration", n);
    }
    return QString();
}

QString HealthText::state(HealthState s)
{
    switch (s) {
    case HealthState::Unknown: return tr("Unknown");
    case HealthState::Ok: return tr("OK");
    case HealthState::Warning: return tr("Warning");
    case HealthState::Critical: return tr("Critical");
    case HealthState::Unprotected: return tr("Unprotected");
    }
    return QString();
}

QString HealthText::finding(const HealthFinding &f)
{
    switch (f.reason) {
    case HealthReason::NeverSynced: return tr("Not synced yet: nothing is known about its backups.");
    case HealthReason::FreeTier: return tr("Free clusters (M0) have no cloud backup.");
    case HealthReason::BackupOff: return tr("Cloud Backup is turned off: no new snapshots are taken.");
    case HealthReason::NoCompletedSnapshot: return tr("No completed snapshot: there is nothing to restore from yet.");
    case HealthReason::LatestFailed: return tr("The newest snapshot failed.");
    case HealthReason::LatestFallback:
        return tr("The newest good snapshot is a fallback snapshot: it may be inconsistent.");
    case HealthReason::Late:
        return tr("Late: the last good snapshot is %1 old; the schedule promises one every %2.")
            .arg(duration(f.ageSeconds), duration(f.promisedSeconds));
    case HealthReason::LastRestoreFailed: return tr("The last restore failed.");
    case HealthReason::LastExportFailed: return tr("The last export failed.");
    }
    return QString();
}

QString HealthText::summary(const BackupHealth &h)
{
    return h.findings.isEmpty() ? tr("On schedule.") : finding(h.findings.first());
}

}  // namespace lifeboat::itemmodels
