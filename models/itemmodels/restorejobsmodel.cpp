#include "itemmodels/restorejobsmodel.h"

#include "itemmodels/restoreformat.h"
#include "itemmodels/snapshotformat.h"

#include <QColor>
#include <QGuiApplication>
#include <QIcon>
#include <QPalette>

namespace lifeboat::itemmodels {

using namespace lifeboat::domain;

namespace {

bool ended(RestoreState s)
{
    return isEnded(s);
}

std::optional<RestoreKind> kindOf(const RestoreJob &job)
{
    switch (job.deliveryType.value) {
    case DeliveryType::Automated: return RestoreKind::Automated;
    case DeliveryType::PointInTime: return RestoreKind::PointInTime;
    case DeliveryType::Download: return RestoreKind::Download;
    case DeliveryType::Unknown: break;
    }
    return std::nullopt;
}

}  // namespace

RestoreJobsModel::RestoreJobsModel(QObject *parent) : QAbstractTableModel(parent) {}

RestoreJobsModel::Row RestoreJobsModel::rowFrom(const RestoreJob &job, const QDateTime &now)
{
    Row r;
    r.family = Family::Dedicated;
    r.jobId = job.id;
    r.groupId = job.groupId;
    r.clusterName = job.clusterName;
    r.snapshotId = job.snapshotId;
    r.targetGroupId = job.targetGroupId;
    r.targetClusterName = job.targetClusterName;
    r.kind = kindOf(job);
    r.rawKind = job.deliveryType.raw;
    r.state = restoreState(job, now);
    r.started = job.firstSeenAt.isValid() ? job.firstSeenAt : job.timestamp;
    r.finished = job.finishedAt;
    r.linkExpires = job.expiresAt;
    return r;
}

RestoreJobsModel::Row RestoreJobsModel::rowFrom(const CollectionRestoreJob &job)
{
    Row r;
    r.family = Family::Collection;
    r.jobId = job.id;
    r.groupId = job.groupId;
    r.clusterName = job.clusterName;
    r.snapshotId = job.snapshotId;
    r.targetGroupId = job.targetGroupId;
    r.targetClusterName = job.targetClusterName;
    r.kind = RestoreKind::Collections;
    r.state = restoreState(job);
    r.started = job.createdAt;
    r.finished = job.finishedAt;
    r.note = job.errorMessage;
    if (job.totalDocuments > 0) r.percent = int(job.restoredDocuments * 100 / job.totalDocuments);
    return r;
}

RestoreJobsModel::Row RestoreJobsModel::rowFrom(const FlexRestoreJob &job)
{
    Row r;
    r.family = Family::Flex;
    r.jobId = job.id;
    r.groupId = job.groupId;
    r.clusterName = job.clusterName;
    r.snapshotId = job.snapshotId;
    r.targetGroupId = job.targetProjectId;
    r.targetClusterName = job.targetDeploymentItemName;
    r.kind = job.isDownload() ? RestoreKind::Download : RestoreKind::Automated;
    r.state = restoreState(job);
    r.started = job.restoreScheduledDate;
    r.finished = job.restoreFinishedDate;
    r.linkExpires = job.expirationDate;
    return r;
}

void RestoreJobsModel::setRows(const QList<Row> &rows, const QDateTime &now)
{
    // Keep what only the live watch knows (links, percent) across a reload from the cache.
    QHash<QString, Row> live;
    for (const Row &r : std::as_const(m_rows))
        if (!r.downloadUrls.isEmpty() || r.percent >= 0) live.insert(QString::number(int(r.family)) + r.jobId, r);
    beginResetModel();
    m_rows = rows;
    m_now = now;
    for (Row &r : m_rows) {
        // First seen after it had ended (Atlas gives no start time): when it started is unknown.
        if (r.started.isValid() && r.finished.isValid() && r.started > r.finished) r.started = {};
        const auto it = live.constFind(QString::number(int(r.family)) + r.jobId);
        if (it == live.cend()) continue;
        if (r.downloadUrls.isEmpty()) r.downloadUrls = it->downloadUrls;
        if (r.percent < 0 && !ended(r.state)) r.percent = it->percent;
    }
    std::stable_sort(m_rows.begin(), m_rows.end(), [](const Row &a, const Row &b) { return a.started > b.started; });
    endResetModel();
}

int RestoreJobsModel::rowOf(Family family, const QString &jobId) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].family == family && m_rows[i].jobId == jobId) return i;
    return -1;
}

void RestoreJobsModel::updateRow(const Row &row)
{
    const int i = rowOf(row.family, row.jobId);
    if (i < 0) {
        beginInsertRows({}, 0, 0);
        m_rows.prepend(row);
        endInsertRows();
        return;
    }
    Row &r = m_rows[i];
    // A live update carries what it knows; the rest stays as read from the cache.
    r.state = row.state;
    if (row.percent >= 0 || ended(row.state)) r.percent = row.percent;
    if (!row.downloadUrls.isEmpty()) r.downloadUrls = row.downloadUrls;
    if (row.finished.isValid()) r.finished = row.finished;
    if (row.linkExpires.isValid()) r.linkExpires = row.linkExpires;
    if (!row.targetClusterName.isEmpty()) r.targetClusterName = row.targetClusterName;
    if (!row.note.isEmpty()) r.note = row.note;
    emit dataChanged(index(i, 0), index(i, ColumnCount - 1));
}

