#pragma once
// The Backup Policy tab of one cluster: the schedule as an editor (snapshot time in UTC
// and local time, the items, restore window, "apply retention changes to existing
// snapshots", copy regions, auto-export), every field checked as typed by
// domain::checkPolicyChange with the reason beside it and the compliance floor per item.
// Save asks the worker for the checks and the review over facts read fresh and opens the
// Review; Apply runs ApplyPolicyJob there. The GUI thread only runs the pure rules.
#include "domain/policyrules.h"
#include "jobs/estate.h"
#include "jobs/policy.h"
#include "policy/policyreviewdialog.h"

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTableView;
class QTableWidget;
class QTimeEdit;
class QToolButton;

namespace lifeboat::jobs {
class JobRunner;
struct JobResult;
}  // namespace lifeboat::jobs
namespace lifeboat::itemmodels {
class PolicyItemsModel;
}

namespace lifeboat::ui {

class BackupPolicyTab : public QWidget {
    Q_OBJECT
public:
    explicit BackupPolicyTab(QWidget *parent = nullptr);

    void setRunner(jobs::JobRunner *runner);
    // The cluster on screen (from the cache); a new cluster drops unsaved edits, the same
    // cluster again keeps them. Asks the worker for the schedule and facts read fresh.
    void setCluster(const jobs::ClusterDetail &detail);
    void clear();

    domain::PolicyChange change() const;  // what the editor holds now
    domain::Findings findings() const { return m_findings; }
    bool isEdited() const;

    // For tests.
    itemmodels::PolicyItemsModel *itemsModel() const { return m_items; }
    QTableView *itemsView() const { return m_itemsView; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *revertButton() const { return m_revert; }
    QCheckBox *updateSnapshotsBox() const { return m_updateSnapshots; }
    QSpinBox *restoreWindowEdit() const { return m_restoreWindow; }
    QLabel *stateLabel() const { return m_state; }
    PolicyReviewDialog *review() const { return m_review; }
    bool hasFreshFacts() const { return m_fresh; }
    QString clusterName() const { return m_clusterName; }

signals:
    void message(const QString &text);
    void applied(const QString &groupId, const QString &clusterName);

private:
    QWidget *buildScheduleBox();
    QWidget *buildItemsBox();
    QWidget *buildCopiesBox();
    QWidget *buildExportBox();
    void fill(const domain::BackupSchedule &schedule);
    void recheck();
    void updateLocalTime();
    void onResult(const jobs::JobResult &result);
    void openReview(jobs::PolicyValidation validation);
    void removeSelectedItem();
    void updateRemoveButton();
    QList<domain::CopySetting> copySettings() const;
    void fillBuckets(const QString &currentId);
    void addCopyRow(const domain::CopySetting &c);
    QString bucketId() const;

    QPointer<jobs::JobRunner> m_runner;
    QString m_groupId, m_clusterName;
    domain::PolicyFacts m_facts;
    domain::BackupSchedule m_base;  // what the edit starts from (the fresh read when it came)
    bool m_fresh = false;
    bool m_filling = false;
    domain::Findings m_findings;
    quint64 m_readJob = 0, m_reviewJob = 0, m_applyJob = 0;

    QLabel *m_state;
    QTimeEdit *m_time;
    QLabel *m_localTime;
    QLabel *m_timeReason;
    itemmodels::PolicyItemsModel *m_items;
    QTableView *m_itemsView;
    QToolButton *m_add;
    QPushButton *m_remove;
    QSpinBox *m_restoreWindow;
    QLabel *m_windowReason;
    QCheckBox *m_pit;
    QCheckBox *m_updateSnapshots;
    QTableWidget *m_copies;
    QPushButton *m_addCopy, *m_removeCopy;
    QCheckBox *m_export;
    QComboBox *m_bucket, *m_exportFrequency;
    QLabel *m_exportReason;
    QListWidget *m_findingList;
    QPushButton *m_revert, *m_save;
    QPointer<PolicyReviewDialog> m_review;
};

}  // namespace lifeboat::ui
