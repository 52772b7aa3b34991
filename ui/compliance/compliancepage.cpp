#include "compliance/compliancepage.h"

#include "compliance/compliancewizard.h"
#include "domain/compliancerules.h"
#include "domain/policyrules.h"
#include "itemmodels/policyitemsmodel.h"
#include "itemmodels/snapshotformat.h"
#include "jobs/jobrunner.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace lifeboat::ui {

using namespace lifeboat::domain;

namespace {

QString stateText(const Tagged<ComplianceState> &state)
{
    switch (state.value) {
    case ComplianceState::Active: return CompliancePage::tr("Active");
    case ComplianceState::Enabling: return CompliancePage::tr("Being enabled");
    case ComplianceState::Updating: return CompliancePage::tr("Being updated");
    case ComplianceState::Disabling: return CompliancePage::tr("Being disabled");
    case ComplianceState::Unknown: break;
    }
    return state.raw.isEmpty() ? itemmodels::dash() : state.raw;
}

QString yesNo(bool on)
{
    return on ? CompliancePage::tr("Required") : CompliancePage::tr("Not required");
}

// Facts for the Disable button from what the navigator knows; the job reads them fresh.
ComplianceFacts factsOf(const jobs::ProjectSummary &p, const std::optional<CompliancePolicy> &policy)
{
    ComplianceFacts f;
    f.current = policy;
    for (const jobs::ClusterSummary &c : p.clusters) {
        if (c.isFlex)
            ++f.flexClusters;
        else
            f.clusters.append(c.cluster);
    }
    return f;
}

}  // namespace

CompliancePage::CompliancePage(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("compliancePage"));
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("complianceTitle"));
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("complianceState"));
    m_state->setWordWrap(true);
    m_fields = new QTreeWidget(this);
    m_fields->setObjectName(QStringLiteral("complianceFields"));
    m_fields->setColumnCount(2);
    m_fields->setHeaderLabels({tr("Setting"), tr("Value")});
    m_fields->setRootIsDecorated(false);
    m_fields->setColumnWidth(0, fontMetrics().horizontalAdvance(QLatin1Char('x')) * 40);
    m_enable = new QPushButton(this);
    m_enable->setObjectName(QStringLiteral("complianceEnable"));
    m_disable = new QPushButton(tr("&Disable…"), this);
    m_disable->setObjectName(QStringLiteral("complianceDisable"));
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_disable);
    buttons->addWidget(m_enable);
    auto *v = new QVBoxLayout(this);
    v->addWidget(m_title);
    v->addWidget(m_state);
    v->addWidget(m_fields, 1);
    v->addLayout(buttons);
    connect(m_enable, &QPushButton::clicked, this, &CompliancePage::openWizard);
    connect(m_disable, &QPushButton::clicked, this, &CompliancePage::openDisable);
    show(std::nullopt);
}

void CompliancePage::setRunner(jobs::JobRunner *runner)
{
    if (m_runner) disconnect(m_runner, nullptr, this, nullptr);
    m_runner = runner;
    m_readJob = m_disableJob = 0;
    if (runner) connect(runner, &jobs::JobRunner::jobResult, this, &CompliancePage::onResult);
}

void CompliancePage::setProject(const jobs::ProjectSummary &project)
{
    const bool same = project.project.id == m_project.project.id;
    m_project = project;
    m_title->setText(tr("<b>Backup Compliance Policy of %1</b>").arg(project.project.name.toHtmlEscaped()));
    if (!same) {
        m_read = false;
        m_policy.reset();
        show(std::nullopt);
    }
    m_state->setText(tr("Reading the compliance policy from the server…"));
    m_enable->setEnabled(false);
    if (m_runner) m_readJob = m_runner->readCompliance(project.project.id);
}

void CompliancePage::show(const std::optional<CompliancePolicy> &p)
{
    m_policy = p;
    m_fields->clear();
    auto row = [this](const QString &name, const QString &value, const QString &key) {
        auto *i = new QTreeWidgetItem(m_fields, {name, value});
        i->setData(0, Qt::UserRole, key);
    };
    if (p) {
        row(tr("State"), stateText(p->state), QStringLiteral("state"));
        row(tr("Representative"),
            tr("%1 %2 <%3>").arg(p->authorizedUserFirstName, p->authorizedUserLastName, p->authorizedEmail),
            QStringLiteral("representative"));
        row(tr("Encryption at rest"), yesNo(p->encryptionAtRestEnabled), QStringLiteral("encryptionAtRestEnabled"));
        row(tr("Copy protection"), yesNo(p->copyProtectionEnabled), QStringLiteral("copyProtectionEnabled"));
        row(tr("Continuous cloud backup"), yesNo(p->pitEnabled), QStringLiteral("pitEnabled"));
        if (p->pitEnabled)
            row(tr("Restore window"), tr("%n day(s)", nullptr, p->restoreWindowDays),
                QStringLiteral("restoreWindowDays"));
        if (p->onDemandPolicyItem)
            row(tr("On-demand snapshots"), tr("kept at least %1").arg(retentionWords(*p->onDemandPolicyItem)),
                QStringLiteral("onDemandPolicyItem"));
        for (const PolicyItem &i : p->scheduledPolicyItems)
            row(tr("%1 snapshots").arg(frequencyWord(i.frequency)),
                tr("%1, kept at least %2")
                    .arg(itemmodels::PolicyItemsModel::intervalWords(i.frequency, i.interval), retentionWords(i)),
                QStringLiteral("scheduledPolicyItems"));
        row(tr("Last changed"),
            p->updatedUser.isEmpty() ? itemmodels::formatUtc(p->updatedDate)
                                     : tr("%1 by %2").arg(itemmodels::formatUtc(p->updatedDate), p->updatedUser),
            QStringLiteral("updated"));
    }
    m_fields->setVisible(p.has_value());
    m_enable->setText(p ? tr("&Edit…") : tr("&Enable…"));
    m_enable->setEnabled(m_read && m_runner);
    updateDisable();
}

