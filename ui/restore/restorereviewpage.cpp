#include "restore/restorereviewpage.h"

#include "itemmodels/restoreformat.h"
#include "restore/restoreprogresspage.h"
#include "restore/restorewizard.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace lifeboat::ui {

using namespace lifeboat::domain;

RestoreReviewPage::RestoreReviewPage(RestoreWizard *wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    setObjectName(QStringLiteral("restoreReviewPage"));
    setTitle(tr("Review and start"));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Start restore"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("reviewSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_estimate = new QLabel(this);
    m_estimate->setObjectName(QStringLiteral("reviewEstimate"));
    m_estimate->setWordWrap(true);
    m_confirmLabel = new QLabel(this);
    m_confirmLabel->setWordWrap(true);
    m_confirm = new QLineEdit(this);
    m_confirm->setObjectName(QStringLiteral("confirmTargetName"));
    m_confirm->setAccessibleName(tr("Target cluster's name, typed to confirm"));
    m_confirmLabel->setBuddy(m_confirm);
    m_confirmHint = new QLabel(this);
    m_confirmHint->setObjectName(QStringLiteral("confirmHint"));
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("restoreReason"));
    m_reason->setPlaceholderText(tr("Optional: why, for Lifeboat's local audit log (e.g. ticket 4711)"));
    m_reason->setAccessibleName(tr("Reason for the audit log"));
    auto *form = new QFormLayout;
    form->addRow(m_confirmLabel);
    form->addRow(m_confirm);
    form->addRow(m_confirmHint);
    form->addRow(tr("&Reason:"), m_reason);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addSpacing(8);
    layout->addWidget(m_estimate);
    layout->addSpacing(8);
    layout->addLayout(form);
    layout->addStretch(1);
    connect(m_confirm, &QLineEdit::textChanged, this, [this] {
        const bool match = m_confirm->text() == m_wizard->plan().targetClusterName;
        m_confirmHint->setText(m_confirm->text().isEmpty() || match
                                   ? QString()
                                   : tr("That is not the target's name; Start stays off until it is."));
        emit completeChanged();
    });
}

bool RestoreReviewPage::needsTypedName() const
{
    return m_wizard->plan().replacesTargetData();
}

void RestoreReviewPage::initializePage()
{
    const RestorePlan &plan = m_wizard->plan();
    m_summary->setText(itemmodels::restorePlanSummary(plan, m_wizard->projectName(plan.sourceGroupId),
                                                      m_wizard->projectName(plan.targetGroupId),
                                                      m_wizard->snapshotText(plan.snapshotId)));
    const auto seconds = m_wizard->estimateSeconds();
    m_estimate->setText(seconds ? tr("It should take about %1, judging by past restores of a similar size.")
                                      .arg(itemmodels::durationText(*seconds))
                                : tr("No past restore of a similar size is known, so there is no estimate of how "
                                     "long it takes."));
    const bool typed = needsTypedName();
    m_confirm->setVisible(typed);
    m_confirmLabel->setVisible(typed);
    m_confirmHint->setVisible(typed);
    m_confirmLabel->setText(
        tr("Type <b>%1</b> to confirm that its data is replaced:").arg(plan.targetClusterName.toHtmlEscaped()));
    setSubTitle(typed ? tr("This cannot be undone. Read what happens, then type the target's name.")
                      : tr("Read what happens, then start."));
    emit completeChanged();
}

bool RestoreReviewPage::isComplete() const
{
    if (!needsTypedName()) return true;
    return m_confirm->text() == m_wizard->plan().targetClusterName && !m_wizard->plan().targetClusterName.isEmpty();
}

bool RestoreReviewPage::validatePage()
{
    if (!isComplete()) return false;
    // Sent once: the commit page cannot be left twice, and the job joins a running start.
    m_wizard->progressPage()->submit(m_confirm->text(), m_reason->text().trimmed());
    return true;
}

}  // namespace lifeboat::ui
