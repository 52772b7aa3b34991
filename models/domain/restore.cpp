#include "domain/restore.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace lifeboat::domain {

namespace {

Finding refuse(const QString &code, const QString &message, const QString &fix, const QString &field = {})
{
    return {code, Severity::Refuse, message, fix, field};
}

Finding warn(const QString &code, const QString &message, const QString &fix, const QString &field = {})
{
    return {code, Severity::Warn, message, fix, field};
}

Finding info(const QString &code, const QString &message, const QString &fix = {}, const QString &field = {})
{
    return {code, Severity::Info, message, fix, field};
}

bool isEncrypted(const QString &provider)
{
    return !provider.trimmed().isEmpty() && provider.compare(QLatin1String("NONE"), Qt::CaseInsensitive) != 0;
}

QString utcText(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODate);
}

QString sourceName(const RestorePlan &plan)
{
    return plan.sourceClusterName;
}

QString targetName(const RestorePlan &plan)
{
    return plan.targetClusterName;
}

bool targetIsFlex(const RestorePlan &plan, const RestoreFacts &facts)
{
    return facts.targetFlex.has_value() || (plan.targetIsFlex && !facts.target);
}

// The encryption provider the snapshot was taken with: the source's; a snapshot that
// carries an AWS KMS master key is encrypted even when the source no longer is.
QString snapshotProvider(const RestoreFacts &facts)
{
    QString provider = facts.source ? facts.source->encryptionAtRestProvider : QString();
    if (!isEncrypted(provider) && facts.snapshot && !facts.snapshot->masterKeyUUID.isEmpty())
        provider = QStringLiteral("AWS");
    return provider;
}

// The moment the restored data comes from.
QDateTime dataTime(const RestorePlan &plan, const RestoreFacts &facts)
{
    if (plan.sourceIsFlex && facts.flexSnapshot) {
        const FlexSnapshot &s = *facts.flexSnapshot;
        return s.finishTime.isValid() ? s.finishTime : s.startTime.isValid() ? s.startTime : s.scheduledTime;
    }
    if (!plan.snapshotId.isEmpty() && facts.snapshot) return facts.snapshot->createdAt;
    if (const auto t = plan.pit.seconds()) return QDateTime::fromSecsSinceEpoch(*t, Qt::UTC);
    return {};
}

MongoVersion dataVersion(const RestorePlan &plan, const RestoreFacts &facts)
{
    if (plan.sourceIsFlex) {
        if (facts.flexSnapshot && !facts.flexSnapshot->mongoDBVersion.isEmpty())
            return MongoVersion::parse(facts.flexSnapshot->mongoDBVersion);
        return facts.sourceFlex ? MongoVersion::parse(facts.sourceFlex->mongoDBVersion) : MongoVersion{};
    }
    if (!plan.snapshotId.isEmpty() && facts.snapshot && !facts.snapshot->mongodVersion.isEmpty())
        return MongoVersion::parse(facts.snapshot->mongodVersion);
    return facts.source ? MongoVersion::parse(facts.source->mongoDBVersion) : MongoVersion{};
}

QList<FcvPin> allPins(const RestoreFacts &facts)
{
    QList<FcvPin> pins = facts.sourcePins;
    if (facts.source) {
        if (const auto current = currentPin(*facts.source, facts.now)) {
            const bool known = std::any_of(pins.cbegin(), pins.cend(), [&](const FcvPin &p) {
                return p.fcv == current->fcv && p.expiry == current->expiry;
            });
            if (!known) pins.append(*current);
        }
    }
    return pins;
}

// What a namespace is called on the target after renames and suffixes.
QString targetNamespace(const NamespaceMapping &m, bool isCollection, const CollectionRestoreOptions &o)
{
    if (!m.target.isEmpty()) return m.target;
    if (!isCollection) return m.source + o.databaseSuffix;
    const qsizetype dot = m.source.indexOf(u'.');
    if (dot < 0) return m.source;
    return m.source.left(dot) + o.databaseSuffix + u'.' + m.source.mid(dot + 1) + o.collectionSuffix;
}

QString listed(QStringList names)
{
    constexpr int kShown = 5;
    const qsizetype more = names.size() - kShown;
    if (more > 0) {
        names = names.mid(0, kShown);
        return QCoreApplication::translate("lifeboat::domain::Restore", "%1 and %n more", nullptr, int(more))
            .arg(names.join(QStringLiteral(", ")));
    }
    return names.join(QStringLiteral(", "));
}

Findings checkTargetTier(const RestorePlan &plan, const RestoreFacts &facts)
{
    if (!plan.needsTarget()) return {};
    if (plan.targetClusterName.isEmpty())
        return {refuse(restorecode::kTargetMissing,
                       QCoreApplication::translate("lifeboat::domain::Restore", "This restore needs a target cluster."),
                       QCoreApplication::translate("lifeboat::domain::Restore",
                                                   "Choose the cluster the snapshot is restored onto."),
                       restorefield::kTarget)};
    if (!facts.target && !facts.targetFlex)
        return {refuse(
            restorecode::kTargetMissing,
            QCoreApplication::translate("lifeboat::domain::Restore",
                                        "The target cluster %1 was not found in project %2.")
                .arg(plan.targetClusterName, plan.targetGroupId),
            QCoreApplication::translate("lifeboat::domain::Restore", "Check the project and the cluster's name."),
            restorefield::kTarget)};
    Findings out;
    if (targetIsFlex(plan, facts)) {
        if (!plan.sourceIsFlex || plan.kind == RestoreKind::Collections)
            out.append(refuse(
                restorecode::kFlexTarget,
                QCoreApplication::translate("lifeboat::domain::Restore",
                                            "%1 is a Flex cluster: only snapshots of Flex clusters restore to it.")
                    .arg(targetName(plan)),
                QCoreApplication::translate("lifeboat::domain::Restore",
                                            "Restore to a dedicated (M10 or larger) cluster instead."),
                restorefield::kTarget));
        return out;
    }
    const Cluster &t = *facts.target;
    if (t.isFreeTier())
        out.append(refuse(
            restorecode::kFreeTierTarget,
            QCoreApplication::translate("lifeboat::domain::Restore",
                                        "%1 is an M0 (free) cluster: Atlas restores no snapshot onto M0 clusters.")
                .arg(t.name),
            QCoreApplication::translate("lifeboat::domain::Restore",
                                        "Restore to an M10 or larger cluster (or a Flex cluster for a "
                                        "Flex snapshot)."),
            restorefield::kTarget));
    else if (plan.sourceIsFlex && t.isSharded())
        out.append(refuse(
            restorecode::kFlexToSharded,
            QCoreApplication::translate("lifeboat::domain::Restore",
                                        "%1 is a sharded cluster: a Flex snapshot restores only to a replica set.")
                .arg(t.name),
            QCoreApplication::translate("lifeboat::domain::Restore",
                                        "Restore to a Flex cluster or an M10+ replica set."),
            restorefield::kTarget));
    return out;
}

