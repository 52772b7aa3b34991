#pragma once
// A cluster's backup schedule (DiskBackupSnapshotSchedule).
#include "domain/policy.h"
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace lifeboat::domain {

struct SchedulePolicy {
    QString id;
    QList<PolicyItem> policyItems;
};

struct CopySetting {
    QString cloudProvider;
    QString regionName;
    QString zoneId;
    QStringList frequencies;
    bool shouldCopyOplogs = false;
    friend bool operator==(const CopySetting &, const CopySetting &) = default;
};

// Auto export (AutoExportPolicy): each snapshot of that frequency goes to the bucket.
struct ExportPolicy {
    QString exportBucketId;
    QString frequencyType;  // "daily" | "weekly" | "monthly" | "yearly" (sources disagree; see atlas-domain.md §5.3)
    friend bool operator==(const ExportPolicy &, const ExportPolicy &) = default;
};

// A project's export bucket (DiskBackupSnapshotExportBucketResponse): where auto export goes.
struct ExportBucket {
    QString id;
    QString bucketName;
    QString cloudProvider;
    friend bool operator==(const ExportBucket &, const ExportBucket &) = default;
};

// Extra retention beyond a compliance policy's period (ExtraRetentionSetting).
struct ExtraRetention {
    Frequency frequency = Frequency::Daily;
    int retentionDays = 0;
    friend bool operator==(const ExtraRetention &, const ExtraRetention &) = default;
};

struct BackupSchedule {
    QString groupId;
    QString clusterId;
    QString clusterName;
    int referenceHourOfDay = 0;
    int referenceMinuteOfHour = 0;
    int restoreWindowDays = 0;
    QDateTime nextSnapshot;
    QList<SchedulePolicy> policies;
    QList<CopySetting> copySettings;
    bool autoExportEnabled = false;
    ExportPolicy exportPolicy;  // meaningful when autoExportEnabled
    bool useOrgAndGroupNamesInExportPrefix = false;
    QList<ExtraRetention> extraRetention;
    QDateTime syncedAt;

    QList<PolicyItem> allItems() const;
};

}  // namespace lifeboat::domain
