#include "jobs/restorejobs.h"

#include "cache/cache.h"
#include "jobs/cachereader.h"

#include <QCryptographicHash>
#include <QTimer>
#include <spdlog/spdlog.h>

namespace lifeboat::jobs {

using namespace lifeboat::atlas;
using namespace lifeboat::domain;

// --- values ---

QString restoreRefKindName(RestoreRef::Kind kind)
{
    switch (kind) {
    case RestoreRef::Kind::Dedicated: return QStringLiteral("dedicated");
    case RestoreRef::Kind::Collection: return QStringLiteral("collection");
    case RestoreRef::Kind::Flex: return QStringLiteral("flex");
    }
    return {};
}

QString RestoreRef::key() const
{
    return QStringLiteral("%1/%2/%3/%4").arg(restoreRefKindName(kind), groupId, clusterName, jobId);
}

QString cancelUnsupportedReason(RestoreRef::Kind kind)
{
    // The contract has no cancel for collection restore jobs nor for Flex restores.
    switch (kind) {
    case RestoreRef::Kind::Dedicated: return {};
    case RestoreRef::Kind::Collection:
        return CancelRestoreJob::tr("Atlas offers no way to cancel a collection restore; it runs to its end.");
    case RestoreRef::Kind::Flex:
        return CancelRestoreJob::tr("Atlas offers no way to cancel a Flex restore; it runs to its end.");
    }
    return {};
}

RestoreRef::Kind restoreRefKindOf(const RestorePlan &plan)
{
    if (plan.sourceIsFlex) return RestoreRef::Kind::Flex;
    if (plan.kind == RestoreKind::Collections) return RestoreRef::Kind::Collection;
    return RestoreRef::Kind::Dedicated;
}

namespace {

bool passing(const ApiError &e)
{
    return e.kind == ErrorKind::Network || e.kind == ErrorKind::Server || e.kind == ErrorKind::RateLimited ||
           e.kind == ErrorKind::InvalidResponse;
}

DeliveryType deliveryOf(RestoreKind kind)
{
    switch (kind) {
    case RestoreKind::PointInTime: return DeliveryType::PointInTime;
    case RestoreKind::Download: return DeliveryType::Download;
    default: return DeliveryType::Automated;
    }
}

QList<RestoreNamespace> namespacesOf(const QList<NamespaceMapping> &list)
{
    QList<RestoreNamespace> out;
    for (const NamespaceMapping &m : list) out.append({m.source, m.target});
    return out;
}

QString stateWords(RestoreState s);  // plain words: Atlas's raw status ("PENDING") is not for the screen

RestoreProgress progressOf(const RestoreRef &ref, const RestoreJobAnswer &a, const QDateTime &now)
{
    RestoreJob job = a.job;
    job.deliveryUrlCount = int(a.links.urls.size() + a.links.privateUrls.size());
    RestoreProgress p;
    p.ref = ref;
    p.state = restoreState(job, now);
    p.targetGroupId = job.targetGroupId;
    p.targetClusterName = job.targetClusterName;
    p.finishedAt = job.finishedAt;
    p.downloadUrls = a.links.urls + a.links.privateUrls;
    p.percent = isEnded(p.state) ? 100 : -1;
    p.step = stateWords(p.state);
    return p;
}

RestoreProgress progressOf(const RestoreRef &ref, const CollectionRestoreJob &job)
{
    RestoreProgress p;
    p.ref = ref;
    p.state = restoreState(job);
    p.targetGroupId = job.targetGroupId;
    p.targetClusterName = job.targetClusterName;
    p.finishedAt = job.finishedAt;
    p.errorMessage = job.errorMessage;
    if (isEnded(p.state))
        p.percent = 100;
    else if (job.totalDocuments > 0)
        p.percent = int(std::clamp<qint64>(job.restoredDocuments * 100 / job.totalDocuments, 0, 99));
    p.step = stateWords(p.state);
    return p;
}

RestoreProgress progressOf(const RestoreRef &ref, const FlexRestoreAnswer &a)
{
    RestoreProgress p;
    p.ref = ref;
    p.state = restoreState(a.job);
    p.targetGroupId = a.job.targetProjectId;
    p.targetClusterName = a.job.targetDeploymentItemName;
    p.finishedAt = a.job.restoreFinishedDate;
    if (!a.snapshotUrl.isEmpty()) p.downloadUrls = {a.snapshotUrl};
    p.percent = isEnded(p.state) ? 100 : -1;
    p.step = stateWords(p.state);
    return p;
}

QString stateWords(RestoreState s)
{
    switch (s) {
    case RestoreState::Queued: return RestoreStartJob::tr("Queued");
    case RestoreState::Running: return RestoreStartJob::tr("Restoring");
    case RestoreState::Finished: return RestoreStartJob::tr("Finished");
    case RestoreState::Failed: return RestoreStartJob::tr("Failed");
    case RestoreState::Cancelled: return RestoreStartJob::tr("Cancelled");
    case RestoreState::Expired: return RestoreStartJob::tr("Expired");
    case RestoreState::DownloadReady: return RestoreStartJob::tr("Download ready");
    case RestoreState::Unknown: break;
    }
    return RestoreStartJob::tr("Status unknown");
}

}  // namespace

// --- validate and start ---

RestoreStartJob::RestoreStartJob(JobId id, RestorePlan plan, QString typedTargetName, QString reason, bool validateOnly,
                                 const JobContext &context, QObject *parent)
    : MutationJob(id, validateOnly ? JobKind::ValidateRestore : JobKind::StartRestore, targetKeyFor(plan, validateOnly),
                  context, parent),
      m_plan(std::move(plan)), m_typed(std::move(typedTargetName)), m_reason(std::move(reason)),
      m_validateOnly(validateOnly)
{}

QString RestoreStartJob::planKey(const RestorePlan &p)
{
    QStringList parts{restoreKindName(p.kind),
                      p.sourceGroupId,
                      p.sourceClusterName,
                      p.snapshotId,
                      p.pit.utcSeconds ? QString::number(*p.pit.utcSeconds) : QString(),
                      p.pit.oplogTs ? QString::number(*p.pit.oplogTs) : QString(),
                      p.pit.oplogInc ? QString::number(*p.pit.oplogInc) : QString(),
                      p.targetGroupId,
                      p.targetClusterName,
                      writeStrategyName(p.collections.writeStrategy),
                      indexStrategyName(p.collections.indexStrategy),
                      p.collections.databaseSuffix,
                      p.collections.collectionSuffix};
    for (const auto &m : p.collections.databases) parts << u"d:" + m.source + u'=' + m.target;
    for (const auto &m : p.collections.collections) parts << u"c:" + m.source + u'=' + m.target;
    return QString::fromLatin1(
        QCryptographicHash::hash(parts.join(QChar(0x1f)).toUtf8(), QCryptographicHash::Sha1).toHex().left(16));
}

QString RestoreStartJob::targetKeyFor(const RestorePlan &plan, bool validateOnly)
{
    if (validateOnly) return QStringLiteral("restore-validate/") + planKey(plan);
    // One start per target at a time: a second plan onto the same cluster waits, then its
    // pre-flight sees the first one running. A download has no target: its source stands in.
    if (!plan.needsTarget())
        return QStringLiteral("cluster/%1/%2/download").arg(plan.sourceGroupId, plan.sourceClusterName);
    return QStringLiteral("cluster/%1/%2/restore").arg(plan.targetGroupId, plan.targetClusterName);
}

QString RestoreStartJob::requestKey() const
{
    return MutationJob::requestKey() + u'|' + planKey(m_plan) + u'|' + m_typed;
}

QString RestoreStartJob::title() const
{
    if (m_validateOnly) return tr("Check a restore of %1").arg(m_plan.sourceClusterName);
    if (!m_plan.needsTarget()) return tr("Download a snapshot of %1").arg(m_plan.sourceClusterName);
    return tr("Restore %1 to %2").arg(m_plan.sourceClusterName, m_plan.targetClusterName);
}

void RestoreStartJob::validate()
{
    // The typed name is the user's own check: refused before anything is asked.
    if (!m_validateOnly && m_plan.needsTarget() && m_plan.replacesTargetData() && m_typed != m_plan.targetClusterName) {
        const Reasons r{{QStringLiteral("confirmationMismatch"), QStringLiteral("confirmation"),
                         tr("Type the target cluster's name, %1, to confirm that its data is replaced.")
                             .arg(m_plan.targetClusterName)}};
        return finish(JobError::validation(r));
    }
    gather();
}

// Reads the facts of the pre-flight, fresh: the source and target clusters (either API), the
// source's snapshots, schedule and restore jobs, the target's compliance policy; the FCV pins
// and the restores onto the target Lifeboat has seen come from the cache.
void RestoreStartJob::gather()
{
    struct State {
        int waiting = 0;
        std::optional<ApiError> error;
    };
    auto st = std::make_shared<State>();
    auto fail = [st](const ApiError &e) {
        if (!st->error) st->error = e;
    };
    auto done = [this, st] {
        if (--st->waiting > 0) return;
        if (st->error) return finish(JobError::fromApi(*st->error));
        factsReady();
    };
    // Phase 2 needs the source: its snapshots, schedule and restore jobs.
    auto sourceKnown = [this, st, fail, done] {
        if (m_facts.sourceFlex) {
            m_plan.sourceIsFlex = true;
            ++st->waiting;
            request<QList<FlexSnapshot>>(
                [this](auto cb) {
                    return m_ctx.client.listFlexSnapshots(m_plan.sourceGroupId, m_plan.sourceClusterName, cb);
                },
                [this, fail, done](Result<QList<FlexSnapshot>> r) {
                    if (!r.ok()) fail(r.error);
                    for (const FlexSnapshot &s : r.value)
                        if (s.id == m_plan.snapshotId) m_facts.flexSnapshot = s;
                    done();
                });
            ++st->waiting;
            request<QList<FlexRestoreJob>>(
                [this](auto cb) {
                    return m_ctx.client.listFlexRestoreJobs(m_plan.sourceGroupId, m_plan.sourceClusterName, cb);
                },
                [this, fail, done](Result<QList<FlexRestoreJob>> r) {
                    if (!r.ok()) fail(r.error);
                    for (const FlexRestoreJob &j : r.value) {
                        m_seenBefore.insert(j.id);
                        const QString tg = j.targetProjectId.isEmpty() ? j.groupId : j.targetProjectId;
                        if (tg == m_plan.targetGroupId && j.targetDeploymentItemName == m_plan.targetClusterName)
                            m_facts.flexRestoresOntoTarget.append(j);
                    }
                    done();
                });
            return;
        }
        if (!m_facts.source) return;
        const Cluster source = *m_facts.source;
        m_plan.sourceIsFlex = false;
        ++st->waiting;
        request<QList<Snapshot>>([this, source](auto cb) { return m_ctx.client.listSnapshotsFor(source, cb); },
                                 [this, fail, done](Result<QList<Snapshot>> r) {
                                     if (!r.ok()) fail(r.error);
                                     m_facts.sourceSnapshots = r.value;
                                     for (const Snapshot &s : r.value)
                                         if (s.id == m_plan.snapshotId) m_facts.snapshot = s;
                                     done();
                                 });
        if (source.backupEnabled) {
            ++st->waiting;
            request<BackupSchedule>(
                [this](auto cb) {
                    return m_ctx.client.getSchedule(m_plan.sourceGroupId, m_plan.sourceClusterName, cb);
                },
                [this, fail, done](Result<BackupSchedule> r) {
                    if (r.ok())
                        m_facts.sourceSchedule = r.value;
                    else if (r.error.kind != ErrorKind::NotFound && r.error.kind != ErrorKind::BadRequest)
                        fail(r.error);
                    done();
                });
        }
        ++st->waiting;
        request<QList<RestoreJob>>(
            [this](auto cb) {
                return m_ctx.client.listRestoreJobs(m_plan.sourceGroupId, m_plan.sourceClusterName, cb);
            },
            [this, fail, done](Result<QList<RestoreJob>> r) {
                if (!r.ok()) fail(r.error);
                for (const RestoreJob &j : r.value) {
                    if (m_plan.kind != RestoreKind::Collections) m_seenBefore.insert(j.id);
                    if (j.targetGroupId == m_plan.sourceGroupId && j.targetClusterName == m_plan.sourceClusterName)
                        m_facts.restoresOntoSource.append(j);
                    if (m_plan.needsTarget() && j.targetGroupId == m_plan.targetGroupId &&
                        j.targetClusterName == m_plan.targetClusterName)
                        m_facts.restoresOntoTarget.append(j);
                }
                done();
            });
        ++st->waiting;
        request<QList<CollectionRestoreJob>>(
            [this](auto cb) {
                return m_ctx.client.listCollectionRestoreJobs(m_plan.sourceGroupId, m_plan.sourceClusterName, cb);
            },
            [this, fail, done](Result<QList<CollectionRestoreJob>> r) {
                // An older server without the route: nothing known (the cache still says).
                if (!r.ok() && r.error.kind != ErrorKind::NotFound && r.error.kind != ErrorKind::UnsupportedVersion)
                    fail(r.error);
                for (const CollectionRestoreJob &j : r.value) {
                    if (m_plan.kind == RestoreKind::Collections) m_seenBefore.insert(j.id);
                    if (j.targetGroupId == m_plan.targetGroupId && j.targetClusterName == m_plan.targetClusterName)
                        m_facts.collectionRestoresOnTarget.append(j);
                }
                done();
            });
    };

    st->waiting = 1;  // held until every request of phase 1 is on its way
    ++st->waiting;
    request<AnyCluster>(
        [this](auto cb) { return m_ctx.client.getAnyCluster(m_plan.sourceGroupId, m_plan.sourceClusterName, cb); },
        [this, fail, done, sourceKnown](Result<AnyCluster> r) {
            if (r.ok()) {
                if (isFlex(r.value))
                    m_facts.sourceFlex = std::get<FlexCluster>(r.value);
                else
                    m_facts.source = std::get<Cluster>(r.value);
                sourceKnown();
            } else if (r.error.kind != ErrorKind::NotFound) {
                fail(r.error);
            }
            done();
        });
    if (m_plan.needsTarget()) {
        ++st->waiting;
        request<AnyCluster>(
            [this](auto cb) { return m_ctx.client.getAnyCluster(m_plan.targetGroupId, m_plan.targetClusterName, cb); },
            [this, fail, done](Result<AnyCluster> r) {
                if (r.ok()) {
                    m_plan.targetIsFlex = isFlex(r.value);
                    if (m_plan.targetIsFlex)
                        m_facts.targetFlex = std::get<FlexCluster>(r.value);
                    else
                        m_facts.target = std::get<Cluster>(r.value);
                } else if (r.error.kind != ErrorKind::NotFound) {
                    fail(r.error);
                }
                done();
            });
        ++st->waiting;
        request<std::optional<CompliancePolicy>>(
            [this](auto cb) { return m_ctx.client.getCompliancePolicy(m_plan.targetGroupId, cb); },
            [this, fail, done](Result<std::optional<CompliancePolicy>> r) {
                if (r.ok())
                    m_facts.targetCompliance = r.value;
                else if (r.error.kind != ErrorKind::NotFound && r.error.kind != ErrorKind::Forbidden)
                    fail(r.error);
                done();
            });
    }
    done();
}

void RestoreStartJob::factsReady()
{
    m_facts.now = m_ctx.client.serverNow();
    // What Lifeboat saw before: FCV pins, restores onto the target it started or synced.
    if (m_facts.source) m_ctx.cache.recordFcvPin(*m_facts.source, m_facts.now);
    m_facts.sourcePins = m_ctx.cache.fcvPins(m_plan.sourceGroupId, m_plan.sourceClusterName);
    if (m_facts.source) {
        if (const auto pin = currentPin(*m_facts.source, m_facts.now)) {
            bool known = false;
            for (const FcvPin &p : m_facts.sourcePins) known = known || (p.fcv == pin->fcv && p.expiry == pin->expiry);
            if (!known) m_facts.sourcePins.append(*pin);
        }
    }
    if (m_plan.needsTarget()) {
        auto addMissing = [](auto &to, const auto &from) {
            for (const auto &j : from) {
                bool seen = false;
                for (const auto &k : to) seen = seen || k.id == j.id;
                if (!seen) to.append(j);
            }
        };
        addMissing(m_facts.restoresOntoTarget,
                   m_ctx.cache.restoreJobsOnto(m_plan.targetGroupId, m_plan.targetClusterName));
        addMissing(m_facts.collectionRestoresOnTarget,
                   m_ctx.cache.collectionRestoreJobsOnto(m_plan.targetGroupId, m_plan.targetClusterName));
        addMissing(m_facts.flexRestoresOntoTarget,
                   m_ctx.cache.flexRestoreJobsOnto(m_plan.targetGroupId, m_plan.targetClusterName));
    }
    m_validation.plan = m_plan;
    m_validation.facts = m_facts;
    m_validation.findings = checkRestore(m_plan, m_facts);
    m_validation.allowed = !isRefused(m_validation.findings);
    if (m_validateOnly) return finish({}, QVariant::fromValue(m_validation));
    if (!m_validation.allowed) {
        audit(QStringLiteral("refused: ") + findingCodes(m_validation.findings).join(u','), {});
        return finish(JobError::validation(refusalReasons(m_validation.findings)), QVariant::fromValue(m_validation));
    }
    validated({});
}

void RestoreStartJob::send()
{
    if (!markSent()) return;
    const RestoreRef::Kind family = restoreRefKindOf(m_plan);
    const QString g = m_plan.sourceGroupId, c = m_plan.sourceClusterName;
    RestoreRef ref{family, g, c, {}};
    if (family == RestoreRef::Kind::Flex) {
        auto onAnswer = [this, ref](Result<FlexRestoreAnswer> r) mutable {
            if (!r.ok()) {
                if (!answerLost(r.error)) audit(QStringLiteral("failed: ") + r.error.errorCode, {});
                return sendFailed(r.error);
            }
            FlexRestoreJob j = r.value.job;
            if (!m_ctx.cache.upsertFlexRestoreJob(j, m_ctx.client.serverNow()))
                return finish(cacheError(tr("the new restore job")));
            written(ref, j.id);
        };
        if (m_plan.kind == RestoreKind::Download)
            request<FlexRestoreAnswer>(
                [this, g, c](auto cb) { return m_ctx.client.downloadFlexSnapshot(g, c, m_plan.snapshotId, cb); },
                onAnswer);
        else
            request<FlexRestoreAnswer>(
                [this, g, c](auto cb) {
                    return m_ctx.client.createFlexRestoreJob(
                        g, c, FlexRestoreRequest{m_plan.snapshotId, m_plan.targetClusterName, m_plan.targetGroupId},
                        cb);
                },
                onAnswer);
        return;
    }
    if (family == RestoreRef::Kind::Collection) {
        CollectionRestoreRequest req;
        req.snapshotId = m_plan.snapshotId;
        if (req.snapshotId.isEmpty()) {
            req.pointInTimeUtcSeconds = m_plan.pit.utcSeconds;
            if (!m_plan.pit.utcSeconds) {
                req.oplogTs = m_plan.pit.oplogTs;
                req.oplogInc = m_plan.pit.oplogInc;
            }
        }
        req.targetGroupId = m_plan.targetGroupId;
        req.targetClusterName = m_plan.targetClusterName;
        req.writeStrategy = writeStrategyName(m_plan.collections.writeStrategy);
        req.indexStrategy = indexStrategyName(m_plan.collections.indexStrategy);
        req.databases = namespacesOf(m_plan.collections.databases);
        req.collections = namespacesOf(m_plan.collections.collections);
        req.databaseSuffix = m_plan.collections.databaseSuffix;
        req.collectionSuffix = m_plan.collections.collectionSuffix;
        request<CollectionRestoreJob>(
            [this, g, c, req](auto cb) { return m_ctx.client.createCollectionRestoreJob(g, c, req, cb); },
            [this, ref](Result<CollectionRestoreJob> r) {
                if (!r.ok()) {
                    if (!answerLost(r.error)) audit(QStringLiteral("failed: ") + r.error.errorCode, {});
                    return sendFailed(r.error);
                }
                CollectionRestoreJob j = r.value;
                j.firstSeenAt = m_ctx.client.serverNow();
                if (!m_ctx.cache.upsertCollectionRestoreJob(j, j.firstSeenAt))
                    return finish(cacheError(tr("the new restore job")));
                written(ref, j.id);
            });
        return;
    }
    RestoreRequest req;
    req.deliveryType = deliveryOf(m_plan.kind);
    req.snapshotId = m_plan.snapshotId;
    if (m_plan.kind == RestoreKind::PointInTime) {
        req.pointInTimeUTCSeconds = m_plan.pit.utcSeconds;
        if (!m_plan.pit.utcSeconds) {
            req.oplogTs = m_plan.pit.oplogTs;
            req.oplogInc = m_plan.pit.oplogInc;
        }
    }
    if (m_plan.needsTarget()) {
        req.targetGroupId = m_plan.targetGroupId;
        req.targetClusterName = m_plan.targetClusterName;
    }
    request<RestoreJobAnswer>(
        [this, g, c, req](auto cb) { return m_ctx.client.createRestoreJobWithLinks(g, c, req, cb); },
        [this, ref](Result<RestoreJobAnswer> r) {
            if (!r.ok()) {
                if (!answerLost(r.error)) audit(QStringLiteral("failed: ") + r.error.errorCode, {});
                return sendFailed(r.error);
            }
            RestoreJob j = r.value.job;
            j.firstSeenAt = m_ctx.client.serverNow();
            if (m_facts.snapshot) j.snapshotSizeBytes = m_facts.snapshot->storageSizeBytes;
            j.kindNote = QStringLiteral("started by Lifeboat");
            if (!m_ctx.cache.upsertRestoreJob(j, j.firstSeenAt)) return finish(cacheError(tr("the new restore job")));
            written(ref, j.id);
        });
}

// The answer was lost: list the source's restore jobs again and take the one that was not
// there before the send and names our target (and snapshot). Never a second POST.
void RestoreStartJob::reconcile(const ApiError &lost)
{
    const RestoreRef::Kind family = restoreRefKindOf(m_plan);
    const QString g = m_plan.sourceGroupId, c = m_plan.sourceClusterName;
    const RestoreRef ref{family, g, c, {}, true};
    auto unreadable = [this, lost](const ApiError &again) {
        ApiError e = lost;
        e.message = tr("The answer to the restore request was lost (%1) and the restore jobs could not be read again "
                       "(%2), so it is not known whether Atlas started it. Nothing was sent twice; the Restores tab "
                       "shows it after the next sync if it started.")
                        .arg(lost.message, again.message);
        audit(QStringLiteral("unknown: answer lost"), {});
        finish(JobError::fromApi(e));
    };
    auto notStarted = [this, lost] {
        ApiError e = lost;
        e.message = tr("The answer to the restore request was lost (%1); the restore jobs read again show that Atlas "
                       "did not start it. Nothing was sent twice; try again.")
                        .arg(lost.message);
        audit(QStringLiteral("failed: answer lost, not started"), {});
        finish(JobError::fromApi(e));
    };
    if (family == RestoreRef::Kind::Flex) {
        request<QList<FlexRestoreJob>>([g, c, this](auto cb) { return m_ctx.client.listFlexRestoreJobs(g, c, cb); },
                                       [this, ref, unreadable, notStarted](Result<QList<FlexRestoreJob>> r) {
                                           if (!r.ok()) return unreadable(r.error);
                                           for (const FlexRestoreJob &j : r.value) {
                                               if (m_seenBefore.contains(j.id) || j.snapshotId != m_plan.snapshotId)
                                                   continue;
                                               if (!m_ctx.cache.upsertFlexRestoreJob(j, m_ctx.client.serverNow()))
                                                   return finish(cacheError(tr("the new restore job")));
                                               return written(ref, j.id);
                                           }
                                           notStarted();
                                       });
        return;
    }
    if (family == RestoreRef::Kind::Collection) {
        request<QList<CollectionRestoreJob>>(
            [g, c, this](auto cb) { return m_ctx.client.listCollectionRestoreJobs(g, c, cb); },
            [this, ref, unreadable, notStarted](Result<QList<CollectionRestoreJob>> r) {
                if (!r.ok()) return unreadable(r.error);
                for (CollectionRestoreJob j : r.value) {
                    if (m_seenBefore.contains(j.id) || j.targetClusterName != m_plan.targetClusterName ||
                        j.targetGroupId != m_plan.targetGroupId)
                        continue;
                    j.firstSeenAt = m_ctx.client.serverNow();
                    if (!m_ctx.cache.upsertCollectionRestoreJob(j, j.firstSeenAt))
                        return finish(cacheError(tr("the new restore job")));
                    return written(ref, j.id);
                }
                notStarted();
            });
        return;
    }
    request<QList<RestoreJob>>(
        [g, c, this](auto cb) { return m_ctx.client.listRestoreJobs(g, c, cb); },
        [this, ref, unreadable, notStarted](Result<QList<RestoreJob>> r) {
            if (!r.ok()) return unreadable(r.error);
            const DeliveryType type = deliveryOf(m_plan.kind);
            for (RestoreJob j : r.value) {
                if (m_seenBefore.contains(j.id)) continue;
                if (j.deliveryType.isKnown() && j.deliveryType.value != type) continue;
                if (m_plan.needsTarget() &&
                    (j.targetClusterName != m_plan.targetClusterName || j.targetGroupId != m_plan.targetGroupId))
                    continue;
                if (!m_plan.snapshotId.isEmpty() && !j.snapshotId.isEmpty() && j.snapshotId != m_plan.snapshotId)
                    continue;
                j.firstSeenAt = m_ctx.client.serverNow();
                if (m_facts.snapshot) j.snapshotSizeBytes = m_facts.snapshot->storageSizeBytes;
                j.kindNote = QStringLiteral("started by Lifeboat");
                if (!m_ctx.cache.upsertRestoreJob(j, j.firstSeenAt))
                    return finish(cacheError(tr("the new restore job")));
                return written(ref, j.id);
            }
            notStarted();
        });
}

void RestoreStartJob::written(const RestoreRef &base, const QString &jobId)
{
    RestoreRef ref = base;
    ref.jobId = jobId;
    audit(QStringLiteral("started"), jobId);
    spdlog::info("job {}: restore {} started{}", id(), ref.key().toStdString(),
                 ref.confirmedByReread ? " (found by reading the jobs again)" : "");
    succeeded(QVariant::fromValue(ref), CacheScope::restoreJobs(ref.groupId, ref.clusterName));
}

void RestoreStartJob::audit(const QString &outcome, const QString &jobId)
{
    cache::RestoreAuditEntry e;
    e.at = m_ctx.client.serverNow();
    e.profile = m_ctx.client.options().baseUrl.host();
    e.kind = restoreKindName(m_plan.kind);
    e.sourceGroupId = m_plan.sourceGroupId;
    e.sourceClusterName = m_plan.sourceClusterName;
    e.targetGroupId = m_plan.targetGroupId;
    e.targetClusterName = m_plan.targetClusterName;
    e.snapshotId = m_plan.snapshotId;
    if (m_plan.pit.utcSeconds)
        e.pit = QStringLiteral("utc:%1").arg(*m_plan.pit.utcSeconds);
    else if (m_plan.pit.oplogTs)
        e.pit = QStringLiteral("oplog:%1:%2").arg(*m_plan.pit.oplogTs).arg(m_plan.pit.oplogInc.value_or(0));
    e.reason = m_reason;
    e.jobId = jobId;
    e.outcome = outcome;
    if (m_ctx.cache.appendRestoreAudit(e) == 0)
        spdlog::warn("job {}: the restore audit log could not be written: {}", id(),
                     m_ctx.cache.lastError().toStdString());
}

// --- watch ---

WatchRestoreJob::WatchRestoreJob(JobId id, RestoreRef ref, const JobContext &context, QObject *parent)
    : Job(id, JobKind::WatchRestore, targetKeyFor(ref), context, parent), m_ref(std::move(ref)),
      m_intervalMs(std::max(10, context.syncOptions.restorePollFirstMs))
{}

WatchRestoreJob::~WatchRestoreJob() = default;

QString WatchRestoreJob::targetKeyFor(const RestoreRef &ref)
{
    return QStringLiteral("restore/") + ref.key();
}

QString WatchRestoreJob::title() const
{
    return tr("Follow the restore from %1").arg(m_ref.clusterName);
}

void WatchRestoreJob::run()
{
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &WatchRestoreJob::poll);
    reportProgress(0, 100, tr("Reading the restore job"));
    poll();
}

