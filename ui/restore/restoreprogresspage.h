#pragma once
// The wizard's last page: the restore as it runs (state, percent, step, the download
// links while they are valid), with Cancel while it runs. Closing the wizard does not
// stop anything: the controller keeps following the restore.
#include "jobs/restore.h"

#include <QWizardPage>

class QLabel;
class QProgressBar;
class QPushButton;

namespace lifeboat::ui {

class RestoreWizard;

class RestoreProgressPage : public QWizardPage {
    Q_OBJECT
public:
    explicit RestoreProgressPage(RestoreWizard *wizard);

    void submit(const QString &typedName, const QString &reason);
    bool isComplete() const override { return true; }  // Close is always possible
    bool isCommitPage() const { return false; }

    const jobs::RestoreRef &ref() const { return m_ref; }
    bool hasEnded() const { return m_ended; }
    bool startFailed() const { return m_failed; }
    domain::RestoreState state() const { return m_state; }
    QLabel *stateLabel() const { return m_stateLabel; }
    QProgressBar *progressBar() const { return m_bar; }
    QPushButton *cancelButton() const { return m_cancel; }
    QLabel *linksLabel() const { return m_links; }
    QLabel *stepLabel() const { return m_step; }

signals:
    void started(const lifeboat::jobs::RestoreRef &ref);

private:
    void onProgress(const jobs::RestoreProgress &p);
    bool isMine(const jobs::RestoreRef &r) const;

    RestoreWizard *m_wizard;
    QLabel *m_stateLabel;
    QLabel *m_step;
    QProgressBar *m_bar;
    QPushButton *m_cancel;
    QLabel *m_links;
    quint64 m_startJob = 0;
    jobs::RestoreRef m_ref;
    domain::RestoreState m_state = domain::RestoreState::Unknown;
    bool m_ended = false;
    bool m_failed = false;
};

}  // namespace lifeboat::ui
