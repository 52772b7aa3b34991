#pragma once
// Enabling or editing a project's Backup Compliance Policy: the settings (the items with the
// floor the current policy sets, continuous backup and its window, encryption at rest, copy
// protection, the representative), checked as typed by domain::checkComplianceChange; a
// review over facts read fresh (what Lifeboat refuses, which clusters' policies it raises);
// then the confirmation: the project's name typed and the acknowledgement that only MongoDB
// Support can lift the policy. The job (ApplyComplianceJob) checks everything again.
#include "domain/compliancerules.h"
#include "jobs/compliance.h"

#include <QPointer>
#include <QWizard>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;
class QTableView;
class QTreeWidget;

namespace lifeboat::jobs {
class JobRunner;
struct JobResult;
}  // namespace lifeboat::jobs
namespace lifeboat::itemmodels {
class PolicyItemsModel;
}

namespace lifeboat::ui {

class ComplianceWizard : public QWizard {
    Q_OBJECT
public:
    enum Page { SettingsPage, ReviewPage, ConfirmPage };

    ComplianceWizard(jobs::JobRunner *runner, const QString &groupId, const QString &projectName,
                     const std::optional<domain::CompliancePolicy> &current, QWidget *parent = nullptr);

    domain::ComplianceChange change() const;
    domain::Findings findings() const { return m_findings; }
    bool isApplied() const { return m_applied; }

    // For tests.
    QLineEdit *firstNameEdit() const { return m_first; }
    QLineEdit *lastNameEdit() const { return m_last; }
    QLineEdit *emailEdit() const { return m_email; }
    QLabel *emailReason() const { return m_emailReason; }
    itemmodels::PolicyItemsModel *itemsModel() const { return m_items; }
    QTableView *itemsView() const { return m_itemsView; }
    QTreeWidget *reviewView() const { return m_review; }
    QLineEdit *confirmEdit() const { return m_confirm; }
    QCheckBox *acknowledgeBox() const { return m_acknowledge; }
    QLabel *confirmStatus() const { return m_confirmStatus; }

signals:
    void applied(const jobs::ComplianceOutcome &outcome);

private:
    friend class ComplianceSettingsPage;
    friend class ComplianceReviewPage;
    friend class ComplianceConfirmPage;
    QWizardPage *buildSettings();
    QWizardPage *buildReview();
    static QString changeText(const domain::PolicyDiff &d);
    QWizardPage *buildConfirm();
    void recheck();
    void onResult(const jobs::JobResult &result);
    void showReview(const jobs::ComplianceValidation &validation);

    QPointer<jobs::JobRunner> m_runner;
    QString m_groupId, m_projectName;
    std::optional<domain::CompliancePolicy> m_current;
    domain::ComplianceFacts m_facts;
    domain::Findings m_findings;
    quint64 m_factsJob = 0, m_reviewJob = 0, m_applyJob = 0;
    bool m_reviewed = false, m_reviewAllowed = false, m_applied = false;

    QLineEdit *m_first, *m_last, *m_email;
    QLabel *m_emailReason;
    QCheckBox *m_encryption, *m_copyProtection, *m_pit, *m_overwrite;
    QSpinBox *m_window;
    QLabel *m_windowReason;
    QSpinBox *m_onDemandValue;
    QComboBox *m_onDemandUnit;
    QLabel *m_onDemandReason;
    itemmodels::PolicyItemsModel *m_items;
    QTableView *m_itemsView;
    QListWidget *m_settingsFindings;
    QLabel *m_reviewStatus;
    QTreeWidget *m_review;
    QLabel *m_warning;
    QLineEdit *m_confirm;
    QCheckBox *m_acknowledge;
    QLabel *m_confirmStatus;
};

}  // namespace lifeboat::ui