void WatchRestoreJob::onCancelled()
{
    if (m_timer) m_timer->stop();
}

void WatchRestoreJob::schedule()
{
    if (isFinished()) return;
    m_timer->start(m_intervalMs);
    m_intervalMs = std::min(m_ctx.syncOptions.restorePollMaxMs, int(m_intervalMs * 1.5) + 1);
}

void WatchRestoreJob::readFailed(const ApiError &error)
{
    if (passing(error) && ++m_failures <= m_ctx.syncOptions.restoreReadFailuresTolerated) {
        spdlog::info("job {}: reading restore {} failed ({}); trying again", id(), m_ref.key().toStdString(),
                     error.message.toStdString());
        reportProgress(std::max(0, m_last.percent), 100,
                       tr("Atlas did not answer (%1); asking again").arg(error.message));
        return schedule();
    }
    finish(JobError::fromApi(error), m_last.ref.isValid() ? QVariant::fromValue(m_last) : QVariant());
}

void WatchRestoreJob::look(const RestoreProgress &p, const QString &signature)
{
    m_failures = 0;
    m_last = p;
    if (signature != m_lastSignature) {
        m_lastSignature = signature;
        noteChanged(CacheScope::restoreJobs(m_ref.groupId, m_ref.clusterName));
        reportUpdate(QVariant::fromValue(m_last));
    }
    reportProgress(m_last.percent < 0 ? 0 : m_last.percent, m_last.percent < 0 ? 0 : 100, m_last.step);
    if (m_last.ended()) {
        // The audit entry of the start gets the end (rows.h: "started", then "finished", ...).
        for (const cache::RestoreAuditEntry &e : m_ctx.cache.restoreAudit()) {
            if (e.jobId == m_ref.jobId && e.outcome == u"started" &&
                !m_ctx.cache.setRestoreAuditOutcome(e.seq, restoreStateName(m_last.state)))
                spdlog::warn("job {}: the restore audit log could not be written: {}", id(),
                             m_ctx.cache.lastError().toStdString());
        }
        return finish({}, QVariant::fromValue(m_last));
    }
    schedule();
}

