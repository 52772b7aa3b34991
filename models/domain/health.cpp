#include "domain/health.h"

#include <algorithm>

namespace lifeboat::domain {

bool BackupHealth::has(HealthReason r) const
{
    return std::any_of(findings.cbegin(), findings.cend(), [r](const HealthFinding &f) { return f.reason == r; });
}

qint64 promisedIntervalSeconds(const QList<PolicyItem> &items)
{
    qint64 best = 0;
    for (const PolicyItem &item : items) {
        qint64 every = 0;
        switch (item.frequency) {
        case Frequency::Hourly: every = 3600LL * qMax(1, item.interval); break;
        case Frequency::Daily: every = 86400; break;
        case Frequency::Weekly: every = 7 * 86400; break;
        case Frequency::Monthly: every = 31 * 86400; break;
        case Frequency::Yearly: every = 366 * 86400; break;
        case Frequency::OnDemand:
        case Frequency::Unknown: break;
        }
        if (every > 0 && (best == 0 || every < best)) best = every;
    }
    return best;
}

int healthRank(HealthState s)
{
    switch (s) {
    case HealthState::Unknown: return 0;
    case HealthState::Ok: return 1;
    case HealthState::Warning: return 2;
    case HealthState::Critical: return 3;
    case HealthState::Unprotected: return 4;
    }
    return 0;
}

namespace {
bool unfinished(SnapshotStatus s)
{
    return s == SnapshotStatus::Queued || s == SnapshotStatus::InProgress;
}
}  // namespace

BackupHealth backupHealth(const HealthFacts &f, const QDateTime &now)
{
    BackupHealth h;
    auto raise = [&h](HealthFinding finding) { h.findings.append(finding); };

    if (f.kind == ClusterKind::FreeTier)
        raise({HealthReason::FreeTier, HealthState::Unprotected, {}});
    else if (!f.backupEnabled)
        raise({HealthReason::BackupOff, HealthState::Unprotected, {}});

    if (f.synced && f.kind != ClusterKind::FreeTier) {
        if (!f.lastGood.isValid()) {
            if (f.backupEnabled) raise({HealthReason::NoCompletedSnapshot, HealthState::Critical, {}});
        } else {
            if (f.lastGoodIsFallback) raise({HealthReason::LatestFallback, HealthState::Warning, f.lastGood});
            const qint64 promised = f.kind == ClusterKind::Flex ? kFlexIntervalSeconds : f.promisedSeconds;
            const qint64 age = f.lastGood.secsTo(now);
            // A run that started on time and is still going counts: the promise is being kept.
            const bool running = unfinished(f.latestStatus) && f.latestAt.isValid() &&
                                 f.latestAt.secsTo(now) <= promised + kLateGraceSeconds;
            if (f.backupEnabled && promised > 0 && !running && age > promised + kLateGraceSeconds) {
                const bool critical = age > kCriticalMissedRuns * promised + kLateGraceSeconds;
                raise({HealthReason::Late, critical ? HealthState::Critical : HealthState::Warning, f.lastGood, age,
                       promised});
            }
        }
        if (f.latestStatus == SnapshotStatus::Failed && f.latestAt.isValid())
            raise({HealthReason::LatestFailed, HealthState::Warning, f.latestAt});
    }
    if (f.lastRestoreFailed) raise({HealthReason::LastRestoreFailed, HealthState::Warning, f.lastRestoreAt});
    if (f.lastExportFailed) raise({HealthReason::LastExportFailed, HealthState::Warning, {}});

    if (!f.synced && f.kind != ClusterKind::FreeTier && f.backupEnabled) {
        // Nothing to judge by: say so, unless something above is known anyway.
        if (h.findings.isEmpty()) raise({HealthReason::NeverSynced, HealthState::Unknown, {}});
    }
    std::stable_sort(h.findings.begin(), h.findings.end(), [](const HealthFinding &a, const HealthFinding &b) {
        return healthRank(a.raises) > healthRank(b.raises);
    });
    h.state = h.findings.isEmpty() ? HealthState::Ok : h.findings.first().raises;
    return h;
}

namespace {
void applyRestores(HealthFacts &f, const QList<RestoreJob> &jobs)
{
    const RestoreJob *last = nullptr;
    for (const RestoreJob &j : jobs)
        if (!last || j.timestamp > last->timestamp) last = &j;
    if (last) {
        f.lastRestoreFailed = last->failed;
        f.lastRestoreAt = last->timestamp;
    }
}
// A Flex restore reports one status word; the newest scheduled one is the last restore.
void applyRestores(HealthFacts &f, const QList<FlexRestoreJob> &jobs)
{
    const FlexRestoreJob *last = nullptr;
    for (const FlexRestoreJob &j : jobs)
        if (!last || j.restoreScheduledDate > last->restoreScheduledDate) last = &j;
    if (last) {
        f.lastRestoreFailed = last->status.value == FlexJobStatus::Failed;
        f.lastRestoreAt = last->restoreScheduledDate;
    }
}
}  // namespace

HealthFacts healthFacts(const Cluster &cluster, const QList<Snapshot> &snapshots,
                        const std::optional<BackupSchedule> &schedule, const QList<RestoreJob> &restoreJobs,
                        bool synced)
{
    HealthFacts f;
    f.kind = cluster.isFreeTier() ? ClusterKind::FreeTier : ClusterKind::Dedicated;
    f.synced = synced;
    f.backupEnabled = cluster.backupEnabled;
    for (const Snapshot &s : snapshots) {
        if (s.status.value == SnapshotStatus::Completed && (!f.lastGood.isValid() || s.createdAt > f.lastGood)) {
            f.lastGood = s.createdAt;
            f.lastGoodIsFallback = s.snapshotType.value == SnapshotType::Fallback;
        }
        if (!f.latestAt.isValid() || s.createdAt > f.latestAt) {
            f.latestAt = s.createdAt;
            f.latestStatus = s.status.value;
        }
    }
    if (schedule) f.promisedSeconds = promisedIntervalSeconds(schedule->allItems());
    applyRestores(f, restoreJobs);
    return f;
}

SnapshotStatus snapshotStatusOf(FlexJobStatus s)
{
    switch (s) {
    case FlexJobStatus::Completed: return SnapshotStatus::Completed;
    case FlexJobStatus::Failed: return SnapshotStatus::Failed;
    case FlexJobStatus::Pending:
    case FlexJobStatus::Queued: return SnapshotStatus::Queued;
    case FlexJobStatus::Running: return SnapshotStatus::InProgress;
    case FlexJobStatus::Unknown: break;
    }
    return SnapshotStatus::Unknown;
}

HealthFacts healthFacts(const FlexCluster &cluster, const QList<FlexSnapshot> &snapshots,
                        const QList<FlexRestoreJob> &restoreJobs, bool synced)
{
    HealthFacts f;
    f.kind = ClusterKind::Flex;
    f.synced = synced;
    f.backupEnabled = cluster.backupEnabled;
    f.promisedSeconds = kFlexIntervalSeconds;
    for (const FlexSnapshot &s : snapshots) {
        const QDateTime at = s.finishTime.isValid()  ? s.finishTime
                             : s.startTime.isValid() ? s.startTime
                                                     : s.scheduledTime;
        const QDateTime started = s.startTime.isValid() ? s.startTime : s.scheduledTime;
        if (s.status.value == FlexJobStatus::Completed && (!f.lastGood.isValid() || at > f.lastGood)) f.lastGood = at;
        if (!f.latestAt.isValid() || started > f.latestAt) {
            f.latestAt = started;
            f.latestStatus = snapshotStatusOf(s.status.value);
        }
    }
    applyRestores(f, restoreJobs);
    return f;
}

}  // namespace lifeboat::domain
