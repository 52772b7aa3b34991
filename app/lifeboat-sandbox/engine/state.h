#pragma once
// The sandbox's state: records of every kind, kept in memory for speed and written
// through to SQLite by Store. A record's body is the Atlas JSON of the resource
// (for clusters: the sandbox's own record, rendered per API version by views).
#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <functional>

namespace sandbox {

enum class Kind {
    Org,
    Project,
    Cluster,
    FlexCluster,
    Snapshot,
    FlexSnapshot,
    Compliance,
    RestoreJob,
    FlexRestoreJob,
    ExportBucket,
    ExportJob,
    OnlineArchive,
    Event,
    ApiKey,
    ServiceAccount,
    CollectionRestoreJob,  // ApiAtlasCollectionRestoreJobResponse bodies
    RestoreTask            // the sandbox's own bookkeeping of a restore it runs (never rendered)
};
QString kindName(Kind k);
bool kindFromName(const QString &name, Kind *k);
constexpr int kKindCount = 17;

struct Record {
    QString id;
    QString groupId;  // empty for orgs and credentials
    QString parent;   // cluster name for cluster-scoped records
    QJsonObject body;
    QByteArray sortKey;       // newest first when listed (e.g. createdAt); ties by id
    mutable QByteArray json;  // compact body, filled when first listed; a put() replaces it
};

class State {
public:
    const Record *find(Kind kind, const QString &id) const;
    // Records of a kind within a project (and cluster when parent is set), newest first
    // by sortKey. The list is cached until the state changes.
    const QList<const Record *> &list(Kind kind, const QString &groupId = QString(),
                                      const QString &parent = QString()) const;
    QList<const Record *> all(Kind kind) const;
    int count(Kind kind) const { return m_records[int(kind)].size(); }

    void put(const Record &record, Kind kind);  // insert or replace
    void remove(Kind kind, const QString &id);

    // Changes since the last takeChanges(): what Store must write.
    struct Change {
        Kind kind;
        QString id;
        bool removed;
    };
    QList<Change> takeChanges();
    quint64 generation() const { return m_generation; }

    // Meta values that survive a restart (the clock, the id counter, ...).
    QString meta(const QString &key) const { return m_meta.value(key); }
    void setMeta(const QString &key, const QString &value);
    const QHash<QString, QString> &allMeta() const { return m_meta; }
    bool metaChanged() const { return m_metaDirty; }
    void clearMetaChanged() { m_metaDirty = false; }

    // A new 24-hex id, deterministic for a scenario and seed: 4 bytes of `at` counted
    // from the scenario's start (meta "epoch") plus kIdTimeBase, then a counter.
    QString newId(const QDateTime &at);
    static constexpr qint64 kIdTimeBase = 0x60000000;  // 2021-01-14: ids look like Atlas's

private:
    QHash<QString, Record> m_records[kKindCount];
    QHash<QString, QString> m_meta;
    bool m_metaDirty = false;
    QList<Change> m_changes;
    quint64 m_generation = 1;
    mutable quint64 m_listGeneration = 0;
    mutable QHash<QString, QList<const Record *>> m_lists;
};

}  // namespace sandbox
