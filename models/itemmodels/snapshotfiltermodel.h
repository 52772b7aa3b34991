#pragma once
// Narrows the snapshot table: free text (any field, case-insensitive) and sets of
// statuses, types and frequencies. An empty set means "any". Sorts by SortRole.
#include "domain/types.h"

#include <QSet>
#include <QSortFilterProxyModel>

namespace lifeboat::itemmodels {

class SnapshotFilterModel : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit SnapshotFilterModel(QObject *parent = nullptr);

    void setText(const QString &text);
    void setStatuses(const QSet<domain::SnapshotStatus> &statuses);
    void setTypes(const QSet<domain::SnapshotType> &types);
    void setFrequencies(const QSet<domain::Frequency> &frequencies);

    QString text() const { return m_text; }
    QSet<domain::SnapshotStatus> statuses() const { return m_statuses; }
    QSet<domain::SnapshotType> types() const { return m_types; }
    QSet<domain::Frequency> frequencies() const { return m_frequencies; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;  // lower case, trimmed
    QSet<domain::SnapshotStatus> m_statuses;
    QSet<domain::SnapshotType> m_types;
    QSet<domain::Frequency> m_frequencies;
};

}  // namespace lifeboat::itemmodels
