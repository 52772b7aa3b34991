#include "policyapi.h"

#include "audit.h"
#include "bodycheck.h"
#include "clock.h"
#include "compliance.h"
#include "policychecks.h"
#include "readapi.h"
#include "router.h"
#include "simulator.h"
#include "snapshotapi.h"
#include "state.h"
#include "views.h"

#include <QHash>
#include <QJsonArray>
#include <QSet>

namespace sandbox {

namespace {

using namespace policy;

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

QJsonObject obj(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toObject();
}

Reply invalidPolicy(const QString &why)
{
    return Reply::error(400, QStringLiteral("INVALID_BACKUP_POLICY"),
                        QStringLiteral("Invalid Backup Policy: %1.").arg(why));
}

Reply fieldError(const QString &field, const QString &description)
{
    return Reply::error(
        400, QStringLiteral("VALIDATION_ERROR"), QStringLiteral("Invalid value for %1: it %2.").arg(field, description),
        {}, QJsonArray{QJsonObject{{QStringLiteral("field"), field}, {QStringLiteral("description"), description}}});
}

Reply missing(const QString &field)
{
    return Reply::error(400, QStringLiteral("MISSING_ATTRIBUTE"),
                        QStringLiteral("The required attribute %1 was not specified.").arg(field), {},
                        QJsonArray{QJsonObject{{QStringLiteral("field"), field},
                                               {QStringLiteral("description"), QStringLiteral("is required")}}});
}

// The region names of a cloud provider, from the contract's cluster region enums.
const QStringList &regionsOf(const QString &provider)
{
    static const QHash<QString, QStringList> all = [] {
        static const QHash<QString, QString> titles = {{QStringLiteral("AWS Regions"), QStringLiteral("AWS")},
                                                       {QStringLiteral("Azure Regions"), QStringLiteral("AZURE")},
                                                       {QStringLiteral("GCP Regions"), QStringLiteral("GCP")}};
        QHash<QString, QStringList> out;
        const QJsonObject doc = SchemaChecker::contract().document();
        const QJsonArray variants =
            obj(obj(obj(obj(obj(doc, "components"), "schemas"), "CloudRegionConfig20240805"), "properties"),
                "regionName")
                .value(QLatin1String("oneOf"))
                .toArray();
        for (const auto &v : variants) {
            const QString p = titles.value(str(v.toObject(), "title"));
            for (const auto &r : v.toObject().value(QLatin1String("enum")).toArray()) out[p].append(r.toString());
        }
        return out;
    }();
    static const QStringList none;
    const auto it = all.find(provider);
    return it == all.end() ? none : *it;
}

// What a PATCH changes, worked out (and checked) before anything is written.
struct Edit {
    QJsonObject schedule;                    // the stored schedule after the PATCH (policies written at apply)
    QList<PolicyItem> items;                 // the policy's items; new ones have no id yet
    QSet<QString> retentionChanged;          // ids of kept items whose retention changed
    QSet<QString> removed;                   // ids of items the PATCH leaves out
    QStringList dropCopyRegions;             // deleteCopiedBackups: regions taken off snapshots' copyRegions
    QList<QPair<QString, QDateTime>> moves;  // updateSnapshots: snapshot id -> new expiresAt
    QStringList deletions;                   // deleteSnapshots: snapshots of removed items
};

std::optional<Reply> editItems(const Record &cl, const QJsonObject &req, Edit *e)
{
    const QJsonArray policies = req.value(QLatin1String("policies")).toArray();
    if (policies.size() != 1)
        return Reply::error(400, QStringLiteral("INVALID_NUM_OF_POLICIES"),
                            QStringLiteral("Must have exactly one policy."));
    const QJsonArray current = e->schedule.value(QLatin1String("policies")).toArray();
    const QJsonObject policy = current.isEmpty() ? QJsonObject() : current.first().toObject();
    const QJsonObject sent = policies.first().toObject();
    const QString pid = str(sent, "id");
    if (!pid.isEmpty() && pid != str(policy, "id"))
        return Reply::error(400, QStringLiteral("INVALID_POLICY_ID"),
                            QStringLiteral("The policy id %1 is invalid: the policy of cluster %2 is %3.")
                                .arg(pid, str(cl.body, "name"), str(policy, "id")));
    QHash<QString, PolicyItem> old;
    for (const PolicyItem &i : itemsOf(policy.value(QLatin1String("policyItems")).toArray())) old.insert(i.id, i);
    const QJsonArray items = sent.value(QLatin1String("policyItems")).toArray();
    if (items.isEmpty())
        return Reply::error(400, QStringLiteral("INVALID_NUM_OF_POLICY_ITEMS"),
                            QStringLiteral("Must have at least one policy item (DELETE the schedule to remove them "
                                           "all)."));
    QSet<QString> kept;
    for (const auto &v : items) {
        const PolicyItem i = itemFromJson(v.toObject());
        if (!i.id.isEmpty()) {
            if (!old.contains(i.id) || kept.contains(i.id))
                return Reply::error(400, QStringLiteral("INVALID_POLICY_ITEM_ID"),
                                    kept.contains(i.id)
                                        ? QStringLiteral("The policy item id %1 is given twice.").arg(i.id)
                                        : QStringLiteral("The specified policy item id %1 does not exist.").arg(i.id));
            const PolicyItem &o = old[i.id];
            if (o.frequency != i.frequency)
                return Reply::error(
                    400, QStringLiteral("INVALID_FREQUENCY_TYPE_CHANGE"),
                    QStringLiteral("The frequency type of a policy item must not be changed (item %1).").arg(i.id));
            if (o.unit != i.unit || o.value != i.value) e->retentionChanged.insert(i.id);
            kept.insert(i.id);
        }
        e->items.append(i);
    }
    for (auto it = old.cbegin(); it != old.cend(); ++it)
        if (!kept.contains(it.key())) e->removed.insert(it.key());
    if (const auto why = itemsProblem(e->items)) return invalidPolicy(*why);
    return std::nullopt;
}

std::optional<Reply> editTimes(const Record &cl, const QJsonObject &req, Edit *e)
{
    QJsonObject &s = e->schedule;
    if (req.contains(QLatin1String("referenceHourOfDay"))) {
        const int h = req.value(QLatin1String("referenceHourOfDay")).toInt();
        if (h < 0 || h > 23)
            return Reply::error(400, QStringLiteral("INVALID_REFERENCE_HOUR_OF_DAY"),
                                QStringLiteral("Snapshot schedule reference hour must be between 0 and 23, inclusive "
                                               "(not %1).")
                                    .arg(h));
        s.insert(QLatin1String("referenceHourOfDay"), h);
    }
    if (req.contains(QLatin1String("referenceMinuteOfHour"))) {
        const int m = req.value(QLatin1String("referenceMinuteOfHour")).toInt();
        if (m < 0 || m > 59)
            return Reply::error(400, QStringLiteral("INVALID_REFERENCE_MINUTE_OF_HOUR"),
                                QStringLiteral("Snapshot schedule reference minute must be between 0 and 59, inclusive "
                                               "(not %1).")
                                    .arg(m));
        s.insert(QLatin1String("referenceMinuteOfHour"), m);
    }
    if (req.contains(QLatin1String("restoreWindowDays"))) {
        const int d = req.value(QLatin1String("restoreWindowDays")).toInt();
        if (d < 1)
            return Reply::error(400, QStringLiteral("INVALID_RESTORE_WINDOW"),
                                QStringLiteral("The restore window days should be a positive number (not %1).").arg(d));
        s.insert(QLatin1String("restoreWindowDays"), d);
    }
    if (cl.body.value(QLatin1String("pitEnabled")).toBool()) {
        const auto hourly = hourlyItem(e->items);
        if (!hourly)
            return invalidPolicy(QStringLiteral("Continuous Cloud Backup cannot be on without an hourly policy item"));
        const int window = s.value(QLatin1String("restoreWindowDays")).toInt();
        if (daysLength(window) > retentionLength(hourly->unit, hourly->value))
            return Reply::error(400, QStringLiteral("INVALID_RESTORE_WINDOW"),
                                QStringLiteral("The restore window of %1 days is longer than the hourly snapshot "
                                               "retention (%2 %3).")
                                    .arg(window)
                                    .arg(hourly->value)
                                    .arg(lifeboat::domain::retentionUnitName(hourly->unit)));
    }
    return std::nullopt;
}

std::optional<Reply> editCopies(const Record &cl, const QJsonObject &req, const QString &version, Edit *e)
{
    QJsonObject &s = e->schedule;
    const QJsonObject &c = cl.body;
    const QString name = str(c, "name"), provider = str(c, "provider");
    const bool itemsMode = req.contains(QLatin1String("copyPolicyItemsEnabled"))
                               ? req.value(QLatin1String("copyPolicyItemsEnabled")).toBool()
                               : s.value(QLatin1String("copyPolicyItemsEnabled")).toBool();
    s.insert(QLatin1String("copyPolicyItemsEnabled"), itemsMode);
    if (version != u"2023-01-01" && req.contains(QLatin1String("autoCopySettingsEnabled")))
        s.insert(QLatin1String("autoCopySettingsEnabled"), req.value(QLatin1String("autoCopySettingsEnabled")));
    const QJsonArray specIds = c.value(QLatin1String("replicationSpecIds")).toArray();
    if (req.contains(QLatin1String("copySettings"))) {
        QJsonArray copies;
        QSet<QString> seen;
        const QJsonArray sent = req.value(QLatin1String("copySettings")).toArray();
        for (int i = 0; i < sent.size(); ++i) {
            const QJsonObject in = sent[i].toObject();
            const QString at = QStringLiteral("copySettings[%1]").arg(i);
            const QString region = str(in, "regionName");
            if (region.isEmpty()) return missing(at + QStringLiteral(".regionName"));
            const QString cp = str(in, "cloudProvider");
            if (!cp.isEmpty() && cp != provider)
                return Reply::error(400, QStringLiteral("INVALID_REGION"),
                                    QStringLiteral("No region %1 exists for provider %2: cluster %3 runs on %4 and its "
                                                   "snapshots are copied to %4 regions only.")
                                        .arg(region, cp, name, provider));
            if (!regionsOf(provider).contains(region))
                return Reply::error(400, QStringLiteral("INVALID_REGION"),
                                    QStringLiteral("No region %1 exists for provider %2.").arg(region, provider));
            if (region == str(c, "region"))
                return Reply::error(
                    400, QStringLiteral("INVALID_REGION"),
                    QStringLiteral("%1 is the region of cluster %2: copies go to other regions.").arg(region, name));
            if (seen.contains(region))
                return fieldError(at + QStringLiteral(".regionName"),
                                  QStringLiteral("names %1 a second time").arg(region));
            seen.insert(region);
            QJsonObject out{{QStringLiteral("cloudProvider"), provider},
                            {QStringLiteral("regionName"), region},
                            {QStringLiteral("shouldCopyOplogs"), in.value(QLatin1String("shouldCopyOplogs")).toBool()},
                            {QStringLiteral("zoneId"), c.value(QLatin1String("zoneId"))}};
            if (version == u"2023-01-01") {
                const QString spec = str(in, "replicationSpecId");
                if (!spec.isEmpty() && !specIds.contains(spec))
                    return fieldError(at + QStringLiteral(".replicationSpecId"),
                                      QStringLiteral("is not a replication spec of cluster %1").arg(name));
                out.insert(QLatin1String("replicationSpecId"), spec.isEmpty() ? specIds.first() : QJsonValue(spec));
            } else {
                if (str(in, "zoneId") != str(c, "zoneId"))
                    return fieldError(at + QStringLiteral(".zoneId"),
                                      QStringLiteral("is not a zone of cluster %1").arg(name));
                out.insert(QLatin1String("replicationSpecId"), specIds.first());
            }
            if (out.value(QLatin1String("shouldCopyOplogs")).toBool() && !c.value(QLatin1String("pitEnabled")).toBool())
                return invalidPolicy(
                    QStringLiteral("copying the oplog to %1 needs Continuous Cloud Backup on cluster %2")
                        .arg(region, name));
            const bool freq = in.contains(QLatin1String("frequencies"));
            const bool items = in.contains(QLatin1String("copyPolicyItems"));
            const bool last = in.contains(QLatin1String("lastNumberOfSnapshots"));
            if (freq && itemsMode)
                return fieldError(at + QStringLiteral(".frequencies"),
                                  QStringLiteral("is not used with copyPolicyItemsEnabled: send copyPolicyItems"));
            if (items && !itemsMode)
                return fieldError(at + QStringLiteral(".copyPolicyItems"),
                                  QStringLiteral("needs copyPolicyItemsEnabled"));
            if (last && (freq || items))
                return fieldError(at + QStringLiteral(".lastNumberOfSnapshots"),
                                  QStringLiteral("excludes frequencies and copyPolicyItems"));
            for (const char *key : {"frequencies", "copyPolicyItems", "lastNumberOfSnapshots"})
                if (in.contains(QLatin1String(key))) out.insert(QLatin1String(key), in.value(QLatin1String(key)));
            copies.append(out);
        }
        s.insert(QLatin1String("copySettings"), copies);
    }
    if (req.contains(QLatin1String("deleteCopiedBackups"))) {
        QSet<QString> stays;
        for (const auto &v : s.value(QLatin1String("copySettings")).toArray())
            stays.insert(str(v.toObject(), "regionName"));
        const QJsonArray dels = req.value(QLatin1String("deleteCopiedBackups")).toArray();
        for (int i = 0; i < dels.size(); ++i) {
            const QString at = QStringLiteral("deleteCopiedBackups[%1].regionName").arg(i);
            const QString region = str(dels[i].toObject(), "regionName");
            if (region.isEmpty()) return missing(at);
            if (stays.contains(region))
                return fieldError(at, QStringLiteral("names %1, which stays a copy setting: only the copies of a "
                                                     "removed copy setting are deleted")
                                          .arg(region));
            e->dropCopyRegions.append(region);
        }
    }
    return std::nullopt;
}

std::optional<Reply> editExport(const State &state, const Record &cl, const QJsonObject &req, Edit *e)
{
    QJsonObject &s = e->schedule;
    if (req.contains(QLatin1String("useOrgAndGroupNamesInExportPrefix")))
        s.insert(QLatin1String("useOrgAndGroupNamesInExportPrefix"),
                 req.value(QLatin1String("useOrgAndGroupNamesInExportPrefix")));
    QJsonObject ex = obj(s, "export");
    const QJsonObject in = obj(req, "export");
    for (const char *key : {"exportBucketId", "frequencyType"})
        if (in.contains(QLatin1String(key))) ex.insert(QLatin1String(key), in.value(QLatin1String(key)));
    const bool on = req.contains(QLatin1String("autoExportEnabled"))
                        ? req.value(QLatin1String("autoExportEnabled")).toBool()
                        : s.value(QLatin1String("autoExportEnabled")).toBool();
    if (on && str(ex, "exportBucketId").isEmpty()) return missing(QStringLiteral("export.exportBucketId"));
    if (on && str(ex, "frequencyType").isEmpty()) return missing(QStringLiteral("export.frequencyType"));
    if (in.contains(QLatin1String("exportBucketId")) || on) {
        const QString id = str(ex, "exportBucketId");
        const Record *bucket = state.find(Kind::ExportBucket, id);
        if (!bucket || bucket->groupId != cl.groupId)
            return Reply::error(
                404, QStringLiteral("EXPORT_BUCKET_NOT_FOUND"),
                QStringLiteral("No export bucket with ID %1 exists in project %2.").arg(id, cl.groupId));
    }
    s.insert(QLatin1String("autoExportEnabled"), on);
    if (!ex.isEmpty()) s.insert(QLatin1String("export"), ex);
    return std::nullopt;
}

std::optional<Reply> editExtraRetention(const State &state, const Record &cl, const QJsonObject &req, Edit *e)
{
    if (!req.contains(QLatin1String("extraRetentionSettings"))) return std::nullopt;
    const QJsonArray in = req.value(QLatin1String("extraRetentionSettings")).toArray();
    if (!in.isEmpty() && !compliance::inForce(state, cl.groupId))
        return invalidPolicy(QStringLiteral("extra snapshot retention applies only with a Backup Compliance Policy"));
    QSet<QString> seen;
    for (int i = 0; i < in.size(); ++i) {
        const QJsonObject o = in[i].toObject();
        const QString at = QStringLiteral("extraRetentionSettings[%1]").arg(i);
        const QString freq = str(o, "frequencyType");
        if (freq.isEmpty()) return missing(at + QStringLiteral(".frequencyType"));
        if (!o.contains(QLatin1String("retentionDays"))) return missing(at + QStringLiteral(".retentionDays"));
        if (o.value(QLatin1String("retentionDays")).toInt() < 1)
            return fieldError(at + QStringLiteral(".retentionDays"), QStringLiteral("must be at least 1"));
        if (seen.contains(freq))
            return fieldError(at + QStringLiteral(".frequencyType"),
                              QStringLiteral("names %1 a second time").arg(freq));
        seen.insert(freq);
    }
    e->schedule.insert(QLatin1String("extraRetentionSettings"), in);
    return std::nullopt;
}

// updateSnapshots and deleteSnapshots: which existing snapshots they touch.
void planSnapshots(const State &state, const Record &cl, const QJsonObject &req, Edit *e)
{
    const bool update = req.value(QLatin1String("updateSnapshots")).toBool();
    const bool drop = req.value(QLatin1String("deleteSnapshots")).toBool();
    if (!update && !drop) return;
    QHash<QString, PolicyItem> byId;
    for (const PolicyItem &i : std::as_const(e->items))
        if (!i.id.isEmpty()) byId.insert(i.id, i);
    for (const Record *s : state.list(Kind::Snapshot, cl.groupId, str(cl.body, "name"))) {
        const QJsonArray tags = s->body.value(QLatin1String("policyItems")).toArray();
        const QString tag = tags.isEmpty() ? QString() : tags.first().toString();
        if (tag.isEmpty()) continue;
        if (update && e->retentionChanged.contains(tag) && !retentionSetByHand(state, s->id)) {
            const PolicyItem &i = byId[tag];
            const QDateTime created = parseIsoTime(str(s->body, "createdAt"));
            e->moves.append({s->id, lifeboat::domain::expiryFor(created, i.unit, i.value)});
        }
        const QString status = str(s->body, "status");
        if (drop && e->removed.contains(tag) && status != u"queued" && status != u"inProgress")
            e->deletions.append(s->id);
    }
}

std::optional<Reply> checkCompliance(const State &state, const Record &cl, const Edit &e)
{
    const Record *bcp = compliance::inForce(state, cl.groupId);
    if (!bcp) return std::nullopt;
    const QString name = str(cl.body, "name");
    if (const auto why = belowFloor(e.items, compliance::floorOf(*bcp)))
        return Reply::error(400, QStringLiteral("BACKUP_POLICIES_NOT_MEETING_BACKUP_COMPLIANCE_POLICY_REQUIREMENTS"),
                            QStringLiteral("The following backup policies do not comply with the specified backup "
                                           "compliance policy: [%1] (%2).")
                                .arg(name, *why));
    if (compliance::pitRequired(*bcp) &&
        e.schedule.value(QLatin1String("restoreWindowDays")).toInt() < compliance::restoreWindowDays(*bcp))
        return Reply::error(400, QStringLiteral("CANNOT_DECREASE_PIT_WINDOW_WITH_BACKUP_COMPLIANCE_POLICY"),
                            QStringLiteral("You can't reduce the Continuous Cloud Backup Restore Window below the %1 "
                                           "days the Backup Compliance Policy requires.")
                                .arg(compliance::restoreWindowDays(*bcp)));
    if (!e.deletions.isEmpty())
        return Reply::error(400, QStringLiteral("CANNOT_DELETE_SNAPSHOT_WITH_BACKUP_COMPLIANCE_POLICY"),
                            QStringLiteral("You can't delete snapshots while you have a Backup Compliance Policy "
                                           "enabled (deleteSnapshots would delete %1).")
                                .arg(e.deletions.size()));
    if (!e.dropCopyRegions.isEmpty() && bcp->body.value(QLatin1String("copyProtectionEnabled")).toBool())
        return Reply::error(400, QStringLiteral("CANNOT_DELETE_COPY_SNAPSHOT_WITH_BACKUP_COMPLIANCE_POLICY_ENABLED"),
                            QStringLiteral("You can't delete a snapshot copied to another region: the Backup "
                                           "Compliance Policy keeps all snapshots when removing additional snapshot "
                                           "regions."));
    for (const auto &[id, at] : e.moves) {
        const Record *s = state.find(Kind::Snapshot, id);
        const QDateTime was = s ? parseIsoTime(str(s->body, "expiresAt")) : QDateTime();
        if (was.isValid() && at < was)
            return Reply::error(400, QStringLiteral("CANNOT_DECREASE_SNAPSHOT_RETENTION_WITH_BACKUP_COMPLIANCE_POLICY"),
                                QStringLiteral("You can't decrease the snapshot retention while you have a Backup "
                                               "Compliance Policy enabled: updateSnapshots would move the expiry of "
                                               "snapshot %1 from %2 to %3.")
                                    .arg(id, isoTime(was), isoTime(at)));
    }
    return std::nullopt;
}

Reply apply(State &s, Simulator &sim, const QString &clusterId, Edit e, const Call &call)
{
    Record u = *s.find(Kind::Cluster, clusterId);
    const QString name = str(u.body, "name");
    const bool wasIdle = scheduleItems(obj(u.body, "schedule")).isEmpty();
    QJsonArray items;
    for (PolicyItem &i : e.items) {
        if (i.id.isEmpty()) i.id = s.newId(call.now);
        items.append(itemToJson(i));
    }
    const QJsonArray policies = e.schedule.value(QLatin1String("policies")).toArray();
    QJsonObject policy =
        policies.isEmpty() ? QJsonObject{{QStringLiteral("id"), s.newId(call.now)}} : policies.first().toObject();
    policy.insert(QLatin1String("policyItems"), items);
    e.schedule.insert(QLatin1String("policies"), QJsonArray{policy});
    u.body.insert(QLatin1String("schedule"), e.schedule);
    // A schedule that had no items took no slots: the new items start now, not at its old clock.
    if (wasIdle) u.body.insert(QLatin1String("clock"), isoTime(call.now));
    s.put(u, Kind::Cluster);

    for (const auto &[id, at] : std::as_const(e.moves)) {
        Record r = *s.find(Kind::Snapshot, id);
        r.body.insert(QLatin1String("expiresAt"), isoTime(at));
        s.put(r, Kind::Snapshot);
        sim.noteExpiry(id, at);
    }
    for (const QString &id : std::as_const(e.deletions)) {
        forgetSnapshot(s, id);
        addAuditEvent(s, u.groupId, name, QStringLiteral("CPS_SNAPSHOT_DELETED_AUDIT"), call.now, &call.principal);
    }
    if (!e.dropCopyRegions.isEmpty()) {
        QList<Record> stripped;
        for (const Record *r : s.list(Kind::Snapshot, u.groupId, name)) {
            const QJsonArray regions = r->body.value(QLatin1String("copyRegions")).toArray();
            QJsonArray keep;
            for (const auto &v : regions)
                if (!e.dropCopyRegions.contains(v.toString())) keep.append(v);
            if (keep.size() == regions.size()) continue;
            Record c = *r;
            c.body.insert(QLatin1String("copyRegions"), keep);
            stripped.append(c);
        }
        for (const Record &r : std::as_const(stripped)) s.put(r, Kind::Snapshot);
    }
    addAuditEvent(s, u.groupId, name, QStringLiteral("CPS_SNAPSHOT_SCHEDULE_UPDATED_AUDIT"), call.now, &call.principal);
    return Reply::json(renderSchedule(*s.find(Kind::Cluster, clusterId), call.version, call.now));
}

Reply patchSchedule(State &s, Simulator &sim, Call &call)
{
    sim.runUntil(call.now);  // the old policy takes every slot up to now; the new one the slots after
    Reply err;
    const Record *found = api::cluster(s, call, &err);
    if (!found) return err;
    if (api::isTenant(found)) return api::tenantUnsupported(found);
    const Record cl = *found;
    const QJsonObject &req = call.json;
    Edit e;
    e.schedule = obj(cl.body, "schedule");
    if (auto r = editItems(cl, req, &e)) return *r;
    if (auto r = editTimes(cl, req, &e)) return *r;
    if (auto r = editCopies(cl, req, call.version, &e)) return *r;
    if (auto r = editExport(s, cl, req, &e)) return *r;
    if (auto r = editExtraRetention(s, cl, req, &e)) return *r;
    planSnapshots(s, cl, req, &e);
    if (auto r = checkCompliance(s, cl, e)) return *r;
    return apply(s, sim, cl.id, std::move(e), call);
}

Reply deleteSchedule(State &s, Simulator &sim, Call &call)
{
    sim.runUntil(call.now);
    Reply err;
    const Record *found = api::cluster(s, call, &err);
    if (!found) return err;
    if (api::isTenant(found)) return api::tenantUnsupported(found);
    Record u = *found;
    const QString name = str(u.body, "name");
    if (compliance::inForce(s, u.groupId))
        return Reply::error(400, QStringLiteral("BACKUP_POLICIES_NOT_MEETING_BACKUP_COMPLIANCE_POLICY_REQUIREMENTS"),
                            QStringLiteral("The following backup policies do not comply with the specified backup "
                                           "compliance policy: [%1] (removing every policy item leaves it below the "
                                           "project's Backup Compliance Policy).")
                                .arg(name));
    if (u.body.value(QLatin1String("pitEnabled")).toBool())
        return invalidPolicy(QStringLiteral("Continuous Cloud Backup cannot be on without an hourly policy item"));
    QJsonObject sched = obj(u.body, "schedule");
    QJsonArray policies;
    for (const auto &v : sched.value(QLatin1String("policies")).toArray()) {
        QJsonObject p = v.toObject();
        p.insert(QLatin1String("policyItems"), QJsonArray());
        policies.append(p);
    }
    sched.insert(QLatin1String("policies"), policies);
    u.body.insert(QLatin1String("schedule"), sched);
    s.put(u, Kind::Cluster);
    addAuditEvent(s, u.groupId, name, QStringLiteral("CPS_SNAPSHOT_SCHEDULE_UPDATED_AUDIT"), call.now, &call.principal);
    return Reply::json(renderSchedule(*s.find(Kind::Cluster, u.id), call.version, call.now));
}

}  // namespace

void addPolicyRoutes(Router &router, State &state, Simulator &simulator)
{
    const QString path = QStringLiteral("/api/atlas/v2/groups/{groupId}/clusters/{clusterName}/backup/schedule");
    const QStringList versions = {QStringLiteral("2024-08-05"), QStringLiteral("2023-01-01")};
    const QHash<QString, QString> sunsets = {{QStringLiteral("2023-01-01"), QStringLiteral("2027-07-01")}};
    State *s = &state;
    Simulator *sim = &simulator;
    router
        .add("PATCH", path, QStringLiteral("updateGroupClusterBackupSchedule"), versions,
             [s, sim](Call &call) { return patchSchedule(*s, *sim, call); })
        .needs(QStringLiteral("GROUP_BACKUP_MANAGER"))
        .withJsonBody()
        .sunsets = sunsets;
    router
        .add("DELETE", path, QStringLiteral("deleteGroupClusterBackupSchedule"), versions,
             [s, sim](Call &call) { return deleteSchedule(*s, *sim, call); })
        .needs(QStringLiteral("GROUP_BACKUP_MANAGER"))
        .sunsets = sunsets;
}

}  // namespace sandbox
