#include "atlas/ops/compliance.h"

#include "atlas/client.h"
#include "atlas/mediatypes.h"
#include "atlas/ops/endpoints.h"

namespace lifeboat::atlas {

using namespace ops;

RequestId ComplianceOps::getCompliancePolicy(const QString &groupId, Callback<std::optional<CompliancePolicy>> done)
{
    return m_client.get({QStringLiteral("getCompliancePolicy"),
                         groupPath(groupId) + QStringLiteral("/backupCompliancePolicy"), versions::kCompliancePolicy},
                        {}, [groupId, done = std::move(done)](Result<QByteArray> r) {
                            if (!r.ok()) {
                                // No policy in the project: Atlas answers 404 (or an empty body).
                                if (r.error.kind == ErrorKind::NotFound)
                                    done({std::nullopt, {}});
                                else
                                    done({std::nullopt, r.error});
                                return;
                            }
                            if (r.value.trimmed().isEmpty()) {
                                done({std::nullopt, {}});
                                return;
                            }
                            QString why;
                            const auto obj = mapping::parseObject(r.value, &why);
                            if (!obj) {
                                done({std::nullopt, ApiError::invalidResponse(why)});
                                return;
                            }
                            if (obj->isEmpty())
                                done({std::nullopt, {}});
                            else
                                done({mapping::compliancePolicy(*obj, groupId), {}});
                        });
}

RequestId ComplianceOps::updateCompliancePolicy(const QString &groupId, const ComplianceUpdate &update,
                                                Callback<CompliancePolicy> done)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("overwriteBackupPolicies"),
                       update.overwriteBackupPolicies ? QStringLiteral("true") : QStringLiteral("false"));
    return m_client.send(
        "PUT",
        {QStringLiteral("updateCompliancePolicy"), groupPath(groupId) + QStringLiteral("/backupCompliancePolicy"),
         versions::kCompliancePolicy},
        query, mapping::compact(mapping::toJson(update)),
        objectOf<CompliancePolicy>([groupId](const QJsonObject &o) { return mapping::compliancePolicy(o, groupId); },
                                   std::move(done)));
}

RequestId ComplianceOps::disableCompliancePolicy(const QString &groupId, Callback<bool> done)
{
    return m_client.send("DELETE",
                         {QStringLiteral("disableCompliancePolicy"),
                          groupPath(groupId) + QStringLiteral("/backupCompliancePolicy"), versions::kComplianceDisable},
                         {}, [done = std::move(done)](Result<QByteArray> r) {
                             done({r.ok(), r.error});
                         });
}

}  // namespace lifeboat::atlas
