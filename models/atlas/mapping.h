#pragma once
// JSON <-> value types, both directions.
// Reading is tolerant by design: nulls, missing optional fields, unknown fields,
// unknown enum values and odd casing all map to something usable; only a body that
// is not JSON at all (or not the expected shape) is an error.
// Writing (toJson) gives exactly the request body the contract names, in the API's
// spelling, with no read-only field.
#include "atlas/answers.h"
#include "atlas/requests.h"
#include "domain/types.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <optional>

namespace lifeboat::atlas::mapping {

// The values this layer maps and returns are the domain's.
using namespace lifeboat::domain;

// One page of a paginated list.
struct Page {
    QJsonArray results;
    std::optional<qint64> totalCount;
};

// nullopt and a reason in *error when the body is not a JSON object.
std::optional<QJsonObject> parseObject(const QByteArray &body, QString *error);
// nullopt when the body is not an object with a `results` array.
std::optional<Page> parsePage(const QByteArray &body, QString *error);

// Field readers that never fail: a null, missing or wrongly typed value gives the default.
QString text(const QJsonObject &o, QLatin1StringView key);
qint64 integer(const QJsonObject &o, QLatin1StringView key, qint64 fallback = 0);
std::optional<qint64> optionalInteger(const QJsonObject &o, QLatin1StringView key);
double number(const QJsonObject &o, QLatin1StringView key, double fallback = 0);
bool boolean(const QJsonObject &o, QLatin1StringView key, bool fallback = false);
QDateTime dateTime(const QJsonValue &v);  // ISO 8601 (with or without ms), UTC
QStringList textList(const QJsonObject &o, QLatin1StringView key);

Organization organization(const QJsonObject &o);
Project project(const QJsonObject &o);
ExportBucket exportBucket(const QJsonObject &o);
Cluster cluster(const QJsonObject &o);
FlexCluster flexCluster(const QJsonObject &o);
Snapshot snapshot(const QJsonObject &o, const QString &groupId, const QString &clusterName);
FlexSnapshot flexSnapshot(const QJsonObject &o, const QString &groupId, const QString &clusterName);
PolicyItem policyItem(const QJsonObject &o);
BackupSchedule schedule(const QJsonObject &o, const QString &groupId);
CompliancePolicy compliancePolicy(const QJsonObject &o, const QString &groupId);
RestoreJob restoreJob(const QJsonObject &o, const QString &groupId, const QString &clusterName);
FlexRestoreJob flexRestoreJob(const QJsonObject &o, const QString &groupId, const QString &clusterName);
CollectionRestoreJob collectionRestoreJob(const QJsonObject &o, const QString &groupId, const QString &clusterName);
CollectionRestoreNamespaceState collectionRestoreNamespaceState(const QJsonObject &o);
// deliveryUrl[], components[].downloadUrl and every privateDownloadDeliveryUrls[].deliveryUrl.
DownloadLinks downloadLinks(const QJsonObject &restoreJob);

// --- Request bodies ---
QJsonObject toJson(const OnDemandSnapshotRequest &request);  // {description, retentionInDays}
QJsonObject toJson(const PolicyItem &item);  // {id?, frequencyType, frequencyInterval, retentionUnit, retentionValue}
QJsonObject toJson(const ScheduleUpdate &update);
QJsonObject toJson(const ComplianceUpdate &update);  // readOnly fields left out
QJsonObject toJson(const RestoreRequest &request);
QJsonObject toJson(const CollectionRestoreRequest &request);
QJsonObject toJson(const FlexRestoreRequest &request);  // {snapshotId, targetDeploymentItemName, targetProjectId?}
QString deliveryTypeName(DeliveryType type);            // "automated", "download", "pointInTime"
QByteArray compact(const QJsonObject &body);            // the bytes sent

// Maps every object of `array` with `fn`; non-object entries are skipped.
template <typename T, typename Fn>
QList<T> mapArray(const QJsonArray &array, Fn fn)
{
    QList<T> out;
    out.reserve(array.size());
    for (const QJsonValue &v : array) {
        if (v.isObject()) out.append(fn(v.toObject()));
    }
    return out;
}

}  // namespace lifeboat::atlas::mapping