Findings checkSourceTier(const RestorePlan &plan, const RestoreFacts &facts)
{
    if (plan.sourceIsFlex) {
        if (!facts.sourceFlex)
            return {refuse(
                restorecode::kSourceMissing,
                QCoreApplication::translate("lifeboat::domain::Restore",
                                            "The Flex cluster %1 was not found in project %2.")
                    .arg(sourceName(plan), plan.sourceGroupId),
                QCoreApplication::translate("lifeboat::domain::Restore", "Check the project and the cluster's name."))};
        if (plan.kind == RestoreKind::PointInTime || plan.kind == RestoreKind::Collections)
            return {refuse(restorecode::kFlexKind,
                           plan.kind == RestoreKind::PointInTime
                               ? QCoreApplication::translate(
                                     "lifeboat::domain::Restore",
                                     "%1 is a Flex cluster: it has no continuous backup, so no point-in-time restore.")
                                     .arg(sourceName(plan))
                               : QCoreApplication::translate(
                                     "lifeboat::domain::Restore",
                                     "%1 is a Flex cluster: Atlas restores its snapshots whole, not by database or "
                                     "collection.")
                                     .arg(sourceName(plan)),
                           QCoreApplication::translate("lifeboat::domain::Restore",
                                                       "Restore a whole daily snapshot, or download one."),
                           restorefield::kKind)};
        return {};
    }
    if (!facts.source)
        return {refuse(
            restorecode::kSourceMissing,
            QCoreApplication::translate("lifeboat::domain::Restore", "The cluster %1 was not found in project %2.")
                .arg(sourceName(plan), plan.sourceGroupId),
            QCoreApplication::translate("lifeboat::domain::Restore", "Check the project and the cluster's name."))};
    const Cluster &s = *facts.source;
    if (s.isFreeTier())
        return {refuse(restorecode::kFreeTierSource,
                       QCoreApplication::translate(
                           "lifeboat::domain::Restore",
                           "%1 is an M0 (free) cluster: it has no cloud backup, so there is nothing to restore.")
                           .arg(s.name),
                       QCoreApplication::translate("lifeboat::domain::Restore",
                                                   "Use mongodump and mongorestore for an M0 cluster."))};
    if (!s.backupEnabled)
        return {refuse(restorecode::kBackupOff,
                       QCoreApplication::translate("lifeboat::domain::Restore",
                                                   "Cloud backup is off for %1: it has no snapshots to restore.")
                           .arg(s.name),
                       QCoreApplication::translate("lifeboat::domain::Restore",
                                                   "Turn cloud backup on; restores are possible from its first "
                                                   "snapshot on."))};
    return {};
}

}  // namespace

QString restoreKindName(RestoreKind kind)
{
    switch (kind) {
    case RestoreKind::PointInTime: return QStringLiteral("pointInTime");
    case RestoreKind::Download: return QStringLiteral("download");
    case RestoreKind::Collections: return QStringLiteral("collections");
    case RestoreKind::Automated: break;
    }
    return QStringLiteral("automated");
}

std::optional<RestoreKind> parseRestoreKind(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("automated")) return RestoreKind::Automated;
    if (t == QLatin1String("pointintime")) return RestoreKind::PointInTime;
    if (t == QLatin1String("download")) return RestoreKind::Download;
    if (t == QLatin1String("collections")) return RestoreKind::Collections;
    return std::nullopt;
}

std::optional<SnapshotFcv> snapshotFcv(const QList<FcvPin> &pins, const QDateTime &snapshotTime)
{
    if (!snapshotTime.isValid()) return std::nullopt;
    const FcvPin *best = nullptr;
    for (const FcvPin &pin : pins) {
        if (pin.fcv.isEmpty() || !pin.expiry.isValid()) continue;
        const QDateTime from = pin.start.isValid() ? pin.start : pin.expiry.addDays(-kFcvPinMaxDays);
        if (snapshotTime < from || snapshotTime > pin.expiry) continue;
        if (!best) {
            best = &pin;
            continue;
        }
        const bool known = pin.start.isValid(), bestKnown = best->start.isValid();
        if ((known && !bestKnown) || (known == bestKnown && pin.expiry > best->expiry)) best = &pin;
    }
    if (!best) return std::nullopt;
    return SnapshotFcv{best->fcv, !best->start.isValid()};
}

std::optional<FcvPin> currentPin(const Cluster &cluster, const QDateTime &now)
{
    if (cluster.featureCompatibilityVersion.isEmpty() || !cluster.featureCompatibilityVersionExpirationDate.isValid())
        return std::nullopt;
    return FcvPin{cluster.groupId,
                  cluster.name,
                  cluster.featureCompatibilityVersion,
                  now,
                  {},
                  cluster.featureCompatibilityVersionExpirationDate};
}

