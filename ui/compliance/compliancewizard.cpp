#include "compliance/compliancewizard.h"

#include "domain/policyrules.h"
#include "itemmodels/policyitemsmodel.h"
#include "itemmodels/restoreformat.h"
#include "jobs/jobrunner.h"
#include "policy/choicesdelegate.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QScreen>
#include <QSpinBox>
#include <QTableView>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace lifeboat::ui {

using namespace lifeboat::domain;
using itemmodels::PolicyItemsModel;

namespace {

QString findingText(const Finding &f)
{
    return f.fix.isEmpty() ? f.message : f.message + u' ' + f.fix;
}

QLabel *reasonLabel(const QString &name, QWidget *parent)
{
    auto *l = new QLabel(parent);
    l->setObjectName(name);
    l->setWordWrap(true);
    return l;
}

// The compliance rules name an item "scheduledPolicyItems/<n>"; the items table reads "items/<n>".
Findings asItemFindings(Findings findings)
{
    const QString prefix = QStringLiteral("scheduledPolicyItems/");
    for (Finding &f : findings)
        if (f.field.startsWith(prefix)) f.field = policyfield::item(f.field.mid(prefix.size()).toInt());
    return findings;
}

}  // namespace

class ComplianceSettingsPage : public QWizardPage {
public:
    explicit ComplianceSettingsPage(ComplianceWizard *w) : QWizardPage(w), m_w(w) {}
    bool isComplete() const override { return !isRefused(m_w->m_findings); }
    void complete() { emit completeChanged(); }

private:
    ComplianceWizard *m_w;
};

class ComplianceReviewPage : public QWizardPage {
public:
    explicit ComplianceReviewPage(ComplianceWizard *w) : QWizardPage(w), m_w(w) {}
    void initializePage() override
    {
        m_w->m_reviewed = false;
        m_w->m_review->clear();
        m_w->m_reviewStatus->setText(ComplianceWizard::tr("Checking with the server…"));
        if (m_w->m_runner) m_w->m_reviewJob = m_w->m_runner->validateCompliance(m_w->m_groupId, m_w->change());
        emit completeChanged();
    }
    void cleanupPage() override { m_w->m_reviewJob = 0; }
    bool isComplete() const override { return m_w->m_reviewed && m_w->m_reviewAllowed; }
    void complete() { emit completeChanged(); }

private:
    ComplianceWizard *m_w;
};

class ComplianceConfirmPage : public QWizardPage {
public:
    explicit ComplianceConfirmPage(ComplianceWizard *w) : QWizardPage(w), m_w(w) {}
    bool isComplete() const override
    {
        return !m_w->m_applyJob &&
               checkComplianceConfirmation(m_w->m_projectName, m_w->m_confirm->text(), m_w->m_acknowledge->isChecked())
                   .isEmpty();
    }
    // Finish sends the change; the wizard closes once it is applied and read back.
    bool validatePage() override
    {
        if (m_w->m_applied) return true;
        if (!m_w->m_runner || m_w->m_applyJob) return false;
        m_w->m_applyJob = m_w->m_runner->applyCompliance(m_w->m_groupId, m_w->change(), m_w->m_confirm->text(),
                                                         m_w->m_acknowledge->isChecked());
        m_w->m_confirmStatus->setText(ComplianceWizard::tr("Sending the policy to Atlas, then reading it back…"));
        emit completeChanged();
        return false;
    }
    void complete() { emit completeChanged(); }

private:
    ComplianceWizard *m_w;
};

