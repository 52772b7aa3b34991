#pragma once
// The versioned media type each operation serves (atlas-openapi SOURCE-upstream-multiversion.md).
// Omitting it or asking for an unknown one gets 406 from Atlas.
#include <QByteArray>
#include <QString>

namespace lifeboat::atlas::versions {

// orgs, projects, snapshots, restore jobs, exports, online archives, events
inline const QString kDefault = QStringLiteral("2023-01-01");
inline const QString kClusters = QStringLiteral("2024-08-05");
inline const QString kSchedule = QStringLiteral("2024-08-05");
inline const QString kCompliancePolicy = QStringLiteral("2023-10-01");
inline const QString kComplianceDisable = QStringLiteral("2024-11-13");  // DELETE has only this version
inline const QString kExportBuckets = QStringLiteral("2024-05-30");
inline const QString kFlex = QStringLiteral("2024-11-13");  // flex clusters, snapshots, restore jobs, download
// collection restore jobs and the databases/collections of a snapshot
inline const QString kCollectionRestore = QStringLiteral("2025-03-12");

inline QByteArray mediaType(const QString &version)
{
    return "application/vnd.atlas." + version.toLatin1() + "+json";
}

}  // namespace lifeboat::atlas::versions
