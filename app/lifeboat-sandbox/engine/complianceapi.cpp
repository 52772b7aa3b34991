#include "complianceapi.h"

#include "audit.h"
#include "clock.h"
#include "compliance.h"
#include "policychecks.h"
#include "readapi.h"
#include "router.h"
#include "simulator.h"
#include "state.h"

#include <QJsonArray>

namespace sandbox {

namespace {

using namespace policy;

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

Reply refuse(const char *code, const QString &detail)
{
    return Reply::error(400, QString::fromLatin1(code), detail);
}

Reply invalidSettings(const QString &why)
{
    return refuse("BACKUP_COMPLIANCE_POLICY_SETTINGS_INVALID",
                  QStringLiteral("The Backup Compliance Policy has invalid settings: %1.").arg(why));
}

Reply pendingAction()
{
    return refuse("CANNOT_UPDATE_BACKUP_COMPLIANCE_POLICY_SETTINGS_WITH_PENDING_ACTION",
                  QStringLiteral("Cannot update Backup Compliance Policy settings while there is a pending action."));
}

// The policy a PUT asks for.
struct Wanted {
    QList<PolicyItem> floor;
    std::optional<PolicyItem> onDemand;
    bool pit = false;
    int window = 0;
    bool encryption = false;
};

qint64 lengthOf(const PolicyItem &i)
{
    return retentionLength(i.unit, i.value);
}

std::optional<Reply> checkSettings(const Wanted &w)
{
    if (const auto why = itemsProblem(w.floor, false)) return invalidSettings(*why);
    if (w.onDemand && (w.onDemand->unit == RetentionUnit::Unknown || w.onDemand->value < 1))
        return invalidSettings(QStringLiteral("the on-demand item keeps snapshots for at least 1 day"));
    if (w.pit) {
        const auto hourly = hourlyItem(w.floor);
        if (!hourly)
            return invalidSettings(
                QStringLiteral("requiring Point in Time Restore needs an hourly item (the restore window fits in its "
                               "retention)"));
        if (w.window < 1) return invalidSettings(QStringLiteral("restoreWindowDays must be a positive number"));
        if (daysLength(w.window) > lengthOf(*hourly))
            return invalidSettings(
                QStringLiteral("the restore window of %1 days exceeds the hourly retention time").arg(w.window));
    }
    return std::nullopt;
}

Reply cannotRemove(const QString &what)
{
    return refuse("CANNOT_REMOVE_BACKUP_COMPLIANCE_POLICY_ITEM",
                  QStringLiteral("You can't remove the %1 of a Backup Compliance Policy: only MongoDB Support can, "
                                 "at the request of its authorized representative.")
                      .arg(what));
}

Reply cannotLower(const QString &what)
{
    return refuse("CANNOT_DECREASE_BACKUP_COMPLIANCE_POLICY_ITEM",
                  QStringLiteral("You can't lower the %1 of a Backup Compliance Policy: only MongoDB Support can, at "
                                 "the request of its authorized representative.")
                      .arg(what));
}

// An enabled policy only grows: no item removed or lowered, no shorter window, PIT stays.
std::optional<Reply> checkAgainstOld(const Record &old, const Wanted &w)
{
    for (const PolicyItem &o : compliance::floorOf(old)) {
        const PolicyItem *best = nullptr;
        for (const PolicyItem &n : w.floor)
            if (n.frequency == o.frequency && (!best || lengthOf(n) > lengthOf(*best))) best = &n;
        const QString name = lifeboat::domain::frequencyName(o.frequency) + QStringLiteral(" item");
        if (!best) return cannotRemove(name);
        if (lengthOf(*best) < lengthOf(o)) return cannotLower(name + QStringLiteral("'s retention"));
        if (o.frequency == Frequency::Hourly && best->interval > o.interval)
            return cannotLower(
                name + QStringLiteral("'s frequency (every %1 h, not %2 h)").arg(o.interval).arg(best->interval));
    }
    if (const auto o = compliance::onDemandItem(old)) {
        if (!w.onDemand) return cannotRemove(QStringLiteral("on-demand item"));
        if (lengthOf(*w.onDemand) < lengthOf(*o)) return cannotLower(QStringLiteral("on-demand item's retention"));
    }
    if (compliance::pitRequired(old) && !w.pit)
        return refuse(
            "CANNOT_DISABLE_PIT_WITH_BACKUUP_COMPLIANCE_POLICY",
            QStringLiteral("You can't disable Continuous Cloud Backup while you have a Backup Compliance "
                           "Policy with the Require Point in Time Restore to all clusters option set to On."));
    if (compliance::pitRequired(old) && w.window < compliance::restoreWindowDays(old))
        return refuse("CANNOT_DECREASE_PIT_WINDOW_WITH_BACKUP_COMPLIANCE_POLICY",
                      QStringLiteral("You can't reduce the Continuous Cloud Backup Restore Window (%1 days) while you "
                                     "have a Backup Compliance Policy enabled.")
                          .arg(compliance::restoreWindowDays(old)));
    return std::nullopt;
}

std::optional<Reply> checkClusters(const QList<Record> &clusters, const Wanted &w, bool overwrite)
{
    if (w.encryption)
        for (const Record &c : clusters) {
            const QString ear = str(c.body, "encryptionAtRestProvider");
            if (ear.isEmpty() || ear == u"NONE")
                return refuse("ENCRYPTION_AT_REST_NOT_ENABLED",
                              QStringLiteral("Encryption at Rest using Customer Key Management is not enabled for "
                                             "cluster %1: the Backup Compliance Policy requires it for every cluster.")
                                  .arg(str(c.body, "name")));
        }
    if (overwrite) return std::nullopt;
    QStringList below;
    for (const Record &c : clusters)
        if (belowFloor(scheduleItems(c.body.value(QLatin1String("schedule")).toObject()), w.floor))
            below << str(c.body, "name");
    if (!below.isEmpty())
        return refuse("BACKUP_POLICIES_NOT_MEETING_BACKUP_COMPLIANCE_POLICY_REQUIREMENTS",
                      QStringLiteral("The following backup policies do not comply with the specified backup "
                                     "compliance policy: [%1].")
                          .arg(below.join(QStringLiteral(", "))));
    return std::nullopt;
}

// What an enabled policy does to a cluster: Cloud Backup on, the policy raised to the floor
// (overwrite), continuous backup with at least the required window.
void applyToCluster(State &s, const Record &c, const Wanted &w, bool overwrite, const Call &call)
{
    Record u = c;
    bool changed = false;
    QJsonObject sched = u.body.value(QLatin1String("schedule")).toObject();
    if (!u.body.value(QLatin1String("backupEnabled")).toBool()) {
        u.body.insert(QLatin1String("backupEnabled"), true);
        u.body.insert(QLatin1String("clock"), isoTime(call.now));  // no history while it was off
        changed = true;
    }
    const QList<PolicyItem> items = scheduleItems(sched);
    if (overwrite && belowFloor(items, w.floor)) {
        QJsonArray raised;
        for (const PolicyItem &i : raisedToFloor(items, w.floor, [&s, &call] { return s.newId(call.now); }))
            raised.append(itemToJson(i));
        QJsonArray policies = sched.value(QLatin1String("policies")).toArray();
        QJsonObject p =
            policies.isEmpty() ? QJsonObject{{QStringLiteral("id"), s.newId(call.now)}} : policies.first().toObject();
        p.insert(QLatin1String("policyItems"), raised);
        sched.insert(QLatin1String("policies"), QJsonArray{p});
        if (items.isEmpty()) u.body.insert(QLatin1String("clock"), isoTime(call.now));
        changed = true;
    }
    if (w.pit) {
        const bool was = u.body.value(QLatin1String("pitEnabled")).toBool();
        const int window = sched.value(QLatin1String("restoreWindowDays")).toInt();
        // A window unused while continuous backup was off starts at the required one.
        const int wanted = was ? qMax(window, w.window) : w.window;
        if (!was || wanted != window) {
            u.body.insert(QLatin1String("pitEnabled"), true);
            sched.insert(QLatin1String("restoreWindowDays"), wanted);
            changed = true;
        }
    }
    if (!changed) return;
    u.body.insert(QLatin1String("schedule"), sched);
    s.put(u, Kind::Cluster);
    addAuditEvent(s, u.groupId, str(u.body, "name"), QStringLiteral("CPS_SNAPSHOT_SCHEDULE_UPDATED_AUDIT"), call.now,
                  &call.principal);
}

// The items as stored: an item keeps the id of the old policy's item of its frequency.
QJsonArray withIds(State &s, const QList<PolicyItem> &items, const QList<PolicyItem> &old, const QDateTime &now)
{
    QJsonArray out;
    QSet<QString> used;
    for (PolicyItem i : items) {
        i.id.clear();
        for (const PolicyItem &o : old)
            if (o.frequency == i.frequency && !used.contains(o.id)) {
                i.id = o.id;
                break;
            }
        if (i.id.isEmpty()) i.id = s.newId(now);
        used.insert(i.id);
        out.append(itemToJson(i));
    }
    return out;
}

Reply putCompliance(State &s, Simulator &sim, Call &call)
{
    sim.runUntil(call.now);
    Reply err;
    const Record *p = api::project(s, call, &err);
    if (!p) return err;
    const QString gid = p->id;
    bool overwrite = true;
    if (call.query.hasQueryItem(QStringLiteral("overwriteBackupPolicies"))) {
        const QString v = call.query.queryItemValue(QStringLiteral("overwriteBackupPolicies")).toLower();
        if (v != u"true" && v != u"false")
            return Reply::error(400, QStringLiteral("INVALID_QUERY_PARAMETER"),
                                QStringLiteral("Invalid value %1 for query parameter overwriteBackupPolicies: it must "
                                               "be true or false.")
                                    .arg(v));
        overwrite = v == u"true";
    }
    const QJsonObject &req = call.json;
    if (req.contains(QLatin1String("projectId")) && str(req, "projectId") != gid)
        return refuse("GROUP_MISMATCH",
                      QStringLiteral("The specified group ID %1 does not match the URL.").arg(str(req, "projectId")));
    const Record *oldRec = compliance::inForce(s, gid);
    const std::optional<Record> old = oldRec ? std::optional<Record>(*oldRec) : std::nullopt;
    if (old && compliance::pending(*old)) return pendingAction();

    Wanted w;
    w.floor = itemsOf(req.value(QLatin1String("scheduledPolicyItems")).toArray());
    if (req.value(QLatin1String("onDemandPolicyItem")).isObject())
        w.onDemand = itemFromJson(req.value(QLatin1String("onDemandPolicyItem")).toObject());
    w.pit = req.value(QLatin1String("pitEnabled")).toBool();
    w.window = req.value(QLatin1String("restoreWindowDays")).toInt(0);
    w.encryption = req.value(QLatin1String("encryptionAtRestEnabled")).toBool();
    if (auto r = checkSettings(w)) return *r;
    if (old)
        if (auto r = checkAgainstOld(*old, w)) return *r;
    QList<Record> clusters;
    for (const Record *c : s.list(Kind::Cluster, gid))
        if (!api::isTenant(c)) clusters.append(*c);
    if (auto r = checkClusters(clusters, w, overwrite)) return *r;

    QJsonObject body{
        {QStringLiteral("projectId"), gid},
        {QStringLiteral("authorizedEmail"), req.value(QLatin1String("authorizedEmail"))},
        {QStringLiteral("authorizedUserFirstName"), req.value(QLatin1String("authorizedUserFirstName")).toString()},
        {QStringLiteral("authorizedUserLastName"), req.value(QLatin1String("authorizedUserLastName")).toString()},
        {QStringLiteral("copyProtectionEnabled"), req.value(QLatin1String("copyProtectionEnabled")).toBool()},
        {QStringLiteral("encryptionAtRestEnabled"), w.encryption},
        {QStringLiteral("pitEnabled"), w.pit},
        {QStringLiteral("restoreWindowDays"), w.window},
        {QStringLiteral("scheduledPolicyItems"),
         withIds(s, w.floor, old ? compliance::floorOf(*old) : QList<PolicyItem>(), call.now)},
        {QStringLiteral("deletable"), old ? old->body.value(QLatin1String("deletable")).toBool() : false},
        {QStringLiteral("updatedDate"), isoTime(call.now)},
        {QStringLiteral("updatedUser"), principalAddress(call.principal)}};
    if (w.onDemand) {
        const auto o = old ? compliance::onDemandItem(*old) : std::nullopt;
        const QList<PolicyItem> previous = o ? QList<PolicyItem>{*o} : QList<PolicyItem>();
        body.insert(QLatin1String("onDemandPolicyItem"), withIds(s, {*w.onDemand}, previous, call.now).first());
    }
    compliance::setPending(body, old ? QStringLiteral("UPDATING") : QStringLiteral("ENABLING"), call.now,
                           old ? QStringLiteral("CPS_DATA_PROTECTION_UPDATED")
                               : QStringLiteral("CPS_DATA_PROTECTION_ENABLED"));
    s.put(Record{gid, gid, QString(), body, isoTime(call.now).toLatin1(), {}}, Kind::Compliance);
    for (const Record &c : std::as_const(clusters)) applyToCluster(s, c, w, overwrite, call);
    addAuditEvent(s, gid, QString(),
                  old ? QStringLiteral("CPS_DATA_PROTECTION_UPDATE_REQUESTED")
                      : QStringLiteral("CPS_DATA_PROTECTION_ENABLE_REQUESTED"),
                  call.now, &call.principal);
    return Reply::json(compliance::render(*s.find(Kind::Compliance, gid)));
}

// No active or paused cluster and no snapshot kept (Atlas: "an empty project").
bool emptyProject(const State &s, const QString &gid)
{
    return s.list(Kind::Cluster, gid).isEmpty() && s.list(Kind::FlexCluster, gid).isEmpty() &&
           s.list(Kind::Snapshot, gid).isEmpty();
}

Reply deleteCompliance(State &s, Call &call)
{
    Reply err;
    const Record *p = api::project(s, call, &err);
    if (!p) return err;
    const QString gid = p->id;
    const Record *bcp = compliance::inForce(s, gid);
    if (!bcp)
        return Reply::error(404, QStringLiteral("RESOURCE_NOT_FOUND"),
                            QStringLiteral("No Backup Compliance Policy is enabled for project %1.").arg(gid));
    if (compliance::pending(*bcp)) return pendingAction();
    if (!bcp->body.value(QLatin1String("deletable")).toBool() && !emptyProject(s, gid))
        return refuse("CANNOT_DISABLE_BACKUP_COMPLIANCE_POLICY",
                      QStringLiteral("You can't disable the Backup Compliance Policy of project %1 while it has "
                                     "clusters or retained snapshots: its authorized representative must ask MongoDB "
                                     "Support.")
                          .arg(gid));
    Record u = *bcp;
    compliance::setPending(u.body, QStringLiteral("DISABLING"), call.now,
                           QStringLiteral("CPS_DATA_PROTECTION_DISABLED"));
    u.body.insert(QLatin1String("updatedDate"), isoTime(call.now));
    u.body.insert(QLatin1String("updatedUser"), principalAddress(call.principal));
    s.put(u, Kind::Compliance);
    addAuditEvent(s, gid, QString(), QStringLiteral("CPS_DATA_PROTECTION_DISABLE_REQUESTED"), call.now,
                  &call.principal);
    return Reply::raw(QByteArray(), 204);
}

}  // namespace

void addComplianceRoutes(Router &router, State &state, Simulator &simulator)
{
    const QString path = QStringLiteral("/api/atlas/v2/groups/{groupId}/backupCompliancePolicy");
    State *s = &state;
    Simulator *sim = &simulator;
    router
        .add("PUT", path, QStringLiteral("updateGroupBackupCompliancePolicy"),
             {QStringLiteral("2023-10-01"), QStringLiteral("2023-01-01")},
             [s, sim](Call &call) { return putCompliance(*s, *sim, call); })
        .needs(QStringLiteral("GROUP_OWNER"))
        .withJsonBody()
        .sunsets = {{QStringLiteral("2023-01-01"), QStringLiteral("2027-07-01")}};
    router
        .add("DELETE", path, QStringLiteral("disableGroupBackupCompliancePolicy"), {QStringLiteral("2024-11-13")},
             [s](Call &call) { return deleteCompliance(*s, call); })
        .needs(QStringLiteral("GROUP_OWNER"));
}

}  // namespace sandbox