ComplianceWizard::ComplianceWizard(jobs::JobRunner *runner, const QString &groupId, const QString &projectName,
                                   const std::optional<CompliancePolicy> &current, QWidget *parent)
    : QWizard(parent), m_runner(runner), m_groupId(groupId), m_projectName(projectName), m_current(current),
      m_items(new PolicyItemsModel(this))
{
    setObjectName(QStringLiteral("complianceWizard"));
    setWindowTitle(current ? tr("Edit the Backup Compliance Policy of %1").arg(projectName)
                           : tr("Enable a Backup Compliance Policy for %1").arg(projectName));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage, false);
    // Room for the longer German sentences; never larger than the screen.
    const int x = fontMetrics().horizontalAdvance(QLatin1Char('x'));
    setMinimumSize(x * 110, fontMetrics().height() * 40);
    const QSize want(qMax(x * 140, 1000), qMax(fontMetrics().height() * 46, 720));
    const QRect avail = screen() ? screen()->availableGeometry() : QRect(0, 0, 1280, 800);
    resize(qMin(want.width(), avail.width() * 9 / 10), qMin(want.height(), avail.height() * 9 / 10));
    setButtonText(QWizard::NextButton, tr("&Next >"));
    setButtonText(QWizard::BackButton, tr("< &Back"));
    setButtonText(QWizard::CancelButton, tr("Cancel"));
    setButtonText(QWizard::FinishButton, current ? tr("&Save the policy") : tr("&Enable the policy"));
    setPage(SettingsPage, buildSettings());
    setPage(ReviewPage, buildReview());
    setPage(ConfirmPage, buildConfirm());
    m_facts.current = current;
    if (runner) {
        connect(runner, &jobs::JobRunner::jobResult, this, &ComplianceWizard::onResult);
        // The project's clusters and schedules, read fresh, for the rules as typed.
        m_factsJob = runner->validateCompliance(groupId, change());
    }
    recheck();
}

