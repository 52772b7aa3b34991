// The restore rules of models/domain (domain/restore.h), table-driven on both sides of
// every boundary: versions and the pinned FCV, the FCV pin inference, tiers and Flex,
// topology, encryption at rest, the snapshot, PIT inputs, the PIT window and the blackout
// after a restore, the target's state, collection restore limits, roles; and the derived
// restore state and duration estimate.
#include "domain/restore.h"

#include <QTest>

using namespace lifeboat::domain;

Q_DECLARE_METATYPE(lifeboat::domain::RestoreKind)
Q_DECLARE_METATYPE(lifeboat::domain::RestoreState)
Q_DECLARE_METATYPE(lifeboat::domain::PitPoint)

namespace {

const QDateTime kNow(QDate(2026, 12, 2), QTime(12, 0), Qt::UTC);
constexpr qint64 kDay = 86400;

Cluster cluster(const QString &name, const QString &version = QStringLiteral("8.0.4"))
{
    Cluster c;
    c.id = name + QStringLiteral("-id");
    c.groupId = QStringLiteral("g1");
    c.name = name;
    c.clusterType = parseClusterType(QStringLiteral("REPLICASET"));
    c.mongoDBVersion = version;
    c.mongoDBMajorVersion = MongoVersion::parse(version).majorMinor();
    c.backupEnabled = true;
    c.pitEnabled = true;
    c.encryptionAtRestProvider = QStringLiteral("NONE");
    c.stateName = parseClusterState(QStringLiteral("IDLE"));
    c.shardCount = 1;
    c.instanceSize = QStringLiteral("M10");
    c.providerName = QStringLiteral("AWS");
    return c;
}

Cluster sharded(const QString &name, int shards, const QString &config = QStringLiteral("DEDICATED"))
{
    Cluster c = cluster(name);
    c.clusterType = parseClusterType(QStringLiteral("SHARDED"));
    c.shardCount = shards;
    c.configServerType = config;
    return c;
}

Snapshot snap(const QString &id, const QDateTime &created, SnapshotStatus status = SnapshotStatus::Completed,
              SnapshotType type = SnapshotType::Scheduled)
{
    Snapshot s;
    s.id = id;
    s.groupId = QStringLiteral("g1");
    s.clusterName = QStringLiteral("src");
    s.createdAt = created;
    s.status.value = status;
    s.status.raw = status == SnapshotStatus::Completed ? QStringLiteral("completed") : QStringLiteral("inProgress");
    s.snapshotType.value = type;
    s.snapshotType.raw = QStringLiteral("x");
    s.mongodVersion = QStringLiteral("8.0.4");
    s.type = QStringLiteral("replicaSet");
    return s;
}

BackupSchedule windowDays(int days)
{
    BackupSchedule b;
    b.clusterName = QStringLiteral("src");
    b.restoreWindowDays = days;
    return b;
}

RestorePlan automated()
{
    RestorePlan p;
    p.kind = RestoreKind::Automated;
    p.sourceGroupId = QStringLiteral("g1");
    p.sourceClusterName = QStringLiteral("src");
    p.snapshotId = QStringLiteral("s1");
    p.targetGroupId = QStringLiteral("g1");
    p.targetClusterName = QStringLiteral("dst");
    return p;
}

RestorePlan pitPlan(qint64 seconds)
{
    RestorePlan p = automated();
    p.kind = RestoreKind::PointInTime;
    p.snapshotId.clear();
    p.pit.utcSeconds = seconds;
    return p;
}

// A source with a 7-day window, snapshots every day for 10 days, a healthy target.
RestoreFacts goodFacts()
{
    RestoreFacts f;
    f.now = kNow;
    f.source = cluster(QStringLiteral("src"));
    f.target = cluster(QStringLiteral("dst"));
    f.sourceSchedule = windowDays(7);
    for (int d = 10; d >= 1; --d) f.sourceSnapshots.append(snap(QStringLiteral("d%1").arg(d), kNow.addDays(-d)));
    f.snapshot = snap(QStringLiteral("s1"), kNow.addDays(-1));
    return f;
}

RestoreJob restoreJob(const QString &id, const QDateTime &firstSeen, const QDateTime &finished)
{
    RestoreJob r;
    r.id = id;
    r.groupId = QStringLiteral("g1");
    r.clusterName = QStringLiteral("other");
    r.deliveryType = parseDeliveryType(QStringLiteral("automated"));
    r.targetClusterName = QStringLiteral("src");
    r.targetGroupId = QStringLiteral("g1");
    r.firstSeenAt = firstSeen;
    r.finishedAt = finished;
    return r;
}

QStringList refusals(const Findings &f)
{
    QStringList out;
    for (const Finding &x : f)
        if (x.severity == Severity::Refuse) out.append(x.code);
    return out;
}

qint64 secs(const QDateTime &t)
{
    return t.toSecsSinceEpoch();
}

}  // namespace

class TestDomainRestore : public QObject {
    Q_OBJECT

private slots:
    void versions_data();
    void versions();
    void fcvInference_data();
    void fcvInference();
    void fcvFromCurrentClusterPin();
    void fcvFindingSaysInferred();
    void tiers_data();
    void tiers();
    void topology_data();
    void topology();
    void encryption_data();
    void encryption();
    void encryptionFromMasterKey();
    void snapshotRules_data();
    void snapshotRules();
    void pitInputs_data();
    void pitInputs();
    void pitWindowEdges_data();
    void pitWindowEdges();
    void pitNeedsContinuousBackup();
    void blackoutEdges_data();
    void blackoutEdges();
    void blackoutOpenWhileRunning();
    void downloadMakesNoBlackout();
    void nowIsTheServersClock();
    void targetRunning_data();
    void targetRunning();
    void targetStateAndWipe();
    void collectionOverwriteNamesNamespaces();
    void collectionLimits_data();
    void collectionLimits();
    void roles_data();
    void roles();
    void crossProjectChecksTargetRole();
    void goodAutomatedRestoreOnlyWarnsOfWipe();
    void checkRestoreTargetIgnoresSourceSideRules();
    void download();
    void derivedState_data();
    void derivedState();
    void collectionAndFlexState();
    void estimate();
    void names();
};

