#pragma once
// What went wrong in a job, typed, so each caller answers the right way: the API
// (carrying the ApiError), the local cache (a full disk is a disk problem, not
// "Offline"), validation (the domain's reasons, in words), or cancelled.
#include "atlas/apierror.h"
#include "domain/reason.h"

#include <QString>

namespace lifeboat::jobs {

enum class CacheFailure {
    DiskFull,  // SQLITE_FULL: no space left (or the file hit its size limit)
    Io,        // SQLITE_IOERR, CANTOPEN, READONLY, PERM: the disk or the file's access
    Corrupt,   // SQLITE_CORRUPT, NOTADB: the file is damaged
    Busy,      // another process holds the lock too long
    Other,
};

// From a SQLite result code (primary or extended) as the cache reports it.
CacheFailure cacheFailureFromSqlite(int code);
QString cacheFailureName(CacheFailure failure);  // "diskFull", ... for logs, JSON and tests

struct JobError {
    enum class Kind { None, Api, Cache, Validation, Cancelled };

    Kind kind = Kind::None;
    atlas::ApiError api;                       // Kind::Api
    CacheFailure cache = CacheFailure::Other;  // Kind::Cache
    domain::Reasons findings;                  // Kind::Validation
    QString message;                           // plain words for the user, always set on an error

    bool isError() const { return kind != Kind::None; }
    // The API error kind, None for a non-API error (for callers that branch on it).
    atlas::ErrorKind apiKind() const { return kind == Kind::Api ? api.kind : atlas::ErrorKind::None; }

    static JobError fromApi(const atlas::ApiError &error);  // a cancelled ApiError becomes Kind::Cancelled
    static JobError fromCache(int sqliteCode, const QString &what, const QString &detail);
    static JobError validation(const domain::Reasons &findings);
    static JobError cancelled(const QString &message);
};

QString jobErrorKindName(JobError::Kind kind);  // "api", "cache", ... for logs, JSON and tests

}  // namespace lifeboat::jobs
