#include "readapi.h"

#include "clock.h"
#include "compliance.h"
#include "router.h"
#include "state.h"
#include "views.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace sandbox {

namespace api {

static bool isObjectId(const QString &id)
{
    static const QRegularExpression re(QStringLiteral("^[0-9a-f]{24}$"));
    return re.match(id).hasMatch();
}

const Record *project(State &state, const Call &call, Reply *error)
{
    const QString id = call.params.value(QStringLiteral("groupId"));
    if (!isObjectId(id)) {
        *error = Reply::error(400, QStringLiteral("INVALID_GROUP_ID"),
                              QStringLiteral("An invalid group ID %1 was specified.").arg(id), QJsonArray{id});
        return nullptr;
    }
    const Record *p = state.find(Kind::Project, id);
    if (!p) {
        *error = Reply::error(404, QStringLiteral("GROUP_NOT_FOUND"),
                              QStringLiteral("No group with ID %1 exists.").arg(id), QJsonArray{id});
        return nullptr;
    }
    if (call.principal.roleIn(id, p->body.value(QLatin1String("orgId")).toString()).isEmpty()) {
        *error = Reply::error(403, QStringLiteral("USER_UNAUTHORIZED"),
                              QStringLiteral("Current user is not authorized to perform this action."));
        return nullptr;
    }
    return p;
}

static const Record *named(State &state, Kind kind, const QString &groupId, const QString &name)
{
    for (const Record *r : state.list(kind, groupId))
        if (r->body.value(QLatin1String("name")).toString() == name) return r;
    return nullptr;
}

// A cluster by name on its own API. A name that belongs to the other kind (Flex on the
// cluster API, dedicated or M0 on the Flex API) gets Atlas's 400, which clients branch on.
static const Record *byName(State &state, Kind kind, const Call &call, const QString &param, Reply *error)
{
    const Record *p = project(state, call, error);
    if (!p) return nullptr;
    const QString name = call.params.value(param);
    if (const Record *r = named(state, kind, p->id, name)) return r;
    const bool flexApi = kind == Kind::FlexCluster;
    if (named(state, flexApi ? Kind::Cluster : Kind::FlexCluster, p->id, name)) {
        *error = flexApi ? Reply::error(400, QStringLiteral("CANNOT_USE_NON_FLEX_CLUSTER_IN_FLEX_API"),
                                        QStringLiteral("Cluster %1 cannot be used in the Flex API.").arg(name),
                                        QJsonArray{name})
                         : Reply::error(400, QStringLiteral("CANNOT_USE_FLEX_CLUSTER_IN_CLUSTER_API"),
                                        QStringLiteral("Flex cluster %1 cannot be used in the Cluster API.").arg(name),
                                        QJsonArray{name});
        return nullptr;
    }
    *error = Reply::error(404, QStringLiteral("CLUSTER_NOT_FOUND"),
                          QStringLiteral("No cluster named %1 exists in group %2.").arg(name, p->id),
                          QJsonArray{name, p->id});
    return nullptr;
}

const Record *cluster(State &state, const Call &call, Reply *error)
{
    return byName(state, Kind::Cluster, call, QStringLiteral("clusterName"), error);
}

const Record *flexCluster(State &state, const Call &call, Reply *error)
{
    return byName(state, Kind::FlexCluster, call, QStringLiteral("name"), error);
}

static bool intParam(const Call &call, const QString &name, int fallback, int min, int max, int *out, Reply *error)
{
    if (!call.query.hasQueryItem(name)) {
        *out = fallback;
        return true;
    }
    const QString text = call.query.queryItemValue(name);
    bool ok = false;
    const int v = text.toInt(&ok);
    if (ok && v >= min && v <= max) {
        *out = v;
        return true;
    }
    *error = Reply::error(
        400, QStringLiteral("INVALID_QUERY_PARAMETER"),
        max == INT_MAX
            ? QStringLiteral("Invalid value %1 for query parameter %2: it must be a whole number of at least %3.")
                  .arg(text, name)
                  .arg(min)
            : QStringLiteral("Invalid value %1 for query parameter %2: it must be a whole number from %3 to %4.")
                  .arg(text, name)
                  .arg(min)
                  .arg(max),
        QJsonArray{name, text});
    return false;
}

static QJsonObject link(const Call &call, const QString &rel, int pageNum, int itemsPerPage)
{
    // As Atlas: the request's own path and its paging parameters only, never the rest of its query.
    QUrlQuery q;
    if (call.query.hasQueryItem(QStringLiteral("includeCount")))
        q.addQueryItem(QStringLiteral("includeCount"), call.query.queryItemValue(QStringLiteral("includeCount")));
    q.addQueryItem(QStringLiteral("pageNum"), QString::number(pageNum));
    q.addQueryItem(QStringLiteral("itemsPerPage"), QString::number(itemsPerPage));
    return QJsonObject{
        {QStringLiteral("href"), QString(call.baseUrl + call.path + u'?' + q.toString(QUrl::FullyEncoded))},
        {QStringLiteral("rel"), rel}};
}

// The JSON of a record as listed (cached on the record until it changes).
static const QByteArray &itemJson(const Record *r)
{
    if (r->json.isEmpty()) r->json = QJsonDocument(r->body).toJson(QJsonDocument::Compact);
    return r->json;
}

Reply page(const Call &call, const QList<const Record *> &items)
{
    Reply err;
    int pageNum = 1, perPage = 100;
    if (!intParam(call, QStringLiteral("pageNum"), 1, 1, INT_MAX, &pageNum, &err)) return err;
    if (!intParam(call, QStringLiteral("itemsPerPage"), 100, 1, 500, &perPage, &err)) return err;
    const QString countText = call.query.queryItemValue(QStringLiteral("includeCount")).toLower();
    if (!countText.isEmpty() && countText != u"true" && countText != u"false")
        return Reply::error(
            400, QStringLiteral("INVALID_QUERY_PARAMETER"),
            QStringLiteral("Invalid value %1 for query parameter includeCount: it must be true or false.")
                .arg(countText),
            QJsonArray{QStringLiteral("includeCount"), countText});
    const bool includeCount = countText != u"false";
    const qint64 first = qint64(pageNum - 1) * perPage;
    QJsonArray links{link(call, QStringLiteral("self"), pageNum, perPage)};
    if (pageNum > 1) links.append(link(call, QStringLiteral("previous"), pageNum - 1, perPage));
    if (first + perPage < items.size()) links.append(link(call, QStringLiteral("next"), pageNum + 1, perPage));

    QByteArray body;
    body.reserve(256 + int(qMin<qint64>(perPage, qMax<qint64>(0, items.size() - first))) * 700);
    body += "{\"links\":";
    body += QJsonDocument(links).toJson(QJsonDocument::Compact);
    body += ",\"results\":[";
    for (qint64 i = first; i < items.size() && i < first + perPage; ++i) {
        if (i > first) body += ',';
        body += itemJson(items[i]);
    }
    body += ']';
    if (includeCount) body += ",\"totalCount\":" + QByteArray::number(items.size());
    body += '}';
    return Reply::raw(body);
}

bool isTenant(const Record *cluster)
{
    return cluster->body.value(QLatin1String("instanceSize")).toString() == u"M0";
}

Reply tenantUnsupported(const Record *cluster)
{
    const QString name = cluster->body.value(QLatin1String("name")).toString();
    return Reply::error(400, QStringLiteral("TENANT_CLUSTER_NOT_SUPPORTED"),
                        QStringLiteral("Cloud Backup is not available for the free cluster %1 (M0).").arg(name),
                        QJsonArray{name});
}

}  // namespace api

