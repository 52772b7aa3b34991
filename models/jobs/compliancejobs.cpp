#include "jobs/compliancejobs.h"

#include "atlas/mapping.h"
#include "cache/cache.h"

#include <spdlog/spdlog.h>

#include <QJsonArray>

#include <algorithm>

namespace lifeboat::jobs {

using namespace lifeboat::atlas;
using namespace lifeboat::domain;

namespace {

QString iso(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODate);
}

// An item as a PUT sets it: the interval counts for hourly items only (Atlas ignores the others').
QString itemKey(const PolicyItem &i)
{
    return QStringLiteral("%1/%2/%3/%4")
        .arg(frequencyName(i.frequency))
        .arg(i.frequency == Frequency::Hourly ? i.interval : 0)
        .arg(retentionUnitName(i.unit))
        .arg(i.value);
}

QStringList itemKeys(const QList<PolicyItem> &items)
{
    QStringList out;
    for (const PolicyItem &i : items) out << itemKey(i);
    std::sort(out.begin(), out.end());
    return out;
}

}  // namespace

QJsonObject complianceBody(const CompliancePolicy &p)
{
    QJsonObject o = mapping::toJson(ComplianceUpdate{p, true});
    // What Atlas shows: the read-only fields and the items' ids too.
    o.insert(QLatin1String("restoreWindowDays"), p.restoreWindowDays);
    if (p.onDemandPolicyItem && !p.onDemandPolicyItem->id.isEmpty()) {
        QJsonObject d = o.value(QLatin1String("onDemandPolicyItem")).toObject();
        d.insert(QLatin1String("id"), p.onDemandPolicyItem->id);
        o.insert(QLatin1String("onDemandPolicyItem"), d);
    }
    QJsonArray items;
    for (const PolicyItem &i : p.scheduledPolicyItems) items.append(mapping::toJson(i));
    o.insert(QLatin1String("scheduledPolicyItems"), items);
    o.insert(QLatin1String("deletable"), p.deletable);
    if (!p.state.raw.isEmpty()) o.insert(QLatin1String("state"), p.state.raw);
    if (p.updatedDate.isValid()) o.insert(QLatin1String("updatedDate"), iso(p.updatedDate));
    if (!p.updatedUser.isEmpty()) o.insert(QLatin1String("updatedUser"), p.updatedUser);
    return o;
}

std::optional<ComplianceChange> complianceChangeFromBody(const QJsonObject &body, QString *why)
{
    auto no = [why](const QString &text) {
        if (why) *why = text;
        return std::nullopt;
    };
    if (!body.value(QLatin1String("authorizedEmail")).isString())
        return no(QStringLiteral("the file has no \"authorizedEmail\" (the policy as `compliance show -o json` "
                                 "prints it)"));
    const QJsonValue items = body.value(QLatin1String("scheduledPolicyItems"));
    if (!items.isUndefined() && !items.isArray()) return no(QStringLiteral("\"scheduledPolicyItems\" is not a list"));
    for (const QJsonValue &v : items.toArray()) {
        const QJsonObject i = v.toObject();
        for (const char *field : {"frequencyType", "frequencyInterval", "retentionUnit", "retentionValue"})
            if (!i.contains(QLatin1String(field)))
                return no(QStringLiteral("a scheduled policy item has no \"%1\"").arg(QLatin1String(field)));
    }
    const QJsonValue onDemand = body.value(QLatin1String("onDemandPolicyItem"));
    if (!onDemand.isUndefined() && !onDemand.isNull() && !onDemand.isObject())
        return no(QStringLiteral("\"onDemandPolicyItem\" is not an object"));
    const QJsonValue overwrite = body.value(QLatin1String("overwriteBackupPolicies"));
    if (!overwrite.isUndefined() && !overwrite.isBool())
        return no(QStringLiteral("\"overwriteBackupPolicies\" is not true or false"));
    ComplianceChange c;
    c.after = mapping::compliancePolicy(body, QString());
    if (c.after.onDemandPolicyItem) c.after.onDemandPolicyItem->frequency = Frequency::OnDemand;
    c.overwriteBackupPolicies = overwrite.toBool(true);
    return c;
}

