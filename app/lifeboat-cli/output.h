#pragma once
// What lifeboat-cli prints: JSON with the Atlas field names for the fields it shares
// with the API, and aligned tables for people.
#include "domain/duration.h"
#include "domain/health.h"
#include "domain/types.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace lifeboat::cli {

QJsonValue isoTime(const QDateTime &t);  // "2024-05-01T02:30:00Z", null when invalid
QJsonObject projectJson(const domain::Project &p);
QJsonObject clusterJson(const domain::Cluster &c);
QJsonObject flexClusterJson(const domain::FlexCluster &f);
QJsonObject snapshotJson(const domain::Snapshot &s);
QJsonObject flexSnapshotJson(const domain::FlexSnapshot &s);
// The shape of an Atlas list: {"results": [...], "totalCount": n}.
QByteArray listDocument(const QJsonArray &results);

class Table {
public:
    explicit Table(QStringList headers) : m_headers(std::move(headers)) {}
    void rightAlign(int column) { m_right.append(column); }
    void add(QStringList row) { m_rows.append(std::move(row)); }
    QString render() const;

private:
    QStringList m_headers;
    QList<QStringList> m_rows;
    QList<int> m_right;
};

// The health column: "ok", "late (30 h)", "critical: no completed snapshot", ... (domain/health.h decides).
QString healthCell(const domain::BackupHealth &h);
QJsonObject healthJson(const domain::BackupHealth &h);  // {"state": "warning", "reasons": ["late"]}

QString humanSize(qint64 bytes);
QString shortTime(const QDateTime &t);                  // "2024-05-01 02:30" UTC, "-" when invalid
QString age(const QDateTime &t, const QDateTime &now);  // "3 min", "2 h", "5 days"
QString duration(qint64 seconds);  // the same, rounded to the nearest unit (domain::roundedDuration)

}  // namespace lifeboat::cli
