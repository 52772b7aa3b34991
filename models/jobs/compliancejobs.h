#pragma once
// The Backup Compliance Policy jobs, in the mutation shape (mutationjob.h):
//   ReadComplianceJob     the policy read fresh (and cached); payload ComplianceRead;
//   ApplyComplianceJob    validate: the project (its name), the policy, the clusters, their
//                         schedules and the Flex clusters read fresh, domain::checkComplianceChange
//                         and, for an apply, checkComplianceConfirmation; PUT once; a lost answer
//                         is reconciled by reading the policy again (never a second PUT); then
//                         the policy is read back;
//   DisableComplianceJob  the same facts, domain::checkComplianceDisable and the project's name
//                         typed; DELETE once; a lost answer reconciled by reading the policy.
#include "jobs/compliance.h"
#include "jobs/mutationjob.h"

namespace lifeboat::jobs {

class ReadComplianceJob : public Job {
    Q_OBJECT
public:
    ReadComplianceJob(JobId id, QString groupId, const JobContext &context, QObject *parent = nullptr);
    QString title() const override;

protected:
    void run() override;

private:
    QString m_groupId;
};

// The facts both mutations validate over, read fresh; shared by the two jobs below.
class ComplianceMutationJob : public MutationJob {
    Q_OBJECT
public:
    using MutationJob::MutationJob;

protected:
    // Reads the facts into m_validation (facts, projectName), then calls factsRead().
    void readFacts(const QString &groupId);
    virtual void factsRead() = 0;
    // The policy read again after the change: cached, then the job succeeds with `out`.
    void finishWith(const QString &groupId, ComplianceOutcome out, const std::optional<domain::CompliancePolicy> &now);

    ComplianceValidation m_validation;
};

class ApplyComplianceJob : public ComplianceMutationJob {
    Q_OBJECT
public:
    // validateOnly: the kind is ValidateCompliance, the confirmation is not checked and
    // nothing is sent.
    ApplyComplianceJob(JobId id, QString groupId, domain::ComplianceChange change, QString typedProjectName,
                       bool acknowledged, bool validateOnly, const JobContext &context, QObject *parent = nullptr);
    QString title() const override;
    QString requestKey() const override;  // the same change, typed the same: the same request
    static QString targetKeyFor(const QString &groupId, bool validateOnly);

protected:
    void validate() override;
    void send() override;
    void reconcile(const atlas::ApiError &lost) override;
    void factsRead() override;

private:
    void readBack(bool confirmedByReread);

    QString m_groupId;
    domain::ComplianceChange m_change;
    QString m_typed;
    bool m_acknowledged, m_validateOnly;
};

class DisableComplianceJob : public ComplianceMutationJob {
    Q_OBJECT
public:
    DisableComplianceJob(JobId id, QString groupId, QString typedProjectName, const JobContext &context,
                         QObject *parent = nullptr);
    QString title() const override;
    QString requestKey() const override;

protected:
    void validate() override;
    void send() override;
    void reconcile(const atlas::ApiError &lost) override;
    void factsRead() override;

private:
    void readBack(bool confirmedByReread);

    QString m_groupId, m_typed;
};

}  // namespace lifeboat::jobs