bool sameComplianceSettings(const CompliancePolicy &a, const CompliancePolicy &b)
{
    auto sameOnDemand = [](const std::optional<PolicyItem> &x, const std::optional<PolicyItem> &y) {
        if (!x || !y) return !x && !y;
        return x->unit == y->unit && x->value == y->value;
    };
    return a.authorizedEmail.trimmed() == b.authorizedEmail.trimmed() &&
           a.authorizedUserFirstName.trimmed() == b.authorizedUserFirstName.trimmed() &&
           a.authorizedUserLastName.trimmed() == b.authorizedUserLastName.trimmed() &&
           a.copyProtectionEnabled == b.copyProtectionEnabled &&
           a.encryptionAtRestEnabled == b.encryptionAtRestEnabled && a.pitEnabled == b.pitEnabled &&
           (!a.pitEnabled || a.restoreWindowDays == b.restoreWindowDays) &&
           sameOnDemand(a.onDemandPolicyItem, b.onDemandPolicyItem) &&
           itemKeys(a.scheduledPolicyItems) == itemKeys(b.scheduledPolicyItems);
}

// ---------------------------------------------------------------- ReadComplianceJob

ReadComplianceJob::ReadComplianceJob(JobId id, QString groupId, const JobContext &context, QObject *parent)
    : Job(id, JobKind::ReadCompliance, QStringLiteral("project/%1/readCompliance").arg(groupId), context, parent),
      m_groupId(std::move(groupId))
{}

QString ReadComplianceJob::title() const
{
    return tr("Read the Backup Compliance Policy of project %1").arg(m_groupId);
}

void ReadComplianceJob::run()
{
    request<std::optional<CompliancePolicy>>(
        [this](auto cb) { return m_ctx.client.getCompliancePolicy(m_groupId, cb); },
        [this](Result<std::optional<CompliancePolicy>> r) {
            if (!r.ok()) return finish(JobError::fromApi(r.error));
            if (!m_ctx.cache.setCompliancePolicy(m_groupId, r.value, QDateTime::currentDateTimeUtc()))
                spdlog::warn("job {}: the compliance policy could not be cached: {}", id(),
                             m_ctx.cache.lastError().toStdString());
            else
                noteChanged(CacheScope::project(m_groupId));
            finish({}, QVariant::fromValue(ComplianceRead{m_groupId, r.value}));
        });
}

// ---------------------------------------------------------------- ComplianceMutationJob

void ComplianceMutationJob::readFacts(const QString &groupId)
{
    struct Facts {
        int waiting = 4;
        std::optional<ApiError> error;
    };
    auto st = std::make_shared<Facts>();
    auto keep = [st](const ApiError &e) {
        if (!st->error) st->error = e;
    };
    // Every cluster's schedule, once the list is in (M0 ones have none).
    auto schedules = [this, groupId, st, keep] {
        QList<Cluster> backed;
        for (const Cluster &c : m_validation.facts.clusters)
            if (!c.isFreeTier()) backed.append(c);
        if (backed.isEmpty()) return factsRead();
        auto left = std::make_shared<int>(int(backed.size()));
        for (const Cluster &c : backed) {
            const QString name = c.name;
            request<BackupSchedule>(
                [this, groupId, name](auto cb) { return m_ctx.client.getSchedule(groupId, name, cb); },
                [this, st, keep, left, name](Result<BackupSchedule> r) {
                    // A cluster without backup may have no schedule: not a failure.
                    if (r.ok())
                        m_validation.facts.schedules.insert(name, r.value);
                    else if (r.error.kind != ErrorKind::NotFound && r.error.kind != ErrorKind::BadRequest)
                        keep(r.error);
                    if (--*left > 0) return;
                    if (st->error) return finish(JobError::fromApi(*st->error));
                    factsRead();
                });
        }
    };
    auto done = [this, st, schedules] {
        if (--st->waiting > 0) return;
        if (st->error) return finish(JobError::fromApi(*st->error));
        schedules();
    };
    request<Project>([this, groupId](auto cb) { return m_ctx.client.getProject(groupId, cb); },
                     [this, keep, done](Result<Project> r) {
                         if (r.ok())
                             m_validation.projectName = r.value.name;
                         else
                             keep(r.error);
                         done();
                     });
    request<std::optional<CompliancePolicy>>(
        [this, groupId](auto cb) { return m_ctx.client.getCompliancePolicy(groupId, cb); },
        [this, keep, done](Result<std::optional<CompliancePolicy>> r) {
            if (r.ok())
                m_validation.facts.current = r.value;
            else
                keep(r.error);
            done();
        });
    request<QList<Cluster>>([this, groupId](auto cb) { return m_ctx.client.listClusters(groupId, cb); },
                            [this, keep, done](Result<QList<Cluster>> r) {
                                if (r.ok())
                                    m_validation.facts.clusters = r.value;
                                else
                                    keep(r.error);
                                done();
                            });
    request<QList<FlexCluster>>([this, groupId](auto cb) { return m_ctx.client.listFlexClusters(groupId, cb); },
                                [this, keep, done](Result<QList<FlexCluster>> r) {
                                    if (r.ok())
                                        m_validation.facts.flexClusters = int(r.value.size());
                                    else
                                        keep(r.error);
                                    done();
                                });
}

