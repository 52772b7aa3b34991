#include "restorerunner.h"

#include "clock.h"
#include "content.h"
#include "restoretask.h"
#include "state.h"

#include <QJsonArray>
#include <algorithm>

namespace sandbox {

using task::num;
using task::str;

namespace {

QString iso(qint64 secs)
{
    return isoTime(QDateTime::fromSecsSinceEpoch(secs, Qt::UTC));
}

// Puts `r` with `body` when the body changed.
void update(State &state, Kind kind, const Record &r, const QJsonObject &body)
{
    if (body == r.body) return;
    Record u = r;
    u.body = body;
    state.put(u, kind);
}

}  // namespace

void RestoreRunner::markTarget(State &state, const QString &targetId, bool flex)
{
    const Kind kind = flex ? Kind::FlexCluster : Kind::Cluster;
    const Record *t = state.find(kind, targetId);
    if (!t) return;
    QJsonObject body = t->body;
    body.insert(QLatin1String("stateName"),
                task::runningOnto(state, targetId).isEmpty() ? QStringLiteral("IDLE") : QStringLiteral("UPDATING"));
    update(state, kind, *t, body);
}

void RestoreRunner::addEvent(State &state, const QString &groupId, const QString &clusterName, const QString &type,
                             const QDateTime &at)
{
    const Record *project = state.find(Kind::Project, groupId);
    QJsonObject e{{QStringLiteral("id"), state.newId(at)},
                  {QStringLiteral("created"), isoTime(at)},
                  {QStringLiteral("eventTypeName"), type},
                  {QStringLiteral("groupId"), groupId},
                  {QStringLiteral("isGlobalAdmin"), false}};
    if (project) e.insert(QLatin1String("orgId"), project->body.value(QLatin1String("orgId")));
    state.put(Record{e.value(QLatin1String("id")).toString(), groupId, clusterName, e, isoTime(at).toLatin1(), {}},
              Kind::Event);
}

void RestoreRunner::runUntil(const QDateTime &nowTime)
{
    const qint64 now = nowTime.toSecsSinceEpoch();
    QList<const Record *> open;
    for (const Record *t : m_state.all(Kind::RestoreTask))
        if (str(t->body, "state") != u"done" || !t->body.value(QLatin1String("expired")).toBool()) open.append(t);
    std::sort(open.begin(), open.end(),
              [](const Record *a, const Record *b) { return num(a->body, "finishAt") < num(b->body, "finishAt"); });
    QStringList ids;
    for (const Record *t : open) ids.append(t->id);
    for (const QString &id : ids) {  // each step may put records: look the task up afresh
        const Record *t = m_state.find(Kind::RestoreTask, id);
        if (!t) continue;
        const QString kind = str(t->body, "kind");
        if (kind == u"dedicated")
            runDedicated(*t, now);
        else if (kind == u"collection")
            runCollection(*t, now);
        else
            runFlex(*t, now);
    }
}

void RestoreRunner::finishTask(const Record &t, const QString &outcome)
{
    QJsonObject b = t.body;
    b.insert(QLatin1String("state"), QStringLiteral("done"));
    b.insert(QLatin1String("outcome"), outcome);
    if (!b.contains(QLatin1String("expiresAt"))) b.insert(QLatin1String("expired"), true);  // nothing left to expire
    update(m_state, Kind::RestoreTask, t, b);
    const QString target = str(b, "targetId");
    if (!target.isEmpty()) markTarget(m_state, target, b.value(QLatin1String("targetFlex")).toBool());
}

void RestoreRunner::applyContent(const Record &t, qint64 at, bool whole)
{
    const bool flex = t.body.value(QLatin1String("targetFlex")).toBool();
    const Record *target = task::clusterById(m_state, str(t.body, "targetId"), flex);
    if (!target) return;
    Content restored = task::sourceContent(m_state, t);
    if (!whole) {
        // Only the chosen namespaces, under the names the job settled on.
        Content chosen;
        for (const auto &v : t.body.value(QLatin1String("mappings")).toArray()) {
            const QJsonObject m = v.toObject();
            const FrozenNamespace *n = restored.find(str(m, "sourceDatabase"), str(m, "sourceCollection"));
            if (!n) continue;
            FrozenNamespace copy = *n;
            copy.database = str(m, "targetDatabase");
            copy.collection = str(m, "targetCollection");
            chosen.namespaces.append(copy);
        }
        restored = chosen;
    }
    m_state.put(
        content::withRestored(m_state, *target, restored, QDateTime::fromSecsSinceEpoch(at, Qt::UTC), whole, t.id),
        flex ? Kind::FlexCluster : Kind::Cluster);
}

void RestoreRunner::runDedicated(const Record &t, qint64 now)
{
    const Record *job = m_state.find(Kind::RestoreJob, t.id);
    if (!job) return;
    QJsonObject j = job->body;
    const qint64 finish = num(t.body, "finishAt");
    if (str(t.body, "state") == u"done") {  // a finished download: its link expires after an hour
        if (num(t.body, "expiresAt") > 0 && now >= num(t.body, "expiresAt")) {
            j.insert(QLatin1String("expired"), true);
            update(m_state, Kind::RestoreJob, *job, j);
            QJsonObject b = t.body;
            b.insert(QLatin1String("expired"), true);
            update(m_state, Kind::RestoreTask, t, b);
        }
        return;
    }
    if (now < finish) {
        if (now >= num(t.body, "startAt") && str(t.body, "state") == u"queued") {
            QJsonObject b = t.body;
            b.insert(QLatin1String("state"), QStringLiteral("running"));
            update(m_state, Kind::RestoreTask, t, b);
        }
        return;
    }
    const bool fail = t.body.value(QLatin1String("fail")).toBool();
    const QString delivery = str(j, "deliveryType");
    j.insert(QLatin1String("finishedAt"), iso(finish));
    QJsonObject b = t.body;
    if (fail) {
        j.insert(QLatin1String("failed"), true);
    } else if (delivery == u"download") {
        const qint64 expires = finish + task::kDownloadLinkSeconds;
        j.insert(QLatin1String("expiresAt"), iso(expires));
        b.insert(QLatin1String("expiresAt"), double(expires));
        QJsonArray urls, components, tokens;
        const QString base = str(t.body, "baseUrl");
        for (const auto &nv : t.body.value(QLatin1String("components")).toArray()) {
            const QString rs = nv.toString();
            const QString tok = task::token(m_state, t.id, rs);
            const QString url =
                QStringLiteral("%1/sandbox/v1/download/%2/restore-%3-%4.tar.gz").arg(base, tok, t.id, rs);
            components.append(
                QJsonObject{{QStringLiteral("replicaSetName"), rs}, {QStringLiteral("downloadUrl"), url}});
            urls.append(url);
            tokens.append(QJsonObject{{QStringLiteral("token"), tok},
                                      {QStringLiteral("component"), rs},
                                      {QStringLiteral("index"), tokens.size()},
                                      {QStringLiteral("used"), false}});
        }
        if (t.body.value(QLatin1String("sharded")).toBool()) j.insert(QLatin1String("components"), components);
        j.insert(QLatin1String("deliveryUrl"), urls);
        b.insert(QLatin1String("tokens"), tokens);
    } else {
        applyContent(t, finish, true);
    }
    b.insert(QLatin1String("state"), QStringLiteral("done"));
    b.insert(QLatin1String("outcome"), fail ? QStringLiteral("failed") : QStringLiteral("completed"));
    if (!b.contains(QLatin1String("expiresAt"))) b.insert(QLatin1String("expired"), true);
    update(m_state, Kind::RestoreJob, *job, j);
    update(m_state, Kind::RestoreTask, t, b);
    const QString target = str(b, "targetId");
    if (!target.isEmpty()) markTarget(m_state, target, false);
    addEvent(m_state, t.groupId, t.parent,
             fail ? QStringLiteral("CPS_RESTORE_FAILED") : QStringLiteral("CPS_RESTORE_SUCCESSFUL"),
             QDateTime::fromSecsSinceEpoch(finish, Qt::UTC));
}

void RestoreRunner::runCollection(const Record &t, qint64 now)
{
    const Record *job = m_state.find(Kind::CollectionRestoreJob, t.id);
    if (!job) return;
    QJsonObject j = job->body;
    const qint64 start = num(t.body, "startAt"), finish = num(t.body, "finishAt");
    const qint64 total = num(j, "totalDocuments");
    if (now < finish) {
        const bool running = now >= start;
        j.insert(QLatin1String("state"), !running                                ? QStringLiteral("INITIALIZING")
                                         : now >= finish - (finish - start) / 10 ? QStringLiteral("FINALIZING")
                                                                                 : QStringLiteral("IN_PROGRESS"));
        j.insert(QLatin1String("restoredDocuments"),
                 double(running && finish > start ? total * (now - start) / (finish - start) : 0));
        update(m_state, Kind::CollectionRestoreJob, *job, j);
        if (running && str(t.body, "state") == u"queued") {
            QJsonObject b = t.body;
            b.insert(QLatin1String("state"), QStringLiteral("running"));
            update(m_state, Kind::RestoreTask, t, b);
        }
        return;
    }
    const bool fail = t.body.value(QLatin1String("fail")).toBool();
    j.insert(QLatin1String("finishedAt"), iso(finish));
    j.insert(QLatin1String("state"), fail ? QStringLiteral("FAILED") : QStringLiteral("SUCCESSFUL"));
    j.insert(QLatin1String("restoredDocuments"), double(fail ? total / 2 : total));
    if (fail) j.insert(QLatin1String("errorMessage"), QStringLiteral("The restore failed (an injected fault)."));
    const bool indexes = str(j, "indexStrategy") != u"NONE";
    j.insert(QLatin1String("indexStatus"),
             QJsonObject{{QStringLiteral("state"), fail      ? QStringLiteral("FAILED")
                                                   : indexes ? QStringLiteral("SUCCESSFUL")
                                                             : QStringLiteral("NOT_RESTORED")},
                         {QStringLiteral("failedCollectionCount"), 0}});
    if (!fail) applyContent(t, finish, false);
    update(m_state, Kind::CollectionRestoreJob, *job, j);
    finishTask(*m_state.find(Kind::RestoreTask, t.id), fail ? QStringLiteral("failed") : QStringLiteral("completed"));
    addEvent(m_state, t.groupId, t.parent,
             fail ? QStringLiteral("CPS_RESTORE_FAILED") : QStringLiteral("CPS_RESTORE_SUCCESSFUL"),
             QDateTime::fromSecsSinceEpoch(finish, Qt::UTC));
}

void RestoreRunner::runFlex(const Record &t, qint64 now)
{
    const Record *job = m_state.find(Kind::FlexRestoreJob, t.id);
    if (!job) return;
    QJsonObject j = job->body;
    const bool download = str(t.body, "kind") == u"flexDownload";
    const qint64 created = num(t.body, "createdAt"), start = num(t.body, "startAt"), finish = num(t.body, "finishAt");
    if (str(t.body, "state") == u"done") {
        if (num(t.body, "expiresAt") > 0 && now >= num(t.body, "expiresAt")) {
            QJsonObject b = t.body;
            b.insert(QLatin1String("expired"), true);
            update(m_state, Kind::RestoreTask, t, b);
        }
        return;
    }
    if (now < finish) {
        j.insert(QLatin1String("status"), now >= start                     ? QStringLiteral("RUNNING")
                                          : download || now < created + 10 ? QStringLiteral("PENDING")
                                                                           : QStringLiteral("QUEUED"));
        update(m_state, Kind::FlexRestoreJob, *job, j);
        return;
    }
    const bool fail = t.body.value(QLatin1String("fail")).toBool();
    j.insert(QLatin1String("status"), fail ? QStringLiteral("FAILED") : QStringLiteral("COMPLETED"));
    j.insert(QLatin1String("restoreFinishedDate"), iso(finish));
    QJsonObject b = t.body;
    if (download && !fail) {
        const qint64 expires = finish + task::kFlexDownloadLinkSeconds;
        const QString tok = task::token(m_state, t.id, QStringLiteral("flex"));
        j.insert(QLatin1String("snapshotUrl"),
                 QStringLiteral("%1/sandbox/v1/download/%2/flex-%3.tar.gz").arg(str(t.body, "baseUrl"), tok, t.id));
        j.insert(QLatin1String("expirationDate"), iso(expires));
        b.insert(QLatin1String("expiresAt"), double(expires));
        b.insert(QLatin1String("tokens"), QJsonArray{QJsonObject{{QStringLiteral("token"), tok},
                                                                 {QStringLiteral("component"), QStringLiteral("flex")},
                                                                 {QStringLiteral("index"), 0},
                                                                 {QStringLiteral("reusable"), true},
                                                                 {QStringLiteral("used"), false}}});
    } else if (!fail) {
        applyContent(t, finish, true);
    }
    b.insert(QLatin1String("state"), QStringLiteral("done"));
    b.insert(QLatin1String("outcome"), fail ? QStringLiteral("failed") : QStringLiteral("completed"));
    if (!b.contains(QLatin1String("expiresAt"))) b.insert(QLatin1String("expired"), true);
    update(m_state, Kind::FlexRestoreJob, *job, j);
    update(m_state, Kind::RestoreTask, t, b);
    const QString target = str(b, "targetId");
    if (!target.isEmpty()) markTarget(m_state, target, b.value(QLatin1String("targetFlex")).toBool());
}

}  // namespace sandbox
