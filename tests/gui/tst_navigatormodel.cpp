// The navigator model under QAbstractItemModelTester, fed with a hand-made estate.
#include "itemmodels/navigatormodel.h"

#include <QAbstractItemModelTester>
#include <QtTest>

using lifeboat::itemmodels::NavigatorModel;
using namespace lifeboat;

static jobs::ClusterSummary cluster(const QString &name, const QString &tier, bool backup, bool pit,
                                    const QDateTime &lastGood)
{
    jobs::ClusterSummary s;
    s.cluster.name = name;
    s.cluster.id = name + QStringLiteral("-id");
    s.cluster.instanceSize = tier;
    s.cluster.providerName = tier == u"M0" ? QStringLiteral("TENANT") : QStringLiteral("AWS");
    s.cluster.backingProviderName = QStringLiteral("GCP");
    s.cluster.backupEnabled = backup;
    s.cluster.pitEnabled = pit;
    s.lastGoodSnapshot = lastGood;
    s.syncedAt = lastGood.isValid() ? lastGood : QDateTime::currentDateTimeUtc();
    // What the cache's summary gives the health rule: a daily schedule, the newest snapshot good.
    s.health.kind = tier == u"M0" ? domain::ClusterKind::FreeTier : domain::ClusterKind::Dedicated;
    s.health.synced = true;
    s.health.backupEnabled = backup;
    s.health.lastGood = lastGood;
    s.health.latestAt = lastGood;
    s.health.latestStatus = domain::SnapshotStatus::Completed;
    s.health.promisedSeconds = 86400;
    return s;
}

static jobs::Estate estate(const QDateTime &now)
{
    jobs::Estate e;
    jobs::OrgSummary org;
    org.org.id = QStringLiteral("org1");
    org.org.name = QStringLiteral("Org One");
    jobs::ProjectSummary p1;
    p1.project.id = QStringLiteral("g1");
    p1.project.name = QStringLiteral("prod");
    p1.compliancePolicy = true;
    p1.clusters << cluster(QStringLiteral("main"), QStringLiteral("M30"), true, true, now.addSecs(-3 * 3600))
                << cluster(QStringLiteral("free"), QStringLiteral("M0"), false, false, {})
                << cluster(QStringLiteral("stale"), QStringLiteral("M10"), true, false, now.addDays(-3));
    jobs::ClusterSummary flex =
        cluster(QStringLiteral("flexy"), QStringLiteral("FLEX"), true, false, now.addSecs(-3600));
    flex.isFlex = true;
    flex.health.kind = domain::ClusterKind::Flex;
    flex.cluster.providerName = QStringLiteral("FLEX");
    flex.cluster.backingProviderName = QStringLiteral("AZURE");
    p1.clusters << flex;
    jobs::ProjectSummary p2;
    p2.project.id = QStringLiteral("g2");
    p2.project.name = QStringLiteral("empty");
    org.projects << p1 << p2;
    e.orgs << org;
    return e;
}