void ComplianceMutationJob::finishWith(const QString &groupId, ComplianceOutcome out,
                                       const std::optional<CompliancePolicy> &now)
{
    if (!m_ctx.cache.setCompliancePolicy(groupId, now, QDateTime::currentDateTimeUtc())) {
        JobError e = cacheError(tr("the compliance policy"));
        e.message += u' ' + tr("Atlas made the change; the next sync shows it.");
        return finish(e, QVariant::fromValue(out));
    }
    succeeded(QVariant::fromValue(out), CacheScope::project(groupId));
}

// ---------------------------------------------------------------- ApplyComplianceJob

ApplyComplianceJob::ApplyComplianceJob(JobId id, QString groupId, ComplianceChange change, QString typedProjectName,
                                       bool acknowledged, bool validateOnly, const JobContext &context, QObject *parent)
    : ComplianceMutationJob(id, validateOnly ? JobKind::ValidateCompliance : JobKind::ApplyCompliance,
                            targetKeyFor(groupId, validateOnly), context, parent),
      m_groupId(std::move(groupId)), m_change(std::move(change)), m_typed(std::move(typedProjectName)),
      m_acknowledged(acknowledged), m_validateOnly(validateOnly)
{
    if (m_change.after.projectId.isEmpty()) m_change.after.projectId = m_groupId;
}

QString ApplyComplianceJob::targetKeyFor(const QString &groupId, bool validateOnly)
{
    return QStringLiteral("project/%1/%2")
        .arg(groupId, validateOnly ? QStringLiteral("validateCompliance") : QStringLiteral("compliance"));
}

QString ApplyComplianceJob::title() const
{
    return m_validateOnly ? tr("Check the Backup Compliance Policy of project %1").arg(m_groupId)
                          : tr("Apply the Backup Compliance Policy of project %1").arg(m_groupId);
}

QString ApplyComplianceJob::requestKey() const
{
    const QJsonObject body = mapping::toJson(ComplianceUpdate{m_change.after, m_change.overwriteBackupPolicies});
    return MutationJob::requestKey() + u'|' + QString::fromUtf8(mapping::compact(body)) + u'|' +
           QString::number(m_change.overwriteBackupPolicies) + u'|' + m_typed + u'|' + QString::number(m_acknowledged);
}

void ApplyComplianceJob::validate()
{
    readFacts(m_groupId);
}

void ApplyComplianceJob::factsRead()
{
    ComplianceValidation &v = m_validation;
    v.change = m_change;
    v.findings = checkComplianceChange(m_change, v.facts);
    if (!m_validateOnly) v.findings += checkComplianceConfirmation(v.projectName, m_typed, m_acknowledged);
    v.allowed = !isRefused(v.findings);
    if (m_change.overwriteBackupPolicies) v.raises = policiesRaised(m_change, v.facts);
    if (m_validateOnly) return finish({}, QVariant::fromValue(v));
    if (!v.allowed) return finish(JobError::validation(refusalReasons(v.findings)), QVariant::fromValue(v));
    validated({});
}

void ApplyComplianceJob::send()
{
    if (!markSent()) return;
    const ComplianceUpdate update{m_change.after, m_change.overwriteBackupPolicies};
    request<CompliancePolicy>(
        [this, update](auto cb) { return m_ctx.client.updateCompliancePolicy(m_groupId, update, cb); },
        [this](Result<CompliancePolicy> r) {
            if (!r.ok()) return sendFailed(r.error);
            readBack(false);
        });
}

void ApplyComplianceJob::reconcile(const ApiError &lost)
{
    request<std::optional<CompliancePolicy>>(
        [this](auto cb) { return m_ctx.client.getCompliancePolicy(m_groupId, cb); },
        [this, lost](Result<std::optional<CompliancePolicy>> r) {
            ApiError e = lost;
            if (!r.ok()) {
                e.message = tr("The answer to the compliance policy change was lost (%1) and the policy could not be "
                               "read again (%2), so it is not known whether Atlas applied it. Nothing was sent "
                               "twice; check the project after the next sync.")
                                .arg(lost.message, r.error.message);
                return finish(JobError::fromApi(e));
            }
            if (r.value && sameComplianceSettings(*r.value, m_change.after))
                return finishWith(m_groupId, {m_validation, r.value, true}, r.value);
            const std::optional<CompliancePolicy> &before = m_validation.facts.current;
            const bool unchanged = r.value ? before && sameComplianceSettings(*r.value, *before) : !before;
            e.message = unchanged
                            ? tr("The answer to the compliance policy change was lost (%1); the policy read again is "
                                 "unchanged, so Atlas did not apply it. Nothing was sent twice; apply it again.")
                                  .arg(lost.message)
                            : tr("The answer to the compliance policy change was lost (%1); the policy read again is "
                                 "neither the old one nor the one asked for. Nothing was sent twice; review the "
                                 "project's compliance policy.")
                                  .arg(lost.message);
            finish(JobError::fromApi(e));
        });
}

