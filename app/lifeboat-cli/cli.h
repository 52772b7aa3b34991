#pragma once
// lifeboat-cli's commands. Lists read the API (the client runs in this thread's event
// loop) and refresh the cache; --offline answers from the cache alone; `sync` runs
// the worker layer (JobRunner) like the desktop app does.
#include "atlas/apierror.h"
#include "atlas/connection.h"

#include <QString>
#include <QStringList>

namespace lifeboat::cli {

// Exit codes, documented in --help.
enum Exit { Ok = 0, Other = 1, Usage = 2, Auth = 3, NotFound = 4, Network = 5 };
int exitCodeFor(const atlas::ApiError &error);

struct Invocation {
    QStringList command;  // e.g. {"snapshots", "list"}
    bool json = false;
    bool offline = false;
    bool verbose = false;
    QString project, cluster;
    QString cachePath;
    atlas::ClientOptions options;
    bool haveCredentials = false;
};

class Cli {
public:
    explicit Cli(Invocation inv) : m_inv(std::move(inv)) {}
    int run();

private:
    int projectsList();
    int clustersList();
    int snapshotsList();
    int sync();
    int fail(int code, const QString &message);
    int failApi(const atlas::ApiError &error);
    bool needOnline();  // false (after a message) when credentials are missing
    void out(const QByteArray &text);
    void note(const QString &text);  // to stderr
    void cacheAge(const QDateTime &syncedAt);

    Invocation m_inv;
    int m_exit = 0;
};

}  // namespace lifeboat::cli
