#include "snapshots/snapshotactions.h"

#include "domain/snapshotactions.h"
#include "itemmodels/policyitemsmodel.h"
#include "itemmodels/snapshotformat.h"
#include "jobs/jobrunner.h"

#include <QAction>
#include <QComboBox>
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
using itemmodels::formatUtc;

namespace {

QString findingText(const Finding &f)
{
    return f.fix.isEmpty() ? f.message : f.message + u' ' + f.fix;
}

// Refusals that hold whatever is typed: the action itself is off for them.
bool blocksAction(const Finding &f)
{
    return f.severity == Severity::Refuse &&
           (f.code == snapshotcode::kNotCompleted || f.code == snapshotcode::kExpired ||
            f.code == snapshotcode::kRoleMissing || f.code == snapshotcode::kComplianceNoDelete);
}

}  // namespace

ChangeExpiryDialog::ChangeExpiryDialog(const Snapshot &snapshot, const std::optional<CompliancePolicy> &compliance,
                                       QWidget *parent)
    : QDialog(parent), m_snapshot(snapshot), m_compliance(compliance)
{
    setObjectName(QStringLiteral("changeExpiryDialog"));
    setWindowTitle(tr("Change the expiry of snapshot %1").arg(snapshot.id));
    setMinimumWidth(fontMetrics().averageCharWidth() * 72);
    auto *intro = new QLabel(tr("Taken %1, expires %2. The retention counts from the snapshot's creation.")
                                 .arg(formatUtc(snapshot.createdAt), formatUtc(snapshot.expiresAt)),
                             this);
    intro->setWordWrap(true);
    m_value = new QSpinBox(this);
    m_value->setObjectName(QStringLiteral("expiryValue"));
    m_value->setRange(0, 99999);  // the rule, not the widget, says what is wrong
    m_value->setAccessibleName(tr("Retention"));
    m_unit = new QComboBox(this);
    m_unit->setObjectName(QStringLiteral("expiryUnit"));
    for (auto u : {RetentionUnit::Days, RetentionUnit::Weeks, RetentionUnit::Months, RetentionUnit::Years})
        m_unit->addItem(itemmodels::PolicyItemsModel::unitWord(u), int(u));
    // Start from the retention it has now, in days.
    const qint64 days = snapshot.createdAt.isValid() && snapshot.expiresAt.isValid()
                            ? (snapshot.createdAt.secsTo(snapshot.expiresAt) + 86399) / 86400
                            : 7;
    m_value->setValue(int(qMax<qint64>(1, days)));
    m_expiry = new QLabel(this);
    m_expiry->setObjectName(QStringLiteral("newExpiry"));
    m_reason = new QLabel(this);
    m_reason->setObjectName(QStringLiteral("expiryReason"));
    m_reason->setWordWrap(true);
    m_reason->setMinimumHeight(fontMetrics().lineSpacing() * 4);  // room for a reason and its fix: no jump
    auto *row = new QHBoxLayout;
    row->addWidget(m_value);
    row->addWidget(m_unit);
    row->addStretch(1);
    auto *form = new QFormLayout;
    auto *keep = new QLabel(tr("&Keep for:"), this);
    keep->setBuddy(m_value);
    form->addRow(keep, row);
    form->addRow(tr("New expiry:"), m_expiry);
    auto *buttons = new QDialogButtonBox(this);
    m_ok = buttons->addButton(tr("&Change expiry"), QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(QStringLiteral("changeExpiryButton"));
    buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_reason);
    layout->addWidget(buttons);
    connect(m_value, &QSpinBox::valueChanged, this, &ChangeExpiryDialog::validate);
    connect(m_unit, &QComboBox::currentIndexChanged, this, &ChangeExpiryDialog::validate);
    validate();
}

RetentionUnit ChangeExpiryDialog::unit() const
{
    return RetentionUnit(m_unit->currentData().toInt());
}

int ChangeExpiryDialog::value() const
{
    return m_value->value();
}

