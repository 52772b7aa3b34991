#include "snapshots/takesnapshotdialog.h"

#include "jobs/jobrunner.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace lifeboat::ui {

using namespace lifeboat::domain;

TakeSnapshotDialog::TakeSnapshotDialog(const QString &clusterName, const std::optional<CompliancePolicy> &compliance,
                                       QWidget *parent)
    : QDialog(parent), m_compliance(compliance)
{
    setObjectName(QStringLiteral("takeSnapshotDialog"));
    setWindowTitle(tr("Take a snapshot of %1").arg(clusterName));
    setMinimumWidth(fontMetrics().averageCharWidth() * 72);  // room for a reason beside the field
    m_description = new QLineEdit(this);
    m_description->setObjectName(QStringLiteral("snapshotDescription"));
    m_description->setPlaceholderText(tr("What it is for, e.g. before the schema change"));
    m_description->setAccessibleName(tr("Description"));
    m_descriptionReason = new QLabel(this);
    m_descriptionReason->setObjectName(QStringLiteral("descriptionReason"));
    m_retention = new QSpinBox(this);
    m_retention->setObjectName(QStringLiteral("snapshotRetentionDays"));
    m_retention->setAccessibleName(tr("Retention in days"));
    // The spin box lets any number in, so the rule (not the widget) says what is wrong.
    m_retention->setRange(0, kOnDemandRetentionMaxDays + 1);
    m_retention->setValue(std::max(1, onDemandRetentionFloorDays(compliance)));
    m_retentionReason = new QLabel(this);
    m_retentionReason->setObjectName(QStringLiteral("retentionReason"));
    m_retentionReason->setWordWrap(true);

    auto *retentionRow = new QHBoxLayout;
    retentionRow->addWidget(m_retention);
    retentionRow->addWidget(m_retentionReason, 1);
    auto *descriptionRow = new QHBoxLayout;
    descriptionRow->addWidget(m_description, 1);
    descriptionRow->addWidget(m_descriptionReason);
    auto *form = new QFormLayout;
    auto *descriptionLabel = new QLabel(tr("&Description:"), this);
    descriptionLabel->setBuddy(m_description);
    auto *retentionLabel = new QLabel(tr("&Keep for:"), this);
    retentionLabel->setBuddy(m_retention);
    form->addRow(descriptionLabel, descriptionRow);
    form->addRow(retentionLabel, retentionRow);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    takeButton()->setText(tr("&Take snapshot"));
    takeButton()->setObjectName(QStringLiteral("takeSnapshotButton"));
    // Qt's own "Cancel" stays English: Lifeboat ships no qtbase translations.
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    auto *intro =
        new QLabel(tr("Atlas takes an on-demand snapshot at once and keeps it for the days you choose."), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_buttons);

    connect(m_retention, &QSpinBox::valueChanged, this, &TakeSnapshotDialog::validate);
    connect(m_description, &QLineEdit::textChanged, this, &TakeSnapshotDialog::validate);
    validate();
}

QPushButton *TakeSnapshotDialog::takeButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

OnDemandSnapshotRequest TakeSnapshotDialog::request() const
{
    return {m_description->text().trimmed(), m_retention->value()};
}

void TakeSnapshotDialog::validate()
{
    m_retention->setSuffix(tr(" day(s)", nullptr, m_retention->value()));  // the number is the spin box's
    const Reasons problems = onDemandRequestProblems(request(), m_compliance);
    QString retention, description;
    for (const Reason &r : problems) {
        if (r.field == ondemand::kFieldRetention)
            retention = r.text;
        else
            description = r.text;
    }
    m_retentionReason->setText(retention);
    m_descriptionReason->setText(description);
    m_retention->setToolTip(retention);
    takeButton()->setEnabled(problems.isEmpty());
}

TakeSnapshotController::TakeSnapshotController(QWidget *window) : QObject(window), m_window(window)
{
    m_action = new QAction(tr("Take snapshot &now…"), this);
    m_action->setObjectName(QStringLiteral("actionTakeSnapshot"));
    connect(m_action, &QAction::triggered, this, &TakeSnapshotController::open);
    clear();
}

void TakeSnapshotController::addToContextMenu(QWidget *view)
{
    view->setContextMenuPolicy(Qt::ActionsContextMenu);
    view->addAction(m_action);
}

void TakeSnapshotController::setRunner(jobs::JobRunner *runner)
{
    m_runner = runner;
    m_submitted.clear();
    connect(runner, &jobs::JobRunner::jobResult, this, &TakeSnapshotController::onResult);
}

void TakeSnapshotController::clear()
{
    m_groupId.clear();
    m_clusterName.clear();
    m_action->setEnabled(false);
    m_action->setToolTip(tr("Pick a cluster first."));
}

void TakeSnapshotController::setCluster(const jobs::ClusterDetail &d)
{
    m_groupId = d.groupId;
    m_clusterName = d.clusterName;
    m_compliance = d.compliance;
    // What the cache says now; the job checks again with fresh facts before it sends.
    Reasons blockers =
        d.isFlex && d.flex ? onDemandSnapshotBlockersForFlex(*d.flex) : onDemandSnapshotBlockers(d.cluster);
    if (blockers.isEmpty()) blockers = onDemandSnapshotRunning(d.snapshots);
    m_action->setEnabled(blockers.isEmpty());
    const QString why =
        blockers.isEmpty() ? tr("Take an on-demand snapshot of %1 now").arg(d.clusterName) : blockers.first().text;
    m_action->setToolTip(why);
    m_action->setStatusTip(why);
}

void TakeSnapshotController::open()
{
    if (m_clusterName.isEmpty() || !m_runner) return;
    if (m_dialog) m_dialog->deleteLater();
    m_dialog = new TakeSnapshotDialog(m_clusterName, m_compliance, m_window);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &QDialog::accepted, this, &TakeSnapshotController::submit);
    m_dialog->open();  // window-modal, no nested event loop
}

void TakeSnapshotController::submit()
{
    if (!m_dialog || !m_runner) return;
    const jobs::JobId id = m_runner->takeSnapshot(m_groupId, m_clusterName, m_dialog->request());
    m_submitted.insert(id, m_clusterName);
    emit message(tr("Taking a snapshot of %1…").arg(m_clusterName));
}

void TakeSnapshotController::onResult(const jobs::JobResult &r)
{
    if (!m_submitted.contains(r.id)) return;
    const QString cluster = m_submitted.take(r.id);
    if (!r.ok()) {
        emit message(tr("No snapshot of %1 was taken: %2").arg(cluster, r.error.message));
        return;
    }
    const auto outcome = r.payload.value<jobs::TakeSnapshotOutcome>();
    emit message(tr("Atlas is taking a snapshot of %1 (%2).").arg(cluster, outcome.snapshot.id));
    emit snapshotTaken(outcome.snapshot.id);
}

}  // namespace lifeboat::ui
