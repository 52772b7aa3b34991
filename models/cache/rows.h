#pragma once
// One row codec per entity: a single list of fields (column name and how a value goes
// in and out) drives the INSERT, the SELECT and the binding of named parameters
// (":column"), so a column is written once, not twice by position.
#include "cache/sqlite.h"
#include "domain/restore.h"
#include "domain/types.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace lifeboat::cache {

// One line of the local restore audit log (restore_audit): what was asked, by whom, why,
// and how it ended. Kept only on this machine; never sent anywhere.
struct RestoreAuditEntry {
    qint64 seq = 0;  // the log's own order (0 until written)
    QDateTime at;
    QString profile;
    QString kind;  // domain::restoreKindName
    QString sourceGroupId;
    QString sourceClusterName;
    QString targetGroupId;
    QString targetClusterName;
    QString snapshotId;
    QString pit;  // "utc:SECONDS" or "oplog:TS:INC"; empty when a snapshot
    QString reason;
    QString jobId;    // empty when nothing was created
    QString outcome;  // "started", "refused", "failed: ...", then "finished", "cancelled", ...
};

template <typename T>
struct Field {
    const char *column;
    void (*write)(Statement &s, int index, const T &v);
    void (*read)(const Statement &s, int col, T &v);
};

// A table: scope columns the caller binds (group_id, cluster_name, ...), the entity's
// fields, and the primary key (a subset of both) for ON CONFLICT.
template <typename T>
struct RowCodec {
    QString table;
    QStringList scope;
    QStringList key;
    QList<Field<T>> fields;

    QStringList columns() const
    {
        QStringList out = scope;
        for (const Field<T> &f : fields) out.append(QLatin1String(f.column));
        return out;
    }
    // An upsert that updates the row in place (cheaper than REPLACE's delete + insert).
    QString insertSql() const
    {
        const QStringList cols = columns();
        QStringList params, updates;
        for (const QString &c : cols) {
            params.append(u':' + c);
            if (!key.contains(c)) updates.append(c + QStringLiteral(" = excluded.") + c);
        }
        QString sql = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) ON CONFLICT (%4) ")
                          .arg(table, cols.join(QStringLiteral(", ")), params.join(QStringLiteral(", ")),
                               key.join(QStringLiteral(", ")));
        sql += updates.isEmpty() ? QStringLiteral("DO NOTHING")
                                 : QStringLiteral("DO UPDATE SET ") + updates.join(QStringLiteral(", "));
        return sql;
    }
    // SELECT of the fields (not the scope columns), in field order, then `rest` (WHERE, ORDER BY).
    QString selectSql(const QString &rest) const
    {
        QStringList cols;
        for (const Field<T> &f : fields) cols.append(QLatin1String(f.column));
        return QStringLiteral("SELECT %1 FROM %2 %3").arg(cols.join(QStringLiteral(", ")), table, rest);
    }
    T read(const Statement &s) const
    {
        T v;
        for (int i = 0; i < fields.size(); ++i) fields[i].read(s, i, v);
        return v;
    }
};

// A prepared upsert of one codec: parameter indexes resolved from the names once, so
// writing 100,000 rows costs no name lookups.
template <typename T>
class RowWriter {
public:
    RowWriter(Database &db, const RowCodec<T> &codec) : m_codec(codec), m_s(db.prepare(codec.insertSql()))
    {
        for (const QString &c : codec.scope) m_scopeIndex.append(m_s.parameterIndex(u':' + c));
        for (const Field<T> &f : codec.fields) m_fieldIndex.append(m_s.parameterIndex(u':' + QLatin1String(f.column)));
    }
    bool isValid() const { return m_s.isValid(); }
    // Scope values in the order of codec.scope; bound once, kept for every row.
    template <typename... V>
    RowWriter &scope(const V &...values)
    {
        int i = 0;
        (m_s.bind(m_scopeIndex.value(i++), values), ...);
        return *this;
    }
    // Binds the row's fields, then `column` = `value` overrides (e.g. synced_at), and runs it.
    template <typename V>
    bool write(const T &row, const char *column, const V &value)
    {
        bindRow(row);
        m_s.bind(m_s.parameterIndex(u':' + QLatin1String(column)), value);
        return m_s.execute();
    }
    bool write(const T &row)
    {
        bindRow(row);
        return m_s.execute();
    }

private:
    void bindRow(const T &row)
    {
        for (int i = 0; i < m_codec.fields.size(); ++i) m_codec.fields[i].write(m_s, m_fieldIndex[i], row);
    }
    const RowCodec<T> &m_codec;
    Statement m_s;
    QList<int> m_scopeIndex;
    QList<int> m_fieldIndex;
};

const RowCodec<domain::Organization> &organizationRows();
const RowCodec<domain::Project> &projectRows();
const RowCodec<domain::Cluster> &clusterRows();                            // scope: group_id
const RowCodec<domain::FlexCluster> &flexClusterRows();                    // scope: group_id
const RowCodec<domain::Snapshot> &snapshotRows();                          // scope: group_id, cluster_name
const RowCodec<domain::FlexSnapshot> &flexSnapshotRows();                  // scope: group_id, cluster_name
const RowCodec<domain::BackupSchedule> &scheduleRows();                    // scope: group_id, cluster_name
const RowCodec<domain::CompliancePolicy> &complianceRows();                // scope: group_id, present
const RowCodec<domain::RestoreJob> &restoreJobRows();                      // scope: group_id, cluster_name
const RowCodec<domain::FlexRestoreJob> &flexRestoreJobRows();              // scope: group_id, cluster_name
const RowCodec<domain::CollectionRestoreJob> &collectionRestoreJobRows();  // scope: group_id, cluster_name
const RowCodec<domain::FcvPin> &fcvPinRows();                              // scope: group_id, cluster_name
const RowCodec<RestoreAuditEntry> &restoreAuditRows();                     // no scope; seq is the key

// JSON text of the list columns (in the API's shape, so the atlas mapping could read them).
QString toJson(const QStringList &list);
QStringList listFrom(const QString &text);
QList<domain::PolicyItem> policyItemsFrom(const QString &schedulePoliciesJson);  // all items of all policies

}  // namespace lifeboat::cache