namespace {

using api::isTenant;
using api::page;
using api::tenantUnsupported;

// Records rendered by a function (clusters, schedules) can't use the per-record cache.
Reply pageOf(const Call &call, const QList<QJsonObject> &objects)
{
    QList<Record> temp;
    temp.reserve(objects.size());
    for (const auto &o : objects) temp.append(Record{QString(), QString(), QString(), o, QByteArray()});
    QList<const Record *> ptrs;
    for (const Record &r : temp) ptrs.append(&r);
    return page(call, ptrs);
}

Reply notFound(const QString &what, const QString &id)
{
    return Reply::error(404, QStringLiteral("RESOURCE_NOT_FOUND"),
                        QStringLiteral("Cannot find resource %1 with ID %2.").arg(what, id), QJsonArray{what, id});
}

// A record of `kind` by {param} that must belong to the given project and parent.
Reply getChild(State &state, Kind kind, const Call &call, const QString &param, const QString &what,
               const QString &groupId, const QString &parent)
{
    const QString id = call.params.value(param);
    const Record *r = state.find(kind, id);
    if (!r || r->groupId != groupId || (!parent.isEmpty() && r->parent != parent)) return notFound(what, id);
    return Reply::json(r->body);
}

QString name(const Record *r)
{
    return r->body.value(QLatin1String("name")).toString();
}

}  // namespace

