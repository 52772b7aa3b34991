#pragma once
// The Snapshots view of one cluster: the timeline above a sortable, filterable table
// and a details pane, with one selection shared by all three.
#include "domain/types.h"

#include <QWidget>

class QComboBox;
class QSplitter;
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

class SnapshotsPane : public QWidget {
    Q_OBJECT
public:
    explicit SnapshotsPane(QWidget *parent = nullptr);

    void setSnapshots(const QList<domain::Snapshot> &snapshots, const QDateTime &pitFrom = {},
                      const QDateTime &pitTo = {});
    void setFlexSnapshots(const QList<domain::FlexSnapshot> &snapshots);

    // The next data is another cluster's: the timeline shows its newest snapshots for the
    // chosen span instead of keeping the period on screen.
    void resetView();
    // The cluster's encryption-at-rest provider and policy items, for the details pane.
    void setClusterContext(const QString &encryptionAtRestProvider, const QList<domain::PolicyItem> &policyItems);
    QByteArray saveLayout() const;  // splitters and table columns
    void restoreLayout(const QByteArray &state);

    bool selectSnapshot(const QString &id);
    QString selectedSnapshotId() const { return m_selectedId; }

    TimelineWidget *timeline() const { return m_timeline; }
    QTableView *table() const { return m_table; }
    SnapshotDetails *details() const { return m_details; }
    QLineEdit *filterEdit() const { return m_filter; }
    QComboBox *spanBox() const { return m_span; }
    itemmodels::SnapshotTableModel *model() const { return m_model; }
    itemmodels::SnapshotFilterModel *filterModel() const { return m_proxy; }

signals:
    void snapshotSelected(const QString &id);
    void snapshotActivated(const QString &id);  // double click in the timeline or the table

private:
    QWidget *buildFilterBar();
    void applyFilters();
    void updateCount();
    void onTimelineSelected(const QString &id);
    void onTableCurrentChanged(const QModelIndex &current);
    void follow(const QString &id, bool moveTimeline, bool moveTable);
    void afterDataChanged();
    void applySpan();
    void updateTimeline();

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
    QComboBox *m_span = nullptr;
    QSplitter *m_vertical = nullptr;
    QSplitter *m_bottom = nullptr;
    bool m_viewReset = true;  // apply the span preset on the next data
    bool m_applyingSpan = false;
    bool m_columnsRestored = false;
    QString m_selectedId;
    bool m_syncing = false;  // set while one side follows the other, so they do not echo
};

}  // namespace lifeboat::ui
