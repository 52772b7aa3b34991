#include "policy/policyreviewdialog.h"

#include "itemmodels/policyitemsmodel.h"
#include "itemmodels/restoreformat.h"
#include "itemmodels/snapshotformat.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace lifeboat::ui {

using namespace lifeboat::domain;
using itemmodels::formatUtc;

namespace {

QString itemWords(const PolicyItem &i)
{
    return PolicyReviewDialog::tr("%1 %2, keep %3")
        .arg(frequencyWord(i.frequency), itemmodels::PolicyItemsModel::intervalWords(i.frequency, i.interval),
             retentionWords(i));
}

QString horizonWords(qint64 hours)
{
    if (hours <= 0) return itemmodels::dash();
    if (hours % (24 * 7) == 0 && hours >= 24 * 7 * 2)
        return PolicyReviewDialog::tr("%n week(s)", nullptr, int(hours / (24 * 7)));
    return PolicyReviewDialog::tr("%n day(s)", nullptr, int((hours + 23) / 24));
}

}  // namespace

QString PolicyReviewDialog::fieldText(const PolicyDiff &d)
{
    if (d.field == QLatin1String("referenceTime")) return tr("Snapshot time (UTC)");
    if (d.field == policyfield::kRestoreWindow) return tr("Restore window (days)");
    if (d.field == policyfield::kExport) return tr("Auto-export");
    if (d.field.startsWith(QLatin1String("items/"))) {
        const auto &i = d.itemAfter ? d.itemAfter : d.itemBefore;
        return i ? tr("%1 item").arg(frequencyWord(i->frequency)) : tr("Policy item");
    }
    if (d.field.startsWith(QLatin1String("copySettings/")))
        return tr("Copies to %1").arg(itemmodels::regionName(d.field.mid(13)));
    return d.field;
}

QString PolicyReviewDialog::valueText(const PolicyDiff &d, bool after)
{
    const auto &item = after ? d.itemAfter : d.itemBefore;
    if (item) return itemWords(*item);
    const QString v = after ? d.after : d.before;
    if (v.isEmpty()) return after ? tr("(removed)") : tr("(none)");
    return v;
}