void addReadRoutes(Router &router, State &state)
{
    const QString v1 = QStringLiteral("2023-01-01");
    const QString g = QStringLiteral("/api/atlas/v2/groups/{groupId}");
    const QString c = g + QStringLiteral("/clusters/{clusterName}");
    const QString f = g + QStringLiteral("/flexClusters/{name}");
    State *s = &state;

    router.setRoleLookup([s](const Call &call) {
        const Record *p = s->find(Kind::Project, call.params.value(QStringLiteral("groupId")));
        return p ? call.principal.roleIn(p->id, p->body.value(QLatin1String("orgId")).toString()) : QString();
    });

    router.add("GET", QStringLiteral("/api/atlas/v2/orgs"), QStringLiteral("listOrgs"), {v1}, [s](Call &call) {
        QList<const Record *> out;
        for (const Record *o : s->list(Kind::Org))
            if (o->id == call.principal.orgId) out.append(o);
        return page(call, out);
    });
    router.add("GET", QStringLiteral("/api/atlas/v2/groups"), QStringLiteral("listGroups"), {v1}, [s](Call &call) {
        QList<const Record *> out;
        const auto projects = s->list(Kind::Project);
        for (auto it = projects.rbegin(); it != projects.rend(); ++it)  // oldest first, as Atlas lists them
            if (!call.principal.roleIn((*it)->id, (*it)->body.value(QLatin1String("orgId")).toString()).isEmpty())
                out.append(*it);
        return page(call, out);
    });
    router.add("GET", g, QStringLiteral("getGroup"), {v1}, [s](Call &call) {
        Reply err;
        const Record *p = api::project(*s, call, &err);
        return p ? Reply::json(p->body) : err;
    });

    // Clusters in three versions of their shape.
    Route &list = router.add("GET", g + QStringLiteral("/clusters"), QStringLiteral("listGroupClusters"),
                             {QStringLiteral("2024-08-05"), QStringLiteral("2023-02-01"), v1}, [s](Call &call) {
                                 Reply err;
                                 const Record *p = api::project(*s, call, &err);
                                 if (!p) return err;
                                 QList<QJsonObject> out;
                                 const auto clusters = s->list(Kind::Cluster, p->id);
                                 for (auto it = clusters.rbegin(); it != clusters.rend(); ++it)
                                     out.append(renderCluster(**it, call.version));
                                 return pageOf(call, out);
                             });
    // A Route& from add() is only good until the next add(): copy values, not references.
    const QHash<QString, QString> clusterSunsets = {{v1, QStringLiteral("2027-07-01")},
                                                    {QStringLiteral("2023-02-01"), QStringLiteral("2027-07-01")}};
    list.sunsets = clusterSunsets;
    Route &get = router.add("GET", c, QStringLiteral("getGroupCluster"),
                            {QStringLiteral("2024-08-05"), QStringLiteral("2023-02-01"), v1}, [s](Call &call) {
                                Reply err;
                                const Record *cl = api::cluster(*s, call, &err);
                                return cl ? Reply::json(renderCluster(*cl, call.version)) : err;
                            });
    get.sunsets = clusterSunsets;

    const QString flexV = QStringLiteral("2024-11-13");
    router.add("GET", g + QStringLiteral("/flexClusters"), QStringLiteral("listGroupFlexClusters"), {flexV},
               [s](Call &call) {
                   Reply err;
                   const Record *p = api::project(*s, call, &err);
                   if (!p) return err;
                   QList<QJsonObject> out;
                   for (const Record *r : s->list(Kind::FlexCluster, p->id)) {
                       QJsonObject o = r->body;
                       o.remove(QLatin1String("clock"));
                       o.remove(QLatin1String("dataEpochs"));
                       out.append(o);
                   }
                   return pageOf(call, out);
               });
    router.add("GET", f, QStringLiteral("getGroupFlexCluster"), {flexV}, [s](Call &call) {
        Reply err;
        const Record *r = api::flexCluster(*s, call, &err);
        if (!r) return err;
        QJsonObject o = r->body;
        o.remove(QLatin1String("clock"));
        o.remove(QLatin1String("dataEpochs"));
        return Reply::json(o);
    });
    router.add("GET", f + QStringLiteral("/backup/snapshots"), QStringLiteral("listGroupFlexClusterBackupSnapshots"),
               {flexV}, [s](Call &call) {
                   Reply err;
                   const Record *r = api::flexCluster(*s, call, &err);
                   return r ? page(call, s->list(Kind::FlexSnapshot, r->groupId, name(r))) : err;
               });
    router.add("GET", f + QStringLiteral("/backup/snapshots/{snapshotId}"),
               QStringLiteral("getGroupFlexClusterBackupSnapshot"), {flexV}, [s](Call &call) {
                   Reply err;
                   const Record *r = api::flexCluster(*s, call, &err);
                   return r ? getChild(*s, Kind::FlexSnapshot, call, QStringLiteral("snapshotId"),
                                       QStringLiteral("snapshot"), r->groupId, name(r))
                            : err;
               });
    router.add("GET", f + QStringLiteral("/backup/restoreJobs"),
               QStringLiteral("listGroupFlexClusterBackupRestoreJobs"), {flexV}, [s](Call &call) {
                   Reply err;
                   const Record *r = api::flexCluster(*s, call, &err);
                   return r ? page(call, s->list(Kind::FlexRestoreJob, r->groupId, name(r))) : err;
               });
    router.add("GET", f + QStringLiteral("/backup/restoreJobs/{restoreJobId}"),
               QStringLiteral("getGroupFlexClusterBackupRestoreJob"), {flexV}, [s](Call &call) {
                   Reply err;
                   const Record *r = api::flexCluster(*s, call, &err);
                   return r ? getChild(*s, Kind::FlexRestoreJob, call, QStringLiteral("restoreJobId"),
                                       QStringLiteral("restore job"), r->groupId, name(r))
                            : err;
               });

    // Snapshots: replica sets and sharded clusters have separate lists.
    auto snapshots = [s](Call &call, bool sharded) {
        Reply err;
        const Record *cl = api::cluster(*s, call, &err);
        if (!cl) return err;
        if (isTenant(cl)) return tenantUnsupported(cl);
        const bool isSharded = cl->body.value(QLatin1String("clusterType")).toString() == u"SHARDED";
        if (sharded != isSharded) return page(call, {});
        return page(call, s->list(Kind::Snapshot, cl->groupId, name(cl)));
    };
    router.add("GET", c + QStringLiteral("/backup/snapshots"), QStringLiteral("listGroupClusterBackupSnapshots"), {v1},
               [snapshots](Call &call) { return snapshots(call, false); });
    router.add("GET", c + QStringLiteral("/backup/snapshots/shardedClusters"),
               QStringLiteral("listGroupClusterBackupSnapshotShardedClusters"), {v1},
               [snapshots](Call &call) { return snapshots(call, true); });
    auto snapshot = [s](Call &call, bool sharded) {
        Reply err;
        const Record *cl = api::cluster(*s, call, &err);
        if (!cl) return err;
        if (isTenant(cl)) return tenantUnsupported(cl);
        const QString id = call.params.value(QStringLiteral("snapshotId"));
        const Record *r = s->find(Kind::Snapshot, id);
        const bool isSharded = r && r->body.value(QLatin1String("type")).toString() == u"shardedCluster";
        if (!r || r->groupId != cl->groupId || r->parent != name(cl) || isSharded != sharded)
            return notFound(QStringLiteral("snapshot"), id);
        return Reply::json(r->body);
    };
    router.add("GET", c + QStringLiteral("/backup/snapshots/{snapshotId}"),
               QStringLiteral("getGroupClusterBackupSnapshot"), {v1},
               [snapshot](Call &call) { return snapshot(call, false); });
    router.add("GET", c + QStringLiteral("/backup/snapshots/shardedCluster/{snapshotId}"),
               QStringLiteral("getGroupClusterBackupSnapshotShardedCluster"), {v1},
               [snapshot](Call &call) { return snapshot(call, true); });

    Route &schedule =
        router.add("GET", c + QStringLiteral("/backup/schedule"), QStringLiteral("getGroupClusterBackupSchedule"),
                   {QStringLiteral("2024-08-05"), v1}, [s](Call &call) {
                       Reply err;
                       const Record *cl = api::cluster(*s, call, &err);
                       if (!cl) return err;
                       if (isTenant(cl)) return tenantUnsupported(cl);
                       return Reply::json(renderSchedule(*cl, call.version, call.now));
                   });
    schedule.sunsets = {{v1, QStringLiteral("2027-07-01")}};

    Route &compliance = router.add(
        "GET", g + QStringLiteral("/backupCompliancePolicy"), QStringLiteral("getGroupBackupCompliancePolicy"),
        {QStringLiteral("2023-10-01"), v1}, [s](Call &call) {
            Reply err;
            const Record *p = api::project(*s, call, &err);
            if (!p) return err;
            const Record *bcp = s->find(Kind::Compliance, p->id);
            if (!bcp)
                return Reply::error(404, QStringLiteral("RESOURCE_NOT_FOUND"),
                                    QStringLiteral("No Backup Compliance Policy is enabled for project %1.").arg(p->id),
                                    QJsonArray{p->id});
            return Reply::json(compliance::render(*bcp));
        });
    compliance.sunsets = {{v1, QStringLiteral("2027-07-01")}};

    router.add("GET", c + QStringLiteral("/backup/restoreJobs"), QStringLiteral("listGroupClusterBackupRestoreJobs"),
               {v1}, [s](Call &call) {
                   Reply err;
                   const Record *cl = api::cluster(*s, call, &err);
                   if (!cl) return err;
                   if (isTenant(cl)) return tenantUnsupported(cl);
                   return page(call, s->list(Kind::RestoreJob, cl->groupId, name(cl)));
               });
    router.add("GET", c + QStringLiteral("/backup/restoreJobs/{restoreJobId}"),
               QStringLiteral("getGroupClusterBackupRestoreJob"), {v1}, [s](Call &call) {
                   Reply err;
                   const Record *cl = api::cluster(*s, call, &err);
                   return cl ? getChild(*s, Kind::RestoreJob, call, QStringLiteral("restoreJobId"),
                                        QStringLiteral("restore job"), cl->groupId, name(cl))
                             : err;
               });

    // Export buckets: 2024-05-30 serves every provider; 2023-01-01 only knows AWS buckets.
    Route &buckets =
        router.add("GET", g + QStringLiteral("/backup/exportBuckets"), QStringLiteral("listGroupBackupExportBuckets"),
                   {QStringLiteral("2024-05-30"), v1}, [s](Call &call) {
                       Reply err;
                       const Record *p = api::project(*s, call, &err);
                       if (!p) return err;
                       QList<const Record *> out;
                       const auto all = s->list(Kind::ExportBucket, p->id);
                       for (auto it = all.rbegin(); it != all.rend(); ++it)
                           if (call.version != u"2023-01-01" ||
                               (*it)->body.value(QLatin1String("cloudProvider")).toString() == u"AWS")
                               out.append(*it);
                       return page(call, out);
                   });
    const QHash<QString, QString> bucketSunsets = {{v1, QStringLiteral("2027-07-01")}};
    buckets.sunsets = bucketSunsets;
    Route &bucket = router.add(
        "GET", g + QStringLiteral("/backup/exportBuckets/{exportBucketId}"),
        QStringLiteral("getGroupBackupExportBucket"), {QStringLiteral("2024-05-30"), v1}, [s](Call &call) {
            Reply err;
            const Record *p = api::project(*s, call, &err);
            if (!p) return err;
            const QString id = call.params.value(QStringLiteral("exportBucketId"));
            const Record *r = s->find(Kind::ExportBucket, id);
            if (!r || r->groupId != p->id ||
                (call.version == u"2023-01-01" && r->body.value(QLatin1String("cloudProvider")).toString() != u"AWS"))
                return notFound(QStringLiteral("export bucket"), id);
            return Reply::json(r->body);
        });
    bucket.sunsets = bucketSunsets;

    router.add("GET", c + QStringLiteral("/backup/exports"), QStringLiteral("listGroupClusterBackupExports"), {v1},
               [s](Call &call) {
                   Reply err;
                   const Record *cl = api::cluster(*s, call, &err);
                   return cl ? page(call, s->list(Kind::ExportJob, cl->groupId, name(cl))) : err;
               });
    router.add("GET", c + QStringLiteral("/backup/exports/{exportId}"), QStringLiteral("getGroupClusterBackupExport"),
               {v1}, [s](Call &call) {
                   Reply err;
                   const Record *cl = api::cluster(*s, call, &err);
                   return cl ? getChild(*s, Kind::ExportJob, call, QStringLiteral("exportId"),
                                        QStringLiteral("export job"), cl->groupId, name(cl))
                             : err;
               });

    router.add("GET", c + QStringLiteral("/onlineArchives"), QStringLiteral("listGroupClusterOnlineArchives"), {v1},
               [s](Call &call) {
                   Reply err;
                   const Record *cl = api::cluster(*s, call, &err);
                   if (!cl) return err;
                   const auto all = s->list(Kind::OnlineArchive, cl->groupId, name(cl));
                   return page(call, QList<const Record *>(all.rbegin(), all.rend()));
               });
    router.add("GET", c + QStringLiteral("/onlineArchives/{archiveId}"), QStringLiteral("getGroupClusterOnlineArchive"),
               {v1}, [s](Call &call) {
                   Reply err;
                   const Record *cl = api::cluster(*s, call, &err);
                   return cl ? getChild(*s, Kind::OnlineArchive, call, QStringLiteral("archiveId"),
                                        QStringLiteral("online archive"), cl->groupId, name(cl))
                             : err;
               });

    router.add("GET", g + QStringLiteral("/events"), QStringLiteral("listGroupEvents"), {v1}, [s](Call &call) {
        Reply err;
        const Record *p = api::project(*s, call, &err);
        if (!p) return err;
        const QStringList types = call.query.allQueryItemValues(QStringLiteral("eventType"));
        const QDateTime minDate = parseIsoTime(call.query.queryItemValue(QStringLiteral("minDate")));
        const QDateTime maxDate = parseIsoTime(call.query.queryItemValue(QStringLiteral("maxDate")));
        QList<const Record *> out;
        for (const Record *e : s->list(Kind::Event, p->id)) {
            if (!types.isEmpty() && !types.contains(e->body.value(QLatin1String("eventTypeName")).toString())) continue;
            const QDateTime at = parseIsoTime(e->body.value(QLatin1String("created")).toString());
            if (minDate.isValid() && at < minDate) continue;
            if (maxDate.isValid() && at > maxDate) continue;
            out.append(e);
        }
        return page(call, out);
    });
}

}  // namespace sandbox
