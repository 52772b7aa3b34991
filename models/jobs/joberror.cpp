#include "jobs/joberror.h"

#include <QCoreApplication>
#include <QStringList>
#include <sqlite3.h>

namespace lifeboat::jobs {

CacheFailure cacheFailureFromSqlite(int code)
{
    switch (code & 0xff) {
    case SQLITE_FULL: return CacheFailure::DiskFull;
    case SQLITE_IOERR:
    case SQLITE_CANTOPEN:
    case SQLITE_READONLY:
    case SQLITE_PERM: return CacheFailure::Io;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
    case SQLITE_FORMAT: return CacheFailure::Corrupt;
    case SQLITE_BUSY:
    case SQLITE_LOCKED: return CacheFailure::Busy;
    default: return CacheFailure::Other;
    }
}

QString cacheFailureName(CacheFailure failure)
{
    switch (failure) {
    case CacheFailure::DiskFull: return QStringLiteral("diskFull");
    case CacheFailure::Io: return QStringLiteral("io");
    case CacheFailure::Corrupt: return QStringLiteral("corrupt");
    case CacheFailure::Busy: return QStringLiteral("busy");
    case CacheFailure::Other: break;
    }
    return QStringLiteral("other");
}

QString jobErrorKindName(JobError::Kind kind)
{
    switch (kind) {
    case JobError::Kind::None: return QStringLiteral("none");
    case JobError::Kind::Api: return QStringLiteral("api");
    case JobError::Kind::Cache: return QStringLiteral("cache");
    case JobError::Kind::Validation: return QStringLiteral("validation");
    case JobError::Kind::Cancelled: return QStringLiteral("cancelled");
    }
    return {};
}

JobError JobError::fromApi(const atlas::ApiError &error)
{
    JobError e;
    if (!error.isError()) return e;
    e.kind = error.kind == atlas::ErrorKind::Cancelled ? Kind::Cancelled : Kind::Api;
    e.api = error;
    e.message = error.message.isEmpty() ? atlas::errorKindName(error.kind) : error.message;
    return e;
}

JobError JobError::fromCache(int sqliteCode, const QString &what, const QString &detail)
{
    JobError e;
    e.kind = Kind::Cache;
    e.cache = cacheFailureFromSqlite(sqliteCode);
    QString why;
    switch (e.cache) {
    case CacheFailure::DiskFull:
        why = QCoreApplication::translate("lifeboat::jobs::JobError",
                                          "the disk is full. Free some space; what was synced before is kept.");
        break;
    case CacheFailure::Io:
        why = QCoreApplication::translate("lifeboat::jobs::JobError",
                                          "the disk or the cache file cannot be written (%1).")
                  .arg(detail);
        break;
    case CacheFailure::Corrupt:
        why = QCoreApplication::translate("lifeboat::jobs::JobError",
                                          "the cache file is damaged; it is rebuilt at the next start.");
        break;
    case CacheFailure::Busy:
        why = QCoreApplication::translate("lifeboat::jobs::JobError", "another program keeps the cache file locked.");
        break;
    case CacheFailure::Other: why = detail; break;
    }
    e.message = QCoreApplication::translate("lifeboat::jobs::JobError", "Could not write %1 to the local cache: %2")
                    .arg(what, why);
    return e;
}

JobError JobError::validation(const domain::Reasons &findings)
{
    JobError e;
    e.kind = Kind::Validation;
    e.findings = findings;
    QStringList texts;
    for (const domain::Reason &r : findings) texts.append(r.text);
    e.message = texts.join(u' ');
    return e;
}

JobError JobError::cancelled(const QString &message)
{
    JobError e;
    e.kind = Kind::Cancelled;
    e.api = atlas::ApiError::cancelled();
    e.message = message;
    return e;
}

}  // namespace lifeboat::jobs