Findings checkVersions(const MongoVersion &snapshot, const std::optional<SnapshotFcv> &fcv, const MongoVersion &target)
{
    if (!snapshot.isValid() || !target.isValid())
        return {warn(restorecode::kVersionUnknown,
                     QCoreApplication::translate(
                         "lifeboat::domain::Restore",
                         "Lifeboat could not read the MongoDB version of the snapshot (%1) or of the target (%2).")
                         .arg(snapshot.isValid() ? snapshot.toString() : QStringLiteral("?"),
                              target.isValid() ? target.toString() : QStringLiteral("?")),
                     QCoreApplication::translate("lifeboat::domain::Restore",
                                                 "Atlas checks the versions itself when the restore starts."),
                     restorefield::kTarget)};
    if (fcv) {
        const MongoVersion pinned = MongoVersion::parse(fcv->fcv);
        Findings out;
        if (fcv->inferred)
            out.append(info(restorecode::kFcvInferred,
                            QCoreApplication::translate(
                                "lifeboat::domain::Restore",
                                "The feature compatibility version %1 was inferred: Lifeboat saw the pin but not "
                                "when it began, and treats the four weeks before its expiry as pinned.")
                                .arg(fcv->fcv)));
        if (!pinned.isValid()) {
            out.prepend(warn(restorecode::kVersionUnknown,
                             QCoreApplication::translate(
                                 "lifeboat::domain::Restore",
                                 "The snapshot's pinned feature compatibility version (%1) is not a version.")
                                 .arg(fcv->fcv),
                             QCoreApplication::translate("lifeboat::domain::Restore",
                                                         "Atlas checks the versions itself when the restore starts."),
                             restorefield::kTarget));
            return out;
        }
        if (target.major != pinned.major) {
            out.prepend(refuse(
                restorecode::kFcvMismatch,
                (fcv->inferred
                     ? QCoreApplication::translate(
                           "lifeboat::domain::Restore",
                           "The snapshot was taken while its cluster's feature compatibility version was pinned to "
                           "%1 (inferred), so it restores only to a cluster on MongoDB %2.x; the target runs %3.")
                     : QCoreApplication::translate(
                           "lifeboat::domain::Restore",
                           "The snapshot was taken while its cluster's feature compatibility version was pinned to "
                           "%1, so it restores only to a cluster on MongoDB %2.x; the target runs %3."))
                    .arg(fcv->fcv)
                    .arg(pinned.major)
                    .arg(target.toString()),
                QCoreApplication::translate("lifeboat::domain::Restore",
                                            "Restore to a cluster on MongoDB %1.x, or choose a snapshot taken when "
                                            "the feature compatibility version was not pinned.")
                    .arg(pinned.major),
                restorefield::kTarget));
            return out;
        }
        out.prepend(info(restorecode::kFcvPinned,
                         QCoreApplication::translate(
                             "lifeboat::domain::Restore",
                             "The snapshot carries the pinned feature compatibility version %1; the target's MongoDB "
                             "%2 matches it.")
                             .arg(fcv->fcv, target.toString())));
        return out;
    }
    if (target.major == snapshot.major) {
        if (target.minor >= snapshot.minor) return {};
        return {refuse(restorecode::kVersionLowerMinor,
                       QCoreApplication::translate(
                           "lifeboat::domain::Restore",
                           "The snapshot is from MongoDB %1 and the target runs %2: Atlas restores only to the same or "
                           "a newer version.")
                           .arg(snapshot.toString(), target.toString()),
                       QCoreApplication::translate("lifeboat::domain::Restore",
                                                   "Upgrade the target to MongoDB %1 or later first, or choose another "
                                                   "target.")
                           .arg(snapshot.majorMinor()),
                       restorefield::kTarget)};
    }
    if (target.major == snapshot.major + 1) return {};
    if (target.major < snapshot.major)
        return {refuse(restorecode::kVersionLowerMajor,
                       QCoreApplication::translate(
                           "lifeboat::domain::Restore",
                           "The snapshot is from MongoDB %1 and the target runs the older major version %2.")
                           .arg(snapshot.toString(), target.toString()),
                       QCoreApplication::translate("lifeboat::domain::Restore",
                                                   "Restore to a cluster on MongoDB %1 or the next major version.")
                           .arg(snapshot.majorMinor()),
                       restorefield::kTarget)};
    return {
        refuse(restorecode::kVersionTooNew,
               QCoreApplication::translate(
                   "lifeboat::domain::Restore",
                   "The snapshot is from MongoDB %1 and the target runs %2: Atlas restores at most one major "
                   "version up.")
                   .arg(snapshot.toString(), target.toString()),
               QCoreApplication::translate("lifeboat::domain::Restore", "Restore to a cluster on MongoDB %1.x or %2.x.")
                   .arg(snapshot.major)
                   .arg(snapshot.major + 1),
               restorefield::kTarget)};
}

Findings checkTiers(const RestorePlan &plan, const RestoreFacts &facts)
{
    return checkSourceTier(plan, facts) + checkTargetTier(plan, facts);
}

Findings checkTopology(const RestorePlan &plan, const RestoreFacts &facts)
{
    // Collection restores copy documents, not files: the topologies need not match.
    if (plan.sourceIsFlex || !plan.needsTarget() || plan.kind == RestoreKind::Collections) return {};
    if (!facts.source || !facts.target) return {};
    const Cluster &s = *facts.source;
    const Cluster &t = *facts.target;
    const bool sourceSharded = (facts.snapshot && !plan.snapshotId.isEmpty() && !facts.snapshot->type.isEmpty())
                                   ? facts.snapshot->isShardedCluster()
                                   : s.isSharded();
    if (sourceSharded && !t.isSharded())
        return {refuse(restorecode::kShardedToReplicaSet,
                       QCoreApplication::translate("lifeboat::domain::Restore",
                                                   "The snapshot is of a sharded cluster and %1 is a replica set: "
                                                   "Atlas restores a sharded snapshot only to a sharded cluster.")
                           .arg(t.name),
                       QCoreApplication::translate("lifeboat::domain::Restore",
                                                   "Restore to a sharded cluster with %n shard(s), or restore chosen "
                                                   "databases or collections instead.",
                                                   nullptr, s.shardCount),
                       restorefield::kTarget)};
    if (!sourceSharded && t.isSharded())
        return {refuse(restorecode::kReplicaSetToSharded,
                       QCoreApplication::translate("lifeboat::domain::Restore",
                                                   "The snapshot is of a replica set and %1 is sharded: Atlas restores "
                                                   "a snapshot only to a cluster of the same topology.")
                           .arg(t.name),
                       QCoreApplication::translate("lifeboat::domain::Restore",
                                                   "Restore to a replica set, or restore chosen databases or "
                                                   "collections instead."),
                       restorefield::kTarget)};
    if (!sourceSharded) return {};
    Findings out;
    if (s.shardCount > 0 && t.shardCount > 0 && s.shardCount != t.shardCount)
        out.append(refuse(restorecode::kShardCountMismatch,
                          QCoreApplication::translate("lifeboat::domain::Restore",
                                                      "The snapshot has %1 shards and %2 has %3: Atlas restores a "
                                                      "sharded snapshot only to the same number of shards.")
                              .arg(s.shardCount)
                              .arg(t.name)
                              .arg(t.shardCount),
                          QCoreApplication::translate("lifeboat::domain::Restore",
                                                      "Restore to a cluster with %n shard(s).", nullptr, s.shardCount),
                          restorefield::kTarget));
    const QString sourceConfig = (facts.snapshot && !facts.snapshot->configServerType.isEmpty())
                                     ? facts.snapshot->configServerType
                                     : s.configServerType;
    if (!sourceConfig.isEmpty() && !t.configServerType.isEmpty() &&
        sourceConfig.compare(t.configServerType, Qt::CaseInsensitive) != 0)
        out.append(refuse(restorecode::kConfigServerTypeMismatch,
                          QCoreApplication::translate("lifeboat::domain::Restore",
                                                      "The snapshot's config server is %1 and %2's is %3: Atlas "
                                                      "restores only to the same config-server type.")
                              .arg(sourceConfig.toLower(), t.name, t.configServerType.toLower()),
                          QCoreApplication::translate("lifeboat::domain::Restore",
                                                      "Change the target's config-server type (embedded or dedicated) "
                                                      "to match, or choose another target."),
                          restorefield::kTarget));
    return out;
}