void TestDomainRestore::versions_data()
{
    QTest::addColumn<QString>("snapshot");
    QTest::addColumn<QString>("fcv");  // empty: not pinned
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("refusal");  // empty: allowed

    QTest::newRow("8.1 -> 8.0 lower minor") << "8.1.2"
                                            << ""
                                            << "8.0.9" << restorecode::kVersionLowerMinor;
    QTest::newRow("8.1 -> 8.1 same") << "8.1.2"
                                     << ""
                                     << "8.1.0"
                                     << "";
    QTest::newRow("8.1.2 -> 8.1.3 patch up") << "8.1.2"
                                             << ""
                                             << "8.1.3"
                                             << "";
    QTest::newRow("8.1 -> 8.2 higher minor") << "8.1.2"
                                             << ""
                                             << "8.2.0"
                                             << "";
    QTest::newRow("8.0 -> 9.0 next major") << "8.0.4"
                                           << ""
                                           << "9.0.0"
                                           << "";
    QTest::newRow("8.2 -> 9.0 next major, lower minor") << "8.2.1"
                                                        << ""
                                                        << "9.0.0"
                                                        << "";
    QTest::newRow("8.0 -> 10.0 two majors up") << "8.0.4"
                                               << ""
                                               << "10.0.0" << restorecode::kVersionTooNew;
    QTest::newRow("8.0 -> 7.0 lower major") << "8.0.4"
                                            << ""
                                            << "7.0.12" << restorecode::kVersionLowerMajor;
    QTest::newRow("8.0 -> 7.9 lower major, higher minor") << "8.0.4"
                                                          << ""
                                                          << "7.9.0" << restorecode::kVersionLowerMajor;
    QTest::newRow("8.0 FCV 7.0 -> 7.0") << "8.0.4"
                                        << "7.0"
                                        << "7.0.12"
                                        << "";
    QTest::newRow("8.0 FCV 7.0 -> 7.3") << "8.0.4"
                                        << "7.0"
                                        << "7.3.0"
                                        << "";
    QTest::newRow("8.0 FCV 7.0 -> 8.0") << "8.0.4"
                                        << "7.0"
                                        << "8.0.4" << restorecode::kFcvMismatch;
    QTest::newRow("8.0 FCV 7.0 -> 9.0") << "8.0.4"
                                        << "7.0"
                                        << "9.0.0" << restorecode::kFcvMismatch;
    QTest::newRow("8.0 FCV 7.0 -> 6.0") << "8.0.4"
                                        << "7.0"
                                        << "6.0.0" << restorecode::kFcvMismatch;
    QTest::newRow("8.0 FCV 8.0 -> 8.0") << "8.0.4"
                                        << "8.0"
                                        << "8.0.1"
                                        << "";
    QTest::newRow("8.0 FCV 8.0 -> 9.0 (replaces next-major rule)") << "8.0.4"
                                                                   << "8.0"
                                                                   << "9.0.0" << restorecode::kFcvMismatch;
    QTest::newRow("8.1 FCV 8.0 -> 8.0 (replaces lower-minor rule)") << "8.1.0"
                                                                    << "8.0"
                                                                    << "8.0.0"
                                                                    << "";
    QTest::newRow("future 12.3 -> 13.0") << "12.3.1"
                                         << ""
                                         << "13.0.0"
                                         << "";
}

void TestDomainRestore::versions()
{
    QFETCH(QString, snapshot);
    QFETCH(QString, fcv);
    QFETCH(QString, target);
    QFETCH(QString, refusal);
    std::optional<SnapshotFcv> pinned;
    if (!fcv.isEmpty()) pinned = SnapshotFcv{fcv, false};
    const Findings f = checkVersions(MongoVersion::parse(snapshot), pinned, MongoVersion::parse(target));
    QCOMPARE(refusals(f), refusal.isEmpty() ? QStringList() : QStringList{refusal});
    if (!fcv.isEmpty() && refusal.isEmpty()) QVERIFY(hasFinding(f, restorecode::kFcvPinned));
    for (const Finding &x : f) {
        QVERIFY(!x.message.isEmpty());
        if (x.severity == Severity::Refuse) QVERIFY(!x.fix.isEmpty());
    }
}

void TestDomainRestore::fcvInference_data()
{
    const QDateTime expiry = kNow.addDays(-2);
    const QDateTime start = expiry.addDays(-10);
    QTest::addColumn<QDateTime>("pinStart");  // invalid: never seen
    QTest::addColumn<QDateTime>("snapshotAt");
    QTest::addColumn<bool>("pinned");
    QTest::addColumn<bool>("inferred");

    QTest::newRow("unseen start: expiry-28d-1s not pinned")
        << QDateTime() << expiry.addDays(-28).addSecs(-1) << false << false;
    QTest::newRow("unseen start: expiry-28d pinned, inferred") << QDateTime() << expiry.addDays(-28) << true << true;
    QTest::newRow("unseen start: expiry-28d+1s pinned")
        << QDateTime() << expiry.addDays(-28).addSecs(1) << true << true;
    QTest::newRow("unseen start: at expiry pinned") << QDateTime() << expiry << true << true;
    QTest::newRow("unseen start: expiry+1s not pinned") << QDateTime() << expiry.addSecs(1) << false << false;
    QTest::newRow("known start: start-1s not pinned") << start << start.addSecs(-1) << false << false;
    QTest::newRow("known start: at start pinned") << start << start << true << false;
    QTest::newRow("known start: expiry-28d not pinned (start wins)") << start << expiry.addDays(-28) << false << false;
}

void TestDomainRestore::fcvInference()
{
    QFETCH(QDateTime, pinStart);
    QFETCH(QDateTime, snapshotAt);
    QFETCH(bool, pinned);
    QFETCH(bool, inferred);
    const FcvPin pin{QStringLiteral("g1"), QStringLiteral("src"), QStringLiteral("7.0"), kNow.addDays(-5), pinStart,
                     kNow.addDays(-2)};
    const auto fcv = snapshotFcv({pin}, snapshotAt);
    QCOMPARE(fcv.has_value(), pinned);
    if (fcv) {
        QCOMPARE(fcv->fcv, QStringLiteral("7.0"));
        QCOMPARE(fcv->inferred, inferred);
    }
}

void TestDomainRestore::fcvFromCurrentClusterPin()
{
    // The source is pinned now (expiry in a week) and no pin is recorded: a snapshot from
    // three days ago falls in the inferred four weeks; a target on 8.x is refused, on 7.x allowed.
    RestoreFacts f = goodFacts();
    f.source->featureCompatibilityVersion = QStringLiteral("7.0");
    f.source->featureCompatibilityVersionExpirationDate = kNow.addDays(7);
    f.snapshot->createdAt = kNow.addDays(-3);
    QCOMPARE(refusals(checkRestore(automated(), f)), QStringList{restorecode::kFcvMismatch});
    f.target->mongoDBVersion = QStringLiteral("7.0.14");
    const Findings ok = checkRestore(automated(), f);
    QVERIFY(!isRefused(ok));
    QVERIFY(hasFinding(ok, restorecode::kFcvInferred));
    // a snapshot from before the four weeks is not pinned: 8.0 -> 7.0 is a lower major again
    f.snapshot->createdAt = kNow.addDays(7 - 28).addSecs(-1);
    QCOMPARE(refusals(checkRestore(automated(), f)), QStringList{restorecode::kVersionLowerMajor});
}

void TestDomainRestore::fcvFindingSaysInferred()
{
    const Findings inferred =
        checkVersions(MongoVersion::parse(QStringLiteral("8.0.4")), SnapshotFcv{QStringLiteral("7.0"), true},
                      MongoVersion::parse(QStringLiteral("8.0.4")));
    QCOMPARE(refusals(inferred), QStringList{restorecode::kFcvMismatch});
    QVERIFY(hasFinding(inferred, restorecode::kFcvInferred));
    QVERIFY(firstRefusal(inferred)->message.contains(QStringLiteral("inferred")));
    const Findings seen =
        checkVersions(MongoVersion::parse(QStringLiteral("8.0.4")), SnapshotFcv{QStringLiteral("7.0"), false},
                      MongoVersion::parse(QStringLiteral("8.0.4")));
    QVERIFY(!hasFinding(seen, restorecode::kFcvInferred));
    QVERIFY(!firstRefusal(seen)->message.contains(QStringLiteral("inferred")));
}