QWizardPage *ComplianceWizard::buildSettings()
{
    auto *page = new ComplianceSettingsPage(this);
    page->setTitle(tr("Settings"));
    page->setSubTitle(m_current ? tr("Once enabled, a setting may only become stricter: each item shows the floor the "
                                     "policy sets now.")
                                : tr("Every cluster of the project must meet these settings, and no one can delete "
                                     "its snapshots or shorten them."));
    m_first = new QLineEdit(page);
    m_first->setObjectName(QStringLiteral("complianceFirstName"));
    m_last = new QLineEdit(page);
    m_last->setObjectName(QStringLiteral("complianceLastName"));
    m_email = new QLineEdit(page);
    m_email->setObjectName(QStringLiteral("complianceEmail"));
    m_emailReason = reasonLabel(QStringLiteral("complianceEmailReason"), page);
    m_emailReason->setMinimumHeight(fontMetrics().lineSpacing() * 2);  // a reason and its fix
    m_encryption = new QCheckBox(tr("Require encryption at rest with the project's own key"), page);
    m_encryption->setObjectName(QStringLiteral("complianceEncryption"));
    m_copyProtection = new QCheckBox(tr("Protect copies in other regions from deletion"), page);
    m_copyProtection->setObjectName(QStringLiteral("complianceCopyProtection"));
    m_pit = new QCheckBox(tr("Require continuous cloud backup (point in time)"), page);
    m_pit->setObjectName(QStringLiteral("compliancePit"));
    m_window = new QSpinBox(page);
    m_window->setObjectName(QStringLiteral("complianceRestoreWindow"));
    m_window->setRange(0, 9999);
    m_windowReason = reasonLabel(QStringLiteral("complianceWindowReason"), page);
    m_onDemandValue = new QSpinBox(page);
    m_onDemandValue->setObjectName(QStringLiteral("complianceOnDemandValue"));
    m_onDemandValue->setRange(0, 99999);
    m_onDemandUnit = new QComboBox(page);
    m_onDemandUnit->setObjectName(QStringLiteral("complianceOnDemandUnit"));
    for (auto u : {RetentionUnit::Days, RetentionUnit::Weeks, RetentionUnit::Months, RetentionUnit::Years})
        m_onDemandUnit->addItem(PolicyItemsModel::unitWord(u), int(u));
    m_onDemandReason = reasonLabel(QStringLiteral("complianceOnDemandReason"), page);

    m_itemsView = new QTableView(page);
    m_itemsView->setObjectName(QStringLiteral("complianceItems"));
    m_itemsView->setModel(m_items);
    m_itemsView->setItemDelegate(new ChoicesDelegate(PolicyItemsModel::ChoicesRole, m_itemsView));
    m_itemsView->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_itemsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_itemsView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_itemsView->verticalHeader()->hide();
    m_itemsView->horizontalHeader()->setStretchLastSection(true);
    const int x = fontMetrics().horizontalAdvance(QLatin1Char('x'));
    m_itemsView->setColumnWidth(PolicyItemsModel::EveryColumn, x * 18);
    // Wide enough for its header in German too.
    m_itemsView->setColumnWidth(
        PolicyItemsModel::FloorColumn,
        qMax(x * 18, m_itemsView->horizontalHeader()->sectionSizeHint(PolicyItemsModel::FloorColumn)));
    auto *add = new QToolButton(page);
    add->setObjectName(QStringLiteral("complianceAddItem"));
    add->setText(tr("&Add item"));
    add->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(add);
    for (auto f : {Frequency::Hourly, Frequency::Daily, Frequency::Weekly, Frequency::Monthly, Frequency::Yearly})
        connect(menu->addAction(frequencyWord(f)), &QAction::triggered, this, [this, f] { m_items->addItem(f); });
    add->setMenu(menu);
    auto *remove = new QPushButton(tr("Re&move item"), page);
    remove->setObjectName(QStringLiteral("complianceRemoveItem"));
    connect(remove, &QPushButton::clicked, this, [this] {
        const QModelIndexList rows = m_itemsView->selectionModel()->selectedRows();
        if (!rows.isEmpty()) m_items->removeItem(rows.first().row());
    });
    m_overwrite = new QCheckBox(tr("Raise the backup policies of clusters below these settings"), page);
    m_overwrite->setObjectName(QStringLiteral("complianceOverwrite"));
    m_overwrite->setChecked(true);
    m_overwrite->setToolTip(tr("Otherwise Atlas refuses the policy while a cluster's backup policy keeps less."));
    m_settingsFindings = new QListWidget(page);
    m_settingsFindings->setObjectName(QStringLiteral("complianceFindings"));
    m_settingsFindings->setWordWrap(true);
    m_settingsFindings->setMaximumHeight(fontMetrics().height() * 6);

    // What is set now is the floor of an edit (a floor per item), or nothing on a first enable.
    CompliancePolicy start;
    if (m_current) {
        start = *m_current;
        m_items->setCompliance(m_current);
    } else {
        start.onDemandPolicyItem = PolicyItem{{}, Frequency::OnDemand, 0, RetentionUnit::Days, 7};
        start.scheduledPolicyItems = {PolicyItem{{}, Frequency::Daily, 1, RetentionUnit::Days, 7}};
    }
    m_first->setText(start.authorizedUserFirstName);
    m_last->setText(start.authorizedUserLastName);
    m_email->setText(start.authorizedEmail);
    m_encryption->setChecked(start.encryptionAtRestEnabled);
    m_copyProtection->setChecked(start.copyProtectionEnabled);
    m_pit->setChecked(start.pitEnabled);
    m_window->setValue(start.restoreWindowDays);
    const PolicyItem onDemand =
        start.onDemandPolicyItem.value_or(PolicyItem{{}, Frequency::OnDemand, 0, RetentionUnit::Days, 0});
    m_onDemandValue->setValue(onDemand.value);
    m_onDemandUnit->setCurrentIndex(qMax(0, m_onDemandUnit->findData(int(onDemand.unit))));
    m_items->setItems(start.scheduledPolicyItems);

    auto *nameRow = new QHBoxLayout;
    nameRow->addWidget(m_first);
    nameRow->addWidget(m_last);
    auto *windowRow = new QHBoxLayout;
    windowRow->addWidget(m_window);
    windowRow->addWidget(m_windowReason, 1);
    auto *onDemandRow = new QHBoxLayout;
    onDemandRow->addWidget(m_onDemandValue);
    onDemandRow->addWidget(m_onDemandUnit);
    onDemandRow->addWidget(m_onDemandReason, 1);
    auto *form = new QFormLayout;
    form->addRow(tr("Representative (first, last name):"), nameRow);
    form->addRow(tr("Representative's e-mail:"), m_email);
    form->addRow(QString(), m_emailReason);
    form->addRow(QString(), m_encryption);
    form->addRow(QString(), m_copyProtection);
    form->addRow(QString(), m_pit);
    form->addRow(tr("Restore window (days):"), windowRow);
    form->addRow(tr("On-demand snapshots kept at least:"), onDemandRow);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    auto *v = new QVBoxLayout(page);
    v->addLayout(form);
    v->addWidget(new QLabel(tr("Scheduled snapshots kept at least:"), page));
    v->addWidget(m_itemsView, 1);
    v->addLayout(buttons);
    v->addWidget(m_overwrite);
    v->addWidget(m_settingsFindings);

    for (QLineEdit *e : {m_first, m_last, m_email})
        connect(e, &QLineEdit::textChanged, this, &ComplianceWizard::recheck);
    for (QCheckBox *c : {m_encryption, m_copyProtection, m_pit, m_overwrite})
        connect(c, &QCheckBox::toggled, this, &ComplianceWizard::recheck);
    connect(m_window, &QSpinBox::valueChanged, this, &ComplianceWizard::recheck);
    connect(m_onDemandValue, &QSpinBox::valueChanged, this, &ComplianceWizard::recheck);
    connect(m_onDemandUnit, &QComboBox::currentIndexChanged, this, &ComplianceWizard::recheck);
    connect(m_items, &PolicyItemsModel::itemsEdited, this, &ComplianceWizard::recheck);
    return page;
}

