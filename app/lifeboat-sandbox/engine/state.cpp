#include "state.h"

#include <algorithm>

namespace sandbox {

static const char *const kKindNames[kKindCount] = {
    "org",        "project",    "cluster",        "flexCluster",          "snapshot",   "flexSnapshot",
    "compliance", "restoreJob", "flexRestoreJob", "exportBucket",         "exportJob",  "onlineArchive",
    "event",      "apiKey",     "serviceAccount", "collectionRestoreJob", "restoreTask"};

QString kindName(Kind k)
{
    return QString::fromLatin1(kKindNames[int(k)]);
}

bool kindFromName(const QString &name, Kind *k)
{
    for (int i = 0; i < kKindCount; ++i) {
        if (name == QLatin1String(kKindNames[i])) {
            *k = Kind(i);
            return true;
        }
    }
    return false;
}

const Record *State::find(Kind kind, const QString &id) const
{
    auto it = m_records[int(kind)].constFind(id);
    return it == m_records[int(kind)].constEnd() ? nullptr : &it.value();
}

const QList<const Record *> &State::list(Kind kind, const QString &groupId, const QString &parent) const
{
    if (m_listGeneration != m_generation) {
        m_lists.clear();
        m_listGeneration = m_generation;
    }
    const QString key = kindName(kind) + u'|' + groupId + u'|' + parent;
    auto it = m_lists.find(key);
    if (it != m_lists.end()) return it.value();
    QList<const Record *> out;
    for (const Record &r : m_records[int(kind)]) {
        if (!groupId.isEmpty() && r.groupId != groupId) continue;
        if (!parent.isEmpty() && r.parent != parent) continue;
        out.append(&r);
    }
    std::sort(out.begin(), out.end(), [](const Record *a, const Record *b) {
        if (a->sortKey != b->sortKey) return a->sortKey > b->sortKey;
        return a->id < b->id;
    });
    return m_lists.insert(key, out).value();
}

QList<const Record *> State::all(Kind kind) const
{
    return list(kind);
}

void State::put(const Record &record, Kind kind)
{
    // A record copied from a listed one carries its old JSON: drop it so the body counts.
    Record &stored = m_records[int(kind)].insert(record.id, record).value();
    stored.json.clear();
    m_changes.append({kind, record.id, false});
    ++m_generation;
}

void State::remove(Kind kind, const QString &id)
{
    if (m_records[int(kind)].remove(id)) {
        m_changes.append({kind, id, true});
        ++m_generation;
    }
}

QList<State::Change> State::takeChanges()
{
    QList<Change> out;
    out.swap(m_changes);
    return out;
}

void State::setMeta(const QString &key, const QString &value)
{
    if (m_meta.value(key) == value) return;
    m_meta.insert(key, value);
    m_metaDirty = true;
}

QString State::newId(const QDateTime &at)
{
    const quint64 counter = meta(QStringLiteral("idCounter")).toULongLong() + 1;
    setMeta(QStringLiteral("idCounter"), QString::number(counter));
    const quint64 seed = meta(QStringLiteral("seed")).toULongLong();
    // The time bytes count from the scenario's start, not the wall clock, so the same
    // scenario and seed give the same ids on every run (states saved before "epoch"
    // existed keep absolute times).
    const QString epoch = meta(QStringLiteral("epoch"));
    const qint64 secs =
        epoch.isEmpty() ? at.toSecsSinceEpoch() : kIdTimeBase + (at.toSecsSinceEpoch() - epoch.toLongLong());
    // 4 bytes time, 3 bytes from the seed, 5 bytes counter: unique and repeatable.
    return QStringLiteral("%1%2%3")
        .arg(quint32(secs), 8, 16, QLatin1Char('0'))
        .arg(quint32(seed * 2654435761u) & 0xffffffu, 6, 16, QLatin1Char('0'))
        .arg(counter & 0xffffffffffULL, 10, 16, QLatin1Char('0'));
}

}  // namespace sandbox
