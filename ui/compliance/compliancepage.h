#pragma once
// The Backup Compliance Policy page of a project (shown when a project is picked in the
// navigator): every field of the policy, its state, who changed it and when, read fresh
// from the server; Enable…/Edit… open the ComplianceWizard; Disable… only where Atlas
// allows it (an empty project), otherwise off with the reason, and with the name typed.
#include "compliance/compliancewizard.h"
#include "jobs/compliance.h"
#include "jobs/estate.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace lifeboat::jobs {
class JobRunner;
struct JobResult;
}  // namespace lifeboat::jobs

namespace lifeboat::ui {

class CompliancePage : public QWidget {
    Q_OBJECT
public:
    explicit CompliancePage(QWidget *parent = nullptr);

    void setRunner(jobs::JobRunner *runner);
    // The project picked: its summary from the estate (clusters); the policy is read fresh.
    void setProject(const jobs::ProjectSummary &project);
    QString groupId() const { return m_project.project.id; }
    std::optional<domain::CompliancePolicy> policy() const { return m_policy; }
    bool isRead() const { return m_read; }

    // For tests.
    QLabel *stateLabel() const { return m_state; }
    QTreeWidget *fieldsView() const { return m_fields; }
    QPushButton *enableButton() const { return m_enable; }
    QPushButton *disableButton() const { return m_disable; }
    ComplianceWizard *wizard() const { return m_wizard; }
    QWidget *disableDialog() const { return m_disableDialog; }

signals:
    void message(const QString &text);
    void changed(const QString &groupId);  // enabled, edited or disabled

private:
    void show(const std::optional<domain::CompliancePolicy> &policy);
    void onResult(const jobs::JobResult &result);
    void openWizard();
    void openDisable();
    void updateDisable();

    QPointer<jobs::JobRunner> m_runner;
    jobs::ProjectSummary m_project;
    std::optional<domain::CompliancePolicy> m_policy;
    bool m_read = false;
    quint64 m_readJob = 0, m_disableJob = 0;
    QLabel *m_title, *m_state;
    QTreeWidget *m_fields;
    QPushButton *m_enable, *m_disable;
    QPointer<ComplianceWizard> m_wizard;
    QPointer<QWidget> m_disableDialog;
    QLabel *m_disableStatus = nullptr;
};

}  // namespace lifeboat::ui