void WatchRestoreJob::poll()
{
    if (isFinished()) return;
    const QString g = m_ref.groupId, c = m_ref.clusterName, j = m_ref.jobId;
    switch (m_ref.kind) {
    case RestoreRef::Kind::Dedicated:
        request<RestoreJobAnswer>([this, g, c, j](auto cb) { return m_ctx.client.getRestoreJobWithLinks(g, c, j, cb); },
                                  [this](Result<RestoreJobAnswer> r) {
                                      if (!r.ok()) return readFailed(r.error);
                                      const QDateTime now = m_ctx.client.serverNow();
                                      RestoreJob job = r.value.job;
                                      job.deliveryUrlCount =
                                          int(r.value.links.urls.size() + r.value.links.privateUrls.size());
                                      const RestoreProgress p = progressOf(m_ref, r.value, now);
                                      const QString sig = QStringLiteral("%1|%2|%3|%4|%5|%6")
                                                              .arg(int(job.cancelled))
                                                              .arg(int(job.failed))
                                                              .arg(int(job.expired))
                                                              .arg(job.finishedAt.toString(Qt::ISODate))
                                                              .arg(job.deliveryUrlCount)
                                                              .arg(int(p.state));
                                      if (sig != m_lastSignature && !m_ctx.cache.upsertRestoreJob(job, now))
                                          return finish(cacheError(tr("the restore job")));
                                      look(p, sig);
                                  });
        return;
    case RestoreRef::Kind::Collection:
        request<CollectionRestoreJob>(
            [this, g, c, j](auto cb) { return m_ctx.client.getCollectionRestoreJob(g, c, j, cb); },
            [this](Result<CollectionRestoreJob> r) {
                if (!r.ok()) return readFailed(r.error);
                const QDateTime now = m_ctx.client.serverNow();
                const RestoreProgress p = progressOf(m_ref, r.value);
                const QString sig = QStringLiteral("%1|%2|%3")
                                        .arg(r.value.state.raw)
                                        .arg(r.value.restoredDocuments)
                                        .arg(r.value.totalDocuments);
                if (sig != m_lastSignature && !m_ctx.cache.upsertCollectionRestoreJob(r.value, now))
                    return finish(cacheError(tr("the restore job")));
                look(p, sig);
            });
        return;
    case RestoreRef::Kind::Flex:
        request<FlexRestoreAnswer>(
            [this, g, c, j](auto cb) { return m_ctx.client.getFlexRestoreJob(g, c, j, cb); },
            [this](Result<FlexRestoreAnswer> r) {
                if (!r.ok()) return readFailed(r.error);
                const QDateTime now = m_ctx.client.serverNow();
                const RestoreProgress p = progressOf(m_ref, r.value);
                const QString sig =
                    QStringLiteral("%1|%2|%3")
                        .arg(r.value.job.status.raw, r.value.job.restoreFinishedDate.toString(Qt::ISODate))
                        .arg(int(!r.value.snapshotUrl.isEmpty()));
                if (sig != m_lastSignature && !m_ctx.cache.upsertFlexRestoreJob(r.value.job, now))
                    return finish(cacheError(tr("the restore job")));
                look(p, sig);
            });
        return;
    }
}

