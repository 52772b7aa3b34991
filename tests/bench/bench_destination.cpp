// The restore wizard's Destination page marking 500 candidate clusters (every cluster
// of 50 projects) with domain::checkRestoreTarget, in the real page of a shown wizard,
// while a 5 ms GUI heartbeat timer measures the event loop's worst stall. Prints the
// figures; the last lines give the worst stall against the bar (16 ms). No assertion
// on time: these machines are noisy.
#include "itemmodels/destinationmodel.h"
#include "restore/restoredestinationpage.h"
#include "restore/restorejobs.h"
#include "restore/restorewizard.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTimer>
#include <QtTest>
#include <algorithm>
#include <cstdio>

using namespace lifeboat;

namespace {

constexpr int Projects = 50;
constexpr int PerProject = 10;
constexpr int Rounds = 5;
constexpr int BarMs = 16;

domain::Cluster cluster(const QString &groupId, int p, int i)
{
    static const QStringList versions{QStringLiteral("6.0.24"), QStringLiteral("7.0.21"), QStringLiteral("8.0.9"),
                                      QStringLiteral("8.2.1"), QStringLiteral("9.0.0")};
    static const QStringList tiers{QStringLiteral("M10"), QStringLiteral("M30"), QStringLiteral("M0"),
                                   QStringLiteral("M40"), QStringLiteral("M50")};
    domain::Cluster c;
    c.groupId = groupId;
    c.name = QStringLiteral("cluster-%1-%2").arg(p).arg(i);
    c.id = c.name + QStringLiteral("-id");
    c.mongoDBVersion = versions[(p + i) % versions.size()];
    c.mongoDBMajorVersion = c.mongoDBVersion.left(3);
    c.instanceSize = tiers[(p * 3 + i) % tiers.size()];
    c.providerName = c.instanceSize == u"M0" ? QStringLiteral("TENANT") : QStringLiteral("AWS");
    c.clusterType = domain::parseClusterType((i % 7 == 6) ? QStringLiteral("SHARDED") : QStringLiteral("REPLICASET"));
    c.shardCount = (i % 7 == 6) ? 3 : 1;
    c.encryptionAtRestProvider = (i % 4 == 3) ? QStringLiteral("AWS") : QStringLiteral("NONE");
    c.backupEnabled = true;
    c.stateName = domain::parseClusterState(QStringLiteral("IDLE"));
    return c;
}

}  // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QDateTime now = QDateTime::currentDateTimeUtc();

    jobs::Estate estate;
    jobs::OrgSummary org;
    org.org.id = QStringLiteral("org");
    org.org.name = QStringLiteral("Bench");
    for (int p = 0; p < Projects; ++p) {
        jobs::ProjectSummary ps;
        ps.project.id = QStringLiteral("g%1").arg(p);
        ps.project.name = QStringLiteral("project-%1").arg(p);
        for (int i = 0; i < PerProject; ++i) {
            jobs::ClusterSummary cs;
            cs.cluster = cluster(ps.project.id, p, i);
            ps.clusters << cs;
        }
        org.projects << ps;
    }
    estate.orgs << org;

    ui::RestoreWizardInput in;
    in.estate = estate;
    in.now = now;
    in.source.groupId = QStringLiteral("g0");
    in.source.clusterName = QStringLiteral("cluster-0-0");
    in.source.cluster = cluster(QStringLiteral("g0"), 0, 0);
    in.source.cluster.mongoDBVersion = QStringLiteral("8.0.9");
    in.source.cluster.mongoDBMajorVersion = QStringLiteral("8.0");
    in.source.cluster.instanceSize = QStringLiteral("M30");
    domain::Snapshot snap;
    snap.id = QStringLiteral("snap-1");
    snap.groupId = in.source.groupId;
    snap.clusterName = in.source.clusterName;
    snap.createdAt = now.addSecs(-3600);
    snap.status = domain::parseSnapshotStatus(QStringLiteral("completed"));
    snap.snapshotType = domain::parseSnapshotType(QStringLiteral("scheduled"));
    snap.frequencyType = domain::parseFrequency(QStringLiteral("daily"));
    snap.mongodVersion = QStringLiteral("8.0.9");
    snap.type = QStringLiteral("replicaSet");
    snap.storageSizeBytes = qint64(20) << 30;
    in.source.snapshots << snap;
    in.snapshotId = snap.id;

    // The floor: the same 500 rule calls in a tight loop, no event loop, no model.
    const auto candidates = itemmodels::DestinationModel::candidatesFrom(estate);
    QElapsedTimer t;
    double floorMs = 1e9;
    for (int round = 0; round < Rounds; ++round) {
        domain::RestorePlan plan;
        plan.sourceGroupId = in.source.groupId;
        plan.sourceClusterName = in.source.clusterName;
        plan.snapshotId = snap.id;
        domain::RestoreFacts facts;
        facts.now = now;
        facts.source = in.source.cluster;
        facts.snapshot = snap;
        int refused = 0;
        t.start();
        for (const auto &c : candidates) {
            plan.targetGroupId = c.groupId;
            plan.targetClusterName = c.cluster.name;
            facts.target = c.cluster;
            refused += domain::isRefused(domain::checkRestoreTarget(plan, facts));
        }
        floorMs = std::min(floorMs, t.nsecsElapsed() / 1e6);
        if (round == 0) std::printf("candidates %lld, refused %d\n", qlonglong(candidates.size()), refused);
    }

    ui::RestoreJobs jobs;  // no runner: the Destination page asks the domain only
    ui::RestoreWizard wizard(&jobs, in);
    wizard.resize(1100, 700);
    wizard.show();
    if (!QTest::qWaitForWindowExposed(&wizard)) std::printf("warning: the wizard was not exposed\n");
    QTest::qWait(100);

    QList<double> markMs, stallMs;
    for (int round = 0; round < Rounds; ++round) {
        if (wizard.currentId() != ui::RestoreWizard::SourcePageId) wizard.back();
        QTest::qWait(50);
        auto *model = wizard.destinationPage()->model();
        QElapsedTimer beat;
        qint64 last = 0, worst = 0;
        QTimer heartbeat;
        heartbeat.setTimerType(Qt::PreciseTimer);
        QObject::connect(&heartbeat, &QTimer::timeout, [&] {
            const qint64 nowNs = beat.nsecsElapsed();
            worst = std::max(worst, nowNs - last);
            last = nowNs;
        });
        bool finished = false;
        QMetaObject::Connection done =
            QObject::connect(model, &itemmodels::DestinationModel::markingFinished, [&] { finished = true; });
        beat.start();
        heartbeat.start(5);
        QTest::qWait(20);  // the heartbeat runs before the marking starts
        last = beat.nsecsElapsed();
        worst = 0;
        t.start();
        wizard.next();  // Destination: initializePage() marks every candidate
        while (!finished && t.elapsed() < 30000) QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        const double ms = t.nsecsElapsed() / 1e6;
        QTest::qWait(20);  // and a last beat after it
        heartbeat.stop();
        QObject::disconnect(done);
        if (!finished) std::printf("round %d: marking did not finish\n", round);
        markMs << ms;
        // The heartbeat's worst gap less its own period is the longest the loop was blocked.
        stallMs << std::max(0.0, worst / 1e6 - 5.0);
        std::printf("round %d: marked %d of %d in %.2f ms, worst heartbeat gap %.2f ms\n", round, model->markedCount(),
                    model->rowCount(), ms, worst / 1e6);
    }
    std::sort(markMs.begin(), markMs.end());
    std::sort(stallMs.begin(), stallMs.end());
    std::printf("rule floor (500 checkRestoreTarget calls, tight loop): %.3f ms\n", floorMs);
    std::printf("marking on the page, median of %d: %.2f ms (%.1fx the floor)\n", Rounds, markMs[Rounds / 2],
                markMs[Rounds / 2] / std::max(floorMs, 0.001));
    std::printf("worst GUI stall, median of %d rounds: %.2f ms; worst of all: %.2f ms\n", Rounds, stallMs[Rounds / 2],
                stallMs.last());
    std::printf("bar: %d ms -> %s\n", BarMs, stallMs.last() <= BarMs ? "within the bar" : "OVER the bar");
    return 0;
}
