#include "collectionapi.h"

#include "clock.h"
#include "content.h"
#include "readapi.h"
#include "restoreapi.h"
#include "restorechecks.h"
#include "restorerunner.h"
#include "restoretask.h"
#include "router.h"
#include "state.h"

#include <QJsonArray>
#include <QSet>

namespace sandbox {

using task::num;
using task::str;

namespace {

Reply fieldError(const QString &code, const QString &field, const QString &description)
{
    return Reply::error(
        400, code, QStringLiteral("Invalid value for %1: it %2.").arg(field, description), {},
        QJsonArray{QJsonObject{{QStringLiteral("field"), field}, {QStringLiteral("description"), description}}});
}

struct Mapping {
    QString sourceDatabase, sourceCollection, requested;  // requested: the targetNamespace asked for, or empty
    QString targetDatabase, targetCollection;
    bool found = false;
    qint64 documents = 0;

    QJsonObject toJson() const
    {
        return QJsonObject{{QStringLiteral("sourceDatabase"), sourceDatabase},
                           {QStringLiteral("sourceCollection"), sourceCollection},
                           {QStringLiteral("requested"), requested},
                           {QStringLiteral("targetDatabase"), targetDatabase},
                           {QStringLiteral("targetCollection"), targetCollection},
                           {QStringLiteral("found"), found},
                           {QStringLiteral("documents"), double(documents)}};
    }
};

// The namespaces a request names, as they land on the target: databases whole, single
// collections, renamed as asked or suffixed; CREATE_NEW renames a clash to NAME_restored
// (then NAME_restored_2, ...), OVERWRITE_EXISTING keeps the name and replaces it.
QList<Mapping> plan(const QJsonObject &j, const Content &source, const Content &target)
{
    const QString dbSuffix = str(j, "databaseSuffix"), collSuffix = str(j, "collectionSuffix");
    const bool createNew = str(j, "writeStrategy") == u"CREATE_NEW";
    QList<Mapping> out;
    auto add = [&](Mapping m) {
        if (!m.found) {
            out.append(m);
            return;
        }
        QSet<QString> taken;
        for (const auto &n : target.namespaces) taken.insert(n.name());
        for (const auto &o : std::as_const(out)) taken.insert(o.targetDatabase + u'.' + o.targetCollection);
        if (createNew) {
            const QString base = m.targetCollection;
            for (int i = 1; taken.contains(m.targetDatabase + u'.' + m.targetCollection); ++i)
                m.targetCollection =
                    base + (i == 1 ? QStringLiteral("_restored") : QStringLiteral("_restored_%1").arg(i));
        } else {
            for (const auto &o : std::as_const(out))
                if (o.targetDatabase == m.targetDatabase && o.targetCollection == m.targetCollection) return;
        }
        out.append(m);
    };
    for (const auto &v : j.value(QLatin1String("databases")).toArray()) {
        const QJsonObject o = v.toObject();
        const QString db = str(o, "sourceNamespace"), requested = str(o, "targetNamespace");
        bool any = false;
        for (const auto &n : source.namespaces) {
            if (n.database != db) continue;
            any = true;
            add(Mapping{db, n.collection, requested, requested.isEmpty() ? db + dbSuffix : requested,
                        n.collection + collSuffix, true, n.documents()});
        }
        if (!any)
            add(Mapping{db, QString(), requested, requested.isEmpty() ? db + dbSuffix : requested, QString(), false,
                        0});
    }
    for (const auto &v : j.value(QLatin1String("collections")).toArray()) {
        const QJsonObject o = v.toObject();
        const QString ns = str(o, "sourceNamespace"), requested = str(o, "targetNamespace");
        const QString db = ns.section(u'.', 0, 0), coll = ns.section(u'.', 1);
        const FrozenNamespace *n = source.find(db, coll);
        Mapping m{db, coll, requested, db + dbSuffix, coll + collSuffix, n != nullptr, n ? n->documents() : 0};
        if (!requested.isEmpty()) {
            m.targetDatabase = requested.section(u'.', 0, 0);
            m.targetCollection = requested.section(u'.', 1);
        }
        add(m);
    }
    return out;
}

Reply create(State &s, Call &call)
{
    Reply err;
    const Record *cl = api::cluster(s, call, &err);
    if (!cl) return err;
    if (api::isTenant(cl)) return api::tenantUnsupported(cl);
    const QJsonObject &j = call.json;
    const bool hasSnapshot = !str(j, "snapshotId").isEmpty();
    const bool utc =
        j.contains(QLatin1String("pointInTimeUtcSeconds")) && !j.value(QLatin1String("pointInTimeUtcSeconds")).isNull();
    const bool ts = j.contains(QLatin1String("oplogTs")) && !j.value(QLatin1String("oplogTs")).isNull();
    const bool inc = j.contains(QLatin1String("oplogInc")) && !j.value(QLatin1String("oplogInc")).isNull();
    if (!hasSnapshot && !utc && !ts && !inc)
        return Reply::error(400, QStringLiteral("MISSING_ONE_OF_ATTRIBUTES"),
                            QStringLiteral("Either the snapshotId attribute or the pointInTimeUtcSeconds attribute (or "
                                           "oplogTs and oplogInc) must be specified."));
    if ((hasSnapshot && (utc || ts || inc)) || (utc && (ts || inc)))
        return Reply::error(400, QStringLiteral("INVALID_PIT_RESTORE_TIME"),
                            QStringLiteral("Please provide a valid UTC time or an operation time (ts): give one of "
                                           "snapshotId, pointInTimeUtcSeconds, or oplogTs and oplogInc, not several."));
    if (ts != inc)
        return Reply::error(400, QStringLiteral("MISSING_ATTRIBUTE"),
                            QStringLiteral("The required attribute %1 was not specified.")
                                .arg(ts ? QStringLiteral("oplogInc") : QStringLiteral("oplogTs")));
    const QJsonArray dbs = j.value(QLatin1String("databases")).toArray();
    const QJsonArray colls = j.value(QLatin1String("collections")).toArray();
    if (dbs.isEmpty() && colls.isEmpty())
        return Reply::error(
            400, QStringLiteral("MISSING_ONE_OF_ATTRIBUTES"),
            QStringLiteral("Either the databases attribute or the collections attribute must be specified."));
    for (int i = 0; i < dbs.size(); ++i) {
        const QString ns = str(dbs[i].toObject(), "sourceNamespace"), t = str(dbs[i].toObject(), "targetNamespace");
        if (ns.isEmpty() || ns.contains(u'.'))
            return fieldError(QStringLiteral("VALIDATION_ERROR"),
                              QStringLiteral("databases[%1].sourceNamespace").arg(i),
                              QStringLiteral("must name a database (no dot)"));
        if (t.contains(u'.'))
            return fieldError(QStringLiteral("VALIDATION_ERROR"),
                              QStringLiteral("databases[%1].targetNamespace").arg(i),
                              QStringLiteral("must name a database (no dot)"));
    }
    for (int i = 0; i < colls.size(); ++i)
        for (const char *key : {"sourceNamespace", "targetNamespace"}) {
            const QString ns = str(colls[i].toObject(), key);
            if (QByteArray(key) == "targetNamespace" && ns.isEmpty()) continue;
            if (ns.section(u'.', 0, 0).isEmpty() || ns.section(u'.', 1).isEmpty())
                return fieldError(QStringLiteral("VALIDATION_ERROR"),
                                  QStringLiteral("collections[%1].%2").arg(i).arg(QLatin1String(key)),
                                  QStringLiteral("must be DATABASE.COLLECTION"));
        }
    const Record *snapshot = nullptr;
    qint64 pit = -1;
    if (hasSnapshot) {
        snapshot = s.find(Kind::Snapshot, str(j, "snapshotId"));
        if (!snapshot || snapshot->groupId != cl->groupId || snapshot->parent != str(cl->body, "name"))
            return Reply::error(404, QStringLiteral("SNAPSHOT_NOT_FOUND"),
                                QStringLiteral("No snapshot with ID %1 exists for cluster %2.")
                                    .arg(str(j, "snapshotId"), str(cl->body, "name")));
    } else {
        pit = num(j, utc ? "pointInTimeUtcSeconds" : "oplogTs");
    }
    const Record *p = restore::targetProject(s, call, str(j, "targetGroupId"),
                                             QStringLiteral("GROUP_BACKUP_RECOVERY_OPERATOR"), &err);
    if (!p) return err;
    bool targetFlex = false;
    const Record *target = restore::targetCluster(s, p->id, str(j, "targetClusterName"), &targetFlex, &err);
    if (!target) return err;
    RestoreAsk ask;
    ask.kind = RestoreAsk::Kind::Collection;
    ask.source = cl;
    ask.snapshot = snapshot;
    ask.pit = pit;
    ask.target = target;
    ask.targetFlex = targetFlex;
    ask.now = call.now;
    if (auto refusal = checkRestore(s, ask)) return *refusal;

    const qint64 now = call.now.toSecsSinceEpoch();
    const qint64 contentAt = snapshot ? task::snapshotTime(*snapshot).toSecsSinceEpoch() : pit;
    const Content source = content::at(s, *cl, QDateTime::fromSecsSinceEpoch(contentAt, Qt::UTC));
    const QList<Mapping> mappings = plan(j, source, content::at(s, *target, call.now));
    qint64 total = 0;
    QJsonArray mapped;
    for (const auto &m : mappings) {
        total += m.documents;
        mapped.append(m.toJson());
    }
    const QString id = s.newId(call.now);
    const qint64 start = now + task::kQueuedSeconds;
    const qint64 finish = start + task::kRunningBaseSeconds + total / task::kDocumentsPerSecond;
    QJsonObject job{
        {QStringLiteral("id"), id},
        {QStringLiteral("createdAt"), isoTime(call.now)},
        {QStringLiteral("targetClusterName"), str(target->body, "name")},
        {QStringLiteral("targetGroupId"), target->groupId},
        {QStringLiteral("writeStrategy"), j.value(QLatin1String("writeStrategy"))},
        {QStringLiteral("indexStrategy"), j.value(QLatin1String("indexStrategy"))},
        {QStringLiteral("state"), QStringLiteral("INITIALIZING")},
        {QStringLiteral("restoredDocuments"), 0},
        {QStringLiteral("totalDocuments"), double(total)},
        {QStringLiteral("indexStatus"), QJsonObject{{QStringLiteral("state"), QStringLiteral("NOT_STARTED")},
                                                    {QStringLiteral("failedCollectionCount"), 0}}}};
    for (const char *k : {"snapshotId", "pointInTimeUtcSeconds", "oplogTs", "oplogInc", "databases", "collections",
                          "databaseSuffix", "collectionSuffix"})
        if (j.contains(QLatin1String(k)) && !j.value(QLatin1String(k)).isNull())
            job.insert(QLatin1String(k), j.value(QLatin1String(k)));
    QJsonObject t{{QStringLiteral("kind"), QStringLiteral("collection")},
                  {QStringLiteral("sourceId"), cl->id},
                  {QStringLiteral("sourceFlex"), false},
                  {QStringLiteral("contentAt"), double(contentAt)},
                  {QStringLiteral("targetId"), target->id},
                  {QStringLiteral("targetFlex"), false},
                  {QStringLiteral("createdAt"), double(now)},
                  {QStringLiteral("startAt"), double(start)},
                  {QStringLiteral("finishAt"), double(finish)},
                  {QStringLiteral("state"), QStringLiteral("queued")},
                  {QStringLiteral("fail"), call.takeRestoreFault && call.takeRestoreFault()},
                  {QStringLiteral("mappings"), mapped}};
    const QByteArray sortKey = isoTime(call.now).toLatin1() + id.toLatin1();
    s.put(Record{id, cl->groupId, str(cl->body, "name"), t, sortKey, {}}, Kind::RestoreTask);
    s.put(Record{id, cl->groupId, str(cl->body, "name"), job, sortKey, {}}, Kind::CollectionRestoreJob);
    RestoreRunner::addEvent(s, cl->groupId, str(cl->body, "name"), QStringLiteral("CPS_RESTORE_REQUESTED_AUDIT"),
                            call.now);
    Reply r = Reply::json(job, 201);
    return r;
}

const Record *jobOf(State &s, Call &call, Reply *err)
{
    const Record *cl = api::cluster(s, call, err);
    if (!cl) return nullptr;
    const QString id = call.params.value(QStringLiteral("jobId"));
    const Record *job = s.find(Kind::CollectionRestoreJob, id);
    if (!job || job->groupId != cl->groupId || job->parent != str(cl->body, "name")) {
        *err = Reply::error(404, QStringLiteral("RESOURCE_NOT_FOUND"),
                            QStringLiteral("Cannot find resource collection restore job with ID %1.").arg(id));
        return nullptr;
    }
    return job;
}

// Each namespace's state, from the job's state and how far it has got: namespaces are
// restored one after the other, in the order the request named them.
QList<QJsonObject> collectionStates(const Record &job, const Record &t)
{
    const QString state = str(job.body, "state");
    QList<QJsonObject> out;
    if (state == u"INITIALIZING") return out;  // Atlas lists none while it initializes
    const qint64 restored = num(job.body, "restoredDocuments");
    const bool indexes = str(job.body, "indexStrategy") != u"NONE";
    qint64 before = 0;
    for (const auto &v : t.body.value(QLatin1String("mappings")).toArray()) {
        const QJsonObject m = v.toObject();
        const qint64 docs = num(m, "documents");
        const bool found = m.value(QLatin1String("found")).toBool();
        const QString source = str(m, "sourceCollection").isEmpty()
                                   ? str(m, "sourceDatabase")
                                   : str(m, "sourceDatabase") + u'.' + str(m, "sourceCollection");
        const QString effective = str(m, "targetCollection").isEmpty()
                                      ? str(m, "targetDatabase")
                                      : str(m, "targetDatabase") + u'.' + str(m, "targetCollection");
        const QString requested = str(m, "requested").isEmpty() ? effective : str(m, "requested");
        QString st;
        qint64 done = 0;
        if (!found) {
            st = QStringLiteral("NOT_FOUND");
        } else if (state == u"SUCCESSFUL") {
            st = QStringLiteral("SUCCESSFUL");
            done = docs;
        } else if (state == u"CANCELED") {
            st = QStringLiteral("NOT_RESTORED");
        } else {
            done = qBound<qint64>(0, restored - before, docs);
            const bool complete = done == docs && restored > before;
            if (state == u"FAILED")
                st = complete ? QStringLiteral("ROLLBACK") : QStringLiteral("FAILED");
            else if (state == u"FINALIZING")
                st = complete ? QStringLiteral("FINALIZING") : QStringLiteral("IN_PROGRESS");
            else
                st = complete   ? QStringLiteral("SUCCESSFUL")
                     : done > 0 ? QStringLiteral("IN_PROGRESS")
                                : QStringLiteral("NOT_STARTED");
        }
        before += docs;
        const QString index = !found || !indexes                           ? QStringLiteral("NOT_RESTORED")
                              : st == u"SUCCESSFUL"                        ? QStringLiteral("SUCCESSFUL")
                              : st == u"FAILED"                            ? QStringLiteral("FAILED")
                              : st == u"NOT_STARTED"                       ? QStringLiteral("NOT_STARTED")
                              : st == u"NOT_RESTORED" || st == u"ROLLBACK" ? QStringLiteral("NOT_RESTORED")
                                                                           : QStringLiteral("IN_PROGRESS");
        out.append(QJsonObject{{QStringLiteral("sourceNamespace"), source},
                               {QStringLiteral("targetNamespace"), requested},
                               {QStringLiteral("effectiveTargetNamespace"), effective},
                               {QStringLiteral("state"), st},
                               {QStringLiteral("restoredDocuments"), double(done)},
                               {QStringLiteral("totalDocuments"), double(docs)},
                               {QStringLiteral("indexStatus"), QJsonObject{{QStringLiteral("state"), index}}}});
    }
    return out;
}

Reply pageOfObjects(const Call &call, const QList<QJsonObject> &objects)
{
    QList<Record> temp;
    for (const auto &o : objects) temp.append(Record{QString(), QString(), QString(), o, QByteArray(), {}});
    QList<const Record *> ptrs;
    for (const Record &r : temp) ptrs.append(&r);
    return api::page(call, ptrs);
}

}  // namespace

Reply cancelCollectionRestore(State &s, Call &call)
{
    Reply err;
    const Record *job = jobOf(s, call, &err);
    if (!job) return err;
    const Record *t = s.find(Kind::RestoreTask, job->id);
    if (!t || str(t->body, "state") == u"done")
        return Reply::error(400, QStringLiteral("RESTORE_JOB_ALREADY_FINISHED"),
                            QStringLiteral("Collection restore job %1 has already ended.").arg(job->id));
    Record u = *job;
    u.body.insert(QLatin1String("state"), QStringLiteral("CANCELED"));
    u.body.insert(QLatin1String("finishedAt"), isoTime(call.now));
    s.put(u, Kind::CollectionRestoreJob);
    Record ut = *t;
    ut.body.insert(QLatin1String("state"), QStringLiteral("done"));
    ut.body.insert(QLatin1String("outcome"), QStringLiteral("cancelled"));
    ut.body.insert(QLatin1String("expired"), true);
    s.put(ut, Kind::RestoreTask);
    RestoreRunner::markTarget(s, str(ut.body, "targetId"), false);
    return Reply::raw(QByteArray(), 204);
}

void addCollectionRestoreRoutes(Router &router, State &state)
{
    const QString c = QStringLiteral("/api/atlas/v2/groups/{groupId}/clusters/{clusterName}/collectionRestoreJobs");
    const QString v = QStringLiteral("2025-03-12");
    State *s = &state;
    router
        .add("POST", c, QStringLiteral("createGroupClusterCollectionRestoreJob"), {v},
             [s](Call &call) { return create(*s, call); })
        .needs(QStringLiteral("GROUP_BACKUP_RECOVERY_OPERATOR"))
        .withJsonBody();
    router.add("GET", c, QStringLiteral("listGroupClusterCollectionRestoreJobs"), {v}, [s](Call &call) {
        Reply err;
        const Record *cl = api::cluster(*s, call, &err);
        if (!cl) return err;
        if (api::isTenant(cl)) return api::tenantUnsupported(cl);
        return api::page(call, s->list(Kind::CollectionRestoreJob, cl->groupId, str(cl->body, "name")));
    });
    router.add("GET", c + QStringLiteral("/{jobId}"), QStringLiteral("getGroupClusterCollectionRestoreJob"), {v},
               [s](Call &call) {
                   Reply err;
                   const Record *job = jobOf(*s, call, &err);
                   return job ? Reply::json(job->body) : err;
               });
    router.add("GET", c + QStringLiteral("/{jobId}/collections"),
               QStringLiteral("listGroupClusterCollectionRestoreJobCollections"), {v}, [s](Call &call) {
                   Reply err;
                   const Record *job = jobOf(*s, call, &err);
                   if (!job) return err;
                   const Record *t = s->find(Kind::RestoreTask, job->id);
                   QList<QJsonObject> out;
                   const QString state = call.query.queryItemValue(QStringLiteral("state"));
                   const QString source =
                       call.query.queryItemValue(QStringLiteral("sourceNamespace"), QUrl::FullyDecoded);
                   const QString target =
                       call.query.queryItemValue(QStringLiteral("targetNamespace"), QUrl::FullyDecoded);
                   if (t)
                       for (const QJsonObject &o : collectionStates(*job, *t)) {
                           if (!state.isEmpty() && str(o, "state") != state) continue;
                           if (!source.isEmpty() && str(o, "sourceNamespace") != source) continue;
                           if (!target.isEmpty() && str(o, "targetNamespace") != target &&
                               str(o, "effectiveTargetNamespace") != target)
                               continue;
                           out.append(o);
                       }
                   return pageOfObjects(call, out);
               });
    router.add(
        "GET", c + QStringLiteral("/{jobId}/collections/{sourceNamespace}"),
        QStringLiteral("getGroupClusterCollectionRestoreJobCollection"), {v}, [s](Call &call) {
            Reply err;
            const Record *job = jobOf(*s, call, &err);
            if (!job) return err;
            const QString ns = call.params.value(QStringLiteral("sourceNamespace"));
            if (const Record *t = s->find(Kind::RestoreTask, job->id))
                for (const QJsonObject &o : collectionStates(*job, *t))
                    if (str(o, "sourceNamespace") == ns) return Reply::json(o);
            return Reply::error(
                404, QStringLiteral("RESOURCE_NOT_FOUND"),
                QStringLiteral("Collection restore job %1 has no state for namespace %2 (yet).").arg(job->id, ns));
        });
}

}  // namespace sandbox
