#pragma once
// The restore rules (DESIGN.md §4, atlas-domain.md §2, §4, §8): what a restore needs, and
// why it cannot run, in words, before anything is sent. Pure functions; the facts come from
// the caller (the job reads them fresh from the API, a view passes what the cache holds).
// Logic and tests use the stable codes (restorecode::k...), never the sentences.
#include "domain/cluster.h"
#include "domain/compliance.h"
#include "domain/finding.h"
#include "domain/pitwindow.h"
#include "domain/restorejob.h"
#include "domain/schedule.h"
#include "domain/snapshot.h"
#include "domain/version.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace lifeboat::domain {

// The kind of restore, for a dedicated source. A Flex source: Automated = Flex restore to
// a cluster, Download = Flex download.
enum class RestoreKind { Automated, PointInTime, Download, Collections };
QString restoreKindName(RestoreKind kind);  // "automated" | "pointInTime" | "download" | "collections" (stable)
std::optional<RestoreKind> parseRestoreKind(const QString &text);

struct NamespaceMapping {
    QString source;  // "db" or "db.coll"
    QString target;  // empty: the same name (suffixes still apply)
};
inline constexpr int kCollectionRestoreMaxDatabases = 100;
inline constexpr int kCollectionRestoreMaxCollections = 100;
struct CollectionRestoreOptions {
    QList<NamespaceMapping> databases;    // ≤100
    QList<NamespaceMapping> collections;  // ≤100
    WriteStrategy writeStrategy = WriteStrategy::CreateNew;
    IndexStrategy indexStrategy = IndexStrategy::All;
    QString databaseSuffix;
    QString collectionSuffix;
};

// Atlas's lower bound for pointInTimeUTCSeconds and oplogTs (2008-01-01T00:00:00Z).
inline constexpr qint64 kPitMinSeconds = 1199145600;
struct PitPoint {
    std::optional<qint64> utcSeconds;
    std::optional<qint64> oplogTs;
    std::optional<qint64> oplogInc;
    bool isEmpty() const { return !utcSeconds && !oplogTs && !oplogInc; }
    // The moment it names: utcSeconds, else oplogTs; nullopt when neither.
    std::optional<qint64> seconds() const { return utcSeconds ? utcSeconds : oplogTs; }
};

struct RestorePlan {  // what the user asks for
    RestoreKind kind = RestoreKind::Automated;
    QString sourceGroupId;
    QString sourceClusterName;
    bool sourceIsFlex = false;
    QString snapshotId;  // empty for a PIT restore (optional there)
    PitPoint pit;        // PointInTime; Collections may use it instead of snapshotId
    QString targetGroupId;
    QString targetClusterName;  // empty for Download
    bool targetIsFlex = false;
    CollectionRestoreOptions collections;  // Collections only

    bool needsTarget() const { return kind != RestoreKind::Download; }
    // Whether the target's data is replaced (the typed confirmation is needed): automated,
    // point in time, and a collection restore that overwrites.
    bool replacesTargetData() const
    {
        return kind == RestoreKind::Automated || kind == RestoreKind::PointInTime ||
               (kind == RestoreKind::Collections && collections.writeStrategy == WriteStrategy::OverwriteExisting);
    }
};

// A pinned feature compatibility version Lifeboat saw on a cluster.
struct FcvPin {
    QString groupId;
    QString clusterName;
    QString fcv;          // "7.0"
    QDateTime firstSeen;  // when Lifeboat first saw this pin
    QDateTime start;      // when the pin began; invalid: never seen (the cluster was pinned when first seen)
    QDateTime expiry;     // featureCompatibilityVersionExpirationDate
};
inline constexpr int kFcvPinMaxDays = 28;  // Atlas pins for at most four weeks
// The FCV a snapshot was taken with when its cluster's FCV was pinned: the pin whose
// [start, expiry] (both inclusive) holds the snapshot's time; a pin whose start was never
// seen counts from expiry - 28 days, and `inferred` says so. A pin with a known start wins
// over an inferred one; then the later expiry. nullopt: not pinned.
struct SnapshotFcv {
    QString fcv;
    bool inferred = false;
};
std::optional<SnapshotFcv> snapshotFcv(const QList<FcvPin> &pins, const QDateTime &snapshotTime);
// The pin a cluster carries now (featureCompatibilityVersion + its expiry), start unknown.
std::optional<FcvPin> currentPin(const Cluster &cluster, const QDateTime &now);