void ChangeExpiryDialog::validate()
{
    const Findings f = checkSnapshotRetention(m_snapshot, unit(), value(), QDateTime::currentDateTimeUtc(),
                                              m_compliance, std::nullopt);
    m_expiry->setText(value() > 0 ? formatUtc(retentionExpiry(m_snapshot, unit(), value())) : itemmodels::dash());
    QStringList lines;
    for (const Finding &x : f) lines << findingText(x);
    m_reason->setText(lines.join(u'\n'));
    m_ok->setEnabled(!isRefused(f));
}

DeleteSnapshotDialog::DeleteSnapshotDialog(const Snapshot &snapshot, const Findings &findings, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("deleteSnapshotDialog"));
    setWindowTitle(tr("Delete snapshot %1").arg(snapshot.id));
    setMinimumWidth(fontMetrics().averageCharWidth() * 72);
    QStringList lines;
    lines << tr("The snapshot taken %1 is deleted at once and cannot be restored from afterwards.")
                 .arg(formatUtc(snapshot.createdAt));
    for (const Finding &f : findings) lines << findingText(f);
    auto *text = new QLabel(lines.join(u'\n'), this);
    text->setObjectName(QStringLiteral("deleteSnapshotText"));
    text->setWordWrap(true);
    m_confirm = new QLineEdit(this);
    m_confirm->setObjectName(QStringLiteral("deleteSnapshotConfirm"));
    m_confirm->setPlaceholderText(snapshot.id);
    m_confirm->setAccessibleName(tr("The snapshot's id, typed to confirm"));
    auto *prompt =
        new QLabel(tr("Type the snapshot's id <b>%1</b> to confirm:").arg(snapshot.id.toHtmlEscaped()), this);
    prompt->setBuddy(m_confirm);
    prompt->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *buttons = new QDialogButtonBox(this);
    m_delete = buttons->addButton(tr("&Delete snapshot"), QDialogButtonBox::DestructiveRole);
    m_delete->setObjectName(QStringLiteral("deleteSnapshotButton"));
    m_delete->setEnabled(false);
    QPushButton *cancel = buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    cancel->setDefault(true);
    connect(m_delete, &QPushButton::clicked, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    const bool refused = isRefused(findings);
    connect(m_confirm, &QLineEdit::textChanged, this, [this, id = snapshot.id, refused](const QString &typed) {
        m_delete->setEnabled(!refused && typed.trimmed() == id);
    });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(prompt);
    layout->addWidget(m_confirm);
    layout->addWidget(buttons);
}

SnapshotActionsController::SnapshotActionsController(QWidget *window) : QObject(window), m_window(window)
{
    m_expire = new QAction(tr("Change e&xpiry…"), this);
    m_expire->setObjectName(QStringLiteral("actionChangeExpiry"));
    m_delete = new QAction(tr("&Delete snapshot…"), this);
    m_delete->setObjectName(QStringLiteral("actionDeleteSnapshot"));
    connect(m_expire, &QAction::triggered, this, &SnapshotActionsController::openExpire);
    connect(m_delete, &QAction::triggered, this, &SnapshotActionsController::openDelete);
    clear();
}

void SnapshotActionsController::addToContextMenu(QWidget *view)
{
    view->setContextMenuPolicy(Qt::ActionsContextMenu);
    view->addAction(m_expire);
    view->addAction(m_delete);
}

void SnapshotActionsController::setRunner(jobs::JobRunner *runner)
{
    m_runner = runner;
    m_submitted.clear();
    if (runner) connect(runner, &jobs::JobRunner::jobResult, this, &SnapshotActionsController::onResult);
}

void SnapshotActionsController::clear()
{
    m_groupId.clear();
    m_clusterName.clear();
    m_snapshots.clear();
    m_selectedId.clear();
    update();
}

void SnapshotActionsController::setCluster(const jobs::ClusterDetail &d)
{
    if (d.groupId != m_groupId || d.clusterName != m_clusterName) m_selectedId.clear();
    m_groupId = d.groupId;
    m_clusterName = d.clusterName;
    m_isFlex = d.isFlex;
    m_snapshots = d.snapshots;
    m_compliance = d.compliance;
    update();
}

void SnapshotActionsController::setSelectedSnapshot(const QString &id)
{
    m_selectedId = id;
    update();
}

const Snapshot *SnapshotActionsController::selected() const
{
    for (const Snapshot &s : m_snapshots)
        if (s.id == m_selectedId) return &s;
    return nullptr;
}

