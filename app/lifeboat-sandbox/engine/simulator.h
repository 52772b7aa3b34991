#pragma once
// Moves the simulated estate forward in time: scheduled snapshots appear as each
// cluster's policy says and expire at their retention; Flex clusters take one
// snapshot a day and keep the last 8; running snapshots complete.
#include <QDateTime>
#include <QJsonObject>
#include <QSet>
#include <map>

namespace sandbox {

class State;
struct Record;

class Simulator {
public:
    explicit Simulator(State &state) : m_state(state) {}

    void rebuildIndexes();                // after loading a saved state (also brings old states up to date)
    void runUntil(const QDateTime &now);  // everything due up to `now`

    // A snapshot of `cluster` at `at`, tagged by `policyItem` (a DiskBackupApiPolicyItem
    // JSON; empty for on-demand). Returns the new snapshot's id.
    QString addSnapshot(const Record &cluster, const QDateTime &at, const QDateTime &now, const QJsonObject &policyItem,
                        const QString &snapshotType, const QString &status, const QDateTime &expiresAt,
                        const QString &description = QString());

    // An on-demand snapshot requested at `now`: queued, then in progress, then completed
    // as the clock runs (see onDemandTimes). Adds the project's event. Returns its id.
    QString takeOnDemandSnapshot(const Record &cluster, const QDateTime &now, const QString &description,
                                 int retentionDays);
    // When an on-demand snapshot of `sizeBytes` created at `created` starts and finishes:
    // 30 s in the queue, then 60 s plus 1 s per 100 MiB of data.
    static std::pair<QDateTime, QDateTime> onDemandTimes(const QDateTime &created, qint64 sizeBytes);

    // A snapshot's expiresAt was moved (to `expiresAt`): it is removed then.
    void noteExpiry(const QString &snapshotId, const QDateTime &expiresAt);

    static quint64 mix(quint64 x);  // deterministic pseudo-random bits
    // The customer key id of an encrypted cluster: stable per cluster and provider.
    static QString masterKeyFor(const QString &clusterId, const QString &provider);

private:
    void runCluster(const Record &cluster, const QDateTime &now);
    void runFlexCluster(const Record &flex, const QDateTime &now);
    void completeRunning(const QDateTime &now);
    qint64 sizeAt(const QJsonObject &cluster, const QDateTime &at) const;  // data held at `at`
    const Record *clusterNamed(const QString &groupId, const QString &name) const;
    void expire(const QDateTime &now);
    void addEvent(const QString &groupId, const QString &type, const QDateTime &at, const QString &clusterName);
    void addMissingKeys();  // states saved when only AWS-encrypted clusters had a key id
    quint64 seed() const;
    quint64 secs(const QDateTime &t) const;  // from the scenario's start: dice agree across runs
    // When a scheduled (or fallback) snapshot due at `at` starts: 0-89 s late. Its createdAt.
    QDateTime scheduledStart(const QString &clusterId, const QDateTime &at) const;

    State &m_state;
    std::multimap<qint64, std::pair<int, QString>> m_expiries;  // secs -> (kind, id)
    QSet<QString> m_running;                                    // snapshot ids
};

}  // namespace sandbox
