#pragma once
// The Review of a backup policy edit, over the checks the worker ran with facts read
// fresh: before and after side by side, snapshots kept and their storage, the existing
// snapshots whose expiry moves, what the rules (the compliance policy among them) say.
// Apply asks the tab to run the job; the outcome read back is shown here: what the
// server made of the edit and any difference from what was asked.
#include "jobs/jobresult.h"
#include "jobs/policy.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace lifeboat::ui {

class PolicyReviewDialog : public QDialog {
    Q_OBJECT
public:
    PolicyReviewDialog(const QString &clusterName, const jobs::PolicyValidation &validation, QWidget *parent = nullptr);

    void showOutcome(const jobs::JobResult &result);  // the apply job's end

    QTreeWidget *changesView() const { return m_changes; }
    QLabel *impactLabel() const { return m_impact; }
    QLabel *outcomeLabel() const { return m_outcome; }
    QPushButton *applyButton() const { return m_apply; }

    // Plain words for a diff entry's setting and values (the CLI keeps the stable forms).
    static QString fieldText(const domain::PolicyDiff &diff);
    static QString valueText(const domain::PolicyDiff &diff, bool after);

signals:
    void applyRequested();

private:
    jobs::PolicyValidation m_validation;
    QTreeWidget *m_changes;
    QTreeWidget *m_findings;
    QLabel *m_impact;
    QLabel *m_outcome;
    QPushButton *m_apply;
    QPushButton *m_close;
};

}  // namespace lifeboat::ui