void CompliancePage::updateDisable()
{
    const Findings f = checkComplianceDisable(factsOf(m_project, m_policy));
    m_disable->setVisible(m_policy.has_value());
    m_disable->setEnabled(m_read && f.isEmpty());
    m_disable->setToolTip(f.isEmpty() ? tr("Disable the policy: allowed while the project is empty")
                                      : f.first().message + u' ' + f.first().fix);
}

void CompliancePage::onResult(const jobs::JobResult &r)
{
    if (r.id == m_readJob) {
        m_readJob = 0;
        if (!r.ok()) {
            m_state->setText(tr("The compliance policy could not be read: %1").arg(r.error.message));
            return;
        }
        const auto read = r.payload.value<jobs::ComplianceRead>();
        m_read = true;
        show(read.policy);
        m_state->setText(read.policy ? tr("Every cluster of %1 must meet this policy. Only MongoDB Support can lift "
                                          "it.")
                                           .arg(m_project.project.name)
                                     : tr("%1 has no Backup Compliance Policy.").arg(m_project.project.name));
        return;
    }
    if (r.id == m_disableJob) {
        m_disableJob = 0;
        if (!r.ok()) {
            if (m_disableStatus)
                m_disableStatus->setText(tr("<b>Not disabled:</b> %1").arg(r.error.message.toHtmlEscaped()));
            return;
        }
        if (m_disableDialog) m_disableDialog->close();
        emit message(tr("The compliance policy of %1 is being disabled.").arg(m_project.project.name));
        emit changed(m_project.project.id);
        setProject(m_project);
    }
}

void CompliancePage::openWizard()
{
    if (!m_runner) return;
    if (m_wizard) m_wizard->deleteLater();
    m_wizard = new ComplianceWizard(m_runner, m_project.project.id, m_project.project.name, m_policy, window());
    m_wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_wizard, &ComplianceWizard::applied, this, [this](const jobs::ComplianceOutcome &o) {
        emit message(tr("The compliance policy of %1 was sent and read back.").arg(m_project.project.name));
        m_read = true;
        show(o.after);
        emit changed(m_project.project.id);
    });
    m_wizard->open();
}

void CompliancePage::openDisable()
{
    if (!m_runner || !m_policy) return;
    auto *d = new QDialog(window());
    d->setObjectName(QStringLiteral("complianceDisableDialog"));
    d->setAttribute(Qt::WA_DeleteOnClose);
    d->setWindowTitle(tr("Disable the Backup Compliance Policy of %1").arg(m_project.project.name));
    auto *text = new QLabel(tr("The project is empty, so Atlas lets the policy be disabled. Its protection of "
                               "snapshots ends."),
                            d);
    text->setWordWrap(true);
    auto *confirm = new QLineEdit(d);
    confirm->setObjectName(QStringLiteral("complianceDisableConfirm"));
    confirm->setPlaceholderText(m_project.project.name);
    auto *prompt =
        new QLabel(tr("Type the project's name <b>%1</b> to confirm:").arg(m_project.project.name.toHtmlEscaped()), d);
    prompt->setBuddy(confirm);
    m_disableStatus = new QLabel(d);
    m_disableStatus->setObjectName(QStringLiteral("complianceDisableStatus"));
    m_disableStatus->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(d);
    QPushButton *go = buttons->addButton(tr("&Disable the policy"), QDialogButtonBox::DestructiveRole);
    go->setObjectName(QStringLiteral("complianceDisableButton"));
    go->setEnabled(false);
    buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole)->setDefault(true);
    connect(buttons, &QDialogButtonBox::rejected, d, &QDialog::reject);
    const QString name = m_project.project.name;
    connect(confirm, &QLineEdit::textChanged, d, [go, name](const QString &t) { go->setEnabled(t == name); });
    connect(go, &QPushButton::clicked, this, [this, confirm, go] {
        go->setEnabled(false);
        m_disableStatus->setText(tr("Disabling…"));
        m_disableJob = m_runner->disableCompliance(m_project.project.id, confirm->text());
    });
    auto *v = new QVBoxLayout(d);
    v->addWidget(text);
    v->addWidget(prompt);
    v->addWidget(confirm);
    v->addWidget(m_disableStatus);
    v->addWidget(buttons);
    m_disableDialog = d;
    d->open();
}

}  // namespace lifeboat::ui
