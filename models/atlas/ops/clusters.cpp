#include "atlas/ops/clusters.h"

#include "atlas/client.h"
#include "atlas/mediatypes.h"
#include "atlas/ops/endpoints.h"

#include <spdlog/spdlog.h>

namespace lifeboat::atlas {

using namespace ops;

namespace {
QString nameKey(const QString &groupId, const QString &name)
{
    return groupId + u'/' + name;
}
}  // namespace

RequestId ClusterOps::listClusters(const QString &groupId, Callback<QList<Cluster>> done)
{
    return listOf<Cluster>(
        m_client,
        {QStringLiteral("listClusters"), groupPath(groupId) + QStringLiteral("/clusters"), versions::kClusters},
        mapping::cluster, std::move(done));
}

RequestId ClusterOps::getCluster(const QString &groupId, const QString &name, Callback<Cluster> done)
{
    return oneOf<Cluster>(m_client, {QStringLiteral("getCluster"), clusterPath(groupId, name), versions::kClusters},
                          mapping::cluster, std::move(done));
}

RequestId ClusterOps::listFlexClusters(const QString &groupId, Callback<QList<FlexCluster>> done)
{
    return listOf<FlexCluster>(
        m_client,
        {QStringLiteral("listFlexClusters"), groupPath(groupId) + QStringLiteral("/flexClusters"), versions::kFlex},
        mapping::flexCluster, std::move(done));
}

RequestId ClusterOps::getFlexCluster(const QString &groupId, const QString &name, Callback<FlexCluster> done)
{
    return oneOf<FlexCluster>(m_client, {QStringLiteral("getFlexCluster"), flexPath(groupId, name), versions::kFlex},
                              mapping::flexCluster, std::move(done));
}

std::optional<bool> ClusterOps::knownFlex(const QString &groupId, const QString &name) const
{
    const auto it = m_flexByName.constFind(nameKey(groupId, name));
    if (it == m_flexByName.cend()) return std::nullopt;
    return *it;
}

void ClusterOps::rememberKind(const QString &groupId, const QString &name, bool flex)
{
    m_flexByName.insert(nameKey(groupId, name), flex);
}

RequestId ClusterOps::getAnyCluster(const QString &groupId, const QString &name, Callback<AnyCluster> done)
{
    return getAnyCluster(m_client.reserveId(), groupId, name, std::move(done));
}

RequestId ClusterOps::getAnyCluster(RequestId id, const QString &groupId, const QString &name,
                                    Callback<AnyCluster> done)
{
    askAny(id, groupId, name, knownFlex(groupId, name).value_or(false), {}, std::move(done));
    return id;
}

void ClusterOps::askAny(RequestId id, const QString &groupId, const QString &name, bool flex,
                        const ApiError &firstError, Callback<AnyCluster> done)
{
    const bool second = firstError.isError();
    // The other API's answer when this one was the wrong one; a 404 from the second
    // means neither knows the name, and that 404 is the error.
    auto onError = [this, id, groupId, name, flex, second, firstError, done](const ApiError &e) {
        const bool wrongApi = flex ? isNonFlexOnFlexApi(e) : isFlexOnClusterApi(e);
        if (!second && wrongApi) {
            spdlog::debug("atlas: {} is not on the {} API ({}), asking the other", name.toStdString(),
                          flex ? "Flex" : "cluster", e.errorCode.toStdString());
            askAny(id, groupId, name, !flex, e, done);
            return;
        }
        const bool secondSaysOther = second && e.kind != ErrorKind::NotFound && wrongApi;
        done({{}, secondSaysOther ? firstError : e});
    };
    if (flex) {
        oneOf<FlexCluster>(m_client, {QStringLiteral("getFlexCluster"), flexPath(groupId, name), versions::kFlex},
                           mapping::flexCluster,
                           Callback<FlexCluster>([this, groupId, name, onError, done](Result<FlexCluster> r) {
                               if (!r.ok()) return onError(r.error);
                               rememberKind(groupId, name, true);
                               done({AnyCluster(std::move(r.value)), {}});
                           }),
                           id);
    } else {
        oneOf<Cluster>(m_client, {QStringLiteral("getCluster"), clusterPath(groupId, name), versions::kClusters},
                       mapping::cluster, Callback<Cluster>([this, groupId, name, onError, done](Result<Cluster> r) {
                           if (!r.ok()) return onError(r.error);
                           rememberKind(groupId, name, false);
                           done({AnyCluster(std::move(r.value)), {}});
                       }),
                       id);
    }
}

}  // namespace lifeboat::atlas