QWizardPage *ComplianceWizard::buildReview()
{
    auto *page = new ComplianceReviewPage(this);
    page->setTitle(tr("Review"));
    page->setSubTitle(tr("Lifeboat read the project's clusters, their backup policies and the current compliance "
                         "policy again. Nothing has been sent yet."));
    m_reviewStatus = reasonLabel(QStringLiteral("complianceReviewStatus"), page);
    m_review = new QTreeWidget(page);
    m_review->setObjectName(QStringLiteral("complianceReview"));
    m_review->setRootIsDecorated(false);
    m_review->setColumnCount(2);
    m_review->setHeaderLabels({tr("Severity"), tr("Finding")});
    m_review->setWordWrap(true);
    m_review->setColumnWidth(0, fontMetrics().horizontalAdvance(QLatin1Char('x')) * 14);
    auto *v = new QVBoxLayout(page);
    v->addWidget(m_reviewStatus);
    v->addWidget(m_review, 1);
    return page;
}

QWizardPage *ComplianceWizard::buildConfirm()
{
    auto *page = new ComplianceConfirmPage(this);
    page->setTitle(tr("Confirm"));
    m_warning = new QLabel(
        tr("<b>Only MongoDB Support can lift a Backup Compliance Policy.</b> Once it is on, no one in this project — "
           "not even an Organization Owner — can disable it, relax its settings, delete snapshots or shorten their "
           "retention. Support does so only at the request of the representative named here."),
        page);
    m_warning->setObjectName(QStringLiteral("complianceWarning"));
    m_warning->setWordWrap(true);
    m_acknowledge = new QCheckBox(tr("I understand that only MongoDB Support can lift this policy"), page);
    m_acknowledge->setObjectName(QStringLiteral("complianceAcknowledge"));
    m_confirm = new QLineEdit(page);
    m_confirm->setObjectName(QStringLiteral("complianceConfirmName"));
    m_confirm->setPlaceholderText(m_projectName);
    auto *prompt =
        new QLabel(tr("Type the project's name <b>%1</b> to confirm:").arg(m_projectName.toHtmlEscaped()), page);
    prompt->setBuddy(m_confirm);
    m_confirmStatus = reasonLabel(QStringLiteral("complianceConfirmStatus"), page);
    auto *v = new QVBoxLayout(page);
    v->addWidget(m_warning);
    v->addWidget(m_acknowledge);
    v->addWidget(prompt);
    v->addWidget(m_confirm);
    v->addWidget(m_confirmStatus);
    v->addStretch(1);
    auto update = [this, page] {
        const Findings f = checkComplianceConfirmation(m_projectName, m_confirm->text(), m_acknowledge->isChecked());
        if (!m_applyJob) m_confirmStatus->setText(f.isEmpty() ? QString() : f.first().message);
        page->complete();
    };
    connect(m_confirm, &QLineEdit::textChanged, this, update);
    connect(m_acknowledge, &QCheckBox::toggled, this, update);
    return page;
}

