#pragma once
// The wizard's pre-flight: a job reads fresh facts (the snapshot, the target, restores
// running on it, the compliance policy, encryption, the server's clock) and runs every
// rule; each finding is listed with its severity, sentence and fix. One refusal and
// Next stays disabled: nothing can be sent.
#include "jobs/restore.h"

#include <QWizardPage>

class QLabel;
class QTreeWidget;

namespace lifeboat::ui {

class RestoreWizard;

class RestorePreflightPage : public QWizardPage {
    Q_OBJECT
public:
    explicit RestorePreflightPage(RestoreWizard *wizard);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

    bool isChecking() const { return m_job != 0; }
    bool hasResult() const { return m_done; }
    const jobs::RestoreValidation &validation() const { return m_validation; }
    QTreeWidget *findingsView() const { return m_list; }
    QLabel *statusLabel() const { return m_status; }

private:
    void show(const jobs::RestoreValidation &v);

    RestoreWizard *m_wizard;
    QTreeWidget *m_list;
    QLabel *m_status;
    quint64 m_job = 0;
    bool m_done = false;
    jobs::RestoreValidation m_validation;
};

}  // namespace lifeboat::ui
