#include "restore/restoreprogresspage.h"

#include "itemmodels/restoreformat.h"
#include "itemmodels/snapshotformat.h"
#include "restore/restorejobs.h"
#include "restore/restorewizard.h"

#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace lifeboat::ui {

using namespace lifeboat::domain;

static bool ended(RestoreState s)
{
    return isEnded(s);
}

RestoreProgressPage::RestoreProgressPage(RestoreWizard *wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    setObjectName(QStringLiteral("restoreProgressPage"));
    setTitle(tr("Restoring"));
    setSubTitle(tr("You can close this window: Lifeboat keeps following the restore (status bar, the Restores tab) "
                   "and tells you when it ends."));
    setFinalPage(true);
    m_stateLabel = new QLabel(this);
    m_stateLabel->setObjectName(QStringLiteral("progressState"));
    m_stateLabel->setWordWrap(true);
    m_stateLabel->setTextFormat(Qt::RichText);
    m_bar = new QProgressBar(this);
    m_bar->setObjectName(QStringLiteral("progressBar"));
    m_bar->setRange(0, 0);
    m_step = new QLabel(this);
    m_step->setObjectName(QStringLiteral("progressStep"));
    m_step->setWordWrap(true);
    m_cancel = new QPushButton(tr("&Cancel the restore"), this);
    m_cancel->setObjectName(QStringLiteral("cancelRestore"));
    m_cancel->setEnabled(false);
    m_links = new QLabel(this);
    m_links->setObjectName(QStringLiteral("downloadLinks"));
    m_links->setOpenExternalLinks(true);
    m_links->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_links->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_stateLabel);
    layout->addWidget(m_bar);
    layout->addWidget(m_step);
    layout->addWidget(m_links);
    auto *row = new QHBoxLayout;
    row->addWidget(m_cancel);
    row->addStretch(1);
    layout->addLayout(row);
    layout->addStretch(1);

    RestoreJobs *jobs = m_wizard->jobs();
    connect(jobs, &RestoreJobs::started, this, [this](quint64 id, const jobs::RestoreRef &ref) {
        if (id != m_startJob) return;
        m_ref = ref;
        const QString unsupported = jobs::cancelUnsupportedReason(ref.kind);
        m_cancel->setEnabled(unsupported.isEmpty());
        m_cancel->setToolTip(unsupported);
        m_stateLabel->setText(tr("Atlas accepted the restore (job %1). Waiting for it to start…").arg(ref.jobId));
        emit started(ref);
    });
    connect(jobs, &RestoreJobs::startFailed, this,
            [this](quint64 id, const QString &message, const QStringList &reasons) {
                if (id != m_startJob) return;
                m_failed = true;
                m_ended = true;
                m_bar->setRange(0, 1);
                m_bar->setValue(0);
                QString text = tr("<b>The restore was not started:</b> %1").arg(message.toHtmlEscaped());
                for (const QString &r : reasons) text += QStringLiteral("<br>• ") + r.toHtmlEscaped();
                m_stateLabel->setText(text);
                setTitle(tr("Not started"));
            });
    connect(jobs, &RestoreJobs::progress, this, &RestoreProgressPage::onProgress);
    connect(jobs, &RestoreJobs::cancelled, this, [this](quint64, bool ok, const QString &message) {
        if (!ok) m_step->setText(tr("Cancel failed: %1").arg(message));
    });
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_ref.jobId.isEmpty()) return;
        m_cancel->setEnabled(false);
        m_step->setText(tr("Asking Atlas to cancel…"));
        m_wizard->jobs()->cancel(m_ref);
    });
}

void RestoreProgressPage::submit(const QString &typedName, const QString &reason)
{
    if (m_startJob) return;  // never twice
    m_stateLabel->setText(tr("Checking once more and sending the restore…"));
    m_startJob = m_wizard->jobs()->start(m_wizard->plan(), typedName, reason);
}

bool RestoreProgressPage::isMine(const jobs::RestoreRef &r) const
{
    return !m_ref.jobId.isEmpty() && r.jobId == m_ref.jobId && r.kind == m_ref.kind;
}

void RestoreProgressPage::onProgress(const jobs::RestoreProgress &p)
{
    if (!isMine(p.ref)) return;
    m_state = p.state;
    const QString target = p.targetClusterName.isEmpty() ? m_wizard->plan().targetClusterName : p.targetClusterName;
    m_stateLabel->setText(tr("<b>%1</b> — %2")
                              .arg(itemmodels::restoreStateText(p.state).toHtmlEscaped(),
                                   target.isEmpty() ? tr("download") : target.toHtmlEscaped()));
    m_step->setText(p.step);
    if (p.percent >= 0) {
        m_bar->setRange(0, 100);
        m_bar->setValue(p.percent);
    }
    if (!p.downloadUrls.isEmpty()) {
        QStringList links;
        for (const QString &u : p.downloadUrls)
            links << QStringLiteral("<a href=\"%1\">%2</a>").arg(u.toHtmlEscaped(), u.toHtmlEscaped());
        m_links->setText(
            tr("Download (a one-time link, not kept by Lifeboat):<br>%1").arg(links.join(QStringLiteral("<br>"))));
    }
    if (ended(p.state)) {
        m_ended = true;
        m_cancel->setEnabled(false);
        m_bar->setRange(0, 100);
        m_bar->setValue(p.state == RestoreState::Finished || p.state == RestoreState::DownloadReady ? 100
                                                                                                    : m_bar->value());
        setTitle(p.state == RestoreState::Finished || p.state == RestoreState::DownloadReady ? tr("Restore finished")
                                                                                             : tr("Restore ended"));
        if (p.finishedAt.isValid()) m_step->setText(tr("Ended at %1.").arg(itemmodels::formatUtc(p.finishedAt)));
    }
}

}  // namespace lifeboat::ui