void ApplyComplianceJob::readBack(bool confirmedByReread)
{
    request<std::optional<CompliancePolicy>>(
        [this](auto cb) { return m_ctx.client.getCompliancePolicy(m_groupId, cb); },
        [this, confirmedByReread](Result<std::optional<CompliancePolicy>> r) {
            if (!r.ok()) {
                spdlog::warn("job {}: the compliance policy could not be read again after the change: {}", id(),
                             r.error.message.toStdString());
                // Applied all the same: the next sync shows it.
                return succeeded(QVariant::fromValue(ComplianceOutcome{m_validation, std::nullopt, confirmedByReread}),
                                 CacheScope::project(m_groupId));
            }
            finishWith(m_groupId, {m_validation, r.value, confirmedByReread}, r.value);
        });
}

// ---------------------------------------------------------------- DisableComplianceJob

DisableComplianceJob::DisableComplianceJob(JobId id, QString groupId, QString typedProjectName,
                                           const JobContext &context, QObject *parent)
    : ComplianceMutationJob(id, JobKind::DisableCompliance, ApplyComplianceJob::targetKeyFor(groupId, false), context,
                            parent),
      m_groupId(std::move(groupId)), m_typed(std::move(typedProjectName))
{}

QString DisableComplianceJob::title() const
{
    return tr("Disable the Backup Compliance Policy of project %1").arg(m_groupId);
}

QString DisableComplianceJob::requestKey() const
{
    return MutationJob::requestKey() + u'|' + m_typed;
}

void DisableComplianceJob::validate()
{
    readFacts(m_groupId);
}

void DisableComplianceJob::factsRead()
{
    ComplianceValidation &v = m_validation;
    v.findings = checkComplianceDisable(v.facts);
    // Disabling needs the name typed only: there is nothing further to acknowledge.
    v.findings += checkComplianceConfirmation(v.projectName, m_typed, true);
    v.allowed = !isRefused(v.findings);
    if (!v.allowed) return finish(JobError::validation(refusalReasons(v.findings)), QVariant::fromValue(v));
    validated({});
}

void DisableComplianceJob::send()
{
    if (!markSent()) return;
    request<bool>([this](auto cb) { return m_ctx.client.disableCompliancePolicy(m_groupId, cb); },
                  [this](Result<bool> r) {
                      if (!r.ok()) return sendFailed(r.error);
                      readBack(false);
                  });
}

void DisableComplianceJob::reconcile(const ApiError &lost)
{
    request<std::optional<CompliancePolicy>>(
        [this](auto cb) { return m_ctx.client.getCompliancePolicy(m_groupId, cb); },
        [this, lost](Result<std::optional<CompliancePolicy>> r) {
            ApiError e = lost;
            if (!r.ok()) {
                e.message = tr("The answer to disabling the compliance policy was lost (%1) and the policy could not "
                               "be read again (%2), so it is not known whether Atlas disabled it. Nothing was sent "
                               "twice; check the project after the next sync.")
                                .arg(lost.message, r.error.message);
                return finish(JobError::fromApi(e));
            }
            if (!r.value || r.value->state.value == ComplianceState::Disabling)
                return finishWith(m_groupId, {m_validation, std::nullopt, true}, r.value);
            e.message = tr("The answer to disabling the compliance policy was lost (%1); the policy read again is "
                           "still in place, so Atlas did not disable it. Nothing was sent twice; try again.")
                            .arg(lost.message);
            finish(JobError::fromApi(e));
        });
}

void DisableComplianceJob::readBack(bool confirmedByReread)
{
    request<std::optional<CompliancePolicy>>(
        [this](auto cb) { return m_ctx.client.getCompliancePolicy(m_groupId, cb); },
        [this, confirmedByReread](Result<std::optional<CompliancePolicy>> r) {
            const ComplianceOutcome out{m_validation, std::nullopt, confirmedByReread};
            if (!r.ok()) {
                spdlog::warn("job {}: the compliance policy could not be read again after disabling it: {}", id(),
                             r.error.message.toStdString());
                return succeeded(QVariant::fromValue(out), CacheScope::project(m_groupId));
            }
            // Cached as read: DISABLING for a while, then gone.
            finishWith(m_groupId, out, r.value);
        });
}

}  // namespace lifeboat::jobs
