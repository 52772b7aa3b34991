#pragma once
// "Take snapshot now…": the action (cluster toolbar, snapshot table's context menu),
// enabled only where a snapshot can be taken and otherwise saying why, and the small
// dialog it opens (description, retention with its rule shown beside the field). The
// snapshot is taken by TakeSnapshotJob on the worker; the new row arrives through the
// scoped cache refresh like any other change.
#include "domain/ondemandsnapshot.h"
#include "jobs/estate.h"

#include <QDialog>
#include <QPointer>

class QAction;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QWidget;

namespace lifeboat::jobs {
class JobRunner;
struct JobResult;
}  // namespace lifeboat::jobs

namespace lifeboat::ui {

class TakeSnapshotDialog : public QDialog {
    Q_OBJECT
public:
    // A compliance policy's on-demand item sets the shortest retention allowed.
    TakeSnapshotDialog(const QString &clusterName, const std::optional<domain::CompliancePolicy> &compliance,
                       QWidget *parent = nullptr);

    domain::OnDemandSnapshotRequest request() const;
    QLineEdit *descriptionEdit() const { return m_description; }
    QSpinBox *retentionEdit() const { return m_retention; }
    QLabel *retentionReason() const { return m_retentionReason; }
    QPushButton *takeButton() const;

private:
    void validate();

    std::optional<domain::CompliancePolicy> m_compliance;
    QLineEdit *m_description;
    QSpinBox *m_retention;
    QLabel *m_retentionReason;
    QLabel *m_descriptionReason;
    QDialogButtonBox *m_buttons;
};

// Owns the action; the main window tells it the runner and the cluster on screen.
class TakeSnapshotController : public QObject {
    Q_OBJECT
public:
    explicit TakeSnapshotController(QWidget *window);

    QAction *action() const { return m_action; }
    // Adds the action to a view's context menu (the snapshot table).
    void addToContextMenu(QWidget *view);
    void setRunner(jobs::JobRunner *runner);
    void setCluster(const jobs::ClusterDetail &detail);
    void clear();                                            // no cluster on screen
    TakeSnapshotDialog *dialog() const { return m_dialog; }  // the open one, for tests

signals:
    void message(const QString &text);  // how it went, in words
    void snapshotTaken(const QString &snapshotId);

private:
    void open();
    void submit();
    void onResult(const jobs::JobResult &result);

    QWidget *m_window;
    QAction *m_action;
    QPointer<jobs::JobRunner> m_runner;
    QPointer<TakeSnapshotDialog> m_dialog;
    QString m_groupId, m_clusterName;
    std::optional<domain::CompliancePolicy> m_compliance;
    QHash<quint64, QString> m_submitted;  // job id -> cluster name
};

}  // namespace lifeboat::ui
