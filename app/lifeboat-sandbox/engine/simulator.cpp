#include "simulator.h"

#include "clock.h"
#include "domain/policy.h"
#include "state.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QUuid>

namespace sandbox {

using lifeboat::domain::PolicyItem;

quint64 Simulator::mix(quint64 x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

// FNV-1a over the UTF-16 text. Not qHash: Qt 6 mixes a per-process random seed into
// qHash even when given one, so the dice (start delays, fallbacks, sizes) changed every run.
static quint64 hashText(const QString &s)
{
    quint64 h = 0xcbf29ce484222325ULL;
    for (const QChar c : s) {
        h ^= c.unicode();
        h *= 0x100000001b3ULL;
    }
    return h;
}

quint64 Simulator::seed() const
{
    return m_state.meta(QStringLiteral("seed")).toULongLong();
}

quint64 Simulator::secs(const QDateTime &t) const
{
    return quint64(t.toSecsSinceEpoch() - m_state.meta(QStringLiteral("epoch")).toLongLong());
}

QDateTime Simulator::scheduledStart(const QString &clusterId, const QDateTime &at) const
{
    return at.addSecs(qint64(mix(seed() ^ hashText(clusterId) ^ secs(at)) % 90));
}

static PolicyItem policyItemFromJson(const QJsonObject &o)
{
    using namespace lifeboat::domain;
    PolicyItem p;
    p.id = o.value(QLatin1String("id")).toString();
    p.frequency = frequencyFromName(o.value(QLatin1String("frequencyType")).toString());
    p.interval = o.value(QLatin1String("frequencyInterval")).toInt(1);
    p.unit = retentionUnitFromName(o.value(QLatin1String("retentionUnit")).toString());
    p.value = o.value(QLatin1String("retentionValue")).toInt(1);
    return p;
}

static qint64 baseSizeBytes(const QString &tier)
{
    static const QHash<QString, qint64> gb = {{QStringLiteral("M10"), 2},  {QStringLiteral("M20"), 6},
                                              {QStringLiteral("M30"), 14}, {QStringLiteral("M40"), 42},
                                              {QStringLiteral("M50"), 90}, {QStringLiteral("M60"), 180},
                                              {QStringLiteral("M80"), 350}};
    return gb.value(tier, 20) * 1024LL * 1024 * 1024;
}

QString Simulator::masterKeyFor(const QString &clusterId, const QString &provider)
{
    // A v5-like UUID from the cluster id, so the same scenario and seed give the same key.
    const QString text = clusterId + (provider == u"AWS" ? QStringLiteral("kms") : QStringLiteral("kms-") + provider);
    const QByteArray h = QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha1).left(16);
    return QUuid::fromRfc4122(h).toString(QUuid::WithoutBraces);
}

void Simulator::addMissingKeys()
{
    QList<Record> clusters, snapshots;
    for (const Record *c : m_state.all(Kind::Cluster)) {
        const QString provider = c->body.value(QLatin1String("encryptionAtRestProvider")).toString();
        if (provider.isEmpty() || provider == u"NONE" || c->body.contains(QLatin1String("masterKeyUUID")) ||
            c->body.value(QLatin1String("instanceSize")).toString() == u"M0")
            continue;
        Record u = *c;
        const QString key = masterKeyFor(c->id, provider);
        u.body.insert(QLatin1String("masterKeyUUID"), key);
        clusters.append(u);
        for (const Record *s :
             m_state.list(Kind::Snapshot, c->groupId, c->body.value(QLatin1String("name")).toString())) {
            if (s->body.contains(QLatin1String("masterKeyUUID"))) continue;
            Record us = *s;
            us.body.insert(QLatin1String("masterKeyUUID"), key);
            snapshots.append(us);
        }
    }
    for (const Record &r : std::as_const(clusters)) m_state.put(r, Kind::Cluster);
    for (const Record &r : std::as_const(snapshots)) m_state.put(r, Kind::Snapshot);
}

void Simulator::rebuildIndexes()
{
    addMissingKeys();
    m_expiries.clear();
    m_running.clear();
    for (const Record *r : m_state.all(Kind::Snapshot)) {
        const QDateTime e = parseIsoTime(r->body.value(QLatin1String("expiresAt")).toString());
        if (e.isValid()) m_expiries.insert({e.toSecsSinceEpoch(), {int(Kind::Snapshot), r->id}});
        const QString st = r->body.value(QLatin1String("status")).toString();
        if (st == u"inProgress" || st == u"queued") m_running.insert(r->id);
    }
    for (const Record *r : m_state.all(Kind::FlexSnapshot)) {
        const QDateTime e = parseIsoTime(r->body.value(QLatin1String("expiration")).toString());
        if (e.isValid()) m_expiries.insert({e.toSecsSinceEpoch(), {int(Kind::FlexSnapshot), r->id}});
    }
}

void Simulator::noteExpiry(const QString &snapshotId, const QDateTime &expiresAt)
{
    m_expiries.insert({expiresAt.toSecsSinceEpoch(), {int(Kind::Snapshot), snapshotId}});
}

void Simulator::runUntil(const QDateTime &now)
{
    for (const Record *c : m_state.all(Kind::Cluster)) runCluster(*c, now);
    for (const Record *f : m_state.all(Kind::FlexCluster)) runFlexCluster(*f, now);
    completeRunning(now);
    expire(now);
}

QString Simulator::addSnapshot(const Record &cluster, const QDateTime &at, const QDateTime &now,
                               const QJsonObject &policyItem, const QString &snapshotType, const QString &status,
                               const QDateTime &expiresAt, const QString &description)
{
    const QJsonObject &c = cluster.body;
    const QString clusterId = c.value(QLatin1String("id")).toString();
    const quint64 h = mix(seed() ^ hashText(clusterId) ^ secs(at));
    const bool requested = status == u"queued";                                // on demand, now: it starts at once
    const QDateTime created = requested ? at : scheduledStart(clusterId, at);  // scheduled ones start a little late
    const bool sharded = c.value(QLatin1String("clusterType")).toString() == u"SHARDED";
    const int shards = qMax(1, c.value(QLatin1String("shards")).toInt(1));
    const qint64 size = sizeAt(c, at);

    QJsonObject s;
    const QString id = m_state.newId(created);
    s.insert(QLatin1String("id"), id);
    s.insert(QLatin1String("createdAt"), isoTime(created));
    s.insert(QLatin1String("expiresAt"), isoTime(expiresAt));
    if (!policyItem.isEmpty()) {
        s.insert(QLatin1String("frequencyType"), policyItem.value(QLatin1String("frequencyType")));
        s.insert(QLatin1String("policyItems"), QJsonArray{policyItem.value(QLatin1String("id"))});
    } else {
        s.insert(QLatin1String("policyItems"), QJsonArray());
    }
    s.insert(QLatin1String("snapshotType"), snapshotType);
    QString st = status;
    if (st == u"completed" && created.addSecs(240 + qint64(h % 480)) > now) {
        st = QStringLiteral("inProgress");
        m_running.insert(id);
    }
    if (requested) m_running.insert(id);
    s.insert(QLatin1String("status"), st);
    s.insert(QLatin1String("storageSizeBytes"), st == u"completed" ? size : 0);
    s.insert(QLatin1String("mongodVersion"), c.value(QLatin1String("mongoDBVersion")));
    if (!description.isEmpty()) s.insert(QLatin1String("description"), description);
    const QString key = c.value(QLatin1String("masterKeyUUID")).toString();
    if (!key.isEmpty()) s.insert(QLatin1String("masterKeyUUID"), key);
    const QString prefix = c.value(QLatin1String("replicaSetPrefix")).toString();
    const QString provider = c.value(QLatin1String("provider")).toString();
    if (sharded) {
        const QString cst = c.value(QLatin1String("configServerType")).toString(QStringLiteral("DEDICATED"));
        s.insert(QLatin1String("type"), QStringLiteral("shardedCluster"));
        s.insert(QLatin1String("configServerType"), cst);
        QJsonArray members, ids;
        for (int i = 0; i <= shards; ++i) {
            const bool config = i == shards;
            if (config && cst == u"EMBEDDED") break;
            const QString memberId = m_state.newId(created);
            members.append(QJsonObject{
                {QStringLiteral("cloudProvider"), provider},
                {QStringLiteral("id"), memberId},
                {QStringLiteral("replicaSetName"), config ? QString(prefix + QStringLiteral("-config-0"))
                                                          : QString(prefix + QStringLiteral("-shard-%1").arg(i))}});
            ids.append(memberId);
        }
        s.insert(QLatin1String("members"), members);
        s.insert(QLatin1String("snapshotIds"), ids);
    } else {
        s.insert(QLatin1String("type"), QStringLiteral("replicaSet"));
        s.insert(QLatin1String("cloudProvider"), provider);
        s.insert(QLatin1String("replicaSetName"), QString(prefix + QStringLiteral("-shard-0")));
        QJsonArray copies;
        const QJsonArray settings =
            c.value(QLatin1String("schedule")).toObject().value(QLatin1String("copySettings")).toArray();
        for (const auto &v : settings) copies.append(v.toObject().value(QLatin1String("regionName")));
        s.insert(QLatin1String("copyRegions"), copies);
    }
    Record r;
    r.id = id;
    r.groupId = cluster.groupId;
    r.parent = c.value(QLatin1String("name")).toString();
    r.sortKey = isoTime(created).toLatin1();
    r.body = s;
    m_state.put(r, Kind::Snapshot);
    m_expiries.insert({expiresAt.toSecsSinceEpoch(), {int(Kind::Snapshot), id}});
    return id;
}

qint64 Simulator::sizeAt(const QJsonObject &c, const QDateTime &at) const
{
    const quint64 h = mix(seed() ^ hashText(c.value(QLatin1String("id")).toString()) ^ secs(at));
    const bool sharded = c.value(QLatin1String("clusterType")).toString() == u"SHARDED";
    const int shards = qMax(1, c.value(QLatin1String("shards")).toInt(1));
    const double days = double(c.value(QLatin1String("createdAt")).toString().isEmpty()
                                   ? 0
                                   : parseIsoTime(c.value(QLatin1String("createdAt")).toString()).daysTo(at));
    const double jitter = 0.97 + double(h >> 40 & 0xffff) / 65535.0 * 0.06;
    return qint64(double(baseSizeBytes(c.value(QLatin1String("instanceSize")).toString())) *
                  (1.0 + 0.0006 * qMax(0.0, days)) * jitter) *
           (sharded ? shards : 1);
}

std::pair<QDateTime, QDateTime> Simulator::onDemandTimes(const QDateTime &created, qint64 sizeBytes)
{
    const QDateTime start = created.addSecs(30);
    return {start, start.addSecs(60 + sizeBytes / (100LL * 1024 * 1024))};
}

const Record *Simulator::clusterNamed(const QString &groupId, const QString &name) const
{
    for (const Record *c : m_state.list(Kind::Cluster, groupId))
        if (c->body.value(QLatin1String("name")).toString() == name) return c;
    return nullptr;
}

QString Simulator::takeOnDemandSnapshot(const Record &cluster, const QDateTime &now, const QString &description,
                                        int retentionDays)
{
    const QString id = addSnapshot(cluster, now, now, QJsonObject(), QStringLiteral("onDemand"),
                                   QStringLiteral("queued"), now.addDays(retentionDays), description);
    addEvent(cluster.groupId, QStringLiteral("CPS_ON_DEMAND_SNAPSHOT_REQUESTED"), now,
             cluster.body.value(QLatin1String("name")).toString());
    return id;
}

void Simulator::runCluster(const Record &cluster, const QDateTime &now)
{
    const QJsonObject &c = cluster.body;
    const QDateTime last = parseIsoTime(c.value(QLatin1String("clock")).toString());
    if (!last.isValid() || last >= now) return;
    QDateTime lastSlot = last;
    const bool backup = c.value(QLatin1String("backupEnabled")).toBool() &&
                        c.value(QLatin1String("instanceSize")).toString() != u"M0" &&
                        !c.value(QLatin1String("paused")).toBool();
    if (backup) {
        const QJsonObject sched = c.value(QLatin1String("schedule")).toObject();
        const int refHour = sched.value(QLatin1String("referenceHourOfDay")).toInt(18);
        const int refMinute = sched.value(QLatin1String("referenceMinuteOfHour")).toInt(0);
        QList<PolicyItem> items;
        QHash<QString, QJsonObject> itemJson;
        for (const auto &pv : sched.value(QLatin1String("policies")).toArray())
            for (const auto &iv : pv.toObject().value(QLatin1String("policyItems")).toArray()) {
                items.append(policyItemFromJson(iv.toObject()));
                itemJson.insert(items.last().id, iv.toObject());
            }
        QDateTime t = last;
        const QString clusterId = c.value(QLatin1String("id")).toString();
        while (true) {
            const auto next = lifeboat::domain::nextSnapshotTime(items, t, refHour, refMinute);
            if (!next || *next > now) break;
            const QDateTime slot = *next;
            const auto item = lifeboat::domain::taggingItem(items, slot, refHour);
            const QDateTime expires = lifeboat::domain::expiryFor(slot, item->unit, item->value);
            const quint64 roll = mix(seed() ^ hashText(clusterId) ^ secs(slot) ^ 0xfa11) % 1000;
            // A snapshot is listed from the moment it starts, a little after its slot (a
            // fallback half an hour later), never with a createdAt ahead of the clock: until
            // then the slot stays pending and a later tick takes it.
            if (expires > now && scheduledStart(clusterId, roll < 6 ? slot.addSecs(1800) : slot) > now) break;
            t = slot;
            lastSlot = t;
            if (expires <= now) continue;  // already gone: history older than its retention
            const QString name = c.value(QLatin1String("name")).toString();
            if (roll < 6) {
                // The scheduled snapshot failed; Atlas takes a fallback snapshot instead.
                addSnapshot(cluster, t.addSecs(1800), now, itemJson.value(item->id), QStringLiteral("fallback"),
                            QStringLiteral("completed"), expires);
                addEvent(cluster.groupId, QStringLiteral("CPS_SNAPSHOT_FALLBACK_SUCCESSFUL"), t.addSecs(2400), name);
            } else if (roll < 8) {
                addSnapshot(cluster, t, now, itemJson.value(item->id), QStringLiteral("scheduled"),
                            QStringLiteral("failed"), expires);
                addEvent(cluster.groupId, QStringLiteral("CPS_SNAPSHOT_FAILED"), t.addSecs(600), name);
            } else {
                addSnapshot(cluster, t, now, itemJson.value(item->id), QStringLiteral("scheduled"),
                            QStringLiteral("completed"), expires);
            }
        }
    }
    // Remember the last slot handled; an unchanged cluster is not rewritten every tick.
    if (lastSlot > last) {
        Record updated = cluster;
        updated.body.insert(QLatin1String("clock"), isoTime(lastSlot));
        m_state.put(updated, Kind::Cluster);
    }
}

void Simulator::runFlexCluster(const Record &flex, const QDateTime &now)
{
    const QJsonObject &f = flex.body;
    const QDateTime last = parseIsoTime(f.value(QLatin1String("clock")).toString());
    if (!last.isValid() || last >= now) return;
    const QDateTime created = parseIsoTime(f.value(QLatin1String("createDate")).toString());
    // One snapshot a day at the creation time of day, the first 24 h after creation.
    qint64 days = qMax<qint64>(1, created.daysTo(last));
    QDateTime t = created.addDays(days);
    if (t <= last) t = t.addDays(1);
    if (now.addDays(-9) > t) t = created.addDays(created.daysTo(now.addDays(-9)));  // older ones are gone
    const QString name = f.value(QLatin1String("name")).toString();
    QDateTime lastSlot = last;
    for (; t <= now; t = t.addDays(1)) {
        if (t <= last || t < created.addDays(1)) continue;
        lastSlot = t;
        const quint64 h = mix(seed() ^ hashText(flex.id) ^ secs(t));
        const QDateTime start = t.addSecs(30 + qint64(h % 60));
        const QDateTime finish = start.addSecs(60 + qint64(h >> 8) % 120);
        QJsonObject s{{QStringLiteral("id"), m_state.newId(t)},
                      {QStringLiteral("scheduledTime"), isoTime(t)},
                      {QStringLiteral("expiration"), isoTime(t.addDays(8))},
                      {QStringLiteral("mongoDBVersion"), f.value(QLatin1String("mongoDBVersion"))}};
        if (start > now) {
            s.insert(QLatin1String("status"), QStringLiteral("QUEUED"));
        } else if (finish > now) {
            s.insert(QLatin1String("status"), QStringLiteral("RUNNING"));
            s.insert(QLatin1String("startTime"), isoTime(start));
        } else {
            s.insert(QLatin1String("status"), QStringLiteral("COMPLETED"));
            s.insert(QLatin1String("startTime"), isoTime(start));
            s.insert(QLatin1String("finishTime"), isoTime(finish));
        }
        Record r{s.value(QLatin1String("id")).toString(), flex.groupId, name, s, isoTime(t).toLatin1()};
        m_state.put(r, Kind::FlexSnapshot);
        m_expiries.insert({t.addDays(8).toSecsSinceEpoch(), {int(Kind::FlexSnapshot), r.id}});
    }
    // Flex keeps the last 8 snapshots.
    const auto snaps = m_state.list(Kind::FlexSnapshot, flex.groupId, name);
    QStringList extra;
    for (int i = 8; i < snaps.size(); ++i) extra.append(snaps[i]->id);
    for (const QString &id : extra) m_state.remove(Kind::FlexSnapshot, id);
    // Finish the ones still running.
    QList<Record> finished;
    for (const Record *r : m_state.list(Kind::FlexSnapshot, flex.groupId, name)) {
        const QString st = r->body.value(QLatin1String("status")).toString();
        if (st != u"QUEUED" && st != u"RUNNING") continue;
        const QDateTime sched = parseIsoTime(r->body.value(QLatin1String("scheduledTime")).toString());
        if (sched.addSecs(300) > now) continue;
        Record u = *r;
        u.body.insert(QLatin1String("status"), QStringLiteral("COMPLETED"));
        u.body.insert(QLatin1String("startTime"), isoTime(sched.addSecs(40)));
        u.body.insert(QLatin1String("finishTime"), isoTime(sched.addSecs(200)));
        finished.append(u);
    }
    for (const Record &u : finished) m_state.put(u, Kind::FlexSnapshot);
    if (lastSlot > last) {
        Record updated = flex;
        updated.body.insert(QLatin1String("clock"), isoTime(lastSlot));
        m_state.put(updated, Kind::FlexCluster);
    }
}

void Simulator::completeRunning(const QDateTime &now)
{
    QStringList done;
    for (const QString &id : std::as_const(m_running)) {
        const Record *r = m_state.find(Kind::Snapshot, id);
        if (!r) {
            done.append(id);
            continue;
        }
        const QDateTime created = parseIsoTime(r->body.value(QLatin1String("createdAt")).toString());
        const Record *cluster = clusterNamed(r->groupId, r->parent);
        if (r->body.value(QLatin1String("snapshotType")).toString() == u"onDemand" && cluster) {
            // Requested through the API: queued, in progress, completed at the size's pace.
            const qint64 size = sizeAt(cluster->body, created);
            const auto [start, finish] = onDemandTimes(created, size);
            const QString st = r->body.value(QLatin1String("status")).toString();
            Record u = *r;
            if (now >= finish) {
                u.body.insert(QLatin1String("status"), QStringLiteral("completed"));
                u.body.insert(QLatin1String("storageSizeBytes"), size);
                done.append(id);
            } else if (now >= start && st == u"queued") {
                u.body.insert(QLatin1String("status"), QStringLiteral("inProgress"));
            } else {
                continue;
            }
            m_state.put(u, Kind::Snapshot);
            continue;
        }
        const quint64 h = mix(seed() ^ hashText(id));
        if (created.addSecs(240 + qint64(h % 480)) > now) continue;
        Record u = *r;
        const QString tier = cluster ? cluster->body.value(QLatin1String("instanceSize")).toString() : QString();
        const int copies = qMax<qsizetype>(1, u.body.value(QLatin1String("members")).toArray().size());
        u.body.insert(QLatin1String("status"), QStringLiteral("completed"));
        u.body.insert(QLatin1String("storageSizeBytes"), baseSizeBytes(tier) * copies);
        m_state.put(u, Kind::Snapshot);
        done.append(id);
    }
    for (const QString &id : done) m_running.remove(id);
}

void Simulator::expire(const QDateTime &now)
{
    const qint64 secs = now.toSecsSinceEpoch();
    while (!m_expiries.empty() && m_expiries.begin()->first <= secs) {
        const auto [kindInt, id] = m_expiries.begin()->second;
        m_expiries.erase(m_expiries.begin());
        const Kind kind = Kind(kindInt);
        const Record *r = m_state.find(kind, id);
        if (!r) continue;
        const QString field = kind == Kind::Snapshot ? QStringLiteral("expiresAt") : QStringLiteral("expiration");
        const QDateTime e = parseIsoTime(r->body.value(field).toString());
        if (e.isValid() && e.toSecsSinceEpoch() > secs) {  // expiry was moved: look again later
            m_expiries.insert({e.toSecsSinceEpoch(), {kindInt, id}});
            continue;
        }
        m_running.remove(id);
        m_state.remove(kind, id);
    }
}

void Simulator::addEvent(const QString &groupId, const QString &type, const QDateTime &at, const QString &clusterName)
{
    const Record *project = m_state.find(Kind::Project, groupId);
    QJsonObject e{{QStringLiteral("id"), m_state.newId(at)},
                  {QStringLiteral("created"), isoTime(at)},
                  {QStringLiteral("eventTypeName"), type},
                  {QStringLiteral("groupId"), groupId},
                  {QStringLiteral("isGlobalAdmin"), false}};
    if (project) e.insert(QLatin1String("orgId"), project->body.value(QLatin1String("orgId")));
    Record r{e.value(QLatin1String("id")).toString(), groupId, clusterName, e, isoTime(at).toLatin1()};
    m_state.put(r, Kind::Event);
}

}  // namespace sandbox
