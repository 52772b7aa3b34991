#pragma once
// lifeboat-cli's commands. Every command runs as jobs on the worker thread, the same
// jobs the desktop app submits (JobRunner): online lists sync their scope into the
// cache and then read it from there; --offline reads the cache alone. The process's
// own event loop (QCoreApplication::exec) carries everything; no nested loops.
#include "jobs/jobrunner.h"
#include "restoreargs.h"

#include <QObject>
#include <QString>
#include <QStringList>
#include <functional>

namespace lifeboat::cli {

// Exit codes, documented in --help and README.md.
// 6: refused before anything was sent (a rule, the pre-flight); 7: a restore ended failed,
// cancelled or expired; 8: the local cache cannot be written.
enum Exit {
    Ok = 0,
    Other = 1,
    Usage = 2,
    Auth = 3,
    NotFound = 4,
    Network = 5,
    Refused = 6,
    RestoreEnded = 7,
    LocalCache = 8
};
int exitCodeFor(const atlas::ApiError &error);
int exitCodeFor(const jobs::JobError &error);

struct Invocation {
    QStringList command;  // e.g. {"snapshots", "list"}
    bool json = false;
    bool offline = false;
    bool verbose = false;
    QString project, cluster;
    QString cachePath;
    atlas::ClientOptions options;
    bool haveCredentials = false;
    // snapshots take
    QString description;
    int retentionDays = 1;
    bool watch = false;
    int watchIntervalMs = 15000;
    // restore validate|start (the plan, parsed in main) and watch|cancel (--job)
    RestoreArgs restore;
    // policy validate|apply, snapshots expire|delete, compliance validate|apply|disable
    QString file;
    bool updateSnapshots = false;
    bool yes = false;
    QString snapshot, retention, confirm;
    std::optional<domain::RestorePlan> restorePlan;
};

class Cli : public QObject {
    Q_OBJECT
public:
    explicit Cli(Invocation inv, QObject *parent = nullptr);
    // Starts the command; the process's event loop then runs it and it ends with
    // QCoreApplication::exit(code).
    void start();

private:
    using Next = std::function<void(const jobs::JobResult &)>;
    void then(jobs::JobId id, Next next);  // `next` runs when job `id` ends
    void onResult(const jobs::JobResult &r);
    void done(int code);
    void fail(int code, const QString &message);
    void failJob(const jobs::JobError &error);
    bool needOnline();  // false (after failing) when credentials are missing
    void out(const QByteArray &text);
    void note(const QString &text);  // to stderr
    void cacheAge(const QDateTime &syncedAt);

    void projectsList();
    void printProjects(const QList<domain::Project> &projects);
    void clustersList();
    void printClusters(const jobs::ProjectClusters &p);
    void snapshotsList();
    void printSnapshots(const jobs::ClusterDetail &d);
    void sync();
    void snapshotsTake();
    void watchSnapshot(const domain::Snapshot &taken);
    void printTaken(const domain::Snapshot &s, bool confirmedByReread);
    // restore (restorecommands.cpp)
    void restore();
    void restoreValidate();
    void restoreStart();
    void findRestore(std::function<void(const jobs::RestoreRef &)> use);
    void watchRestore(const jobs::RestoreRef &ref);
    void cancelRestore(const jobs::RestoreRef &ref);
    void restoreList();
    void printFindings(const domain::Findings &findings);
    void printProgress(const jobs::RestoreProgress &progress);
    // policy and snapshot actions (policycommands.cpp)
    void policy();
    void policyShow();
    void policyEdit(bool apply);
    void snapshotChange(bool remove);
    void snapshotsExpire() { snapshotChange(false); }
    void snapshotsDelete() { snapshotChange(true); }
    // the Backup Compliance Policy (compliancecommands.cpp)
    void compliance();
    void complianceShow();
    void complianceEdit(bool apply);
    void complianceDisable();
    void complianceRefusedOrFailed(const jobs::JobResult &r, bool validated);

    Invocation m_inv;
    jobs::JobRunner m_runner;
    QHash<jobs::JobId, Next> m_next;
    bool m_done = false;
    bool m_guessedFamily = false;  // restore watch: the id was not in the cache
};

}  // namespace lifeboat::cli
