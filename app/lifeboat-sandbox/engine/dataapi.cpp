#include "dataapi.h"

#include "clock.h"
#include "collectionapi.h"
#include "content.h"
#include "readapi.h"
#include "restoretask.h"
#include "router.h"
#include "state.h"

#include <QJsonArray>

namespace sandbox {

using task::num;
using task::str;

namespace {

Reply dataOf(State &s, Call &call, bool flex)
{
    Reply err;
    const Record *cl = flex ? api::flexCluster(s, call, &err) : api::cluster(s, call, &err);
    if (!cl) return err;
    QDateTime at = call.now;
    if (call.query.hasQueryItem(QStringLiteral("at"))) {
        const QString text = call.query.queryItemValue(QStringLiteral("at"));
        bool ok = false;
        const qint64 secs = text.toLongLong(&ok);
        if (!ok || secs < 0 || secs > call.now.toSecsSinceEpoch())
            return Reply::error(400, QStringLiteral("INVALID_QUERY_PARAMETER"),
                                QStringLiteral("Invalid value %1 for query parameter at: it must be UTC seconds, not "
                                               "after the sandbox's now (%2).")
                                    .arg(text)
                                    .arg(call.now.toSecsSinceEpoch()));
        at = QDateTime::fromSecsSinceEpoch(secs, Qt::UTC);
    }
    return Reply::json(content::at(s, *cl, at).toJson());
}

// The snapshot of {snapshotId} with its cluster, or an error.
const Record *snapshotOf(State &s, Call &call, bool flex, const Record **cluster, Reply *err)
{
    const Record *cl = flex ? api::flexCluster(s, call, err) : api::cluster(s, call, err);
    if (!cl) return nullptr;
    if (!flex && api::isTenant(cl)) {
        *err = api::tenantUnsupported(cl);
        return nullptr;
    }
    const QString id = call.params.value(QStringLiteral("snapshotId"));
    const Record *r = s.find(flex ? Kind::FlexSnapshot : Kind::Snapshot, id);
    if (!r || r->groupId != cl->groupId || r->parent != str(cl->body, "name")) {
        *err = Reply::error(
            404, QStringLiteral("SNAPSHOT_NOT_FOUND"),
            QStringLiteral("No snapshot with ID %1 exists for cluster %2.").arg(id, str(cl->body, "name")));
        return nullptr;
    }
    *cluster = cl;
    return r;
}

Content snapshotContent(State &s, Call &call, Reply *err, bool flex = false)
{
    const Record *cl = nullptr;
    const Record *snap = snapshotOf(s, call, flex, &cl, err);
    if (!snap) return {};
    *err = Reply();
    err->status = 0;
    return content::at(s, *cl, task::snapshotTime(*snap));
}

Reply namesPage(const Call &call, const QStringList &names)
{
    QList<Record> temp;
    for (const QString &n : names)
        temp.append(
            Record{QString(), QString(), QString(), QJsonObject{{QStringLiteral("name"), n}}, QByteArray(), {}});
    QList<const Record *> ptrs;
    for (const Record &r : temp) ptrs.append(&r);
    return api::page(call, ptrs);
}

QStringList databases(const Content &c)
{
    QStringList out;
    for (const auto &n : c.namespaces)
        if (!out.contains(n.database)) out.append(n.database);
    return out;
}

QStringList collections(const Content &c, const QString &db)
{
    QStringList out;
    for (const auto &n : c.namespaces)
        if (n.database == db) out.append(n.collection);
    return out;
}

Reply noSuch(const QString &what, const QString &name)
{
    return Reply::error(404, QStringLiteral("RESOURCE_NOT_FOUND"),
                        QStringLiteral("Cannot find resource %1 %2 in this snapshot.").arg(what, name));
}

}  // namespace

Reply serveDownload(State &s, const QByteArray &method, const QString &path, const QDateTime &now)
{
    const QString tok = path.section(u'/', 4, 4);
    const QString file = path.section(u'/', 5);
    for (const Record *t : s.all(Kind::RestoreTask)) {
        const QJsonArray tokens = t->body.value(QLatin1String("tokens")).toArray();
        for (int i = 0; i < tokens.size(); ++i) {
            const QJsonObject k = tokens[i].toObject();
            if (str(k, "token") != tok) continue;
            if (now.toSecsSinceEpoch() >= num(t->body, "expiresAt"))
                return Reply::error(
                    410, QStringLiteral("DOWNLOAD_LINK_EXPIRED"),
                    QStringLiteral("This download link expired at %1.")
                        .arg(isoTime(QDateTime::fromSecsSinceEpoch(num(t->body, "expiresAt"), Qt::UTC))));
            const bool reusable = k.value(QLatin1String("reusable")).toBool();
            if (k.value(QLatin1String("used")).toBool() && !reusable)
                return Reply::error(410, QStringLiteral("DOWNLOAD_LINK_USED"),
                                    QStringLiteral("This download link was for one use and has been used."));
            Content c = task::sourceContent(s, *t);
            // A sharded cluster's component holds its share of the namespaces (every
            // shards-th one); a config server none.
            const QJsonArray comps = t->body.value(QLatin1String("components")).toArray();
            const QString rs = str(k, "component");
            if (t->body.value(QLatin1String("sharded")).toBool()) {
                Content part;
                const bool config = rs.endsWith(QStringLiteral("-config-0"));
                int shards = 0;
                for (const auto &v : comps) shards += v.toString().endsWith(QStringLiteral("-config-0")) ? 0 : 1;
                const int index = int(k.value(QLatin1String("index")).toInt());
                for (int n = 0; n < c.namespaces.size() && !config; ++n)
                    if (n % qMax(1, shards) == index) part.namespaces.append(c.namespaces[n]);
                c = part;
            }
            if (method != "HEAD" && !reusable) {
                Record u = *t;
                QJsonArray changed = tokens;
                QJsonObject usedToken = k;
                usedToken.insert(QLatin1String("used"), true);
                changed[i] = usedToken;
                u.body.insert(QLatin1String("tokens"), changed);
                s.put(u, Kind::RestoreTask);
            }
            Reply r = Reply::raw(content::tarball(QString(file).remove(QStringLiteral(".tar.gz")), c));
            r.versioned = false;
            r.contentType = "application/gzip";
            r.header("Content-Disposition", "attachment; filename=\"" + file.toUtf8() + '"');
            return r;
        }
    }
    return Reply::error(404, QStringLiteral("RESOURCE_NOT_FOUND"), QStringLiteral("No download link %1.").arg(path));
}

void addDataRoutes(Router &router, State &state)
{
    State *s = &state;
    const QString sc = QStringLiteral("/sandbox/v1/groups/{groupId}/clusters/{clusterName}");
    const QString sf = QStringLiteral("/sandbox/v1/groups/{groupId}/flexClusters/{name}");
    const QString sv = QStringLiteral("sandbox-v1");
    router
        .add("GET", sc + QStringLiteral("/data"), QStringLiteral("sandboxClusterData"), {sv},
             [s](Call &call) { return dataOf(*s, call, false); })
        .unversioned();
    router
        .add("GET", sf + QStringLiteral("/data"), QStringLiteral("sandboxFlexClusterData"), {sv},
             [s](Call &call) { return dataOf(*s, call, true); })
        .unversioned();
    router
        .add("GET", sc + QStringLiteral("/backup/snapshots/{snapshotId}/data"), QStringLiteral("sandboxSnapshotData"),
             {sv},
             [s](Call &call) {
                 Reply err;
                 const Content c = snapshotContent(*s, call, &err);
                 return err.status ? err : Reply::json(c.toJson());
             })
        .unversioned();
    router
        .add("GET", sf + QStringLiteral("/backup/snapshots/{snapshotId}/data"),
             QStringLiteral("sandboxFlexSnapshotData"), {sv},
             [s](Call &call) {
                 Reply err;
                 const Content c = snapshotContent(*s, call, &err, true);
                 return err.status ? err : Reply::json(c.toJson());
             })
        .unversioned();
    router
        .add("DELETE", sc + QStringLiteral("/collectionRestoreJobs/{jobId}"),
             QStringLiteral("sandboxCancelCollectionRestoreJob"), {sv},
             [s](Call &call) { return cancelCollectionRestore(*s, call); })
        .needs(QStringLiteral("GROUP_BACKUP_RECOVERY_OPERATOR"))
        .unversioned();

    // The contract's snapshot namespace routes.
    const QString n =
        QStringLiteral("/api/atlas/v2/groups/{groupId}/clusters/{clusterName}/backup/snapshots/{snapshotId}/databases");
    const QString v = QStringLiteral("2025-03-12");
    router.add("GET", n, QStringLiteral("listGroupClusterBackupSnapshotDatabases"), {v}, [s](Call &call) {
        Reply err;
        const Content c = snapshotContent(*s, call, &err);
        return err.status ? err : namesPage(call, databases(c));
    });
    router.add("GET", n + QStringLiteral("/{databaseName}"), QStringLiteral("getGroupClusterBackupSnapshotDatabase"),
               {v}, [s](Call &call) {
                   Reply err;
                   const Content c = snapshotContent(*s, call, &err);
                   if (err.status) return err;
                   const QString db = call.params.value(QStringLiteral("databaseName"));
                   return databases(c).contains(db) ? Reply::json(QJsonObject{{QStringLiteral("name"), db}})
                                                    : noSuch(QStringLiteral("database"), db);
               });
    router.add("GET", n + QStringLiteral("/{databaseName}/collections"),
               QStringLiteral("listGroupClusterBackupSnapshotDatabaseCollections"), {v}, [s](Call &call) {
                   Reply err;
                   const Content c = snapshotContent(*s, call, &err);
                   if (err.status) return err;
                   const QString db = call.params.value(QStringLiteral("databaseName"));
                   return databases(c).contains(db) ? namesPage(call, collections(c, db))
                                                    : noSuch(QStringLiteral("database"), db);
               });
    router.add("GET", n + QStringLiteral("/{databaseName}/collections/{collectionName}"),
               QStringLiteral("getGroupClusterBackupSnapshotDatabaseCollection"), {v}, [s](Call &call) {
                   Reply err;
                   const Content c = snapshotContent(*s, call, &err);
                   if (err.status) return err;
                   const QString db = call.params.value(QStringLiteral("databaseName"));
                   const QString coll = call.params.value(QStringLiteral("collectionName"));
                   return c.find(db, coll) ? Reply::json(QJsonObject{{QStringLiteral("name"), coll}})
                                           : noSuch(QStringLiteral("collection"), db + u'.' + coll);
               });
}

}  // namespace sandbox
