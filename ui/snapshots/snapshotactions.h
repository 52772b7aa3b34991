#pragma once
// "Change expiry…" and "Delete snapshot…" beside "Take snapshot now…": the actions follow
// the selected snapshot and are off with the reason where Atlas would refuse (not completed,
// expired, a compliance policy forbids deleting and shortening, a missing role); each opens a
// small dialog that checks as typed (domain/snapshotactions.h) and asks for confirmation —
// deleting needs the snapshot's id typed. SnapshotChangeJob checks again with fresh facts.
#include "domain/finding.h"
#include "domain/snapshot.h"
#include "jobs/estate.h"

#include <QDialog>
#include <QPointer>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace lifeboat::jobs {
class JobRunner;
struct JobResult;
}  // namespace lifeboat::jobs

namespace lifeboat::ui {

class ChangeExpiryDialog : public QDialog {
    Q_OBJECT
public:
    ChangeExpiryDialog(const domain::Snapshot &snapshot, const std::optional<domain::CompliancePolicy> &compliance,
                       QWidget *parent = nullptr);
    domain::RetentionUnit unit() const;
    int value() const;
    QSpinBox *valueEdit() const { return m_value; }
    QComboBox *unitBox() const { return m_unit; }
    QLabel *reasonLabel() const { return m_reason; }
    QPushButton *okButton() const { return m_ok; }

private:
    void validate();

    domain::Snapshot m_snapshot;
    std::optional<domain::CompliancePolicy> m_compliance;
    QSpinBox *m_value;
    QComboBox *m_unit;
    QLabel *m_expiry, *m_reason;
    QPushButton *m_ok;
};

class DeleteSnapshotDialog : public QDialog {
    Q_OBJECT
public:
    DeleteSnapshotDialog(const domain::Snapshot &snapshot, const domain::Findings &findings, QWidget *parent = nullptr);
    QLineEdit *confirmEdit() const { return m_confirm; }
    QPushButton *deleteButton() const { return m_delete; }

private:
    QLineEdit *m_confirm;
    QPushButton *m_delete;
};

class SnapshotActionsController : public QObject {
    Q_OBJECT
public:
    explicit SnapshotActionsController(QWidget *window);

    QAction *expireAction() const { return m_expire; }
    QAction *deleteAction() const { return m_delete; }
    void addToContextMenu(QWidget *view);
    void setRunner(jobs::JobRunner *runner);
    void setCluster(const jobs::ClusterDetail &detail);
    void setSelectedSnapshot(const QString &id);
    void clear();
    QDialog *dialog() const { return m_dialog; }  // the open one, for tests

signals:
    void message(const QString &text);
    void snapshotChanged(const QString &snapshotId);

private:
    void update();
    void openExpire();
    void openDelete();
    void onResult(const jobs::JobResult &result);
    const domain::Snapshot *selected() const;

    QWidget *m_window;
    QAction *m_expire, *m_delete;
    QPointer<jobs::JobRunner> m_runner;
    QPointer<QDialog> m_dialog;
    QString m_groupId, m_clusterName, m_selectedId;
    bool m_isFlex = false;
    QList<domain::Snapshot> m_snapshots;
    std::optional<domain::CompliancePolicy> m_compliance;
    QHash<quint64, QString> m_submitted;  // job id -> snapshot id
};

}  // namespace lifeboat::ui