void TestDomainRestore::tiers_data()
{
    QTest::addColumn<QString>("setup");
    QTest::addColumn<QStringList>("refused");
    QTest::newRow("M10 -> M10") << "ok" << QStringList();
    QTest::newRow("M0 source") << "m0source" << QStringList{restorecode::kFreeTierSource};
    QTest::newRow("M0 target") << "m0target" << QStringList{restorecode::kFreeTierTarget};
    QTest::newRow("backup off") << "backupOff" << QStringList{restorecode::kBackupOff};
    QTest::newRow("source not found") << "noSource" << QStringList{restorecode::kSourceMissing};
    QTest::newRow("target not found") << "noTarget" << QStringList{restorecode::kTargetMissing};
    QTest::newRow("no target named") << "noTargetName" << QStringList{restorecode::kTargetMissing};
    QTest::newRow("dedicated -> Flex") << "dedicatedToFlex" << QStringList{restorecode::kFlexTarget};
    QTest::newRow("Flex -> Flex") << "flexToFlex" << QStringList();
    QTest::newRow("Flex -> M10 replica set") << "flexToM10" << QStringList();
    QTest::newRow("Flex -> sharded") << "flexToSharded" << QStringList{restorecode::kFlexToSharded};
    QTest::newRow("Flex -> M0") << "flexToM0" << QStringList{restorecode::kFreeTierTarget};
    QTest::newRow("Flex point in time") << "flexPit" << QStringList{restorecode::kFlexKind};
    QTest::newRow("Flex collections") << "flexCollections" << QStringList{restorecode::kFlexKind};
    QTest::newRow("Flex snapshot not completed") << "flexRunning" << QStringList{restorecode::kSnapshotNotCompleted};
}

void TestDomainRestore::tiers()
{
    QFETCH(QString, setup);
    QFETCH(QStringList, refused);
    RestorePlan p = automated();
    RestoreFacts f = goodFacts();
    FlexCluster flex;
    flex.name = QStringLiteral("flexsrc");
    flex.mongoDBVersion = QStringLiteral("8.0.4");
    FlexSnapshot fs;
    fs.id = QStringLiteral("s1");
    fs.finishTime = kNow.addDays(-1);
    fs.mongoDBVersion = QStringLiteral("8.0.4");
    fs.status = parseFlexJobStatus(QStringLiteral("COMPLETED"));
    const auto flexSource = [&] {
        p.sourceIsFlex = true;
        p.sourceClusterName = flex.name;
        f.source.reset();
        f.snapshot.reset();
        f.sourceFlex = flex;
        f.flexSnapshot = fs;
    };
    if (setup == QLatin1String("m0source")) f.source->instanceSize = QStringLiteral("M0");
    if (setup == QLatin1String("m0target")) f.target->instanceSize = QStringLiteral("M0");
    if (setup == QLatin1String("backupOff")) f.source->backupEnabled = false;
    if (setup == QLatin1String("noSource")) f.source.reset();
    if (setup == QLatin1String("noTarget")) f.target.reset();
    if (setup == QLatin1String("noTargetName")) p.targetClusterName.clear();
    if (setup == QLatin1String("dedicatedToFlex")) {
        p.targetIsFlex = true;
        f.target.reset();
        FlexCluster t = flex;
        t.name = QStringLiteral("dst");
        f.targetFlex = t;
    }
    if (setup.startsWith(QLatin1String("flex"))) flexSource();
    if (setup == QLatin1String("flexToFlex")) {
        p.targetIsFlex = true;
        f.target.reset();
        FlexCluster t = flex;
        t.name = QStringLiteral("dst");
        f.targetFlex = t;
    }
    if (setup == QLatin1String("flexToSharded")) f.target = sharded(QStringLiteral("dst"), 2);
    if (setup == QLatin1String("flexToM0")) f.target->instanceSize = QStringLiteral("M0");
    if (setup == QLatin1String("flexPit")) {
        p.kind = RestoreKind::PointInTime;
        p.pit.utcSeconds = secs(kNow.addDays(-1));
    }
    if (setup == QLatin1String("flexCollections")) {
        p.kind = RestoreKind::Collections;
        p.collections.databases = {{QStringLiteral("shop"), {}}};
    }
    if (setup == QLatin1String("flexRunning")) f.flexSnapshot->status = parseFlexJobStatus(QStringLiteral("RUNNING"));
    QCOMPARE(refusals(checkRestore(p, f)), refused);
}

void TestDomainRestore::topology_data()
{
    QTest::addColumn<int>("sourceShards");  // 0: replica set
    QTest::addColumn<QString>("sourceConfig");
    QTest::addColumn<int>("targetShards");
    QTest::addColumn<QString>("targetConfig");
    QTest::addColumn<QStringList>("refused");
    QTest::newRow("rs -> rs") << 0 << "" << 0 << "" << QStringList();
    QTest::newRow("sharded 3 -> sharded 3") << 3 << "DEDICATED" << 3 << "DEDICATED" << QStringList();
    QTest::newRow("sharded 3 -> sharded 2")
        << 3 << "DEDICATED" << 2 << "DEDICATED" << QStringList{restorecode::kShardCountMismatch};
    QTest::newRow("sharded 3 -> sharded 4")
        << 3 << "DEDICATED" << 4 << "DEDICATED" << QStringList{restorecode::kShardCountMismatch};
    QTest::newRow("sharded dedicated -> embedded config")
        << 2 << "DEDICATED" << 2 << "EMBEDDED" << QStringList{restorecode::kConfigServerTypeMismatch};
    QTest::newRow("sharded -> rs") << 2 << "DEDICATED" << 0 << "" << QStringList{restorecode::kShardedToReplicaSet};
    QTest::newRow("rs -> sharded") << 0 << "" << 2 << "DEDICATED" << QStringList{restorecode::kReplicaSetToSharded};
}

void TestDomainRestore::topology()
{
    QFETCH(int, sourceShards);
    QFETCH(QString, sourceConfig);
    QFETCH(int, targetShards);
    QFETCH(QString, targetConfig);
    QFETCH(QStringList, refused);
    RestoreFacts f = goodFacts();
    if (sourceShards > 0) {
        f.source = sharded(QStringLiteral("src"), sourceShards, sourceConfig);
        f.snapshot->type = QStringLiteral("shardedCluster");
        f.snapshot->configServerType = sourceConfig;
    }
    if (targetShards > 0) f.target = sharded(QStringLiteral("dst"), targetShards, targetConfig);
    QCOMPARE(refusals(checkTopology(automated(), f)), refused);
    QCOMPARE(refusals(checkRestore(automated(), f)), refused);
    // a collection restore copies documents: no topology rule
    RestorePlan coll = automated();
    coll.kind = RestoreKind::Collections;
    coll.collections.databases = {{QStringLiteral("shop"), {}}};
    QVERIFY(checkTopology(coll, f).isEmpty());
}