struct RestoreFacts {  // read fresh by the job (or from the cache by a view)
    QDateTime now;     // the SERVER's clock (Date header), not the desktop's
    std::optional<Cluster> source;
    std::optional<FlexCluster> sourceFlex;
    std::optional<Snapshot> snapshot;
    std::optional<FlexSnapshot> flexSnapshot;
    std::optional<BackupSchedule> sourceSchedule;  // restore window, PIT
    QList<Snapshot> sourceSnapshots;               // for the PIT window / blackout
    QList<RestoreJob> restoresOntoSource;          // for the blackout (restores whose target was the source)
    std::optional<Cluster> target;
    std::optional<FlexCluster> targetFlex;
    QList<RestoreJob> restoresOntoTarget;  // running ones refuse
    QList<CollectionRestoreJob> collectionRestoresOnTarget;
    QList<CollectionRestoreJob> collectionRestoresOnSource;  // one collection restore per cluster, source or target
    QList<FlexRestoreJob> flexRestoresOntoTarget;            // running ones refuse
    std::optional<CompliancePolicy> targetCompliance;
    QList<FcvPin> sourcePins;
    std::optional<bool> snapshotKeyPresent;               // nullopt: unknown
    std::optional<QStringList> sourceRoles, targetRoles;  // Atlas role names (GROUP_OWNER, ...); nullopt: unknown
    QStringList targetNamespaces;  // "db.coll" present on the target, when known (OVERWRITE_EXISTING finding)
};

// Stable codes of the findings.
namespace restorecode {
// the plan itself
inline const QString kSourceMissing = QStringLiteral("sourceMissing");      // the source cluster was not found
inline const QString kTargetMissing = QStringLiteral("targetMissing");      // no target named / not found
inline const QString kSnapshotMissing = QStringLiteral("snapshotMissing");  // no snapshot named / not found
inline const QString kSnapshotNotCompleted = QStringLiteral("snapshotNotCompleted");
inline const QString kFallbackSnapshot = QStringLiteral("fallbackSnapshot");                    // warn
inline const QString kFallbackCollectionRestore = QStringLiteral("fallbackCollectionRestore");  // refuse
// versions
inline const QString kVersionUnknown = QStringLiteral("versionUnknown");  // warn: a version could not be read
inline const QString kVersionLowerMinor = QStringLiteral("versionLowerMinor");
inline const QString kVersionLowerMajor = QStringLiteral("versionLowerMajor");
inline const QString kVersionTooNew = QStringLiteral("versionTooNew");  // two majors up or more
inline const QString kFcvMismatch = QStringLiteral("fcvMismatch");      // pinned FCV's major != target major
inline const QString kFcvPinned = QStringLiteral("fcvPinned");          // info: the snapshot carries a pinned FCV
inline const QString kFcvInferred = QStringLiteral("fcvInferred");      // info/with a refusal: the pin was inferred
// tiers
inline const QString kFreeTierSource = QStringLiteral("freeTierSource");
inline const QString kFreeTierTarget = QStringLiteral("freeTierTarget");
inline const QString kBackupOff = QStringLiteral("backupOff");  // source has no cloud backup
inline const QString kFlexKind = QStringLiteral("flexKind");    // PIT / collection restore from a Flex source
inline const QString kFlexToSharded = QStringLiteral("flexToSharded");
inline const QString kFlexTarget = QStringLiteral("flexTarget");  // a dedicated snapshot onto a Flex cluster
// topology
inline const QString kShardedToReplicaSet = QStringLiteral("shardedToReplicaSet");
inline const QString kReplicaSetToSharded = QStringLiteral("replicaSetToSharded");
inline const QString kShardCountMismatch = QStringLiteral("shardCountMismatch");
inline const QString kConfigServerTypeMismatch = QStringLiteral("configServerTypeMismatch");
// encryption at rest
inline const QString kUnencryptedToEncrypted = QStringLiteral("unencryptedToEncrypted");
inline const QString kTargetNotEncrypted = QStringLiteral("targetNotEncrypted");
inline const QString kEncryptionProviderMismatch = QStringLiteral("encryptionProviderMismatch");
inline const QString kEncryptionKeyMissing = QStringLiteral("encryptionKeyMissing");
// point in time
inline const QString kPitNotEnabled = QStringLiteral("pitNotEnabled");
inline const QString kPitNoPoint = QStringLiteral("pitNoPoint");
inline const QString kPitBothForms = QStringLiteral("pitBothForms");
inline const QString kPitOplogIncomplete = QStringLiteral("pitOplogIncomplete");  // ts without inc or inc without ts
inline const QString kPitOplogIncTooSmall = QStringLiteral("pitOplogIncTooSmall");
inline const QString kPitTooEarly = QStringLiteral("pitTooEarly");  // < 1199145600
inline const QString kPitOutsideWindow = QStringLiteral("pitOutsideWindow");
inline const QString kPitInFuture = QStringLiteral("pitInFuture");
inline const QString kPitBlackout = QStringLiteral("pitBlackout");
inline const QString kPitWithSnapshot = QStringLiteral("pitWithSnapshot");  // a collection restore names both
// the target
inline const QString kRestoreRunning = QStringLiteral("restoreRunning");
inline const QString kCollectionRestoreRunning = QStringLiteral("collectionRestoreRunning");
inline const QString kTargetPaused = QStringLiteral("targetPaused");
inline const QString kTargetNotIdle = QStringLiteral("targetNotIdle");          // warn (creating/deleting refuse)
inline const QString kTargetUnavailable = QStringLiteral("targetUnavailable");  // creating / deleting
inline const QString kTargetWiped = QStringLiteral("targetWiped");              // warn
inline const QString kNamespacesOverwritten = QStringLiteral("namespacesOverwritten");  // warn
inline const QString kNamespacesCreated = QStringLiteral("namespacesCreated");          // info
inline const QString kDownloadLink = QStringLiteral("downloadLink");                    // info
// collection restore
inline const QString kNoNamespaces = QStringLiteral("noNamespaces");
inline const QString kTooManyDatabases = QStringLiteral("tooManyDatabases");
inline const QString kTooManyCollections = QStringLiteral("tooManyCollections");
inline const QString kInvalidNamespace = QStringLiteral("invalidNamespace");
inline const QString kInvalidSuffix = QStringLiteral("invalidSuffix");
inline const QString kDuplicateNamespace = QStringLiteral("duplicateNamespace");
// roles
inline const QString kRoleMissing = QStringLiteral("roleMissing");
}  // namespace restorecode

