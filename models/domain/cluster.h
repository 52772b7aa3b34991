#pragma once
// A dedicated or M0 cluster, and a Flex cluster: two types, because Atlas serves them
// from two APIs with different fields.
#include "domain/tagged.h"
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace lifeboat::domain {

struct Cluster {
    QString id;
    QString groupId;
    QString name;
    Tagged<ClusterType> clusterType;
    QString mongoDBVersion;               // "8.0.4"
    QString mongoDBMajorVersion;          // "8.0"
    QString featureCompatibilityVersion;  // set when FCV is pinned
    QDateTime featureCompatibilityVersionExpirationDate;
    bool backupEnabled = false;
    bool pitEnabled = false;
    QString encryptionAtRestProvider;  // "NONE", "AWS", ... upper case; empty if absent
    Tagged<ClusterState> stateName;
    QString configServerType;  // "DEDICATED" / "EMBEDDED" / empty
    bool paused = false;
    QDateTime createDate;
    int shardCount = 0;           // replicationSpecs entries (1 for a replica set)
    QStringList zoneIds;          // replicationSpecs[].zoneId, distinct (copy settings name one); not cached
    QString providerName;         // "AWS", "GCP", "AZURE", "TENANT"
    QString backingProviderName;  // for TENANT (M0)
    QString regionName;
    QString instanceSize;  // "M10", "M0"
    QString standardSrv;   // connectionStrings.standardSrv ("mongodb+srv://host"), for mongodump hints
    QDateTime syncedAt;

    bool isFreeTier() const { return instanceSize.compare(QLatin1String("M0"), Qt::CaseInsensitive) == 0; }
    bool isSharded() const
    {
        return clusterType.value == ClusterType::Sharded || clusterType.value == ClusterType::GeoSharded;
    }
};

struct FlexCluster {
    QString id;
    QString groupId;
    QString name;
    QString mongoDBVersion;
    Tagged<ClusterState> stateName;
    QString backingProviderName;
    QString regionName;
    double diskSizeGB = 0;
    bool backupEnabled = true;  // Flex has automatic daily snapshots
    bool terminationProtectionEnabled = false;
    QDateTime createDate;
    QDateTime syncedAt;
};

}  // namespace lifeboat::domain
