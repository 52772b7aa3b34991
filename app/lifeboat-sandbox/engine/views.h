#pragma once
// Renders state records as the Atlas API bodies of each served version.
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace sandbox {

struct Record;

// ClusterDescription20240805 ("2024-08-05"), AdvancedClusterDescription ("2023-02-01")
// or LegacyAtlasCluster ("2023-01-01").
QJsonObject renderCluster(const Record &cluster, const QString &version);

// DiskBackupSnapshotSchedule20240805 ("2024-08-05") or DiskBackupSnapshotSchedule ("2023-01-01").
QJsonObject renderSchedule(const Record &cluster, const QString &version, const QDateTime &now);

}  // namespace sandbox