ComplianceChange ComplianceWizard::change() const
{
    ComplianceChange c;
    c.after = m_current.value_or(CompliancePolicy{});
    c.after.projectId = m_groupId;
    c.after.authorizedUserFirstName = m_first->text().trimmed();
    c.after.authorizedUserLastName = m_last->text().trimmed();
    c.after.authorizedEmail = m_email->text().trimmed();
    c.after.encryptionAtRestEnabled = m_encryption->isChecked();
    c.after.copyProtectionEnabled = m_copyProtection->isChecked();
    c.after.pitEnabled = m_pit->isChecked();
    c.after.restoreWindowDays = m_window->value();
    PolicyItem onDemand =
        c.after.onDemandPolicyItem.value_or(PolicyItem{{}, Frequency::OnDemand, 0, RetentionUnit::Days, 0});
    onDemand.frequency = Frequency::OnDemand;
    onDemand.unit = RetentionUnit(m_onDemandUnit->currentData().toInt());
    onDemand.value = m_onDemandValue->value();
    c.after.onDemandPolicyItem = onDemand;
    c.after.scheduledPolicyItems = m_items->items();
    c.overwriteBackupPolicies = m_overwrite->isChecked();
    return c;
}

void ComplianceWizard::recheck()
{
    m_findings = checkComplianceChange(change(), m_facts);
    m_items->setFindings(asItemFindings(m_findings));
    QString email, window, onDemand;
    m_settingsFindings->clear();
    for (const Finding &f : m_findings) {
        if (f.field == compliancefield::kEmail) email = findingText(f);
        if (f.field == compliancefield::kRestoreWindow) window = findingText(f);
        if (f.field == compliancefield::kOnDemand) onDemand = findingText(f);
        auto *item =
            new QListWidgetItem(QIcon(itemmodels::severityIconPath(f.severity)), findingText(f), m_settingsFindings);
        item->setData(Qt::UserRole, f.code);
    }
    m_emailReason->setText(email);
    m_windowReason->setText(window);
    m_onDemandReason->setText(onDemand);
    static_cast<ComplianceSettingsPage *>(page(SettingsPage))->complete();
}

QString ComplianceWizard::changeText(const PolicyDiff &d)
{
    QString what;
    if (d.field == u"representative")
        what = tr("Representative");
    else if (d.field == u"authorizedEmail")
        what = tr("Representative's e-mail");
    else if (d.field == u"encryptionAtRest")
        what = tr("Encryption at rest with the project's own key");
    else if (d.field == u"copyProtection")
        what = tr("Protection of copies in other regions");
    else if (d.field == u"pit")
        what = tr("Continuous cloud backup");
    else if (d.field == u"restoreWindowDays")
        what = tr("Restore window");
    else if (d.field == u"onDemand")
        what = tr("On-demand snapshots kept at least");
    else
        what = tr("%1 snapshots kept at least")
                   .arg(frequencyWord(frequencyFromName(d.field.mid(QStringLiteral("items/").size()))));
    if (d.before.isEmpty()) return tr("%1: %2 (new)").arg(what, d.after);
    if (d.after.isEmpty()) return tr("%1: no longer set (was %2)").arg(what, d.before);
    return tr("%1: %2 → %3").arg(what, d.before, d.after);
}

