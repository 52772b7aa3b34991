#include "jobs/policyjobs.h"

#include "atlas/mapping.h"
#include "cache/cache.h"

#include <spdlog/spdlog.h>

#include <QSet>

namespace lifeboat::jobs {

using namespace lifeboat::atlas;
using namespace lifeboat::domain;

QJsonObject scheduleBody(const BackupSchedule &schedule)
{
    QJsonObject o = mapping::toJson(ScheduleUpdate{schedule, false, {}});
    o.remove(QLatin1String("updateSnapshots"));  // writeOnly: not part of what Atlas shows
    o.insert(QLatin1String("clusterName"), schedule.clusterName);
    if (!schedule.clusterId.isEmpty()) o.insert(QLatin1String("clusterId"), schedule.clusterId);
    if (schedule.nextSnapshot.isValid())
        o.insert(QLatin1String("nextSnapshot"), schedule.nextSnapshot.toUTC().toString(Qt::ISODate));
    return o;
}

std::optional<PolicyChange> policyChangeFromBody(const QJsonObject &body, QString *why)
{
    const QJsonValue policies = body.value(QLatin1String("policies"));
    if (!policies.isArray() || policies.toArray().isEmpty() ||
        !policies.toArray().first().toObject().value(QLatin1String("policyItems")).isArray()) {
        if (why)
            *why = QStringLiteral("the file has no \"policies\": [{\"policyItems\": [...]}] (the schedule as "
                                  "`policy show -o json` prints it)");
        return std::nullopt;
    }
    for (const QJsonValue &pv : policies.toArray())
        for (const QJsonValue &iv : pv.toObject().value(QLatin1String("policyItems")).toArray()) {
            const QJsonObject i = iv.toObject();
            for (const char *field : {"frequencyType", "frequencyInterval", "retentionUnit", "retentionValue"})
                if (!i.contains(QLatin1String(field))) {
                    if (why) *why = QStringLiteral("a policy item has no \"%1\"").arg(QLatin1String(field));
                    return std::nullopt;
                }
        }
    PolicyChange c;
    c.after = mapping::schedule(body, QString());
    // Left out: stays as it is (Atlas keeps fields a PATCH does not name); the job fills them.
    c.updateSnapshots = body.value(QLatin1String("updateSnapshots")).toBool();
    for (const QJsonValue &v : body.value(QLatin1String("deleteCopiedBackups")).toArray()) {
        const QJsonObject d = v.toObject();
        c.deleteCopiedBackups.append({d.value(QLatin1String("cloudProvider")).toString(),
                                      d.value(QLatin1String("regionName")).toString(),
                                      d.value(QLatin1String("zoneId")).toString(),
                                      {},
                                      false});
    }
    return c;
}

domain::BackupSchedule withNewItemIds(BackupSchedule asked, const BackupSchedule &got)
{
    QSet<QString> claimed;
    for (const PolicyItem &i : asked.allItems()) claimed.insert(i.id);
    const QList<PolicyItem> gotItems = got.allItems();
    for (SchedulePolicy &p : asked.policies)
        for (PolicyItem &i : p.policyItems) {
            if (!i.id.isEmpty()) continue;
            for (const PolicyItem &g : gotItems) {
                if (claimed.contains(g.id) || g.frequency != i.frequency || g.interval != i.interval ||
                    g.unit != i.unit || g.value != i.value)
                    continue;
                i.id = g.id;
                claimed.insert(g.id);
                break;
            }
        }
    return asked;
}

// ---------------------------------------------------------------- ReadPolicyJob

ReadPolicyJob::ReadPolicyJob(JobId id, QString groupId, QString clusterName, const JobContext &context, QObject *parent)
    : Job(id, JobKind::ReadPolicy, QStringLiteral("cluster/%1/%2/readPolicy").arg(groupId, clusterName), context,
          parent),
      m_groupId(std::move(groupId)), m_clusterName(std::move(clusterName))
{}

QString ReadPolicyJob::title() const
{
    return tr("Read the backup policy of %1").arg(m_clusterName);
}

void ReadPolicyJob::run()
{
    request<BackupSchedule>(
        [this](auto cb) { return m_ctx.client.getSchedule(m_groupId, m_clusterName, cb); },
        [this](Result<BackupSchedule> r) {
            if (!r.ok()) return finish(JobError::fromApi(r.error));
            BackupSchedule s = r.value;
            s.groupId = m_groupId;
            if (!m_ctx.cache.upsertSchedule(m_groupId, m_clusterName, s, QDateTime::currentDateTimeUtc()))
                spdlog::warn("job {}: the schedule could not be cached: {}", id(),
                             m_ctx.cache.lastError().toStdString());
            else
                noteChanged(CacheScope::cluster(m_groupId, m_clusterName));
            finish({}, QVariant::fromValue(s));
        });
}

// ---------------------------------------------------------------- ApplyPolicyJob

ApplyPolicyJob::ApplyPolicyJob(JobId id, QString groupId, QString clusterName, PolicyChange change, bool validateOnly,
                               const JobContext &context, QObject *parent)
    : MutationJob(id, validateOnly ? JobKind::ValidatePolicy : JobKind::ApplyPolicy,
                  targetKeyFor(groupId, clusterName, validateOnly), context, parent),
      m_groupId(std::move(groupId)), m_clusterName(std::move(clusterName)), m_change(std::move(change)),
      m_validateOnly(validateOnly)
{}

QString ApplyPolicyJob::targetKeyFor(const QString &groupId, const QString &clusterName, bool validateOnly)
{
    return QStringLiteral("cluster/%1/%2/%3")
        .arg(groupId, clusterName, validateOnly ? QStringLiteral("validatePolicy") : QStringLiteral("policy"));
}

QString ApplyPolicyJob::title() const
{
    return m_validateOnly ? tr("Check the backup policy of %1").arg(m_clusterName)
                          : tr("Apply the backup policy of %1").arg(m_clusterName);
}

QString ApplyPolicyJob::requestKey() const
{
    QStringList parts;
    const BackupSchedule &a = m_change.after;
    parts << QString::number(a.referenceHourOfDay) << QString::number(a.referenceMinuteOfHour)
          << QString::number(a.restoreWindowDays) << QString::number(m_change.updateSnapshots);
    for (const PolicyItem &i : a.allItems()) parts << i.id + u':' + itemText(i);
    for (const CopySetting &c : a.copySettings) parts << c.regionName + c.frequencies.join(u',');
    parts << QString::number(a.autoExportEnabled) + a.exportPolicy.exportBucketId + a.exportPolicy.frequencyType;
    return MutationJob::requestKey() + u'|' + parts.join(u'|');
}

void ApplyPolicyJob::validate()
{
    struct Facts {
        int waiting = 4;
        std::optional<ApiError> error;
    };
    auto st = std::make_shared<Facts>();
    auto done = [this, st] {
        if (--st->waiting > 0) return;
        if (st->error) return finish(JobError::fromApi(*st->error));
        factsRead();
    };
    request<Cluster>([this](auto cb) { return m_ctx.client.getCluster(m_groupId, m_clusterName, cb); },
                     [this, st, done](Result<Cluster> r) {
                         if (r.ok())
                             m_cluster = r.value;
                         else
                             st->error = r.error;
                         done();
                     });
    request<BackupSchedule>([this](auto cb) { return m_ctx.client.getSchedule(m_groupId, m_clusterName, cb); },
                            [this, st, done](Result<BackupSchedule> r) {
                                if (r.ok())
                                    m_validation.facts.before = r.value;
                                else if (!st->error)
                                    st->error = r.error;
                                done();
                            });
    request<std::optional<CompliancePolicy>>(
        [this](auto cb) { return m_ctx.client.getCompliancePolicy(m_groupId, cb); },
        [this, st, done](Result<std::optional<CompliancePolicy>> r) {
            if (r.ok())
                m_validation.facts.compliance = r.value;
            else if (r.error.kind != ErrorKind::Forbidden && !st->error)
                st->error = r.error;
            done();
        });
    // The buckets only sharpen one rule (auto export's bucket): when they cannot be read they
    // stay unknown and Atlas has the last word on the bucket.
    request<QList<ExportBucket>>([this](auto cb) { return m_ctx.client.listExportBuckets(m_groupId, cb); },
                                 [this, done](Result<QList<ExportBucket>> r) {
                                     if (r.ok())
                                         m_validation.facts.exportBuckets = r.value;
                                     else
                                         spdlog::warn("job {}: the project's export buckets could not be read: {}",
                                                      id(), r.error.message.toStdString());
                                     done();
                                 });
}

void ApplyPolicyJob::factsRead()
{
    request<QList<Snapshot>>([this](auto cb) { return m_ctx.client.listSnapshotsFor(m_cluster, cb); },
                             [this](Result<QList<Snapshot>> r) {
                                 if (!r.ok()) return finish(JobError::fromApi(r.error));
                                 PolicyFacts &f = m_validation.facts;
                                 f.now = m_ctx.client.serverNow();
                                 f.pitEnabled = m_cluster.pitEnabled;
                                 f.zoneIds = m_cluster.zoneIds;
                                 f.snapshots = r.value;
                                 m_change.after = withPolicyId(m_change.after, f.before);
                                 m_change.after.groupId = m_groupId;
                                 m_change.after.clusterName = m_clusterName;
                                 m_validation.change = m_change;
                                 m_validation.findings = checkPolicyChange(m_change, f);
                                 m_validation.allowed = !isRefused(m_validation.findings);
                                 m_validation.impact = policyImpact(m_change, f);
                                 m_validation.diff = policyDiff(f.before, m_change.after);
                                 if (m_validateOnly) return finish({}, QVariant::fromValue(m_validation));
                                 if (!m_validation.allowed)
                                     return finish(JobError::validation(refusalReasons(m_validation.findings)),
                                                   QVariant::fromValue(m_validation));
                                 validated({});
                             });
}

void ApplyPolicyJob::send()
{
    if (!markSent()) return;
    ScheduleUpdate update{m_change.after, m_change.updateSnapshots, m_change.deleteCopiedBackups};
    request<BackupSchedule>(
        [this, update](auto cb) { return m_ctx.client.updateSchedule(m_groupId, m_clusterName, update, cb); },
        [this](Result<BackupSchedule> r) {
            if (!r.ok()) return sendFailed(r.error);
            readBack(r.value, false);
        });
}

void ApplyPolicyJob::reconcile(const ApiError &lost)
{
    request<BackupSchedule>(
        [this](auto cb) { return m_ctx.client.getSchedule(m_groupId, m_clusterName, cb); },
        [this, lost](Result<BackupSchedule> r) {
            ApiError e = lost;
            if (!r.ok()) {
                e.message = tr("The answer to the policy change was lost (%1) and the schedule could not be read "
                               "again (%2), so it is not known whether Atlas applied it. Nothing was sent twice; "
                               "check the Backup Policy tab after the next sync.")
                                .arg(lost.message, r.error.message);
                return finish(JobError::fromApi(e));
            }
            const BackupSchedule asked = withNewItemIds(m_change.after, r.value);
            if (policyDiff(asked, r.value).isEmpty()) return readBack(r.value, true);
            if (policyDiff(m_validation.facts.before, r.value).isEmpty()) {
                e.message = tr("The answer to the policy change was lost (%1); the schedule read again is unchanged, "
                               "so Atlas did not apply it. Nothing was sent twice; apply it again.")
                                .arg(lost.message);
                return finish(JobError::fromApi(e));
            }
            e.message = tr("The answer to the policy change was lost (%1); the schedule read again is neither the "
                           "old one nor the one asked for. Nothing was sent twice; review the Backup Policy tab.")
                            .arg(lost.message);
            finish(JobError::fromApi(e));
        });
}

void ApplyPolicyJob::readBack(const BackupSchedule &answered, bool confirmedByReread)
{
    // The answer to a PATCH is the schedule; the snapshots show what updateSnapshots did.
    request<QList<Snapshot>>(
        [this](auto cb) { return m_ctx.client.listSnapshotsFor(m_cluster, cb); },
        [this, answered, confirmedByReread](Result<QList<Snapshot>> r) {
            PolicyOutcome out;
            out.validation = m_validation;
            out.after = answered;
            out.after.groupId = m_groupId;
            out.confirmedByReread = confirmedByReread;
            out.differences = policyDiff(withNewItemIds(m_change.after, answered), answered);
            const QDateTime syncedAt = QDateTime::currentDateTimeUtc();
            bool cached = m_ctx.cache.upsertSchedule(m_groupId, m_clusterName, out.after, syncedAt);
            if (r.ok()) {
                QHash<QString, Snapshot> now;
                for (const Snapshot &s : r.value) now.insert(s.id, s);
                QSet<QString> expected;
                for (const MovedExpiry &m : m_validation.impact.moved) {
                    expected.insert(m.snapshotId);
                    const auto it = now.constFind(m.snapshotId);
                    ExpiryCheck c{m.snapshotId, m.after, it == now.cend() ? QDateTime() : it->expiresAt};
                    // The slot or createdAt (a scheduled snapshot starts up to a minute or two late).
                    if (c.actual.isValid() && qAbs(c.actual.secsTo(c.expected)) <= 120) ++out.expiriesAsExpected;
                    out.expiries.append(c);
                }
                for (const Snapshot &b : m_validation.facts.snapshots) {
                    const auto it = now.constFind(b.id);
                    if (it != now.cend() && !expected.contains(b.id) && it->expiresAt != b.expiresAt)
                        out.expiriesMovedUnasked.append(b.id);
                }
                cached = cached && m_ctx.cache.replaceSnapshots(m_groupId, m_clusterName, r.value, syncedAt);
            } else {
                spdlog::warn("job {}: the snapshots could not be read again after the policy change: {}", id(),
                             r.error.message.toStdString());
            }
            if (!cached) {
                JobError e = cacheError(tr("the new backup policy"));
                e.message += u' ' + tr("Atlas applied the change; the next sync shows it.");
                return finish(e, QVariant::fromValue(out));
            }
            succeeded(QVariant::fromValue(out), CacheScope::cluster(m_groupId, m_clusterName));
        });
}

// ---------------------------------------------------------------- SnapshotChangeJob

SnapshotChangeJob::SnapshotChangeJob(JobId id, SnapshotChange change, const JobContext &context, QObject *parent)
    : MutationJob(id, change.kind == SnapshotChange::Kind::Delete ? JobKind::DeleteSnapshot : JobKind::ExpireSnapshot,
                  targetKeyFor(change), context, parent),
      m_change(std::move(change))
{}

QString SnapshotChangeJob::targetKeyFor(const SnapshotChange &c)
{
    return QStringLiteral("snapshot/%1/%2/%3").arg(c.groupId, c.clusterName, c.snapshotId);
}

QString SnapshotChangeJob::title() const
{
    return m_change.kind == SnapshotChange::Kind::Delete
               ? tr("Delete snapshot %1").arg(m_change.snapshotId)
               : tr("Change the expiry of snapshot %1").arg(m_change.snapshotId);
}

QString SnapshotChangeJob::requestKey() const
{
    return MutationJob::requestKey() + QStringLiteral("|%1|%2|%3")
                                           .arg(int(m_change.kind))
                                           .arg(retentionUnitName(m_change.unit))
                                           .arg(m_change.value);
}

void SnapshotChangeJob::validate()
{
    auto compliance = std::make_shared<std::optional<CompliancePolicy>>();
    request<std::optional<CompliancePolicy>>(
        [this](auto cb) { return m_ctx.client.getCompliancePolicy(m_change.groupId, cb); },
        [this, compliance](Result<std::optional<CompliancePolicy>> r) {
            if (!r.ok() && r.error.kind != ErrorKind::Forbidden) return finish(JobError::fromApi(r.error));
            *compliance = r.value;
            request<Cluster>(
                [this](auto cb) { return m_ctx.client.getCluster(m_change.groupId, m_change.clusterName, cb); },
                [this, compliance](Result<Cluster> c) {
                    if (!c.ok()) return finish(JobError::fromApi(c.error));
                    m_cluster = c.value;
                    request<QList<Snapshot>>(
                        [this](auto cb) { return m_ctx.client.listSnapshotsFor(m_cluster, cb); },
                        [this, compliance](Result<QList<Snapshot>> l) {
                            if (!l.ok()) return finish(JobError::fromApi(l.error));
                            const auto it = std::find_if(l.value.cbegin(), l.value.cend(), [this](const Snapshot &s) {
                                return s.id == m_change.snapshotId;
                            });
                            if (it == l.value.cend()) {
                                ApiError e;
                                e.kind = ErrorKind::NotFound;
                                e.message =
                                    tr("Cluster %1 has no snapshot %2.").arg(m_change.clusterName, m_change.snapshotId);
                                return finish(JobError::fromApi(e));
                            }
                            m_snapshot = *it;
                            const QDateTime now = m_ctx.client.serverNow();
                            m_findings = m_change.kind == SnapshotChange::Kind::Delete
                                             ? checkSnapshotDelete(m_snapshot, now, *compliance, std::nullopt)
                                             : checkSnapshotRetention(m_snapshot, m_change.unit, m_change.value, now,
                                                                      *compliance, std::nullopt);
                            validated(refusalReasons(m_findings));
                        });
                });
        });
}

void SnapshotChangeJob::send()
{
    if (!markSent()) return;
    const SnapshotChange c = m_change;
    if (c.kind == SnapshotChange::Kind::Delete) {
        request<bool>(
            [this, c](auto cb) {
                return m_ctx.client.deleteSnapshot(c.groupId, c.clusterName, c.snapshotId,
                                                   m_cluster.isSharded() || m_snapshot.isShardedCluster(), cb);
            },
            [this](Result<bool> r) {
                if (!r.ok()) return sendFailed(r.error);
                done(std::nullopt, false);
            });
        return;
    }
    request<Snapshot>(
        [this, c](auto cb) {
            return m_ctx.client.updateSnapshotRetention(c.groupId, c.clusterName, c.snapshotId, c.unit, c.value, cb);
        },
        [this](Result<Snapshot> r) {
            if (!r.ok()) return sendFailed(r.error);
            done(r.value, false);
        });
}

void SnapshotChangeJob::reconcile(const ApiError &lost)
{
    request<QList<Snapshot>>(
        [this](auto cb) { return m_ctx.client.listSnapshotsFor(m_cluster, cb); },
        [this, lost](Result<QList<Snapshot>> r) {
            ApiError e = lost;
            if (!r.ok()) {
                e.message = tr("The answer was lost (%1) and the snapshots could not be read again (%2), so it is not "
                               "known whether Atlas made the change. Nothing was sent twice.")
                                .arg(lost.message, r.error.message);
                return finish(JobError::fromApi(e));
            }
            const auto it = std::find_if(r.value.cbegin(), r.value.cend(),
                                         [this](const Snapshot &s) { return s.id == m_change.snapshotId; });
            if (m_change.kind == SnapshotChange::Kind::Delete) {
                if (it == r.value.cend()) return done(std::nullopt, true);
            } else if (it != r.value.cend() &&
                       qAbs(it->expiresAt.secsTo(retentionExpiry(m_snapshot, m_change.unit, m_change.value))) <= 60) {
                return done(*it, true);
            }
            e.message = tr("The answer was lost (%1); the snapshots read again show that Atlas did not make the "
                           "change. Nothing was sent twice; try again.")
                            .arg(lost.message);
            finish(JobError::fromApi(e));
        });
}

void SnapshotChangeJob::done(const std::optional<Snapshot> &after, bool confirmedByReread)
{
    SnapshotChangeOutcome out{m_change, m_findings, after, confirmedByReread};
    const SnapshotChange &c = m_change;
    bool ok = true;
    if (c.kind == SnapshotChange::Kind::Delete)
        ok = m_ctx.cache.removeSnapshot(c.groupId, c.clusterName, c.snapshotId);
    else if (after) {
        Snapshot s = *after;
        s.groupId = c.groupId;
        s.clusterName = c.clusterName;
        ok = m_ctx.cache.upsertSnapshot(c.groupId, c.clusterName, s, QDateTime::currentDateTimeUtc());
    }
    if (!ok) {
        JobError e = cacheError(tr("the snapshot"));
        e.message += u' ' + tr("Atlas made the change; the next sync shows it.");
        return finish(e, QVariant::fromValue(out));
    }
    succeeded(QVariant::fromValue(out), CacheScope::snapshots(c.groupId, c.clusterName));
}

}  // namespace lifeboat::jobs