void TestDomainRestore::encryption_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("target");
    QTest::addColumn<int>("key");  // -1 unknown, 0 missing, 1 present
    QTest::addColumn<QStringList>("refused");
    QTest::addColumn<QString>("words");
    QTest::newRow("none -> none") << "NONE"
                                  << "NONE" << -1 << QStringList() << "";
    QTest::newRow("empty -> none") << ""
                                   << "NONE" << -1 << QStringList() << "";
    QTest::newRow("AWS -> AWS, key present") << "AWS"
                                             << "AWS" << 1 << QStringList() << "";
    QTest::newRow("AWS -> AWS, key unknown") << "AWS"
                                             << "AWS" << -1 << QStringList() << "";
    QTest::newRow("none -> AWS") << "NONE"
                                 << "AWS" << -1 << QStringList{restorecode::kUnencryptedToEncrypted}
                                 << "Can't restore a non-encrypted snapshot to a cluster with Encryption at Rest "
                                    "enabled.";
    QTest::newRow("AWS -> none") << "AWS"
                                 << "NONE" << -1 << QStringList{restorecode::kTargetNotEncrypted}
                                 << "Target cluster doesn't have encryption enabled.";
    QTest::newRow("AWS -> AZURE") << "AWS"
                                  << "AZURE" << -1 << QStringList{restorecode::kEncryptionProviderMismatch}
                                  << "Encryption provider of target cluster doesn't match selected snapshot's "
                                     "encryption provider.";
    QTest::newRow("aws -> AWS case") << "aws"
                                     << "AWS" << -1 << QStringList() << "";
    QTest::newRow("GCP -> GCP, key gone") << "GCP"
                                          << "GCP" << 0 << QStringList{restorecode::kEncryptionKeyMissing}
                                          << "Encryption credentials on snapshot aren't present.";
    QTest::newRow("none, key gone: no key needed") << "NONE"
                                                   << "NONE" << 0 << QStringList() << "";
}

void TestDomainRestore::encryption()
{
    QFETCH(QString, source);
    QFETCH(QString, target);
    QFETCH(int, key);
    QFETCH(QStringList, refused);
    QFETCH(QString, words);
    std::optional<bool> present;
    if (key >= 0) present = key == 1;
    const Findings f = checkEncryption(source, target, present);
    QCOMPARE(refusals(f), refused);
    if (!words.isEmpty()) QCOMPARE(f.first().message, words);
    // through checkRestore too
    RestoreFacts facts = goodFacts();
    facts.source->encryptionAtRestProvider = source;
    facts.target->encryptionAtRestProvider = target;
    facts.snapshotKeyPresent = present;
    QCOMPARE(refusals(checkRestore(automated(), facts)), refused);
}

void TestDomainRestore::encryptionFromMasterKey()
{
    // EAR turned off on the source since: the snapshot still carries an AWS KMS key.
    RestoreFacts f = goodFacts();
    f.snapshot->masterKeyUUID = QStringLiteral("5f1b0f53-0000-4000-8000-000000000000");
    QCOMPARE(refusals(checkRestore(automated(), f)), QStringList{restorecode::kTargetNotEncrypted});
    f.target->encryptionAtRestProvider = QStringLiteral("AWS");
    QVERIFY(!isRefused(checkRestore(automated(), f)));
}

void TestDomainRestore::snapshotRules_data()
{
    QTest::addColumn<RestoreKind>("kind");
    QTest::addColumn<QString>("setup");
    QTest::addColumn<QStringList>("refused");
    QTest::addColumn<QStringList>("warned");
    QTest::newRow("completed") << RestoreKind::Automated << "" << QStringList() << QStringList();
    QTest::newRow("in progress") << RestoreKind::Automated << "running"
                                 << QStringList{restorecode::kSnapshotNotCompleted} << QStringList();
    QTest::newRow("not found") << RestoreKind::Automated << "missing" << QStringList{restorecode::kSnapshotMissing}
                               << QStringList();
    QTest::newRow("none chosen") << RestoreKind::Automated << "noId" << QStringList{restorecode::kSnapshotMissing}
                                 << QStringList();
    QTest::newRow("fallback automated: warn")
        << RestoreKind::Automated << "fallback" << QStringList() << QStringList{restorecode::kFallbackSnapshot};
    QTest::newRow("fallback download: warn")
        << RestoreKind::Download << "fallback" << QStringList() << QStringList{restorecode::kFallbackSnapshot};
    QTest::newRow("fallback collections: refused")
        << RestoreKind::Collections << "fallback" << QStringList{restorecode::kFallbackCollectionRestore}
        << QStringList();
    QTest::newRow("collections: snapshot and pit")
        << RestoreKind::Collections << "both" << QStringList{restorecode::kPitWithSnapshot} << QStringList();
}

void TestDomainRestore::snapshotRules()
{
    QFETCH(RestoreKind, kind);
    QFETCH(QString, setup);
    QFETCH(QStringList, refused);
    QFETCH(QStringList, warned);
    RestorePlan p = automated();
    p.kind = kind;
    if (kind == RestoreKind::Download) p.targetClusterName.clear();
    if (kind == RestoreKind::Collections) p.collections.databases = {{QStringLiteral("shop"), {}}};
    RestoreFacts f = goodFacts();
    if (setup == QLatin1String("running")) f.snapshot->status.value = SnapshotStatus::InProgress;
    if (setup == QLatin1String("missing")) f.snapshot.reset();
    if (setup == QLatin1String("noId")) p.snapshotId.clear();
    if (setup == QLatin1String("fallback")) f.snapshot->snapshotType.value = SnapshotType::Fallback;
    if (setup == QLatin1String("both")) p.pit.utcSeconds = secs(kNow.addDays(-1));
    const Findings out = checkSnapshot(p, f);
    QCOMPARE(refusals(out), refused);
    QStringList warns;
    for (const Finding &x : out)
        if (x.severity == Severity::Warn) warns.append(x.code);
    QCOMPARE(warns, warned);
}

