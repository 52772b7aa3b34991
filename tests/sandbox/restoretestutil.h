#pragma once
// A restore scenario and helpers for the restore tests: an engine started in-process on a
// fixed clock (speed 0; tests move it with Engine::advanceBy), requests as a named API key.
#include "engine/engine.h"
#include "httptestutil.h"

#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>
#include <memory>

namespace restoretest {

using namespace testutil;

inline const char *const kScenario = R"({
  "historyDays": 3,
  "organizations": [{"name": "acme", "projects": [
    {"name": "prod", "clusters": [
      {"name": "src", "tier": "M10", "mongoDBVersion": "8.0.4", "pitEnabled": true, "createdDaysAgo": 30,
       "schedule": {"restoreWindowDays": 2, "policyItems": [{"frequencyType": "hourly", "frequencyInterval": 1,
                    "retentionUnit": "days", "retentionValue": 3}]}},
      {"name": "src82", "tier": "M10", "mongoDBVersion": "8.2.1", "schedule": {"policyItems": [{"frequencyType": "hourly", "frequencyInterval": 6, "retentionUnit": "days", "retentionValue": 3}]}},
      {"name": "dst", "tier": "M10", "mongoDBVersion": "8.0.9"},
      {"name": "dst82", "tier": "M10", "mongoDBVersion": "8.2.0"},
      {"name": "old", "tier": "M10", "mongoDBVersion": "7.0.5"},
      {"name": "next", "tier": "M10", "mongoDBVersion": "9.0.1"},
      {"name": "twoup", "tier": "M10", "mongoDBVersion": "10.0.0"},
      {"name": "pinned", "tier": "M10", "mongoDBVersion": "8.0.4", "fcv": "7.0", "fcvPinnedDaysAhead": 20,
       "fcvPinnedDaysAgo": 1, "schedule": {"policyItems": [{"frequencyType": "hourly", "frequencyInterval": 6, "retentionUnit": "days", "retentionValue": 3}]}},
      {"name": "nopit", "tier": "M10", "mongoDBVersion": "8.0.4", "schedule": {"policyItems": [{"frequencyType": "hourly", "frequencyInterval": 6, "retentionUnit": "days", "retentionValue": 3}]}},
      {"name": "enc", "tier": "M10", "mongoDBVersion": "8.0.4", "encryptionAtRestProvider": "AWS", "schedule": {"policyItems": [{"frequencyType": "hourly", "frequencyInterval": 6, "retentionUnit": "days", "retentionValue": 3}]}},
      {"name": "encdst", "tier": "M10", "mongoDBVersion": "8.0.9", "encryptionAtRestProvider": "AWS"},
      {"name": "encaz", "tier": "M10", "mongoDBVersion": "8.0.9", "encryptionAtRestProvider": "AZURE"},
      {"name": "sh2", "tier": "M30", "mongoDBVersion": "8.0.4", "clusterType": "SHARDED", "shards": 2, "schedule": {"policyItems": [{"frequencyType": "hourly", "frequencyInterval": 6, "retentionUnit": "days", "retentionValue": 3}]}},
      {"name": "sh2b", "tier": "M30", "mongoDBVersion": "8.0.4", "clusterType": "SHARDED", "shards": 2},
      {"name": "sh3", "tier": "M30", "mongoDBVersion": "8.0.4", "clusterType": "SHARDED", "shards": 3, "schedule": {"policyItems": [{"frequencyType": "hourly", "frequencyInterval": 6, "retentionUnit": "days", "retentionValue": 3}]}},
      {"name": "sh2e", "tier": "M30", "mongoDBVersion": "8.0.4", "clusterType": "SHARDED", "shards": 2,
       "configServerType": "EMBEDDED"},
      {"name": "free", "tier": "M0", "mongoDBVersion": "8.0.4"}],
     "flexClusters": [{"name": "flexa", "mongoDBVersion": "8.0.9", "createdDaysAgo": 20},
                      {"name": "flexb", "mongoDBVersion": "8.0.9", "createdDaysAgo": 20},
                      {"name": "flexold", "mongoDBVersion": "7.0.5", "createdDaysAgo": 20}]},
    {"name": "other", "clusters": [{"name": "elsewhere", "tier": "M10", "mongoDBVersion": "8.0.9"}]}]}],
  "apiKeys": [
    {"publicKey": "owner", "privateKey": "owner-secret", "orgRole": "ORG_OWNER"},
    {"publicKey": "recovery", "privateKey": "recovery-secret",
     "projectRoles": {"prod": "GROUP_BACKUP_RECOVERY_OPERATOR"}},
    {"publicKey": "exporter", "privateKey": "exporter-secret",
     "projectRoles": {"prod": "GROUP_BACKUP_EXPORT_OPERATOR"}},
    {"publicKey": "reader", "privateKey": "reader-secret", "orgRole": "ORG_READ_ONLY"}],
  "serviceAccounts": [{"clientId": "mdb_sa_id_acme", "clientSecret": "mdb_sa_sk_acme", "orgRole": "ORG_OWNER"}]
})";

inline QDateTime startTime()
{
    return QDateTime(QDate(2026, 11, 25), QTime(6, 0), Qt::UTC);
}

class Fixture {
public:
    QTemporaryDir dir;
    std::unique_ptr<sandbox::Engine> engine;
    QString prod, other;

