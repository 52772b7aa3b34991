#include "domain/compliancerules.h"

#include "domain/policy.h"
#include "domain/policyrules.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace lifeboat::domain {

namespace {

class Compliance {
    Q_DECLARE_TR_FUNCTIONS(lifeboat::domain::Compliance)
};

Finding refuse(const QString &code, const QString &message, const QString &fix, const QString &field = {})
{
    return {code, Severity::Refuse, message, fix, field};
}

qint64 hoursOf(const PolicyItem &i)
{
    return comparableRetentionHours(i);  // the policy rules' scale, so floors and items compare alike
}

bool isEncrypted(const QString &provider)
{
    return !provider.trimmed().isEmpty() && provider.compare(QLatin1String("NONE"), Qt::CaseInsensitive) != 0;
}

// The cluster item that answers a floor: the same frequency, the longest kept.
const PolicyItem *answering(const QList<PolicyItem> &items, Frequency f)
{
    const PolicyItem *best = nullptr;
    for (const PolicyItem &i : items)
        if (i.frequency == f && (!best || hoursOf(i) > hoursOf(*best))) best = &i;
    return best;
}

}  // namespace

QString compliancefield::item(int index)
{
    return QStringLiteral("scheduledPolicyItems/%1").arg(index);
}

QList<PolicyRaise> policiesRaised(const ComplianceChange &change, const ComplianceFacts &facts)
{
    QList<PolicyRaise> out;
    for (const Cluster &c : facts.clusters) {
        if (c.isFreeTier()) continue;
        const auto it = facts.schedules.constFind(c.name);
        if (it == facts.schedules.cend()) continue;
        const QList<PolicyItem> items = it->allItems();
        for (const PolicyItem &floor : change.after.scheduledPolicyItems) {
            const PolicyItem *have = answering(items, floor.frequency);
            const bool intervalShort = floor.frequency == Frequency::Hourly && have && have->interval > floor.interval;
            if (have && hoursOf(*have) >= hoursOf(floor) && !intervalShort) continue;
            PolicyItem raised = floor;
            if (have) {
                raised.id = have->id;
                if (floor.frequency != Frequency::Hourly) raised.interval = have->interval;
                if (hoursOf(*have) >= hoursOf(floor)) {
                    raised.unit = have->unit;
                    raised.value = have->value;
                }
                out.append({c.name, *have, raised});
            } else {
                raised.id.clear();
                out.append({c.name, std::nullopt, raised});
            }
        }
    }
    return out;
}

namespace {

Findings pending(const ComplianceFacts &facts)
{
    if (!facts.current) return {};
    switch (facts.current->state.value) {
    case ComplianceState::Enabling:
    case ComplianceState::Updating:
    case ComplianceState::Disabling:
        return {refuse(compliancecode::kPendingAction,
                       Compliance::tr("Atlas is still applying the last change to the compliance policy."),
                       Compliance::tr("Wait until its state is Active, then try again."))};
    default: break;
    }
    return {};
}

}  // namespace