void SnapshotActionsController::update()
{
    const Snapshot *s = selected();
    QString expireWhy, deleteWhy;
    if (m_clusterName.isEmpty())
        expireWhy = deleteWhy = tr("Pick a cluster first.");
    else if (m_isFlex)
        expireWhy = deleteWhy = tr("Atlas keeps a Flex cluster's snapshots on a fixed schedule.");
    else if (!s)
        expireWhy = deleteWhy = tr("Select a snapshot first.");
    else {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        // The snapshot's own state decides whether the action is there at all; the value typed is the dialog's.
        for (const Finding &f : checkSnapshotRetention(*s, RetentionUnit::Years, 1, now, m_compliance, std::nullopt))
            if (blocksAction(f) && expireWhy.isEmpty()) expireWhy = f.message;
        for (const Finding &f : checkSnapshotDelete(*s, now, m_compliance, std::nullopt))
            if (blocksAction(f) && deleteWhy.isEmpty()) deleteWhy = f.message;
    }
    m_expire->setEnabled(expireWhy.isEmpty());
    m_delete->setEnabled(deleteWhy.isEmpty());
    const QString expireTip = expireWhy.isEmpty() ? tr("Change when snapshot %1 expires").arg(m_selectedId) : expireWhy;
    const QString deleteTip = deleteWhy.isEmpty() ? tr("Delete snapshot %1").arg(m_selectedId) : deleteWhy;
    m_expire->setToolTip(expireTip);
    m_expire->setStatusTip(expireTip);
    m_delete->setToolTip(deleteTip);
    m_delete->setStatusTip(deleteTip);
}

void SnapshotActionsController::openExpire()
{
    const Snapshot *s = selected();
    if (!s || !m_runner) return;
    if (m_dialog) m_dialog->deleteLater();
    auto *d = new ChangeExpiryDialog(*s, m_compliance, m_window);
    m_dialog = d;
    d->setAttribute(Qt::WA_DeleteOnClose);
    connect(d, &QDialog::accepted, this, [this, d, id = s->id] {
        jobs::SnapshotChange c;
        c.kind = jobs::SnapshotChange::Kind::Expire;
        c.groupId = m_groupId;
        c.clusterName = m_clusterName;
        c.snapshotId = id;
        c.unit = d->unit();
        c.value = d->value();
        m_submitted.insert(m_runner->changeSnapshot(c), id);
        emit message(tr("Changing the expiry of snapshot %1…").arg(id));
    });
    d->open();
}

void SnapshotActionsController::openDelete()
{
    const Snapshot *s = selected();
    if (!s || !m_runner) return;
    if (m_dialog) m_dialog->deleteLater();
    auto *d = new DeleteSnapshotDialog(
        *s, checkSnapshotDelete(*s, QDateTime::currentDateTimeUtc(), m_compliance, std::nullopt), m_window);
    m_dialog = d;
    d->setAttribute(Qt::WA_DeleteOnClose);
    connect(d, &QDialog::accepted, this, [this, id = s->id] {
        jobs::SnapshotChange c;
        c.kind = jobs::SnapshotChange::Kind::Delete;
        c.groupId = m_groupId;
        c.clusterName = m_clusterName;
        c.snapshotId = id;
        m_submitted.insert(m_runner->changeSnapshot(c), id);
        emit message(tr("Deleting snapshot %1…").arg(id));
    });
    d->open();
}

void SnapshotActionsController::onResult(const jobs::JobResult &r)
{
    if (!m_submitted.contains(r.id)) return;
    const QString id = m_submitted.take(r.id);
    if (!r.ok()) {
        emit message(tr("Snapshot %1 was not changed: %2").arg(id, r.error.message));
        return;
    }
    const auto o = r.payload.value<jobs::SnapshotChangeOutcome>();
    emit message(o.change.kind == jobs::SnapshotChange::Kind::Delete
                     ? tr("Snapshot %1 was deleted.").arg(id)
                     : tr("Snapshot %1 now expires %2.")
                           .arg(id, o.snapshot ? formatUtc(o.snapshot->expiresAt) : itemmodels::dash()));
    emit snapshotChanged(id);
}

}  // namespace lifeboat::ui