    bool start()
    {
        if (!dir.isValid()) return false;
        const QString path = dir.filePath(QStringLiteral("restore.json"));
        if (!QFile::exists(path)) {
            QFile f(path);
            if (!f.open(QIODevice::WriteOnly)) return false;
            f.write(kScenario);
        }
        engine = std::make_unique<sandbox::Engine>();
        sandbox::EngineOptions o;
        o.speed = 0;
        o.scenario = path;
        o.startAt = startTime();
        o.dataDir = dir.filePath(QStringLiteral("data"));
        QString error;
        if (!engine->start(o, &error)) {
            qWarning() << error;
            return false;
        }
        for (const auto &p : get(QStringLiteral("/api/atlas/v2/groups")).json().value("results").toArray()) {
            if (p.toObject().value("name").toString() == u"prod") prod = p.toObject().value("id").toString();
            if (p.toObject().value("name").toString() == u"other") other = p.toObject().value("id").toString();
        }
        return !prod.isEmpty() && !other.isEmpty();
    }
    void stop() { engine.reset(); }

    QUrl url(const QString &path) const { return QUrl(engine->baseUrl().toString() + path); }
    Response as(const QString &key, const QByteArray &method, const QString &path, const QByteArray &body = {},
                const char *version = "2023-01-01")
    {
        QNetworkAccessManager nam;
        useApiKey(nam, key, key + QStringLiteral("-secret"));
        QList<QPair<QByteArray, QByteArray>> headers{{"Accept", accept(version)}};
        if (!body.isNull()) headers.append({"Content-Type", accept(version)});
        return send(nam, method, url(path), headers, body);
    }
    Response get(const QString &path, const char *version = "2023-01-01")
    {
        return as(QStringLiteral("owner"), "GET", path, QByteArray(), version);
    }
    QString cluster(const QString &name, const QString &group = QString()) const
    {
        return QStringLiteral("/api/atlas/v2/groups/%1/clusters/%2").arg(group.isEmpty() ? prod : group, name);
    }
    QString flex(const QString &name) const
    {
        return QStringLiteral("/api/atlas/v2/groups/%1/flexClusters/%2").arg(prod, name);
    }
    QString sandboxCluster(const QString &name) const
    {
        return QStringLiteral("/sandbox/v1/groups/%1/clusters/%2").arg(prod, name);
    }
    // The cluster's data now, or at `at` (UTC seconds).
    QJsonObject data(const QString &name, qint64 at = -1)
    {
        const QString q = at >= 0 ? QStringLiteral("?at=%1").arg(at) : QString();
        return get(sandboxCluster(name) + QStringLiteral("/data") + q).json();
    }
    QJsonObject snapshotData(const QString &name, const QString &snapshotId)
    {
        return get(sandboxCluster(name) + QStringLiteral("/backup/snapshots/") + snapshotId + QStringLiteral("/data"))
            .json();
    }
    // The newest completed snapshot of a cluster (replica set or sharded), or an empty object.
    QJsonObject latestSnapshot(const QString &name, bool sharded = false, const QString &type = QString())
    {
        const Response r =
            get(cluster(name) +
                (sharded ? QStringLiteral("/backup/snapshots/shardedClusters") : QStringLiteral("/backup/snapshots")) +
                QStringLiteral("?itemsPerPage=500"));
        for (const auto &v : r.json().value("results").toArray())
            if (v.toObject().value("status").toString() == u"completed" &&
                (type.isEmpty() || v.toObject().value("snapshotType").toString() == type))
                return v.toObject();
        return {};
    }
    QJsonObject oldestSnapshot(const QString &name)
    {
        const Response r = get(cluster(name) + QStringLiteral("/backup/snapshots?itemsPerPage=500"));
        QJsonObject out;
        for (const auto &v : r.json().value("results").toArray())
            if (v.toObject().value("status").toString() == u"completed") out = v.toObject();
        return out;
    }
    Response restore(const QString &source, const QJsonObject &body, const QString &key = QStringLiteral("owner"))
    {
        return as(key, "POST", cluster(source) + QStringLiteral("/backup/restoreJobs"),
                  QJsonDocument(body).toJson(QJsonDocument::Compact));
    }
    QJsonObject automated(const QString &snapshotId, const QString &target, const QString &group = QString()) const
    {
        return QJsonObject{{"deliveryType", "automated"},
                           {"snapshotId", snapshotId},
                           {"targetClusterName", target},
                           {"targetGroupId", group.isEmpty() ? prod : group}};
    }
    QJsonObject job(const QString &source, const QString &id)
    {
        return get(cluster(source) + QStringLiteral("/backup/restoreJobs/") + id).json();
    }
    QString stateOf(const QString &name)
    {
        return get(cluster(name), "2024-08-05").json().value("stateName").toString();
    }
    qint64 now() const { return engine->now().toSecsSinceEpoch(); }
};

// Extracts `member` of a .tar.gz with tar(1) (the bytes must be a real archive).
inline QByteArray untar(const QByteArray &targz, const QString &member)
{
    QProcess p;
    p.start(QStringLiteral("tar"), {QStringLiteral("-xzOf"), QStringLiteral("-"), member});
    p.write(targz);
    p.closeWriteChannel();
    p.waitForFinished(30000);
    return p.exitCode() == 0 ? p.readAllStandardOutput() : QByteArray();
}

}  // namespace restoretest