void TestDomainRestore::pitInputs_data()
{
    QTest::addColumn<PitPoint>("pit");
    QTest::addColumn<QStringList>("refused");
    const auto utc = [](qint64 s) { return PitPoint{s, std::nullopt, std::nullopt}; };
    const auto oplog = [](std::optional<qint64> ts, std::optional<qint64> inc) {
        return PitPoint{std::nullopt, ts, inc};
    };
    QTest::newRow("nothing") << PitPoint{} << QStringList{restorecode::kPitNoPoint};
    QTest::newRow("utc 1199145600") << utc(kPitMinSeconds) << QStringList();
    QTest::newRow("utc 1199145599") << utc(kPitMinSeconds - 1) << QStringList{restorecode::kPitTooEarly};
    QTest::newRow("oplog ts 1199145600 inc 1") << oplog(kPitMinSeconds, 1) << QStringList();
    QTest::newRow("oplog ts 1199145599 inc 1")
        << oplog(kPitMinSeconds - 1, 1) << QStringList{restorecode::kPitTooEarly};
    QTest::newRow("oplog inc 0") << oplog(kPitMinSeconds, 0) << QStringList{restorecode::kPitOplogIncTooSmall};
    QTest::newRow("oplog ts only") << oplog(kPitMinSeconds, std::nullopt)
                                   << QStringList{restorecode::kPitOplogIncomplete};
    QTest::newRow("oplog inc only") << oplog(std::nullopt, 3) << QStringList{restorecode::kPitOplogIncomplete};
    QTest::newRow("both forms") << PitPoint{kPitMinSeconds, kPitMinSeconds, 1}
                                << QStringList{restorecode::kPitBothForms};
    QTest::newRow("utc and inc") << PitPoint{kPitMinSeconds, std::nullopt, 1}
                                 << QStringList{restorecode::kPitBothForms};
}

void TestDomainRestore::pitInputs()
{
    QFETCH(PitPoint, pit);
    QFETCH(QStringList, refused);
    QCOMPARE(refusals(checkPitInputs(pit)), refused);
}

void TestDomainRestore::pitWindowEdges_data()
{
    // The window: 7 days back from now; the oldest completed snapshot is 10 days old.
    QTest::addColumn<qint64>("at");
    QTest::addColumn<QStringList>("refused");
    const QDateTime from = kNow.addDays(-7);
    QTest::newRow("from - 1 s") << secs(from) - 1 << QStringList{restorecode::kPitOutsideWindow};
    QTest::newRow("from") << secs(from) << QStringList();
    QTest::newRow("from + 1 s") << secs(from) + 1 << QStringList();
    QTest::newRow("now - 1 s") << secs(kNow) - 1 << QStringList();
    QTest::newRow("now") << secs(kNow) << QStringList();
    QTest::newRow("now + 1 s") << secs(kNow) + 1 << QStringList{restorecode::kPitInFuture};
}

void TestDomainRestore::pitWindowEdges()
{
    QFETCH(qint64, at);
    QFETCH(QStringList, refused);
    const RestoreFacts f = goodFacts();
    QCOMPARE(refusals(checkPitTime(PitPoint{at, std::nullopt, std::nullopt}, f)), refused);
    QCOMPARE(refusals(checkPitTime(PitPoint{std::nullopt, at, 1}, f)), refused);  // the oplog form too
    QCOMPARE(refusals(checkRestore(pitPlan(at), f)), refused);
    // the window starts at the oldest completed snapshot when that is younger
    RestoreFacts young = goodFacts();
    young.sourceSnapshots = {snap(QStringLiteral("y"), kNow.addDays(-2))};
    const qint64 oldest = secs(kNow.addDays(-2));
    QCOMPARE(refusals(checkPitTime(PitPoint{oldest - 1, std::nullopt, std::nullopt}, young)),
             QStringList{restorecode::kPitOutsideWindow});
    QVERIFY(checkPitTime(PitPoint{oldest, std::nullopt, std::nullopt}, young).isEmpty());
}

void TestDomainRestore::pitNeedsContinuousBackup()
{
    RestoreFacts f = goodFacts();
    f.source->pitEnabled = false;
    QCOMPARE(refusals(checkRestore(pitPlan(secs(kNow.addDays(-1))), f)), QStringList{restorecode::kPitNotEnabled});
    // no window days: no window
    RestoreFacts g = goodFacts();
    g.sourceSchedule = windowDays(0);
    QCOMPARE(refusals(checkRestore(pitPlan(secs(kNow.addDays(-1))), g)), QStringList{restorecode::kPitOutsideWindow});
    // an automated restore does not need it
    QVERIFY(!isRefused(checkRestore(automated(), f)));
}

void TestDomainRestore::blackoutEdges_data()
{
    // A restore onto the source began 3 days ago (first seen), ended 3 days ago + 2 h; the
    // daily snapshots are at now-2d, now-1d: the first after its end is now-2d.
    QTest::addColumn<qint64>("at");
    QTest::addColumn<QStringList>("refused");
    const QDateTime start = kNow.addDays(-3).addSecs(600);
    const QDateTime firstAfter = kNow.addDays(-2);
    QTest::newRow("start - 1 s") << secs(start) - 1 << QStringList();
    QTest::newRow("start") << secs(start) << QStringList{restorecode::kPitBlackout};
    QTest::newRow("during the restore") << secs(start) + 3600 << QStringList{restorecode::kPitBlackout};
    QTest::newRow("after its end, before the snapshot")
        << secs(firstAfter) - 3600 << QStringList{restorecode::kPitBlackout};
    QTest::newRow("snapshot - 1 s") << secs(firstAfter) - 1 << QStringList{restorecode::kPitBlackout};
    QTest::newRow("snapshot") << secs(firstAfter) << QStringList();
    QTest::newRow("snapshot + 1 s") << secs(firstAfter) + 1 << QStringList();
}

void TestDomainRestore::blackoutEdges()
{
    QFETCH(qint64, at);
    QFETCH(QStringList, refused);
    RestoreFacts f = goodFacts();
    const QDateTime start = kNow.addDays(-3).addSecs(600);
    f.restoresOntoSource = {restoreJob(QStringLiteral("r1"), start, start.addSecs(7200))};
    QCOMPARE(refusals(checkPitTime(PitPoint{at, std::nullopt, std::nullopt}, f)), refused);
    const QList<PitBlackout> b = pitBlackouts(f.restoresOntoSource, f.sourceSnapshots, f.now);
    QCOMPARE(b.size(), 1);
    QCOMPARE(b.first().from, start);
    QCOMPARE(b.first().until, kNow.addDays(-2));
}

void TestDomainRestore::blackoutOpenWhileRunning()
{
    RestoreFacts f = goodFacts();
    const QDateTime start = kNow.addSecs(-7200);
    f.restoresOntoSource = {restoreJob(QStringLiteral("r1"), start, {})};  // still running
    QCOMPARE(refusals(checkPitTime(PitPoint{secs(start), std::nullopt, std::nullopt}, f)),
             QStringList{restorecode::kPitBlackout});
    QCOMPARE(refusals(checkPitTime(PitPoint{secs(kNow), std::nullopt, std::nullopt}, f)),
             QStringList{restorecode::kPitBlackout});
    QVERIFY(checkPitTime(PitPoint{secs(start) - 1, std::nullopt, std::nullopt}, f).isEmpty());
    // ended, but no snapshot after it yet: still open until now
    f.restoresOntoSource.first().finishedAt = kNow.addSecs(-3600);
    QCOMPARE(refusals(checkPitTime(PitPoint{secs(kNow), std::nullopt, std::nullopt}, f)),
             QStringList{restorecode::kPitBlackout});
    // an in-progress snapshot after it does not close it; a completed one does
    f.sourceSnapshots.append(snap(QStringLiteral("late"), kNow.addSecs(-60), SnapshotStatus::InProgress));
    QCOMPARE(refusals(checkPitTime(PitPoint{secs(kNow), std::nullopt, std::nullopt}, f)),
             QStringList{restorecode::kPitBlackout});
    f.sourceSnapshots.last().status.value = SnapshotStatus::Completed;
    QVERIFY(checkPitTime(PitPoint{secs(kNow), std::nullopt, std::nullopt}, f).isEmpty());
}