PolicyReviewDialog::PolicyReviewDialog(const QString &clusterName, const jobs::PolicyValidation &v, QWidget *parent)
    : QDialog(parent), m_validation(v)
{
    setObjectName(QStringLiteral("policyReviewDialog"));
    setWindowTitle(tr("Review the backup policy of %1").arg(clusterName));
    const int x = fontMetrics().horizontalAdvance(QLatin1Char('x'));
    setMinimumWidth(x * 100);

    auto *intro = new QLabel(tr("Lifeboat read the schedule, the snapshots and the compliance policy again and "
                                "checked the edit. Nothing has been sent yet."),
                             this);
    intro->setWordWrap(true);
    m_changes = new QTreeWidget(this);
    m_changes->setObjectName(QStringLiteral("policyChanges"));
    m_changes->setAccessibleName(tr("What changes"));
    m_changes->setRootIsDecorated(false);
    m_changes->setColumnCount(3);
    m_changes->setHeaderLabels({tr("Setting"), tr("Before"), tr("After")});
    m_changes->setColumnWidth(0, x * 24);
    m_changes->setColumnWidth(1, x * 36);
    for (const PolicyDiff &d : v.diff) {
        auto *row = new QTreeWidgetItem(m_changes, {fieldText(d), valueText(d, false), valueText(d, true)});
        row->setData(0, Qt::UserRole, d.field);
    }
    if (v.diff.isEmpty()) new QTreeWidgetItem(m_changes, {tr("Nothing changes."), QString(), QString()});

    const PolicyImpact &im = v.impact;
    QStringList impact;
    impact << tr("Snapshots kept once the policy runs: %1 before, %2 after.")
                  .arg(itemmodels::formatCount(im.keptBefore), itemmodels::formatCount(im.keptAfter));
    if (im.bytesBefore > 0 || im.bytesAfter > 0)
        impact << tr("Their storage at today's snapshot size: %1 before, %2 after.")
                      .arg(itemmodels::formatSize(im.bytesBefore), itemmodels::formatSize(im.bytesAfter));
    impact << tr("The oldest snapshot kept: %1 before, %2 after.")
                  .arg(horizonWords(im.horizonBeforeHours), horizonWords(im.horizonAfterHours));
    if (!im.moved.isEmpty())
        impact << tr("%n existing snapshot(s) get a new expiry, the earliest %1 and the latest %2.", nullptr,
                     int(im.moved.size()))
                      .arg(formatUtc(im.earliestNewExpiry), formatUtc(im.latestNewExpiry));
    else if (hasFinding(v.findings, policycode::kExpiriesNotMoved))
        impact << tr("No existing snapshot's expiry moves: only new snapshots keep the new retention.");
    else
        impact << tr("No existing snapshot's expiry moves.");
    if (!im.removedItemIds.isEmpty())
        impact << tr("Snapshots of the %n removed item(s) stay until they expire.", nullptr,
                     int(im.removedItemIds.size()));
    m_impact = new QLabel(impact.join(u'\n'), this);
    m_impact->setObjectName(QStringLiteral("policyImpact"));
    m_impact->setWordWrap(true);
    m_impact->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_findings = new QTreeWidget(this);
    m_findings->setObjectName(QStringLiteral("policyReviewFindings"));
    m_findings->setRootIsDecorated(false);
    m_findings->setColumnCount(2);
    m_findings->setHeaderLabels({tr("Severity"), tr("Finding")});
    m_findings->setColumnWidth(0, x * 14);
    m_findings->setWordWrap(true);
    for (const Finding &f : v.findings) {
        auto *row = new QTreeWidgetItem(
            m_findings, {itemmodels::severityText(f.severity), f.fix.isEmpty() ? f.message : f.message + u' ' + f.fix});
        row->setIcon(0, QIcon(itemmodels::severityIconPath(f.severity)));
        row->setData(0, Qt::UserRole, f.code);
    }
    m_findings->setVisible(!v.findings.isEmpty());

    m_outcome = new QLabel(this);
    m_outcome->setObjectName(QStringLiteral("policyOutcome"));
    m_outcome->setWordWrap(true);
    m_outcome->setTextInteractionFlags(Qt::TextSelectableByMouse);
    if (!v.allowed) m_outcome->setText(tr("<b>Refused:</b> %1").arg(firstRefusal(v.findings)->message.toHtmlEscaped()));

    auto *buttons = new QDialogButtonBox(this);
    m_apply = buttons->addButton(tr("&Apply"), QDialogButtonBox::AcceptRole);
    m_apply->setObjectName(QStringLiteral("applyPolicyButton"));
    m_apply->setEnabled(v.allowed && !v.diff.isEmpty());
    m_close = buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    m_close->setObjectName(QStringLiteral("closePolicyReview"));
    connect(m_apply, &QPushButton::clicked, this, [this] {
        m_apply->setEnabled(false);
        m_outcome->setText(tr("Applying the change, then reading the schedule and the snapshots back…"));
        emit applyRequested();
    });
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(new QLabel(tr("<b>What changes</b>"), this));
    layout->addWidget(m_changes, 2);
    layout->addWidget(new QLabel(tr("<b>What it does to the snapshots</b>"), this));
    layout->addWidget(m_impact);
    layout->addWidget(m_findings, 1);
    layout->addWidget(m_outcome);
    layout->addWidget(buttons);
}

void PolicyReviewDialog::showOutcome(const jobs::JobResult &r)
{
    m_close->setText(tr("Close"));
    if (!r.ok()) {
        m_outcome->setText(tr("<b>Not applied:</b> %1").arg(r.error.message.toHtmlEscaped()));
        return;
    }
    const auto o = r.payload.value<jobs::PolicyOutcome>();
    QStringList lines;
    lines << (o.differences.isEmpty() ? tr("<b>Applied.</b> The schedule read back is what was asked.")
                                      : tr("<b>Applied, but the schedule read back differs from what was asked:</b>"));
    for (const PolicyDiff &d : o.differences)
        lines << tr("%1: asked %2, Atlas has %3")
                     .arg(fieldText(d).toHtmlEscaped(), valueText(d, false).toHtmlEscaped(),
                          valueText(d, true).toHtmlEscaped());
    if (!o.expiries.isEmpty())
        lines << tr("%1 of %n moved expiry(ies) read back as the review said.", nullptr, int(o.expiries.size()))
                     .arg(o.expiriesAsExpected);
    if (!o.expiriesMovedUnasked.isEmpty())
        lines << tr("%n snapshot(s) got a new expiry the review did not foresee.", nullptr,
                    int(o.expiriesMovedUnasked.size()));
    if (o.confirmedByReread)
        lines << tr("The server's answer was lost; reading the schedule again showed the change was made (it was "
                    "not sent twice).");
    m_outcome->setText(lines.join(QStringLiteral("<br>")));
}

}  // namespace lifeboat::ui
