#include "restore/restorewizard.h"

#include "itemmodels/restoreentry.h"
#include "itemmodels/snapshotformat.h"
#include "restore/restoredestinationpage.h"
#include "restore/restorejobs.h"
#include "restore/restorepreflightpage.h"
#include "restore/restoreprogresspage.h"
#include "restore/restorereviewpage.h"
#include "restore/restoresourcepage.h"

#include <QAbstractButton>
#include <QScreen>

namespace lifeboat::ui {

using namespace lifeboat::domain;

RestoreWizard::RestoreWizard(RestoreJobs *jobs, const RestoreWizardInput &input, QWidget *parent)
    : QWizard(parent), m_jobs(jobs), m_input(input)
{
    setObjectName(QStringLiteral("restoreWizard"));
    setWindowTitle(tr("Restore from %1").arg(input.source.clusterName));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setOption(QWizard::HaveHelpButton, false);
    if (!m_input.now.isValid()) m_input.now = QDateTime::currentDateTimeUtc();
    m_plan.kind = input.kind;
    m_plan.sourceGroupId = input.source.groupId;
    m_plan.sourceClusterName = input.source.clusterName;
    m_plan.sourceIsFlex = input.source.isFlex;
    m_plan.snapshotId = input.snapshotId;
    // Qt's own button words stay English without qtbase translations: say them ourselves.
    setButtonText(QWizard::NextButton, tr("&Next >"));
    setButtonText(QWizard::BackButton, tr("< &Back"));
    setButtonText(QWizard::CancelButton, tr("Cancel"));
    setButtonText(QWizard::FinishButton, tr("&Close"));

    m_sourcePage = new RestoreSourcePage(this);
    m_destinationPage = new RestoreDestinationPage(this);
    m_preflightPage = new RestorePreflightPage(this);
    m_reviewPage = new RestoreReviewPage(this);
    m_progressPage = new RestoreProgressPage(this);
    setPage(SourcePageId, m_sourcePage);
    setPage(DestinationPageId, m_destinationPage);
    setPage(PreflightPageId, m_preflightPage);
    setPage(ReviewPageId, m_reviewPage);
    setPage(ProgressPageId, m_progressPage);
    setStartId(SourcePageId);
    connect(m_progressPage, &RestoreProgressPage::started, this, &RestoreWizard::restoreStarted);
    const int ch = fontMetrics().horizontalAdvance(QLatin1Char('x'));
    const QSize want(qMax(ch * 140, 1060), qMax(fontMetrics().height() * 42, 680));
    const QRect avail = screen() ? screen()->availableGeometry() : QRect(0, 0, 1280, 800);
    resize(qMin(want.width(), avail.width() * 9 / 10), qMin(want.height(), avail.height() * 9 / 10));
}

jobs::RestoreRef RestoreWizard::startedRef() const
{
    return m_progressPage->ref();
}

QString RestoreWizard::projectName(const QString &groupId) const
{
    for (const auto &o : m_input.estate.orgs)
        for (const auto &p : o.projects)
            if (p.project.id == groupId) return p.project.name;
    if (groupId == m_input.source.groupId && !m_input.sourceProjectName.isEmpty()) return m_input.sourceProjectName;
    return groupId;
}

QString RestoreWizard::snapshotText(const QString &snapshotId) const
{
    if (snapshotId.isEmpty()) return tr("(none)");
    for (const auto &s : m_input.source.snapshots)
        if (s.id == snapshotId) {
            QString text = tr("%1 (%2, %3)")
                               .arg(itemmodels::formatUtc(s.createdAt), itemmodels::frequencyText(s.frequencyType),
                                    itemmodels::formatSize(s.storageSizeBytes));
            if (s.snapshotType.value == SnapshotType::Fallback) text += tr(" — fallback");
            return text;
        }
    for (const auto &f : m_input.source.flexSnapshots)
        if (f.id == snapshotId)
            return tr("%1 (Flex daily)")
                .arg(itemmodels::formatUtc(f.finishTime.isValid() ? f.finishTime : f.scheduledTime));
    return snapshotId;
}

RestoreFacts RestoreWizard::sourceFacts() const
{
    return itemmodels::restoreSourceFacts(m_input.source, m_plan.snapshotId, m_input.now);
}

Findings RestoreWizard::sourceFindings() const
{
    return itemmodels::restoreSourceFindings(m_plan, sourceFacts());
}

Findings RestoreWizard::kindBlockers(RestoreKind kind) const
{
    return itemmodels::restoreKindBlockers(m_input.source, kind, m_plan.snapshotId, m_input.now);
}

QList<QPair<QDateTime, QDateTime>> RestoreWizard::pitBlackouts() const
{
    return itemmodels::restoreBlackouts(sourceFacts());
}

std::optional<qint64> RestoreWizard::estimateSeconds() const
{
    return itemmodels::restoreEstimateSeconds(m_input.source, m_plan.snapshotId);
}

std::optional<PitWindow> RestoreWizard::pitWindowNow() const
{
    if (m_input.source.isFlex) return std::nullopt;
    return pitWindow(m_input.source.cluster, m_input.source.schedule, m_input.source.snapshots, m_input.now);
}

}  // namespace lifeboat::ui
