#pragma once
// The snapshots of one cluster as a table: one row per snapshot, one column per
// field an administrator sorts or filters by. Display text is for people; SortRole
// holds the raw value (QDateTime, qint64) so sizes and dates sort correctly.
#include "domain/types.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace lifeboat::itemmodels {

class SnapshotTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Created,
        Type,
        Frequency,
        Status,
        Size,
        MongoVersion,
        Expires,
        EncryptionKey,
        Copies,
        Description,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1,
        IdRole,         // QString snapshot id
        StatusRole,     // int(domain::SnapshotStatus)
        TypeRole,       // int(domain::SnapshotType)
        FrequencyRole,  // int(domain::Frequency)
        KindRole,       // int(SnapshotKind)
        SearchTextRole  // every field in one lower-case string, for the free-text filter
    };

    explicit SnapshotTableModel(QObject *parent = nullptr);

    void setSnapshots(const QList<domain::Snapshot> &snapshots);
    void setFlexSnapshots(const QList<domain::FlexSnapshot> &snapshots);
    void clear();

    const QList<domain::Snapshot> &snapshots() const { return m_snapshots; }
    const domain::Snapshot *snapshotById(const QString &id) const;
    QModelIndex indexOfId(const QString &id, int column = 0) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QVariant display(const domain::Snapshot &s, int column) const;
    QVariant sortValue(const domain::Snapshot &s, int column) const;
    QString toolTip(const domain::Snapshot &s, int column) const;
    QString searchText(const domain::Snapshot &s) const;

    QList<domain::Snapshot> m_snapshots;
    QHash<QString, int> m_rowById;
    mutable QList<QString> m_searchCache;
};

}  // namespace lifeboat::itemmodels
