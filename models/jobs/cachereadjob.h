#pragma once
// Reads what a view or the CLI shows from the cache: the estate, one cluster's pages,
// the project list, one project's clusters. Finishes at once, with the values as
// its payload; never touches the network.
#include "jobs/job.h"

namespace lifeboat::jobs {

class CacheReadJob : public Job {
    Q_OBJECT
public:
    // kind: LoadEstate, LoadProjects (no group), LoadClusters (group), LoadClusterDetail (group, cluster).
    CacheReadJob(JobId id, JobKind kind, QString groupId, QString clusterName, const JobContext &context,
                 QObject *parent = nullptr);

    QString title() const override;
    bool usesNetwork() const override { return false; }

protected:
    void run() override;

private:
    QString m_groupId, m_clusterName;
};

}  // namespace lifeboat::jobs
