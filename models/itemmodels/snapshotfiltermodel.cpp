#include "itemmodels/snapshotfiltermodel.h"

#include "itemmodels/snapshottablemodel.h"

namespace lifeboat::itemmodels {

SnapshotFilterModel::SnapshotFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(SnapshotTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void SnapshotFilterModel::setText(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == m_text) return;
    m_text = t;
    invalidateRowsFilter();
}

void SnapshotFilterModel::setStatuses(const QSet<domain::SnapshotStatus> &statuses)
{
    if (statuses == m_statuses) return;
    m_statuses = statuses;
    invalidateRowsFilter();
}

void SnapshotFilterModel::setTypes(const QSet<domain::SnapshotType> &types)
{
    if (types == m_types) return;
    m_types = types;
    invalidateRowsFilter();
}

void SnapshotFilterModel::setFrequencies(const QSet<domain::Frequency> &frequencies)
{
    if (frequencies == m_frequencies) return;
    m_frequencies = frequencies;
    invalidateRowsFilter();
}

bool SnapshotFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *src = sourceModel();
    const QModelIndex idx = src->index(sourceRow, 0, sourceParent);
    if (!m_statuses.isEmpty() &&
        !m_statuses.contains(domain::SnapshotStatus(idx.data(SnapshotTableModel::StatusRole).toInt())))
        return false;
    if (!m_types.isEmpty() && !m_types.contains(domain::SnapshotType(idx.data(SnapshotTableModel::TypeRole).toInt())))
        return false;
    if (!m_frequencies.isEmpty() &&
        !m_frequencies.contains(domain::Frequency(idx.data(SnapshotTableModel::FrequencyRole).toInt())))
        return false;
    if (!m_text.isEmpty()) {
        // Every word must appear somewhere: "failed daily" finds failed daily snapshots.
        const QString hay = idx.data(SnapshotTableModel::SearchTextRole).toString();
        for (const QStringView word : QStringView(m_text).split(u' ', Qt::SkipEmptyParts))
            if (!hay.contains(word)) return false;
    }
    return true;
}

}  // namespace lifeboat::itemmodels
