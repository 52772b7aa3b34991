#pragma once
// The restore wizard: Source -> Destination -> Pre-flight -> Review -> Progress.
// Each page asks the domain (through the item models and the wizard's facts) what is
// allowed and says why; the pre-flight and the start are jobs on the worker
// (RestoreJobs), so the GUI thread never talks to the server or the cache. Closing the
// wizard after Start leaves the restore followed by the controller.
#include "domain/pitwindow.h"
#include "domain/restore.h"
#include "jobs/estate.h"
#include "jobs/restore.h"

#include <QWizard>

namespace lifeboat::ui {

class RestoreJobs;
class RestoreSourcePage;
class RestoreDestinationPage;
class RestorePreflightPage;
class RestoreReviewPage;
class RestoreProgressPage;

struct RestoreWizardInput {
    jobs::ClusterDetail source;  // the source cluster as cached: snapshots, schedule, restores
    QString sourceProjectName;
    jobs::Estate estate;  // every cluster of every project the profile sees
    domain::RestoreKind kind = domain::RestoreKind::Automated;
    QString snapshotId;  // preselected (empty: the newest completed one)
    QDateTime now;       // the best known "now" of the server (the pre-flight reads it fresh)
};

class RestoreWizard : public QWizard {
    Q_OBJECT
public:
    enum PageId { SourcePageId, DestinationPageId, PreflightPageId, ReviewPageId, ProgressPageId };

    RestoreWizard(RestoreJobs *jobs, const RestoreWizardInput &input, QWidget *parent = nullptr);

    const RestoreWizardInput &input() const { return m_input; }
    RestoreJobs *jobs() const { return m_jobs; }
    // The plan as the pages have filled it so far.
    domain::RestorePlan &plan() { return m_plan; }
    const domain::RestorePlan &plan() const { return m_plan; }
    // What Lifeboat knows of the source (from the cache), for the Source and Destination pages.
    domain::RestoreFacts sourceFacts() const;
    QString projectName(const QString &groupId) const;
    QString snapshotText(const QString &snapshotId) const;  // "2026-12-01 06:00 UTC (daily)"
    // What the domain says about the source alone (no target yet), for the plan as it stands.
    domain::Findings sourceFindings() const;
    // Why a kind cannot be chosen for this source at all (M0, Flex, no continuous backup, ...).
    domain::Findings kindBlockers(domain::RestoreKind kind) const;
    std::optional<domain::PitWindow> pitWindowNow() const;
    QList<QPair<QDateTime, QDateTime>> pitBlackouts() const;
    std::optional<qint64> estimateSeconds() const;  // from past restores of a similar size

    RestoreSourcePage *sourcePage() const { return m_sourcePage; }
    RestoreDestinationPage *destinationPage() const { return m_destinationPage; }
    RestorePreflightPage *preflightPage() const { return m_preflightPage; }
    RestoreReviewPage *reviewPage() const { return m_reviewPage; }
    RestoreProgressPage *progressPage() const { return m_progressPage; }

    // The restore this wizard started (empty jobId until Start answered).
    jobs::RestoreRef startedRef() const;

signals:
    void restoreStarted(const lifeboat::jobs::RestoreRef &ref);

private:
    RestoreJobs *m_jobs;
    RestoreWizardInput m_input;
    domain::RestorePlan m_plan;
    RestoreSourcePage *m_sourcePage;
    RestoreDestinationPage *m_destinationPage;
    RestorePreflightPage *m_preflightPage;
    RestoreReviewPage *m_reviewPage;
    RestoreProgressPage *m_progressPage;
};

}  // namespace lifeboat::ui
