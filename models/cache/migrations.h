#pragma once
// The cache schema as a numbered list of steps. PRAGMA user_version holds the
// number of the last step applied. Never edit a released step: append a new one.
#include <QList>

namespace lifeboat::cache {

struct Migration {
    int version;
    const char *sql;
};

const QList<Migration> &migrations();
int latestSchemaVersion();

}  // namespace lifeboat::cache