Findings checkComplianceChange(const ComplianceChange &change, const ComplianceFacts &facts)
{
    const CompliancePolicy &a = change.after;
    Findings out = pending(facts);
    if (a.authorizedUserFirstName.trimmed().isEmpty() || a.authorizedUserLastName.trimmed().isEmpty())
        out.append(refuse(compliancecode::kRepresentativeMissing,
                          Compliance::tr("The compliance policy needs its security or legal representative's first "
                                         "and last name."),
                          Compliance::tr("Only this person can ask MongoDB Support to lift the policy: enter their "
                                         "name."),
                          a.authorizedUserFirstName.trimmed().isEmpty() ? compliancefield::kFirstName
                                                                        : compliancefield::kLastName));
    static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    if (!email.match(a.authorizedEmail.trimmed()).hasMatch())
        out.append(refuse(compliancecode::kEmailInvalid,
                          a.authorizedEmail.trimmed().isEmpty()
                              ? Compliance::tr("The compliance policy needs its representative's e-mail address.")
                              : Compliance::tr("\"%1\" is not an e-mail address.").arg(a.authorizedEmail),
                          Compliance::tr("A wrong address blocks changes until MongoDB Support fixes it: check it."),
                          compliancefield::kEmail));

    // The items' own rules (the interval is ignored by Atlas for all but hourly).
    QList<PolicyItem> items = a.scheduledPolicyItems;
    for (PolicyItem &i : items)
        if (i.frequency != Frequency::Hourly && !intervalAllowed(i.frequency, i.interval))
            i.interval = i.frequency == Frequency::Monthly ? 40 : 1;
    for (Finding f : checkPolicyItems(items, a.pitEnabled, a.restoreWindowDays)) {
        if (f.code == policycode::kNoItems) continue;  // a policy of on-demand only is fine
        if (f.code == policycode::kRestoreWindowInvalid || f.code == policycode::kRestoreWindowTooLong ||
            f.code == policycode::kPitNeedsHourly) {
            f.code = compliancecode::kRestoreWindowInvalid;
            f.field = compliancefield::kRestoreWindow;
        } else {
            f.code = compliancecode::kItemInvalid;
            f.field.replace(QLatin1String("items/"), QLatin1String("scheduledPolicyItems/"));
        }
        out.append(f);
    }
    if (a.onDemandPolicyItem &&
        (a.onDemandPolicyItem->value < 1 || a.onDemandPolicyItem->unit == RetentionUnit::Unknown))
        out.append(refuse(compliancecode::kOnDemandInvalid,
                          Compliance::tr("The on-demand item needs a retention of at least 1 day."),
                          Compliance::tr("Enter how long on-demand snapshots are kept, or remove the item."),
                          compliancefield::kOnDemand));

    // Once enabled, nothing is relaxed without MongoDB Support.
    if (facts.current) {
        const CompliancePolicy &b = *facts.current;
        for (const PolicyItem &old : b.scheduledPolicyItems) {
            const PolicyItem *now = answering(a.scheduledPolicyItems, old.frequency);
            if (!now)
                out.append(refuse(compliancecode::kItemRemoved,
                                  Compliance::tr("The %1 item cannot be removed from an enabled compliance policy.")
                                      .arg(frequencyWord(old.frequency)),
                                  Compliance::tr("Only MongoDB Support can remove it; keep the item.")));
            else if (hoursOf(*now) < hoursOf(old))
                out.append(refuse(compliancecode::kRetentionLowered,
                                  Compliance::tr("The %1 item's retention cannot go below %2 once the policy is "
                                                 "enabled.")
                                      .arg(frequencyWord(old.frequency), retentionWords(old)),
                                  Compliance::tr("Keep it at %1 or more.").arg(retentionWords(old)),
                                  compliancefield::item(int(a.scheduledPolicyItems.indexOf(*now)))));
        }
        if (b.onDemandPolicyItem && a.onDemandPolicyItem &&
            hoursOf(*a.onDemandPolicyItem) < hoursOf(*b.onDemandPolicyItem))
            out.append(refuse(compliancecode::kRetentionLowered,
                              Compliance::tr("The on-demand retention cannot go below %1 once the policy is enabled.")
                                  .arg(retentionWords(*b.onDemandPolicyItem)),
                              Compliance::tr("Keep it at %1 or more.").arg(retentionWords(*b.onDemandPolicyItem)),
                              compliancefield::kOnDemand));
        if (b.onDemandPolicyItem && !a.onDemandPolicyItem)
            out.append(refuse(compliancecode::kItemRemoved,
                              Compliance::tr("The on-demand item cannot be removed from an enabled compliance policy."),
                              Compliance::tr("Only MongoDB Support can remove it; keep the item."),
                              compliancefield::kOnDemand));
        if (b.pitEnabled && !a.pitEnabled)
            out.append(refuse(compliancecode::kPitDisabled,
                              Compliance::tr("Point-in-time restore cannot be turned off once the policy requires it."),
                              Compliance::tr("Only MongoDB Support can turn it off.")));
        if (b.pitEnabled && a.pitEnabled && a.restoreWindowDays < b.restoreWindowDays)
            out.append(refuse(compliancecode::kRestoreWindowShortened,
                              Compliance::tr("The restore window cannot be shortened below %n day(s) once the policy "
                                             "is enabled.",
                                             nullptr, b.restoreWindowDays),
                              Compliance::tr("Only MongoDB Support can shorten it."), compliancefield::kRestoreWindow));
    } else {
        out.append({compliancecode::kPermanent,
                    Severity::Warn,
                    Compliance::tr("Once enabled, nobody can delete a snapshot, shorten a retention, lower a policy "
                                   "below this floor or disable the policy: only MongoDB Support can, at the "
                                   "representative's request."),
                    Compliance::tr("Check every item and the representative before you enable it."),
                    {}});
    }

    // The project's clusters.
    for (const Cluster &c : facts.clusters) {
        if (c.isFreeTier()) continue;
        if (a.encryptionAtRestEnabled && !isEncrypted(c.encryptionAtRestProvider) &&
            !(facts.current && facts.current->encryptionAtRestEnabled))
            out.append(refuse(compliancecode::kClusterNotEncrypted,
                              Compliance::tr("Cluster %1 does not use encryption at rest with a customer key; the "
                                             "policy would require it.")
                                  .arg(c.name),
                              Compliance::tr("Turn on encryption at rest for %1 first.").arg(c.name)));
        const auto it = facts.schedules.constFind(c.name);
        if (a.pitEnabled && !c.pitEnabled && it != facts.schedules.cend() &&
            !answering(it->allItems(), Frequency::Hourly) && !change.overwriteBackupPolicies)
            out.append(
                refuse(compliancecode::kClusterNoHourly,
                       Compliance::tr("Cluster %1 has no hourly item, which point-in-time restore needs.").arg(c.name),
                       Compliance::tr("Add an hourly item to %1, or let the policy overwrite the cluster "
                                      "policies.")
                           .arg(c.name)));
    }
    QStringList below;
    for (const PolicyRaise &r : policiesRaised(change, facts))
        if (!below.contains(r.clusterName)) below.append(r.clusterName);
    for (const QString &name : below) {
        if (change.overwriteBackupPolicies)
            out.append({compliancecode::kClusterRaised,
                        Severity::Info,
                        Compliance::tr("The backup policy of %1 is below the floor and is raised to it.").arg(name),
                        {},
                        {}});
        else
            out.append(
                refuse(compliancecode::kClusterBelowFloor,
                       Compliance::tr("The backup policy of %1 is below the compliance policy's floor.").arg(name),
                       Compliance::tr("Raise its policy first, or let the compliance policy overwrite it.")));
    }
    return out;
}