Findings checkEncryption(const QString &sourceProvider, const QString &targetProvider,
                         const std::optional<bool> &keyPresent)
{
    const bool source = isEncrypted(sourceProvider), target = isEncrypted(targetProvider);
    Findings out;
    if (!source && target)
        out.append(refuse(restorecode::kUnencryptedToEncrypted,
                          QCoreApplication::translate(
                              "lifeboat::domain::Restore",
                              "Can't restore a non-encrypted snapshot to a cluster with Encryption at Rest enabled."),
                          QCoreApplication::translate("lifeboat::domain::Restore",
                                                      "Restore to a cluster without Encryption at Rest."),
                          restorefield::kTarget));
    else if (source && !target)
        out.append(refuse(
            restorecode::kTargetNotEncrypted,
            QCoreApplication::translate("lifeboat::domain::Restore", "Target cluster doesn't have encryption enabled."),
            QCoreApplication::translate("lifeboat::domain::Restore",
                                        "Restore to a cluster with Encryption at Rest using %1, or turn "
                                        "it on for the target first.")
                .arg(sourceProvider.toUpper()),
            restorefield::kTarget));
    else if (source && target && sourceProvider.compare(targetProvider, Qt::CaseInsensitive) != 0)
        out.append(refuse(restorecode::kEncryptionProviderMismatch,
                          QCoreApplication::translate("lifeboat::domain::Restore",
                                                      "Encryption provider of target cluster doesn't match selected "
                                                      "snapshot's encryption provider."),
                          QCoreApplication::translate("lifeboat::domain::Restore",
                                                      "Restore to a cluster encrypted with %1 (its target uses %2).")
                              .arg(sourceProvider.toUpper(), targetProvider.toUpper()),
                          restorefield::kTarget));
    if (source && keyPresent.has_value() && !*keyPresent)
        out.append(refuse(restorecode::kEncryptionKeyMissing,
                          QCoreApplication::translate("lifeboat::domain::Restore",
                                                      "Encryption credentials on snapshot aren't present."),
                          QCoreApplication::translate("lifeboat::domain::Restore",
                                                      "Restore the customer key (or its access) in %1, or choose a "
                                                      "snapshot encrypted with a key that still exists.")
                              .arg(sourceProvider.toUpper()),
                          restorefield::kSnapshot));
    return out;
}

Findings checkSnapshot(const RestorePlan &plan, const RestoreFacts &facts)
{
    const auto missing = [&](const QString &message) {
        return Findings{
            refuse(restorecode::kSnapshotMissing, message,
                   QCoreApplication::translate("lifeboat::domain::Restore", "Choose a completed snapshot of %1.")
                       .arg(sourceName(plan)),
                   restorefield::kSnapshot)};
    };
    const QString notNamed = QCoreApplication::translate("lifeboat::domain::Restore", "No snapshot was chosen.");
    const QString notFound =
        QCoreApplication::translate("lifeboat::domain::Restore", "The snapshot %1 was not found on %2.")
            .arg(plan.snapshotId, sourceName(plan));
    const QString notCompleted = QCoreApplication::translate(
        "lifeboat::domain::Restore", "The snapshot %1 is %2, not completed: only a completed snapshot restores.");
    if (plan.sourceIsFlex) {
        if (plan.snapshotId.isEmpty()) return missing(notNamed);
        if (!facts.flexSnapshot) return missing(notFound);
        if (facts.flexSnapshot->status.value != FlexJobStatus::Completed)
            return {refuse(restorecode::kSnapshotNotCompleted,
                           QString(notCompleted).arg(plan.snapshotId, facts.flexSnapshot->status.raw.toLower()),
                           QCoreApplication::translate("lifeboat::domain::Restore",
                                                       "Wait for it to complete, or choose another snapshot."),
                           restorefield::kSnapshot)};
        return {};
    }
    if (plan.kind == RestoreKind::Collections && !plan.snapshotId.isEmpty() && !plan.pit.isEmpty())
        return {refuse(
            restorecode::kPitWithSnapshot,
            QCoreApplication::translate(
                "lifeboat::domain::Restore",
                "A collection restore comes from a snapshot or from a point in time, not from both."),
            QCoreApplication::translate("lifeboat::domain::Restore", "Clear either the snapshot or the point in time."),
            restorefield::kSnapshot)};
    if (plan.snapshotId.isEmpty()) {
        if (plan.kind == RestoreKind::PointInTime) return {};
        if (plan.kind == RestoreKind::Collections && !plan.pit.isEmpty()) return {};
        return missing(notNamed);
    }
    if (!facts.snapshot) return missing(notFound);
    const Snapshot &s = *facts.snapshot;
    Findings out;
    if (s.status.value != SnapshotStatus::Completed)
        out.append(refuse(restorecode::kSnapshotNotCompleted,
                          QString(notCompleted).arg(s.id, s.status.raw.isEmpty() ? QStringLiteral("?") : s.status.raw),
                          QCoreApplication::translate("lifeboat::domain::Restore",
                                                      "Wait for it to complete, or choose another snapshot."),
                          restorefield::kSnapshot));
    if (s.snapshotType.value == SnapshotType::Fallback) {
        if (plan.kind == RestoreKind::Collections)
            out.append(refuse(restorecode::kFallbackCollectionRestore,
                              QCoreApplication::translate("lifeboat::domain::Restore",
                                                          "The snapshot %1 is a fallback snapshot: Atlas restores no "
                                                          "databases or collections from one.")
                                  .arg(s.id),
                              QCoreApplication::translate("lifeboat::domain::Restore",
                                                          "Choose a scheduled or on-demand snapshot, or restore the "
                                                          "whole fallback snapshot."),
                              restorefield::kSnapshot));
        else
            out.append(warn(restorecode::kFallbackSnapshot,
                            QCoreApplication::translate("lifeboat::domain::Restore",
                                                        "The snapshot %1 is a fallback snapshot, taken by another "
                                                        "process after a scheduled one failed: it may be "
                                                        "inconsistent.")
                                .arg(s.id),
                            QCoreApplication::translate("lifeboat::domain::Restore",
                                                        "Prefer a scheduled or on-demand snapshot when one is close "
                                                        "enough; check the data after the restore."),
                            restorefield::kSnapshot));
    }
    return out;
}