// --- cancel ---

CancelRestoreJob::CancelRestoreJob(JobId id, RestoreRef ref, const JobContext &context, QObject *parent)
    : Job(id, JobKind::CancelRestore, QStringLiteral("restore-cancel/") + ref.key(), context, parent),
      m_ref(std::move(ref))
{}

QString CancelRestoreJob::title() const
{
    return tr("Cancel the restore from %1").arg(m_ref.clusterName);
}

void CancelRestoreJob::run()
{
    if (const QString why = cancelUnsupportedReason(m_ref.kind); !why.isEmpty())
        return finish(JobError::validation(Reasons{{QStringLiteral("cancelUnsupported"), QString(), why}}));
    const QString g = m_ref.groupId, c = m_ref.clusterName, j = m_ref.jobId;
    reportProgress(0, 2, tr("Asking Atlas to cancel"));
    request<bool>([this, g, c, j](auto cb) { return m_ctx.client.cancelRestoreJob(g, c, j, cb); },
                  [this, g, c, j](Result<bool> r) {
                      // A lost answer to a DELETE: the job read below says whether it happened.
                      if (!r.ok() && !MutationJob::answerLost(r.error)) return finish(JobError::fromApi(r.error));
                      const ApiError lost = r.error;
                      reportProgress(1, 2, tr("Reading the restore job"));
                      request<RestoreJobAnswer>(
                          [this, g, c, j](auto cb) { return m_ctx.client.getRestoreJobWithLinks(g, c, j, cb); },
                          [this, lost](Result<RestoreJobAnswer> a) {
                              if (!a.ok()) return finish(JobError::fromApi(lost.isError() ? lost : a.error));
                              const QDateTime now = m_ctx.client.serverNow();
                              if (!m_ctx.cache.upsertRestoreJob(a.value.job, now))
                                  return finish(cacheError(tr("the restore job")));
                              noteChanged(CacheScope::restoreJobs(m_ref.groupId, m_ref.clusterName));
                              const RestoreProgress p = progressOf(m_ref, a.value, now);
                              if (lost.isError() && !a.value.job.cancelled) return finish(JobError::fromApi(lost));
                              finish({}, QVariant::fromValue(p));
                          });
                  });
}

