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
    QDateTime syncedAt;

    QList<PolicyItem> allItems() const;
};

}  // namespace lifeboat::domain