Findings checkPitInputs(const PitPoint &pit)
{
    if (pit.isEmpty())
        return {refuse(restorecode::kPitNoPoint,
                       QCoreApplication::translate("lifeboat::domain::Restore",
                                                   "A point-in-time restore needs a date and time or an oplog "
                                                   "timestamp."),
                       QCoreApplication::translate("lifeboat::domain::Restore", "Enter the moment to restore to."),
                       restorefield::kPit)};
    if (pit.utcSeconds && (pit.oplogTs || pit.oplogInc))
        return {refuse(restorecode::kPitBothForms,
                       QCoreApplication::translate("lifeboat::domain::Restore",
                                                   "Give either a date and time or an oplog timestamp and increment, "
                                                   "not both."),
                       QCoreApplication::translate("lifeboat::domain::Restore", "Clear one of them."),
                       restorefield::kPit)};
    Findings out;
    if (bool(pit.oplogTs) != bool(pit.oplogInc))
        out.append(refuse(restorecode::kPitOplogIncomplete,
                          QCoreApplication::translate("lifeboat::domain::Restore",
                                                      "An oplog point needs both its timestamp and its increment."),
                          QCoreApplication::translate("lifeboat::domain::Restore",
                                                      "Enter the timestamp (seconds) and the increment (1 or more)."),
                          restorefield::kPit));
    const std::optional<qint64> seconds = pit.seconds();
    if (seconds && *seconds < kPitMinSeconds)
        out.append(refuse(
            restorecode::kPitTooEarly,
            QCoreApplication::translate("lifeboat::domain::Restore",
                                        "%1 is before 2008-01-01: Atlas takes no earlier point in time.")
                .arg(*seconds),
            QCoreApplication::translate("lifeboat::domain::Restore", "Enter seconds since 1970-01-01 UTC, at least %1.")
                .arg(kPitMinSeconds),
            restorefield::kPit));
    if (pit.oplogInc && *pit.oplogInc < 1)
        out.append(refuse(
            restorecode::kPitOplogIncTooSmall,
            QCoreApplication::translate("lifeboat::domain::Restore", "The oplog increment is %1: it starts at 1.")
                .arg(*pit.oplogInc),
            QCoreApplication::translate("lifeboat::domain::Restore", "Enter an increment of 1 or more."),
            restorefield::kPit));
    return out;
}

QList<PitBlackout> pitBlackouts(const QList<RestoreJob> &restoresOntoSource, const QList<Snapshot> &sourceSnapshots,
                                const QDateTime &now)
{
    QList<PitBlackout> out;
    for (const RestoreJob &r : restoresOntoSource) {
        if (r.isDownload()) continue;  // a download leaves the cluster alone
        const QDateTime start = r.firstSeenAt.isValid() ? r.firstSeenAt : r.finishedAt;
        if (!start.isValid()) continue;
        PitBlackout b{start, now.addSecs(1), r.id};
        if (!r.isRunning()) {
            const QDateTime end = r.finishedAt.isValid() ? r.finishedAt : start;
            QDateTime first;
            for (const Snapshot &s : sourceSnapshots) {
                if (s.status.value != SnapshotStatus::Completed || !s.createdAt.isValid() || s.createdAt <= end)
                    continue;
                if (!first.isValid() || s.createdAt < first) first = s.createdAt;
            }
            if (first.isValid()) b.until = first;
        }
        out.append(b);
    }
    return out;
}