// --- namespaces ---

NamespacesJob::NamespacesJob(JobId id, QString groupId, QString clusterName, QString snapshotId,
                             const JobContext &context, QObject *parent)
    : Job(id, JobKind::ListSnapshotNamespaces,
          QStringLiteral("snapshot/%1/%2/%3/namespaces").arg(groupId, clusterName, snapshotId), context, parent),
      m_groupId(std::move(groupId)), m_clusterName(std::move(clusterName)), m_snapshotId(std::move(snapshotId))
{}

QString NamespacesJob::title() const
{
    return tr("Read the databases of a snapshot of %1").arg(m_clusterName);
}

void NamespacesJob::run()
{
    request<QStringList>(
        [this](auto cb) { return m_ctx.client.listSnapshotDatabases(m_groupId, m_clusterName, m_snapshotId, cb); },
        [this](Result<QStringList> r) {
            if (!r.ok()) return finish(JobError::fromApi(r.error));
            if (r.value.isEmpty()) return finish({}, QVariant::fromValue(m_databases));
            m_waiting = int(r.value.size());
            for (const QString &db : r.value) m_databases.append({db, {}});
            for (int i = 0; i < m_databases.size(); ++i) {
                const QString db = m_databases[i].name;
                request<QStringList>(
                    [this, db](auto cb) {
                        return m_ctx.client.listSnapshotCollections(m_groupId, m_clusterName, m_snapshotId, db, cb);
                    },
                    [this, i](Result<QStringList> c) {
                        if (!c.ok()) return finish(JobError::fromApi(c.error));
                        m_databases[i].collections = c.value;
                        reportProgress(int(m_databases.size()) - m_waiting + 1, int(m_databases.size()),
                                       m_databases[i].name);
                        if (--m_waiting == 0) finish({}, QVariant::fromValue(m_databases));
                    });
            }
        });
}