void ComplianceWizard::showReview(const jobs::ComplianceValidation &v)
{
    m_reviewed = true;
    m_reviewAllowed = v.allowed;
    m_review->clear();
    for (const PolicyDiff &d : complianceDiff(v.facts.current, v.change.after)) {
        auto *row = new QTreeWidgetItem(m_review, {tr("Change"), changeText(d)});
        row->setToolTip(1, row->text(1));
        row->setData(0, Qt::UserRole, QString(QStringLiteral("change/") + d.field));
    }
    for (const PolicyRaise &r : v.raises) {
        const QString text = r.before
                                 ? tr("%1: the %2 item is raised from %3 to %4.")
                                       .arg(r.clusterName, frequencyWord(r.after.frequency), retentionWords(*r.before),
                                            retentionWords(r.after))
                                 : tr("%1: a %2 item keeping %3 is added.")
                                       .arg(r.clusterName, frequencyWord(r.after.frequency), retentionWords(r.after));
        auto *row = new QTreeWidgetItem(m_review, {itemmodels::severityText(Severity::Info), text});
        row->setIcon(0, QIcon(itemmodels::severityIconPath(Severity::Info)));
        row->setData(0, Qt::UserRole, QStringLiteral("raise"));
    }
    for (const Finding &f : v.findings) {
        auto *row = new QTreeWidgetItem(m_review, {itemmodels::severityText(f.severity), findingText(f)});
        row->setIcon(0, QIcon(itemmodels::severityIconPath(f.severity)));
        row->setData(0, Qt::UserRole, f.code);
    }
    m_reviewStatus->setText(v.allowed ? tr("<b>Allowed.</b> %n cluster item(s) will be raised to the policy's "
                                           "settings.",
                                           nullptr, int(v.raises.size()))
                                      : tr("<b>Refused:</b> %1 Go Back to change the settings.")
                                            .arg(firstRefusal(v.findings)->message.toHtmlEscaped()));
    static_cast<ComplianceReviewPage *>(page(ReviewPage))->complete();
}

void ComplianceWizard::onResult(const jobs::JobResult &r)
{
    if (r.id == m_factsJob) {
        m_factsJob = 0;
        if (r.payload.canConvert<jobs::ComplianceValidation>()) {
            const auto v = r.payload.value<jobs::ComplianceValidation>();
            m_facts = v.facts;
            if (!v.projectName.isEmpty()) m_projectName = v.projectName;
            recheck();
        }
        return;
    }
    if (r.id == m_reviewJob) {
        m_reviewJob = 0;
        if (!r.payload.canConvert<jobs::ComplianceValidation>()) {
            m_reviewed = false;
            m_reviewStatus->setText(tr("<b>The check could not be run:</b> %1 Go Back and Next to try again.")
                                        .arg(r.error.message.toHtmlEscaped()));
            return;
        }
        const auto v = r.payload.value<jobs::ComplianceValidation>();
        m_facts = v.facts;
        showReview(v);
        return;
    }
    if (r.id == m_applyJob) {
        m_applyJob = 0;
        auto *confirm = static_cast<ComplianceConfirmPage *>(page(ConfirmPage));
        if (!r.ok()) {
            m_confirmStatus->setText(tr("<b>Not applied:</b> %1").arg(r.error.message.toHtmlEscaped()));
            confirm->complete();
            return;
        }
        m_applied = true;
        emit applied(r.payload.value<jobs::ComplianceOutcome>());
        accept();
    }
}

}  // namespace lifeboat::ui