Findings checkPitTime(const PitPoint &pit, const RestoreFacts &facts)
{
    const std::optional<qint64> seconds = pit.seconds();
    if (!seconds || !facts.source) return {};
    const Cluster &s = *facts.source;
    if (!s.pitEnabled || !s.backupEnabled)
        return {refuse(restorecode::kPitNotEnabled,
                       QCoreApplication::translate("lifeboat::domain::Restore",
                                                   "Continuous Cloud Backup is off for %1: there is no oplog to "
                                                   "replay to a point in time.")
                           .arg(s.name),
                       QCoreApplication::translate("lifeboat::domain::Restore",
                                                   "Restore a snapshot instead, or turn on Continuous Cloud Backup "
                                                   "(the window starts then)."),
                       restorefield::kPit)};
    const QDateTime t = QDateTime::fromSecsSinceEpoch(*seconds, Qt::UTC);
    if (facts.now.isValid() && t > facts.now)
        return {refuse(
            restorecode::kPitInFuture,
            QCoreApplication::translate("lifeboat::domain::Restore", "%1 is in the future (Atlas's clock reads %2).")
                .arg(utcText(t), utcText(facts.now)),
            QCoreApplication::translate("lifeboat::domain::Restore", "Choose a moment in the past."),
            restorefield::kPit)};
    const auto window = pitWindow(s, facts.sourceSchedule, facts.sourceSnapshots, facts.now);
    if (!window)
        return {refuse(restorecode::kPitOutsideWindow,
                       QCoreApplication::translate("lifeboat::domain::Restore",
                                                   "%1 has no restore window yet: it needs a completed snapshot and "
                                                   "a restore window of at least one day.")
                           .arg(s.name),
                       QCoreApplication::translate("lifeboat::domain::Restore",
                                                   "Wait for the first snapshot, or set the restore window in the "
                                                   "backup policy."),
                       restorefield::kPit)};
    if (t < window->from)
        return {refuse(restorecode::kPitOutsideWindow,
                       QCoreApplication::translate("lifeboat::domain::Restore",
                                                   "%1 is outside %2's restore window, which goes back to %3.")
                           .arg(utcText(t), s.name, utcText(window->from)),
                       QCoreApplication::translate("lifeboat::domain::Restore", "Choose a moment from %1 to %2.")
                           .arg(utcText(window->from), utcText(window->to)),
                       restorefield::kPit)};
    for (const PitBlackout &b : pitBlackouts(facts.restoresOntoSource, facts.sourceSnapshots, facts.now)) {
        if (!b.contains(t)) continue;
        const bool open = b.until > facts.now;
        return {refuse(
            restorecode::kPitBlackout,
            open ? QCoreApplication::translate("lifeboat::domain::Restore",
                                               "%1 falls after the restore %2 onto %3 began (%4) and "
                                               "before any snapshot taken after it: the oplog cannot be "
                                               "replayed across a restore.")
                       .arg(utcText(t), b.restoreJobId, s.name, utcText(b.from))
                 : QCoreApplication::translate("lifeboat::domain::Restore",
                                               "%1 falls between the start of the restore %2 onto %3 (%4) "
                                               "and the first snapshot after it (%5): the oplog cannot be "
                                               "replayed across a restore.")
                       .arg(utcText(t), b.restoreJobId, s.name, utcText(b.from), utcText(b.until)),
            open ? QCoreApplication::translate("lifeboat::domain::Restore",
                                               "Choose a moment before %1, or wait for the next snapshot.")
                       .arg(utcText(b.from))
                 : QCoreApplication::translate("lifeboat::domain::Restore", "Choose a moment before %1 or from %2 on.")
                       .arg(utcText(b.from), utcText(b.until)),
            restorefield::kPit)};
    }
    return {};
}

Findings checkTargetState(const RestorePlan &plan, const RestoreFacts &facts)
{
    if (!plan.needsTarget() || (!facts.target && !facts.targetFlex)) return {};
    const QString name = facts.target ? facts.target->name : facts.targetFlex->name;
    Findings out;
    const QString runningFix =
        QCoreApplication::translate("lifeboat::domain::Restore", "Wait for it to end, or cancel it first.");
    for (const RestoreJob &r : facts.restoresOntoTarget) {
        if (!r.isRunning() || r.isDownload()) continue;
        out.append(refuse(restorecode::kRestoreRunning,
                          QCoreApplication::translate("lifeboat::domain::Restore",
                                                      "A restore (%1) is already running onto %2: Atlas runs one "
                                                      "restore at a time per cluster.")
                              .arg(r.id, name),
                          runningFix, restorefield::kTarget));
        break;
    }
    for (const FlexRestoreJob &r : facts.flexRestoresOntoTarget) {
        if (!r.isRunning() || r.isDownload() || hasFinding(out, restorecode::kRestoreRunning)) continue;
        out.append(refuse(restorecode::kRestoreRunning,
                          QCoreApplication::translate("lifeboat::domain::Restore",
                                                      "A restore (%1) is already running onto %2: Atlas runs one "
                                                      "restore at a time per cluster.")
                              .arg(r.id, name),
                          runningFix, restorefield::kTarget));
    }
    for (const CollectionRestoreJob &r : facts.collectionRestoresOnTarget) {
        if (!r.isRunning()) continue;
        if (plan.kind == RestoreKind::Collections)
            out.append(refuse(restorecode::kCollectionRestoreRunning,
                              QCoreApplication::translate("lifeboat::domain::Restore",
                                                          "A collection restore (%1) is already running on %2: Atlas "
                                                          "runs one collection restore at a time per cluster.")
                                  .arg(r.id, name),
                              runningFix, restorefield::kTarget));
        else if (!hasFinding(out, restorecode::kRestoreRunning))
            out.append(refuse(restorecode::kRestoreRunning,
                              QCoreApplication::translate("lifeboat::domain::Restore",
                                                          "A collection restore (%1) is running on %2: a whole-cluster "
                                                          "restore would replace what it writes.")
                                  .arg(r.id, name),
                              runningFix, restorefield::kTarget));
        break;
    }
    if (plan.kind == RestoreKind::Collections && !hasFinding(out, restorecode::kCollectionRestoreRunning)) {
        for (const CollectionRestoreJob &r : facts.collectionRestoresOnSource) {
            if (!r.isRunning()) continue;
            out.append(refuse(restorecode::kCollectionRestoreRunning,
                              QCoreApplication::translate("lifeboat::domain::Restore",
                                                          "A collection restore (%1) is already running from %2: "
                                                          "Atlas runs one collection restore at a time per cluster.")
                                  .arg(r.id, plan.sourceClusterName),
                              runningFix, restorefield::kTarget));
            break;
        }
    }
    if (facts.target) {
        const Cluster &t = *facts.target;
        if (t.paused)
            out.append(refuse(restorecode::kTargetPaused,
                              QCoreApplication::translate("lifeboat::domain::Restore",
                                                          "%1 is paused: Atlas restores only to a running cluster.")
                                  .arg(t.name),
                              QCoreApplication::translate("lifeboat::domain::Restore", "Resume %1 first.").arg(t.name),
                              restorefield::kTarget));
        else if (t.stateName.value == ClusterState::Creating || t.stateName.value == ClusterState::Deleting)
            out.append(refuse(
                restorecode::kTargetUnavailable,
                QCoreApplication::translate("lifeboat::domain::Restore", "%1 is %2: it cannot take a restore now.")
                    .arg(t.name, t.stateName.raw.toLower()),
                QCoreApplication::translate("lifeboat::domain::Restore",
                                            "Wait until it is idle, or choose another target."),
                restorefield::kTarget));
        else if (!hasFinding(out, restorecode::kRestoreRunning) &&
                 (t.stateName.value == ClusterState::Updating || t.stateName.value == ClusterState::Repairing))
            out.append(warn(restorecode::kTargetNotIdle,
                            QCoreApplication::translate("lifeboat::domain::Restore",
                                                        "%1 is %2: the restore may wait until that change is done.")
                                .arg(t.name, t.stateName.raw.toLower()),
                            QCoreApplication::translate("lifeboat::domain::Restore",
                                                        "Wait until it is idle for a predictable restore."),
                            restorefield::kTarget));
    }
    if (plan.kind == RestoreKind::Automated || plan.kind == RestoreKind::PointInTime) {
        out.append(warn(restorecode::kTargetWiped,
                        QCoreApplication::translate("lifeboat::domain::Restore",
                                                    "Every database on %1 is deleted and replaced by the restored "
                                                    "data, and %1 refuses reads and writes until the restore ends.")
                            .arg(name),
                        QCoreApplication::translate("lifeboat::domain::Restore",
                                                    "Stop the applications that use %1 first; restart them after the "
                                                    "restore.")
                            .arg(name),
                        restorefield::kTarget));
    } else if (plan.kind == RestoreKind::Collections) {
        const CollectionRestoreOptions &o = plan.collections;
        QStringList names;
        for (const NamespaceMapping &m : o.databases) {
            const QString db = targetNamespace(m, false, o);
            bool any = false;
            for (const QString &ns : facts.targetNamespaces)
                if (ns.startsWith(db + u'.')) {
                    names.append(ns);
                    any = true;
                }
            if (!any) names.append(db);
        }
        for (const NamespaceMapping &m : o.collections) names.append(targetNamespace(m, true, o));
        names.removeDuplicates();
        if (o.writeStrategy == WriteStrategy::OverwriteExisting)
            out.append(warn(restorecode::kNamespacesOverwritten,
                            QCoreApplication::translate("lifeboat::domain::Restore",
                                                        "On %1 these namespaces are dropped and replaced, and writes "
                                                        "to them while the restore runs are lost: %2.")
                                .arg(name, listed(names)),
                            QCoreApplication::translate("lifeboat::domain::Restore",
                                                        "Stop writes to them first, or choose \"create new\" to "
                                                        "restore beside them."),
                            restorefield::kNamespaces));
        else
            out.append(info(restorecode::kNamespacesCreated,
                            QCoreApplication::translate("lifeboat::domain::Restore",
                                                        "On %1 the restored namespaces are created as new (%2); one "
                                                        "whose name is taken gets a new name, nothing is "
                                                        "overwritten.")
                                .arg(name, listed(names)),
                            {}, restorefield::kNamespaces));
    }
    return out;
}

