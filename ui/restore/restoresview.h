#pragma once
// Restore jobs in a table: a cluster's Restores tab (its restores and the ones onto it)
// or the estate's list. Rows come from the cache through a job; running ones move live
// with the watch; a download link shows while it is valid (never cached). Cancel and
// "Open link" act on the selected row.
#include "itemmodels/restorejobsmodel.h"
#include "jobs/estate.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace lifeboat::ui {

class RestoreJobs;

class RestoresView : public QWidget {
    Q_OBJECT
public:
    explicit RestoresView(QWidget *parent = nullptr);

    void setJobs(RestoreJobs *jobs);
    // A cluster's tab (both empty: the whole estate).
    void setScope(const QString &groupId, const QString &clusterName);
    void setProjectNames(const QHash<QString, QString> &namesById);
    // What the cluster's cached detail holds, shown at once; reload() asks the job for the rest.
    void setClusterDetail(const jobs::ClusterDetail &detail, const QDateTime &now);
    void reload();

    itemmodels::RestoreJobsModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *openLinkButton() const { return m_openLink; }

private:
    void updateButtons();
    bool inScope(const QString &groupId, const QString &clusterName, const QString &targetGroupId,
                 const QString &targetCluster) const;

    QPointer<RestoreJobs> m_jobs;
    itemmodels::RestoreJobsModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    QLineEdit *m_filter;
    QLabel *m_count;
    QPushButton *m_cancel, *m_openLink, *m_refresh;
    QString m_groupId, m_clusterName;
    quint64 m_loadJob = 0;
};

}  // namespace lifeboat::ui
