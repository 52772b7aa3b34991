#pragma once
// Restore jobs as a table (a cluster's Restores tab, and the estate's list): derived
// status (Atlas has no status field), kind, source cluster and snapshot, target,
// started, finished, duration and, while it is valid, the download link. Links come
// from the live watch only (RestoreProgress); they are held in memory, never cached.
#include "domain/restore.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QStringList>

#include <optional>

namespace lifeboat::itemmodels {

class RestoreJobsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Status, Kind, Source, Snapshot, Target, Started, Finished, Duration, Link, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole + 1,
        JobIdRole,
        GroupIdRole,      // of the source cluster
        ClusterNameRole,  // the source cluster
        FamilyRole,       // int(Family)
        StateRole,        // int(domain::RestoreState)
        RunningRole,      // bool: not ended
        DownloadUrlRole,  // QString: the first valid link, empty when none
    };
    enum class Family { Dedicated, Collection, Flex };  // which API the job lives in

    struct Row {
        Family family = Family::Dedicated;
        QString jobId, groupId, clusterName, snapshotId, targetGroupId, targetClusterName;
        std::optional<domain::RestoreKind> kind;  // unset: a delivery type Lifeboat does not know
        QString rawKind;                          // then Atlas's own word for it
        domain::RestoreState state = domain::RestoreState::Unknown;
        QDateTime started, finished, linkExpires;
        QString note;  // an error message or a count ("12 of 40 collections")
        int percent = -1;
        QStringList downloadUrls;  // never cached
    };

    explicit RestoreJobsModel(QObject *parent = nullptr);

    static Row rowFrom(const domain::RestoreJob &job, const QDateTime &now);
    static Row rowFrom(const domain::CollectionRestoreJob &job);
    static Row rowFrom(const domain::FlexRestoreJob &job);

    // Replaces every row (a reload); live links and progress already seen are kept.
    void setRows(const QList<Row> &rows, const QDateTime &now);
    // A live update of one job (from a watch): changes its row, or adds it when new.
    void updateRow(const Row &row);
    void setNow(const QDateTime &now);  // links expire, durations of running jobs grow
    void setProjectNames(const QHash<QString, QString> &namesById) { m_projectNames = namesById; }

    const Row *rowAt(int row) const { return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr; }
    int rowOf(Family family, const QString &jobId) const;
    int runningCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString validLink(const Row &row) const;
    QString statusText(const Row &row) const;
    QString place(const QString &groupId, const QString &cluster, const QString &rowGroup) const;
    QVariant display(const Row &row, int column) const;
    QVariant sortValue(const Row &row, int column) const;

    QList<Row> m_rows;
    QDateTime m_now;
    QHash<QString, QString> m_projectNames;
};

}  // namespace lifeboat::itemmodels