bool isValidDatabaseName(const QString &name)
{
    if (name.isEmpty() || name.toUtf8().size() >= 64) return false;
    static const QString forbidden = QStringLiteral("/\\. \"$*<>:|?");
    for (QChar c : name)
        if (forbidden.contains(c) || c.unicode() == 0) return false;
    return true;
}

bool isValidCollectionName(const QString &name)
{
    if (name.isEmpty() || name.startsWith(QLatin1String("system.")) || name.startsWith(u'.') || name.endsWith(u'.'))
        return false;
    for (QChar c : name)
        if (c == u'$' || c.unicode() == 0) return false;
    return name.toUtf8().size() < 255;
}

namespace {
bool isValidCollectionNamespace(const QString &ns)
{
    const qsizetype dot = ns.indexOf(u'.');
    return dot > 0 && isValidDatabaseName(ns.left(dot)) && isValidCollectionName(ns.mid(dot + 1));
}
}  // namespace

Findings checkCollectionOptions(const CollectionRestoreOptions &o)
{
    Findings out;
    if (o.databases.isEmpty() && o.collections.isEmpty())
        return {
            refuse(restorecode::kNoNamespaces,
                   QCoreApplication::translate("lifeboat::domain::Restore", "No database or collection was chosen."),
                   QCoreApplication::translate("lifeboat::domain::Restore",
                                               "Choose at least one database or collection to restore."),
                   restorefield::kNamespaces)};
    if (o.databases.size() > kCollectionRestoreMaxDatabases)
        out.append(refuse(restorecode::kTooManyDatabases,
                          QCoreApplication::translate("lifeboat::domain::Restore",
                                                      "%1 databases are listed: Atlas restores at most %2 in one job.")
                              .arg(o.databases.size())
                              .arg(kCollectionRestoreMaxDatabases),
                          QCoreApplication::translate("lifeboat::domain::Restore",
                                                      "Split the restore into several jobs, one after the other."),
                          restorefield::kNamespaces));
    if (o.collections.size() > kCollectionRestoreMaxCollections)
        out.append(refuse(restorecode::kTooManyCollections,
                          QCoreApplication::translate("lifeboat::domain::Restore",
                                                      "%1 collections are listed: Atlas restores at most %2 in one "
                                                      "job (a whole database counts once).")
                              .arg(o.collections.size())
                              .arg(kCollectionRestoreMaxCollections),
                          QCoreApplication::translate("lifeboat::domain::Restore",
                                                      "List whole databases instead, or split the restore."),
                          restorefield::kNamespaces));
    QStringList invalid, duplicates;
    QSet<QString> seen;
    for (const NamespaceMapping &m : o.databases) {
        if (!isValidDatabaseName(m.source)) invalid.append(m.source.isEmpty() ? QStringLiteral("\"\"") : m.source);
        if (!m.target.isEmpty() && !isValidDatabaseName(m.target)) invalid.append(m.target);
        if (seen.contains(m.source)) duplicates.append(m.source);
        seen.insert(m.source);
    }
    for (const NamespaceMapping &m : o.collections) {
        if (!isValidCollectionNamespace(m.source))
            invalid.append(m.source.isEmpty() ? QStringLiteral("\"\"") : m.source);
        if (!m.target.isEmpty() && !isValidCollectionNamespace(m.target)) invalid.append(m.target);
        if (seen.contains(m.source)) duplicates.append(m.source);
        seen.insert(m.source);
    }
    if (!invalid.isEmpty())
        out.append(refuse(
            restorecode::kInvalidNamespace,
            QCoreApplication::translate("lifeboat::domain::Restore", "Not a valid database or db.collection name: %1.")
                .arg(listed(invalid)),
            QCoreApplication::translate("lifeboat::domain::Restore",
                                        "Write a database as db and a collection as db.collection; "
                                        "database names take no / \\ . space \" $ * < > : | ?, "
                                        "collection names no $ and no system. prefix."),
            restorefield::kNamespaces));
    if (!duplicates.isEmpty())
        out.append(refuse(restorecode::kDuplicateNamespace,
                          QCoreApplication::translate("lifeboat::domain::Restore", "Listed more than once: %1.")
                              .arg(listed(duplicates)),
                          QCoreApplication::translate("lifeboat::domain::Restore", "List each namespace once."),
                          restorefield::kNamespaces));
    const bool badDbSuffix =
        !o.databaseSuffix.isEmpty() && !isValidDatabaseName(QStringLiteral("d") + o.databaseSuffix);
    const bool badCollSuffix =
        !o.collectionSuffix.isEmpty() && !isValidCollectionName(QStringLiteral("c") + o.collectionSuffix);
    if (badDbSuffix || badCollSuffix)
        out.append(
            refuse(restorecode::kInvalidSuffix,
                   QCoreApplication::translate("lifeboat::domain::Restore",
                                               "The suffix \"%1\" would make names that are not valid.")
                       .arg(badDbSuffix ? o.databaseSuffix : o.collectionSuffix),
                   QCoreApplication::translate("lifeboat::domain::Restore", "Use letters, digits, _ or - in a suffix."),
                   restorefield::kSuffix));
    return out;
}