Findings checkComplianceDisable(const ComplianceFacts &facts)
{
    if (!facts.current)
        return {refuse(compliancecode::kNotEnabled,
                       Compliance::tr("The project has no Backup Compliance Policy to disable."), {})};
    if (Findings busy = pending(facts); !busy.isEmpty()) return busy;
    if (facts.current->deletable) return {};
    const int clusters = facts.flexClusters + int(facts.clusters.size());  // M0 ones count too
    if (clusters > 0 || facts.retainedSnapshotsOfTerminatedClusters > 0)
        return {refuse(compliancecode::kNotEmpty,
                       Compliance::tr("The compliance policy can be disabled only in an empty project: this one has "
                                      "%n cluster(s) or retained snapshot(s).",
                                      nullptr, clusters + facts.retainedSnapshotsOfTerminatedClusters),
                       Compliance::tr("Only MongoDB Support can disable it, at the representative's request."))};
    return {};
}

Findings checkComplianceConfirmation(const QString &projectName, const QString &typed, bool acknowledged)
{
    Findings out;
    if (typed != projectName)
        out.append(refuse(compliancecode::kProjectNameMismatch,
                          Compliance::tr("Type the project's name, %1, to confirm.").arg(projectName), {}));
    if (!acknowledged)
        out.append(refuse(compliancecode::kNotAcknowledged,
                          Compliance::tr("Confirm that only MongoDB Support can lift the policy."), {}));
    return out;
}

QList<PolicyDiff> complianceDiff(const std::optional<CompliancePolicy> &before, const CompliancePolicy &after)
{
    QList<PolicyDiff> out;
    const auto onOff = [](bool on) { return on ? Compliance::tr("required") : Compliance::tr("not required"); };
    const auto person = [](const CompliancePolicy &p) {
        return QStringLiteral("%1 %2").arg(p.authorizedUserFirstName, p.authorizedUserLastName).trimmed();
    };
    const auto add = [&out](const QString &field, const QString &was, const QString &now) {
        if (was != now) out.append({field, was, now, std::nullopt, std::nullopt});
    };
    const bool had = before.has_value();
    add(QStringLiteral("representative"), had ? person(*before) : QString(), person(after));
    add(QStringLiteral("authorizedEmail"), had ? before->authorizedEmail : QString(), after.authorizedEmail);
    add(QStringLiteral("encryptionAtRest"), had ? onOff(before->encryptionAtRestEnabled) : QString(),
        onOff(after.encryptionAtRestEnabled));
    add(QStringLiteral("copyProtection"), had ? onOff(before->copyProtectionEnabled) : QString(),
        onOff(after.copyProtectionEnabled));
    add(QStringLiteral("pit"), had ? onOff(before->pitEnabled) : QString(), onOff(after.pitEnabled));
    const auto days = [](int n) { return Compliance::tr("%n day(s)", nullptr, n); };
    if (after.pitEnabled || (had && before->pitEnabled))
        add(QStringLiteral("restoreWindowDays"),
            had && before->pitEnabled ? days(before->restoreWindowDays) : QString(),
            after.pitEnabled ? days(after.restoreWindowDays) : QString());
    const auto onDemand = [](const std::optional<PolicyItem> &i) { return i ? retentionWords(*i) : QString(); };
    add(QStringLiteral("onDemand"), had ? onDemand(before->onDemandPolicyItem) : QString(),
        onDemand(after.onDemandPolicyItem));
    const auto item = [](const QList<PolicyItem> &items, Frequency f) {
        const PolicyItem *i = answering(items, f);
        return i ? retentionWords(*i) : QString();
    };
    for (Frequency f : {Frequency::Hourly, Frequency::Daily, Frequency::Weekly, Frequency::Monthly, Frequency::Yearly})
        add(QStringLiteral("items/") + frequencyName(f), had ? item(before->scheduledPolicyItems, f) : QString(),
            item(after.scheduledPolicyItems, f));
    return out;
}

}  // namespace lifeboat::domain