void RestoreJobsModel::setNow(const QDateTime &now)
{
    m_now = now;
    if (!m_rows.isEmpty()) emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

int RestoreJobsModel::runningCount() const
{
    int n = 0;
    for (const Row &r : m_rows) n += !ended(r.state) && r.state != RestoreState::Unknown;
    return n;
}

int RestoreJobsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RestoreJobsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString RestoreJobsModel::validLink(const Row &r) const
{
    if (r.downloadUrls.isEmpty()) return {};
    if (r.state == RestoreState::Expired || r.state == RestoreState::Cancelled || r.state == RestoreState::Failed)
        return {};
    if (r.linkExpires.isValid() && m_now.isValid() && r.linkExpires <= m_now) return {};
    return r.downloadUrls.first();
}

QString RestoreJobsModel::statusText(const Row &r) const
{
    QString s = restoreStateText(r.state);
    if (!ended(r.state) && r.percent >= 0) s = tr("%1 (%2%)", "state (percent)").arg(s).arg(r.percent);
    return s;
}

QString RestoreJobsModel::place(const QString &groupId, const QString &cluster, const QString &rowGroup) const
{
    if (cluster.isEmpty()) return dash();
    if (groupId.isEmpty() || groupId == rowGroup) return cluster;
    return tr("%1 (%2)", "cluster (project)").arg(cluster, m_projectNames.value(groupId, groupId));
}

QVariant RestoreJobsModel::display(const Row &r, int column) const
{
    switch (column) {
    case Status: return statusText(r);
    case Kind: return r.kind ? restoreKindText(*r.kind) : (r.rawKind.isEmpty() ? dash() : r.rawKind);
    case Source: return place(r.groupId, r.clusterName, QString());
    case Snapshot: return r.snapshotId.isEmpty() ? dash() : r.snapshotId;
    case Target:
        return r.targetClusterName.isEmpty() ? (r.kind == RestoreKind::Download ? tr("download") : dash())
                                             : place(r.targetGroupId, r.targetClusterName, r.groupId);
    case Started: return formatUtcShort(r.started);
    case Finished: return formatUtcShort(r.finished);
    case Duration: {
        if (!r.started.isValid()) return dash();
        const QDateTime end = r.finished.isValid() ? r.finished : (ended(r.state) ? QDateTime() : m_now);
        return end.isValid() ? durationText(r.started.secsTo(end)) : dash();
    }
    case Link: {
        const QString url = validLink(r);
        if (url.isEmpty()) return r.downloadUrls.isEmpty() ? QString() : tr("expired");
        return r.linkExpires.isValid() ? tr("Download (until %1)").arg(formatUtcShort(r.linkExpires)) : tr("Download");
    }
    }
    return {};
}

QVariant RestoreJobsModel::sortValue(const Row &r, int column) const
{
    switch (column) {
    case Started: return r.started;
    case Finished: return r.finished;
    case Duration:
        return r.started.isValid() ? r.started.secsTo(r.finished.isValid() ? r.finished : m_now) : qint64(-1);
    case Status: return int(r.state);
    default: return display(r, column).toString().toLower();
    }
}

QVariant RestoreJobsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole: return display(r, index.column());
    case SortRole: return sortValue(r, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Status && !r.note.isEmpty()) return r.note;
        if (index.column() == Link && !validLink(r).isEmpty())
            return tr("A one-time link to the archive; it is not kept by Lifeboat.");
        return {};
    case Qt::ForegroundRole:
        if (index.column() == Link && !validLink(r).isEmpty())
            return qobject_cast<QGuiApplication *>(QCoreApplication::instance())
                       ? QVariant(QGuiApplication::palette().color(QPalette::Link))
                       : QVariant();
        return {};
    case JobIdRole: return r.jobId;
    case GroupIdRole: return r.groupId;
    case ClusterNameRole: return r.clusterName;
    case FamilyRole: return int(r.family);
    case StateRole: return int(r.state);
    case RunningRole: return !ended(r.state) && r.state != RestoreState::Unknown;
    case DownloadUrlRole: return validLink(r);
    }
    return {};
}

QVariant RestoreJobsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
    case Status: return tr("Status");
    case Kind: return tr("Kind");
    case Source: return tr("Source");
    case Snapshot: return tr("Snapshot");
    case Target: return tr("Target");
    case Started: return tr("Started (UTC)");
    case Finished: return tr("Finished (UTC)");
    case Duration: return tr("Duration");
    case Link: return tr("Download link");
    }
    return {};
}

}  // namespace lifeboat::itemmodels