QStringList rolesThatMayStart(RestoreKind kind)
{
    QStringList roles{QStringLiteral("GROUP_OWNER"), QStringLiteral("GROUP_BACKUP_MANAGER"),
                      QStringLiteral("GROUP_BACKUP_RECOVERY_OPERATOR")};
    if (kind == RestoreKind::Download) roles.append(QStringLiteral("GROUP_BACKUP_EXPORT_OPERATOR"));
    return roles;
}

Findings checkRoles(RestoreKind kind, const std::optional<QStringList> &roles, bool targetProject)
{
    if (!roles) return {};
    const QStringList needed = rolesThatMayStart(kind);
    for (const QString &r : *roles)
        if (needed.contains(r, Qt::CaseInsensitive)) return {};
    const QString which = kind == RestoreKind::Download
                              ? QCoreApplication::translate("lifeboat::domain::Restore",
                                                            "Project Owner, Project Backup Manager, Project Backup "
                                                            "Recovery Operator or Project Backup Export Operator")
                              : QCoreApplication::translate("lifeboat::domain::Restore",
                                                            "Project Owner, Project Backup Manager or Project Backup "
                                                            "Recovery Operator");
    return {
        refuse(restorecode::kRoleMissing,
               targetProject ? QCoreApplication::translate("lifeboat::domain::Restore",
                                                           "Your role in the target project cannot start this "
                                                           "restore: it needs %1.")
                                   .arg(which)
                             : QCoreApplication::translate("lifeboat::domain::Restore",
                                                           "Your role in the source project cannot start this "
                                                           "restore: it needs %1.")
                                   .arg(which),
               QCoreApplication::translate("lifeboat::domain::Restore", "Ask a Project Owner for one of these roles."),
               targetProject ? restorefield::kTarget : QString())};
}

namespace {

Findings versionFindings(const RestorePlan &plan, const RestoreFacts &facts)
{
    if (!plan.needsTarget() || (!facts.target && !facts.targetFlex)) return {};
    const MongoVersion target =
        MongoVersion::parse(facts.target ? facts.target->mongoDBVersion : facts.targetFlex->mongoDBVersion);
    const std::optional<SnapshotFcv> fcv =
        plan.sourceIsFlex ? std::nullopt : snapshotFcv(allPins(facts), dataTime(plan, facts));
    return checkVersions(dataVersion(plan, facts), fcv, target);
}

Findings encryptionFindings(const RestorePlan &plan, const RestoreFacts &facts)
{
    // Collection restores copy documents and downloads leave the cluster: neither needs matching keys.
    if (plan.sourceIsFlex || (plan.kind != RestoreKind::Automated && plan.kind != RestoreKind::PointInTime)) return {};
    if (!facts.source || !facts.target) return {};
    return checkEncryption(snapshotProvider(facts), facts.target->encryptionAtRestProvider, facts.snapshotKeyPresent);
}

Findings targetRoleFindings(const RestorePlan &plan, const RestoreFacts &facts)
{
    if (!plan.needsTarget()) return {};
    if (!plan.targetGroupId.isEmpty() && plan.targetGroupId != plan.sourceGroupId)
        return checkRoles(plan.kind, facts.targetRoles, true);
    return {};
}

}  // namespace

Findings checkRestoreTarget(const RestorePlan &plan, const RestoreFacts &facts)
{
    Findings out = checkTargetTier(plan, facts);
    if (isRefused(out)) return out;
    out += versionFindings(plan, facts);
    out += checkTopology(plan, facts);
    out += encryptionFindings(plan, facts);
    out += checkTargetState(plan, facts);
    out += targetRoleFindings(plan, facts);
    return out;
}

Findings checkRestore(const RestorePlan &plan, const RestoreFacts &facts)
{
    Findings out = checkSourceTier(plan, facts);
    if (isRefused(out)) {
        out += checkRoles(plan.kind, facts.sourceRoles, false);
        return out;
    }
    out += checkSnapshot(plan, facts);
    const bool usesPit = plan.kind == RestoreKind::PointInTime ||
                         (plan.kind == RestoreKind::Collections && plan.snapshotId.isEmpty() && !plan.pit.isEmpty());
    if (usesPit && !plan.sourceIsFlex) {
        const Findings inputs = checkPitInputs(plan.pit);
        out += inputs;
        if (!isRefused(inputs)) out += checkPitTime(plan.pit, facts);
    }
    if (plan.kind == RestoreKind::Collections) out += checkCollectionOptions(plan.collections);
    out += checkRestoreTarget(plan, facts);
    out += checkRoles(plan.kind, facts.sourceRoles, false);
    if (plan.kind == RestoreKind::Download)
        out.append(info(restorecode::kDownloadLink,
                        plan.sourceIsFlex
                            ? QCoreApplication::translate("lifeboat::domain::Restore",
                                                          "Atlas prepares a download link to the snapshot; it works "
                                                          "for four hours.")
                            : QCoreApplication::translate("lifeboat::domain::Restore",
                                                          "Atlas prepares a download link (one per shard for a "
                                                          "sharded cluster); it works once, for one hour, and only "
                                                          "from an address in the project's IP access list.")));
    return out;
}

}  // namespace lifeboat::domain