void TestDomainRestore::downloadMakesNoBlackout()
{
    RestoreFacts f = goodFacts();
    RestoreJob d = restoreJob(QStringLiteral("r1"), kNow.addSecs(-7200), {});
    d.deliveryType = parseDeliveryType(QStringLiteral("download"));
    f.restoresOntoSource = {d};
    QVERIFY(checkPitTime(PitPoint{secs(kNow) - 60, std::nullopt, std::nullopt}, f).isEmpty());
}

void TestDomainRestore::nowIsTheServersClock()
{
    // The server's clock is an hour ahead of this data's "now" (a sandbox at --speed, or a
    // skewed desktop): the window follows facts.now, whatever the desktop says.
    RestoreFacts f = goodFacts();
    f.now = kNow.addSecs(3600);
    QVERIFY(checkPitTime(PitPoint{secs(kNow) + 1800, std::nullopt, std::nullopt}, f).isEmpty());
    f.now = kNow.addSecs(-3600);
    QCOMPARE(refusals(checkPitTime(PitPoint{secs(kNow) - 1800, std::nullopt, std::nullopt}, f)),
             QStringList{restorecode::kPitInFuture});
}

void TestDomainRestore::targetRunning_data()
{
    QTest::addColumn<QString>("running");
    QTest::addColumn<RestoreKind>("kind");
    QTest::addColumn<QStringList>("refused");
    QTest::newRow("none") << "" << RestoreKind::Automated << QStringList();
    QTest::newRow("automated running") << "automated" << RestoreKind::Automated
                                       << QStringList{restorecode::kRestoreRunning};
    QTest::newRow("automated finished") << "finished" << RestoreKind::Automated << QStringList();
    QTest::newRow("download running (no target)") << "download" << RestoreKind::Automated << QStringList();
    QTest::newRow("collection running, automated")
        << "collection" << RestoreKind::Automated << QStringList{restorecode::kRestoreRunning};
    QTest::newRow("collection running, collections")
        << "collection" << RestoreKind::Collections << QStringList{restorecode::kCollectionRestoreRunning};
    QTest::newRow("collection succeeded, collections") << "collectionDone" << RestoreKind::Collections << QStringList();
    QTest::newRow("flex restore running")
        << "flex" << RestoreKind::Automated << QStringList{restorecode::kRestoreRunning};
    QTest::newRow("pit running, pit") << "pit" << RestoreKind::PointInTime << QStringList{restorecode::kRestoreRunning};
}

void TestDomainRestore::targetRunning()
{
    QFETCH(QString, running);
    QFETCH(RestoreKind, kind);
    QFETCH(QStringList, refused);
    RestorePlan p = automated();
    p.kind = kind;
    if (kind == RestoreKind::Collections) p.collections.databases = {{QStringLiteral("shop"), {}}};
    RestoreFacts f = goodFacts();
    RestoreJob r = restoreJob(QStringLiteral("r9"), kNow.addSecs(-60), {});
    r.targetClusterName = QStringLiteral("dst");
    if (running == QLatin1String("automated")) f.restoresOntoTarget = {r};
    if (running == QLatin1String("pit")) {
        r.deliveryType = parseDeliveryType(QStringLiteral("pointInTime"));
        f.restoresOntoTarget = {r};
    }
    if (running == QLatin1String("finished")) {
        r.finishedAt = kNow.addSecs(-1);
        f.restoresOntoTarget = {r};
    }
    if (running == QLatin1String("download")) {
        r.deliveryType = parseDeliveryType(QStringLiteral("download"));
        f.restoresOntoTarget = {r};
    }
    CollectionRestoreJob c;
    c.id = QStringLiteral("c9");
    c.state = parseCollectionRestoreState(QStringLiteral("IN_PROGRESS"));
    if (running == QLatin1String("collection")) f.collectionRestoresOnTarget = {c};
    if (running == QLatin1String("collectionDone")) {
        c.state = parseCollectionRestoreState(QStringLiteral("SUCCESSFUL"));
        f.collectionRestoresOnTarget = {c};
    }
    if (running == QLatin1String("flex")) {
        FlexRestoreJob fr;
        fr.id = QStringLiteral("f9");
        fr.deliveryType = QStringLiteral("RESTORE");
        fr.status = parseFlexJobStatus(QStringLiteral("RUNNING"));
        f.flexRestoresOntoTarget = {fr};
    }
    if (kind == RestoreKind::PointInTime) {
        p.snapshotId.clear();
        p.pit.utcSeconds = secs(kNow.addDays(-1));
    }
    QCOMPARE(refusals(checkTargetState(p, f)), refused);
    QCOMPARE(refusals(checkRestoreTarget(p, f)), refused);
}

void TestDomainRestore::targetStateAndWipe()
{
    RestoreFacts f = goodFacts();
    const Findings ok = checkTargetState(automated(), f);
    QCOMPARE(findingCodes(ok), QStringList{restorecode::kTargetWiped});
    QCOMPARE(ok.first().severity, Severity::Warn);
    QVERIFY(ok.first().message.contains(QStringLiteral("dst")));
    QCOMPARE(findingCodes(checkTargetState(pitPlan(secs(kNow) - 60), f)), QStringList{restorecode::kTargetWiped});
    f.target->paused = true;
    QCOMPARE(refusals(checkTargetState(automated(), f)), QStringList{restorecode::kTargetPaused});
    f.target->paused = false;
    f.target->stateName = parseClusterState(QStringLiteral("DELETING"));
    QCOMPARE(refusals(checkTargetState(automated(), f)), QStringList{restorecode::kTargetUnavailable});
    f.target->stateName = parseClusterState(QStringLiteral("UPDATING"));
    const Findings busy = checkTargetState(automated(), f);
    QVERIFY(!isRefused(busy));
    QVERIFY(hasFinding(busy, restorecode::kTargetNotIdle));
}