// --- the cache ---

LoadRestoresJob::LoadRestoresJob(JobId id, QString groupId, QString clusterName, const JobContext &context,
                                 QObject *parent)
    : Job(id, JobKind::LoadRestores, QStringLiteral("restores/%1/%2").arg(groupId, clusterName), context, parent),
      m_groupId(std::move(groupId)), m_clusterName(std::move(clusterName))
{}

QString LoadRestoresJob::title() const
{
    return tr("Read the restores");
}

void LoadRestoresJob::run()
{
    cache::Cache &cache = m_ctx.reader.typed();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<QPair<QString, QString>> clusters;
    if (!m_clusterName.isEmpty()) {
        clusters.append({m_groupId, m_clusterName});
    } else {
        const Estate e = m_ctx.reader.estate();
        for (const auto &o : e.orgs)
            for (const auto &p : o.projects) {
                if (!m_groupId.isEmpty() && p.project.id != m_groupId) continue;
                for (const auto &c : p.clusters) clusters.append({p.project.id, c.cluster.name});
            }
    }
    QList<RestoreRow> rows;
    auto duration = [](const QDateTime &a, const QDateTime &b) -> qint64 {
        return a.isValid() && b.isValid() ? a.secsTo(b) : -1;
    };
    for (const auto &[g, c] : clusters) {
        for (const RestoreJob &j : cache.restoreJobs(g, c)) {
            RestoreRow r;
            r.ref = {RestoreRef::Kind::Dedicated, g, c, j.id};
            r.kind = j.deliveryType.value == DeliveryType::Download      ? RestoreKind::Download
                     : j.deliveryType.value == DeliveryType::PointInTime ? RestoreKind::PointInTime
                                                                         : RestoreKind::Automated;
            r.state = restoreState(j, now);
            r.snapshotId = j.snapshotId;
            r.targetGroupId = j.targetGroupId;
            r.targetClusterName = j.targetClusterName;
            r.started = j.firstSeenAt;
            r.finished = j.finishedAt;
            r.durationSeconds = duration(r.started, r.finished);
            r.detail = j.kindNote;
            rows.append(r);
        }
        for (const CollectionRestoreJob &j : cache.collectionRestoreJobs(g, c)) {
            RestoreRow r;
            r.ref = {RestoreRef::Kind::Collection, g, c, j.id};
            r.kind = RestoreKind::Collections;
            r.state = restoreState(j);
            r.snapshotId = j.snapshotId;
            r.targetGroupId = j.targetGroupId;
            r.targetClusterName = j.targetClusterName;
            r.started = j.createdAt.isValid() ? j.createdAt : j.firstSeenAt;
            r.finished = j.finishedAt;
            r.durationSeconds = duration(r.started, r.finished);
            r.detail = j.errorMessage;
            rows.append(r);
        }
        for (const FlexRestoreJob &j : cache.flexRestoreJobs(g, c)) {
            RestoreRow r;
            r.ref = {RestoreRef::Kind::Flex, g, c, j.id};
            r.kind = j.isDownload() ? RestoreKind::Download : RestoreKind::Automated;
            r.state = restoreState(j);
            r.snapshotId = j.snapshotId;
            r.targetGroupId = j.isDownload() ? QString() : (j.targetProjectId.isEmpty() ? g : j.targetProjectId);
            r.targetClusterName = j.targetDeploymentItemName;
            r.started = j.restoreScheduledDate;
            r.finished = j.restoreFinishedDate;
            r.durationSeconds = duration(r.started, r.finished);
            rows.append(r);
        }
    }
    std::sort(rows.begin(), rows.end(), [](const RestoreRow &a, const RestoreRow &b) { return a.started > b.started; });
    finish({}, QVariant::fromValue(rows));
}

UnfinishedRestoresJob::UnfinishedRestoresJob(JobId id, const JobContext &context, QObject *parent)
    : Job(id, JobKind::LoadRestores, QStringLiteral("restores/unfinished"), context, parent)
{}

QString UnfinishedRestoresJob::title() const
{
    return tr("Find the restores still running");
}

void UnfinishedRestoresJob::run()
{
    QList<RestoreRow> rows;
    for (const cache::RunningRestore &r : m_ctx.cache.runningRestores()) {
        RestoreRow row;
        row.ref.kind = r.family == cache::RestoreFamily::Flex         ? RestoreRef::Kind::Flex
                       : r.family == cache::RestoreFamily::Collection ? RestoreRef::Kind::Collection
                                                                      : RestoreRef::Kind::Dedicated;
        row.ref.groupId = r.groupId;
        row.ref.clusterName = r.clusterName;
        row.ref.jobId = r.jobId;
        row.targetGroupId = r.targetGroupId;
        row.targetClusterName = r.targetClusterName;
        row.started = r.firstSeenAt;
        row.state = RestoreState::Running;
        rows.append(row);
    }
    finish({}, QVariant::fromValue(rows));
}

}  // namespace lifeboat::jobs
