#include "atlas/ops/exports.h"

#include "atlas/client.h"
#include "atlas/mediatypes.h"
#include "atlas/ops/endpoints.h"

namespace lifeboat::atlas {

using namespace ops;

RequestId ExportOps::listExportBuckets(const QString &groupId, Callback<QList<ExportBucket>> done)
{
    return listOf<ExportBucket>(m_client,
                                {QStringLiteral("listExportBuckets"),
                                 groupPath(groupId) + QStringLiteral("/backup/exportBuckets"),
                                 versions::kExportBuckets},
                                mapping::exportBucket, std::move(done));
}

}  // namespace lifeboat::atlas