void TestDomainRestore::collectionOverwriteNamesNamespaces()
{
    RestorePlan p = automated();
    p.kind = RestoreKind::Collections;
    p.collections.databases = {{QStringLiteral("shop"), {}}};
    p.collections.collections = {{QStringLiteral("crm.people"), QStringLiteral("crm.people_restored")}};
    RestoreFacts f = goodFacts();
    f.targetNamespaces = {QStringLiteral("shop.orders"), QStringLiteral("shop.items"), QStringLiteral("other.x")};
    const Findings created = checkTargetState(p, f);
    QCOMPARE(findingCodes(created), QStringList{restorecode::kNamespacesCreated});
    QCOMPARE(created.first().severity, Severity::Info);
    QVERIFY(!p.replacesTargetData());
    p.collections.writeStrategy = WriteStrategy::OverwriteExisting;
    QVERIFY(p.replacesTargetData());
    const Findings over = checkTargetState(p, f);
    QCOMPARE(findingCodes(over), QStringList{restorecode::kNamespacesOverwritten});
    QCOMPARE(over.first().severity, Severity::Warn);
    const QString m = over.first().message;
    QVERIFY2(m.contains(QStringLiteral("shop.orders")) && m.contains(QStringLiteral("shop.items")) &&
                 m.contains(QStringLiteral("crm.people_restored")) && !m.contains(QStringLiteral("other.x")),
             qPrintable(m));
    // suffixes name the targets
    p.collections.collections = {{QStringLiteral("crm.people"), {}}};
    p.collections.databaseSuffix = QStringLiteral("_r");
    p.collections.collectionSuffix = QStringLiteral("_c");
    QVERIFY(checkTargetState(p, f).first().message.contains(QStringLiteral("crm_r.people_c")));
}

void TestDomainRestore::collectionLimits_data()
{
    QTest::addColumn<int>("databases");
    QTest::addColumn<int>("collections");
    QTest::addColumn<QStringList>("extra");  // extra collection sources
    QTest::addColumn<QString>("suffix");
    QTest::addColumn<QStringList>("refused");
    QTest::newRow("none") << 0 << 0 << QStringList() << "" << QStringList{restorecode::kNoNamespaces};
    QTest::newRow("100 databases") << 100 << 0 << QStringList() << "" << QStringList();
    QTest::newRow("101 databases") << 101 << 0 << QStringList() << "" << QStringList{restorecode::kTooManyDatabases};
    QTest::newRow("100 collections") << 0 << 100 << QStringList() << "" << QStringList();
    QTest::newRow("101 collections") << 0 << 101 << QStringList() << ""
                                     << QStringList{restorecode::kTooManyCollections};
    QTest::newRow("100 + 100") << 100 << 100 << QStringList() << "" << QStringList();
    QTest::newRow("collection without db")
        << 0 << 0 << QStringList{"people"} << "" << QStringList{restorecode::kInvalidNamespace};
    QTest::newRow("db with space") << 0 << 0 << QStringList{"my db.people"} << ""
                                   << QStringList{restorecode::kInvalidNamespace};
    QTest::newRow("system collection") << 0 << 0 << QStringList{"shop.system.users"} << ""
                                       << QStringList{restorecode::kInvalidNamespace};
    QTest::newRow("dollar") << 0 << 0 << QStringList{"shop.a$b"} << "" << QStringList{restorecode::kInvalidNamespace};
    QTest::newRow("dotted collection ok") << 0 << 0 << QStringList{"shop.a.b"} << "" << QStringList();
    QTest::newRow("listed twice") << 0 << 0 << QStringList{"shop.a", "shop.a"} << ""
                                  << QStringList{restorecode::kDuplicateNamespace};
    QTest::newRow("bad suffix") << 1 << 0 << QStringList() << "_r/x" << QStringList{restorecode::kInvalidSuffix};
    QTest::newRow("good suffix") << 1 << 0 << QStringList() << "_restored" << QStringList();
}

void TestDomainRestore::collectionLimits()
{
    QFETCH(int, databases);
    QFETCH(int, collections);
    QFETCH(QStringList, extra);
    QFETCH(QString, suffix);
    QFETCH(QStringList, refused);
    CollectionRestoreOptions o;
    for (int i = 0; i < databases; ++i) o.databases.append({QStringLiteral("db%1").arg(i), {}});
    for (int i = 0; i < collections; ++i) o.collections.append({QStringLiteral("c.coll%1").arg(i), {}});
    for (const QString &e : extra) o.collections.append({e, {}});
    o.databaseSuffix = suffix;
    QCOMPARE(refusals(checkCollectionOptions(o)), refused);
    QCOMPARE(isValidDatabaseName(QString(64, u'a')), false);
    QCOMPARE(isValidDatabaseName(QString(63, u'a')), true);
}

void TestDomainRestore::roles_data()
{
    QTest::addColumn<RestoreKind>("kind");
    QTest::addColumn<QStringList>("roles");
    QTest::addColumn<bool>("known");
    QTest::addColumn<bool>("refused");
    QTest::newRow("unknown roles") << RestoreKind::Automated << QStringList() << false << false;
    QTest::newRow("owner") << RestoreKind::Automated << QStringList{"GROUP_OWNER"} << true << false;
    QTest::newRow("backup manager") << RestoreKind::PointInTime << QStringList{"GROUP_BACKUP_MANAGER"} << true << false;
    QTest::newRow("recovery operator") << RestoreKind::Collections << QStringList{"GROUP_BACKUP_RECOVERY_OPERATOR"}
                                       << true << false;
    QTest::newRow("export operator, automated")
        << RestoreKind::Automated << QStringList{"GROUP_BACKUP_EXPORT_OPERATOR"} << true << true;
    QTest::newRow("export operator, download")
        << RestoreKind::Download << QStringList{"GROUP_BACKUP_EXPORT_OPERATOR"} << true << false;
    QTest::newRow("read only") << RestoreKind::Download << QStringList{"GROUP_READ_ONLY"} << true << true;
    QTest::newRow("no roles") << RestoreKind::Automated << QStringList() << true << true;
}

void TestDomainRestore::roles()
{
    QFETCH(RestoreKind, kind);
    QFETCH(QStringList, roles);
    QFETCH(bool, known);
    QFETCH(bool, refused);
    std::optional<QStringList> r;
    if (known) r = roles;
    const Findings f = checkRoles(kind, r, false);
    QCOMPARE(isRefused(f), refused);
    if (refused) QCOMPARE(f.first().code, restorecode::kRoleMissing);
}

void TestDomainRestore::crossProjectChecksTargetRole()
{
    RestorePlan p = automated();
    p.targetGroupId = QStringLiteral("g2");
    RestoreFacts f = goodFacts();
    f.sourceRoles = QStringList{QStringLiteral("GROUP_OWNER")};
    f.targetRoles = QStringList{QStringLiteral("GROUP_READ_ONLY")};
    const Findings out = checkRestore(p, f);
    QCOMPARE(refusals(out), QStringList{restorecode::kRoleMissing});
    QCOMPARE(firstRefusal(out)->field, restorefield::kTarget);
    p.targetGroupId = QStringLiteral("g1");  // same project: the target roles are the source's
    QVERIFY(!isRefused(checkRestore(p, f)));
}

void TestDomainRestore::goodAutomatedRestoreOnlyWarnsOfWipe()
{
    const Findings out = checkRestore(automated(), goodFacts());
    QCOMPARE(findingCodes(out), QStringList{restorecode::kTargetWiped});
    QVERIFY(!isRefused(out));
    QVERIFY(firstRefusal(out) == nullptr);
}