namespace restorefield {
inline const QString kSnapshot = QStringLiteral("snapshotId");
inline const QString kPit = QStringLiteral("pit");
inline const QString kTarget = QStringLiteral("targetClusterName");
inline const QString kNamespaces = QStringLiteral("namespaces");
inline const QString kSuffix = QStringLiteral("suffix");
inline const QString kKind = QStringLiteral("kind");
}  // namespace restorefield

// All rules, in a stable order (plan, snapshot, versions, tiers, topology, encryption, PIT,
// target, collections, roles).
Findings checkRestore(const RestorePlan &plan, const RestoreFacts &facts);
// Only the target-dependent rules (Destination page marking; cheap): M0 / Flex target,
// versions, topology, encryption, a restore running on it, its state, the target role.
Findings checkRestoreTarget(const RestorePlan &plan, const RestoreFacts &facts);

// One public function per rule, so tests can table-test each boundary.
// DESIGN.md §4: same major with equal or higher minor, or the next major; a pinned FCV
// replaces both: the target's major must equal the FCV's.
Findings checkVersions(const MongoVersion &snapshot, const std::optional<SnapshotFcv> &fcv, const MongoVersion &target);
Findings checkTiers(const RestorePlan &plan, const RestoreFacts &facts);     // M0, backup off, Flex
Findings checkTopology(const RestorePlan &plan, const RestoreFacts &facts);  // shards, config servers
// Encryption at rest: providers "NONE"/empty mean not encrypted.
Findings checkEncryption(const QString &sourceProvider, const QString &targetProvider,
                         const std::optional<bool> &keyPresent);
Findings checkSnapshot(const RestorePlan &plan, const RestoreFacts &facts);  // found, completed, fallback
Findings checkPitInputs(const PitPoint &pit);
// Windows the oplog cannot be replayed into: from the start of each whole-cluster restore
// onto the source (its firstSeenAt) until the first completed snapshot after it ended. A
// restore still running (or one with no completed snapshot after it yet) is open until now.
struct PitBlackout {
    QDateTime from;   // inclusive
    QDateTime until;  // exclusive: that snapshot's time is a valid point again
    QString restoreJobId;
    bool contains(const QDateTime &t) const { return t >= from && t < until; }
};
QList<PitBlackout> pitBlackouts(const QList<RestoreJob> &restoresOntoSource, const QList<Snapshot> &sourceSnapshots,
                                const QDateTime &now);
// Continuous backup on, the point inside pitWindow(...) and outside every blackout.
Findings checkPitTime(const PitPoint &pit, const RestoreFacts &facts);
Findings checkTargetState(const RestorePlan &plan, const RestoreFacts &facts);  // running restores, paused, wipe
Findings checkCollectionOptions(const CollectionRestoreOptions &options);
bool isValidDatabaseName(const QString &name);
bool isValidCollectionName(const QString &name);
// The roles that may start this kind (atlas-domain.md §8.2): Project Owner, Backup Manager,
// Backup Recovery Operator; a download also Backup Export Operator.
QStringList rolesThatMayStart(RestoreKind kind);
Findings checkRoles(RestoreKind kind, const std::optional<QStringList> &roles, bool targetProject);

}  // namespace lifeboat::domain
