#pragma once
// The Snapshots view of one cluster: the timeline above a sortable, filterable table
// and a details pane, with one selection shared by all three.
#include "domain/types.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QModelIndex;

namespace lifeboat::itemmodels {
class SnapshotTableModel;
class SnapshotFilterModel;
}  // namespace lifeboat::itemmodels

namespace lifeboat::ui {

class TimelineWidget;
class SnapshotDetails;

class SnapshotsPane : public QWidget
{
    Q_OBJECT
public:
    explicit SnapshotsPane(QWidget *parent = nullptr);

    void setSnapshots(const QList<domain::Snapshot> &snapshots, const QDateTime &pitFrom = {},
                      const QDateTime &pitTo = {});
    void setFlexSnapshots(const QList<domain::FlexSnapshot> &snapshots);

    bool selectSnapshot(const QString &id);
    QString selectedSnapshotId() const { return m_selectedId; }

    TimelineWidget *timeline() const { return m_timeline; }
    QTableView *table() const { return m_table; }
    SnapshotDetails *details() const { return m_details; }
    QLineEdit *filterEdit() const { return m_filter; }
    itemmodels::SnapshotTableModel *model() const { return m_model; }
    itemmodels::SnapshotFilterModel *filterModel() const { return m_proxy; }

signals:
    void snapshotSelected(const QString &id);

private:
    QWidget *buildFilterBar();
    void applyFilters();
    void updateCount();
    void onTimelineSelected(const QString &id);
    void onTableCurrentChanged(const QModelIndex &current);
    void follow(const QString &id, bool moveTimeline, bool moveTable);
    void afterDataChanged();

    itemmodels::SnapshotTableModel *m_model = nullptr;
    itemmodels::SnapshotFilterModel *m_proxy = nullptr;
    TimelineWidget *m_timeline = nullptr;
    QTableView *m_table = nullptr;
    SnapshotDetails *m_details = nullptr;
    QLineEdit *m_filter = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_type = nullptr;
    QComboBox *m_frequency = nullptr;
    QLabel *m_count = nullptr;
    QString m_selectedId;
    bool m_syncing = false;  // set while one side follows the other, so they do not echo
};

}  // namespace lifeboat::ui