void TestDomainRestore::checkRestoreTargetIgnoresSourceSideRules()
{
    // A running snapshot or a bad PIT do not mark a target; an M0 target does.
    RestoreFacts f = goodFacts();
    f.snapshot->status.value = SnapshotStatus::InProgress;
    QVERIFY(!isRefused(checkRestoreTarget(automated(), f)));
    QVERIFY(isRefused(checkRestore(automated(), f)));
    f.target->instanceSize = QStringLiteral("M0");
    QCOMPARE(refusals(checkRestoreTarget(automated(), f)), QStringList{restorecode::kFreeTierTarget});
    f.target = cluster(QStringLiteral("dst"), QStringLiteral("7.0.2"));
    QCOMPARE(refusals(checkRestoreTarget(automated(), f)), QStringList{restorecode::kVersionLowerMajor});
}

void TestDomainRestore::download()
{
    RestorePlan p = automated();
    p.kind = RestoreKind::Download;
    p.targetClusterName.clear();
    p.targetGroupId.clear();
    RestoreFacts f = goodFacts();
    f.target.reset();
    f.source->encryptionAtRestProvider = QStringLiteral("AWS");  // an encrypted snapshot downloads too
    const Findings out = checkRestore(p, f);
    QCOMPARE(findingCodes(out), QStringList{restorecode::kDownloadLink});
    QVERIFY(!p.replacesTargetData());
}

void TestDomainRestore::derivedState_data()
{
    QTest::addColumn<QString>("setup");
    QTest::addColumn<RestoreState>("state");
    QTest::newRow("running") << "" << RestoreState::Running;
    QTest::newRow("finished") << "finished" << RestoreState::Finished;
    QTest::newRow("failed") << "failed" << RestoreState::Failed;
    QTest::newRow("cancelled wins over finished") << "cancelledFinished" << RestoreState::Cancelled;
    QTest::newRow("expired") << "expired" << RestoreState::Expired;
    QTest::newRow("download preparing") << "download" << RestoreState::Running;
    QTest::newRow("download ready") << "downloadReady" << RestoreState::DownloadReady;
    QTest::newRow("download link past expiresAt") << "downloadOld" << RestoreState::Expired;
    QTest::newRow("download ready at expiresAt") << "downloadEdge" << RestoreState::DownloadReady;
    QTest::newRow("no id") << "noId" << RestoreState::Unknown;
}

void TestDomainRestore::derivedState()
{
    QFETCH(QString, setup);
    QFETCH(RestoreState, state);
    RestoreJob r = restoreJob(QStringLiteral("r1"), kNow.addSecs(-600), {});
    if (setup == QLatin1String("finished")) r.finishedAt = kNow;
    if (setup == QLatin1String("failed")) r.failed = true;
    if (setup == QLatin1String("cancelledFinished")) {
        r.cancelled = true;
        r.finishedAt = kNow;
    }
    if (setup == QLatin1String("expired")) r.expired = true;
    if (setup.startsWith(QLatin1String("download"))) r.deliveryType = parseDeliveryType(QStringLiteral("download"));
    if (setup == QLatin1String("downloadReady") || setup == QLatin1String("downloadOld") ||
        setup == QLatin1String("downloadEdge")) {
        r.deliveryUrlCount = 1;
        r.expiresAt = setup == QLatin1String("downloadOld")    ? kNow.addSecs(-1)
                      : setup == QLatin1String("downloadEdge") ? kNow
                                                               : kNow.addSecs(3600);
    }
    if (setup == QLatin1String("noId")) r.id.clear();
    QCOMPARE(restoreState(r, kNow), state);
    QCOMPARE(isEnded(state), state != RestoreState::Running && state != RestoreState::Unknown);
}

void TestDomainRestore::collectionAndFlexState()
{
    const QList<std::pair<const char *, RestoreState>> coll{
        {"INITIALIZING", RestoreState::Queued},  {"IN_PROGRESS", RestoreState::Running},
        {"FINALIZING", RestoreState::Running},   {"SUCCESSFUL", RestoreState::Finished},
        {"CANCELED", RestoreState::Cancelled},   {"FAILED", RestoreState::Failed},
        {"SOMETHING_NEW", RestoreState::Unknown}};
    for (const auto &[raw, want] : coll) {
        CollectionRestoreJob j;
        j.state = parseCollectionRestoreState(QString::fromLatin1(raw));
        QCOMPARE(restoreState(j), want);
        QCOMPARE(j.isRunning(), !isEnded(want));
    }
    FlexRestoreJob f;
    f.deliveryType = QStringLiteral("DOWNLOAD");
    f.status = parseFlexJobStatus(QStringLiteral("COMPLETED"));
    QCOMPARE(restoreState(f), RestoreState::DownloadReady);
    f.deliveryType = QStringLiteral("RESTORE");
    QCOMPARE(restoreState(f), RestoreState::Finished);
    f.status = parseFlexJobStatus(QStringLiteral("PENDING"));
    QCOMPARE(restoreState(f), RestoreState::Queued);
}

void TestDomainRestore::estimate()
{
    QCOMPARE(estimateRestoreSeconds({}, 1000), std::optional<qint64>());
    QCOMPARE(estimateRestoreSeconds({{0, 10}, {10, 0}}, 1000), std::optional<qint64>());
    QCOMPARE(estimateRestoreSeconds({{1000, 100}}, 2000), std::optional<qint64>(200));
    // similar sizes only (within 4x): the 1 TB restore does not count for a 1 GB one
    const qint64 gb = 1'000'000'000;
    QCOMPARE(estimateRestoreSeconds({{gb, 60}, {1000 * gb, 1000000}}, 2 * gb), std::optional<qint64>(120));
    // none similar: all of them
    QCOMPARE(estimateRestoreSeconds({{1000 * gb, 1000}}, gb), std::optional<qint64>(1));
    QCOMPARE(estimateRestoreSeconds({{1000, 100}}, 0), std::optional<qint64>());
}

void TestDomainRestore::names()
{
    QCOMPARE(severityName(Severity::Refuse), QStringLiteral("refuse"));
    QCOMPARE(severityName(Severity::Warn), QStringLiteral("warn"));
    QCOMPARE(severityName(Severity::Info), QStringLiteral("info"));
    QCOMPARE(writeStrategyName(WriteStrategy::OverwriteExisting), QStringLiteral("OVERWRITE_EXISTING"));
    QCOMPARE(parseWriteStrategy(QStringLiteral("create_new")), std::optional(WriteStrategy::CreateNew));
    QCOMPARE(parseIndexStrategy(QStringLiteral("ALL_EXCEPT_TTL")), std::optional(IndexStrategy::AllExceptTtl));
    QCOMPARE(parseIndexStrategy(QStringLiteral("SOME")), std::optional<IndexStrategy>());
    QCOMPARE(restoreKindName(RestoreKind::PointInTime), QStringLiteral("pointInTime"));
    QCOMPARE(parseRestoreKind(QStringLiteral("pointInTime")), std::optional(RestoreKind::PointInTime));
    QCOMPARE(restoreStateName(RestoreState::DownloadReady), QStringLiteral("downloadReady"));
}

QTEST_GUILESS_MAIN(TestDomainRestore)
#include "tst_domain_restore.moc"