class NavigatorModelTest : public QObject {
    Q_OBJECT
private slots:
    void structureRolesAndResets()
    {
        NavigatorModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QCOMPARE(model.rowCount(), 0);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        model.setEstate(QStringLiteral("Sandbox"), estate(now), now);
        QCOMPARE(model.rowCount(), 1);
        const QModelIndex profile = model.index(0, 0);
        QCOMPARE(profile.data().toString(), QStringLiteral("Sandbox"));
        const QModelIndex org = model.index(0, 0, profile);
        QCOMPARE(org.data().toString(), QStringLiteral("Org One"));
        QCOMPARE(model.rowCount(org), 2);
        const QModelIndex prod = model.projectIndex(QStringLiteral("g1"));
        QVERIFY(prod.isValid());
        QVERIFY(prod.data(NavigatorModel::ComplianceRole).toBool());
        QCOMPARE(model.rowCount(prod), 4);
        QCOMPARE(model.clusterIndex(QStringLiteral("g1"), QStringLiteral("flexy"))
                     .data(NavigatorModel::BadgesRole)
                     .toStringList(),
                 (QStringList{QStringLiteral("Flex"), QStringLiteral("Azure")}));
        QCOMPARE(model.rowCount(model.projectIndex(QStringLiteral("g2"))), 0);

        const QModelIndex main = model.clusterIndex(QStringLiteral("g1"), QStringLiteral("main"));
        QVERIFY(main.isValid());
        QCOMPARE(main.parent(), prod);
        const QStringList badges = main.data(NavigatorModel::BadgesRole).toStringList();
        QVERIFY(badges.contains(QStringLiteral("M30")) && badges.contains(QStringLiteral("AWS")) &&
                badges.contains(QStringLiteral("PIT")));
        // Each badge has a kind beside its (translated) text: the view colours by kind.
        const QVariantList kinds = main.data(NavigatorModel::BadgeKindsRole).toList();
        QCOMPARE(kinds.size(), badges.size());
        QCOMPARE(NavigatorModel::BadgeKind(kinds.at(badges.indexOf(QStringLiteral("PIT"))).toInt()),
                 NavigatorModel::BadgeKind::Pit);
        QCOMPARE(NavigatorModel::BadgeKind(kinds.at(badges.indexOf(QStringLiteral("AWS"))).toInt()),
                 NavigatorModel::BadgeKind::Provider);
        QCOMPARE(NavigatorModel::BadgeKind(kinds.first().toInt()), NavigatorModel::BadgeKind::Tier);
        QCOMPARE(main.siblingAtColumn(1).data().toString(), QStringLiteral("3 h"));
        QCOMPARE(main.siblingAtColumn(1).data(NavigatorModel::HealthRole).toInt(), 0);
        QCOMPARE(main.data(NavigatorModel::GroupIdRole).toString(), QStringLiteral("g1"));
        QVERIFY(model.clusterAt(main).has_value());
        QVERIFY(!model.clusterAt(prod).has_value());

        const QModelIndex free = model.clusterIndex(QStringLiteral("g1"), QStringLiteral("free"));
        QVERIFY(free.data(NavigatorModel::BadgesRole).toStringList().contains(QStringLiteral("no cloud backup")));
        QVERIFY(free.data(NavigatorModel::BadgesRole).toStringList().contains(QStringLiteral("GCP")));
        QVERIFY(
            free.data(NavigatorModel::BadgeKindsRole).toList().contains(int(NavigatorModel::BadgeKind::Unprotected)));
        QCOMPARE(free.siblingAtColumn(1).data().toString(), QStringLiteral("—"));
        const QModelIndex stale = model.clusterIndex(QStringLiteral("g1"), QStringLiteral("stale"));
        QCOMPARE(stale.siblingAtColumn(1).data(NavigatorModel::HealthRole).toInt(), 1);
        QCOMPARE(stale.data(NavigatorModel::HealthStateRole).toInt(), int(domain::HealthState::Warning));
        QVERIFY(stale.data(NavigatorModel::HealthTextRole).toString().startsWith(QStringLiteral("Late")));
        QCOMPARE(free.data(NavigatorModel::HealthStateRole).toInt(), int(domain::HealthState::Unprotected));
        QCOMPARE(main.data(NavigatorModel::HealthStateRole).toInt(), int(domain::HealthState::Ok));
        QVERIFY(!model.clusterIndex(QStringLiteral("g1"), QStringLiteral("nope")).isValid());

        model.setEstate(QStringLiteral("Sandbox"), jobs::Estate(), now);  // reset to an empty estate
        QCOMPARE(model.rowCount(model.index(0, 0)), 0);
        model.setEstate(QStringLiteral("Sandbox"), estate(now), now);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void healthFollowsTheSchedule()
    {
        // Not a fixed 26 h: a cluster snapshotting every 6 h is late 8 h after its last one.
        const QDateTime now = QDateTime::currentDateTimeUtc();
        jobs::Estate e = estate(now);
        jobs::ClusterSummary &main = e.orgs[0].projects[0].clusters[0];
        main.health.promisedSeconds = 6 * 3600;
        main.health.lastGood = main.health.latestAt = now.addSecs(-8 * 3600);
        NavigatorModel model;
        model.setEstate(QStringLiteral("Sandbox"), e, now);
        const QModelIndex i = model.clusterIndex(QStringLiteral("g1"), QStringLiteral("main"));
        QCOMPARE(i.data(NavigatorModel::HealthStateRole).toInt(), int(domain::HealthState::Warning));
        QCOMPARE(i.siblingAtColumn(1).data(NavigatorModel::HealthRole).toInt(), 1);
    }

    void ageTexts()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QCOMPARE(NavigatorModel::ageText(now.addSecs(-30), now), QStringLiteral("just now"));
        QCOMPARE(NavigatorModel::ageText(now.addSecs(-42 * 60), now), QStringLiteral("42 min"));
        QCOMPARE(NavigatorModel::ageText(now.addDays(-3), now), QStringLiteral("3 d"));
        QCOMPARE(NavigatorModel::ageText(now.addDays(-95), now), QStringLiteral("3 mo"));
        QCOMPARE(NavigatorModel::ageText(QDateTime(), now), QStringLiteral("none"));
    }
};

QTEST_MAIN(NavigatorModelTest)
#include "tst_navigatormodel.moc"
