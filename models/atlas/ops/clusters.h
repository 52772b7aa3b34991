#pragma once
// Dedicated and M0 clusters (the classic cluster API) and Flex clusters (the Flex
// API), and a cluster known only by its name, whose API the client finds itself.
#include "atlas/transport.h"

#include <QHash>
#include <variant>

namespace lifeboat::atlas {

class Client;

// A cluster of either API.
using AnyCluster = std::variant<Cluster, FlexCluster>;

inline bool isFlex(const AnyCluster &c)
{
    return std::holds_alternative<FlexCluster>(c);
}

class ClusterOps {
public:
    RequestId listClusters(const QString &groupId, Callback<QList<Cluster>> done);
    RequestId getCluster(const QString &groupId, const QString &name, Callback<Cluster> done);
    RequestId listFlexClusters(const QString &groupId, Callback<QList<FlexCluster>> done);
    RequestId getFlexCluster(const QString &groupId, const QString &name, Callback<FlexCluster> done);
    // The cluster named `name`, whichever API serves it. Atlas answers the other API
    // with CANNOT_USE_FLEX_CLUSTER_IN_CLUSTER_API / CANNOT_USE_NON_FLEX_CLUSTER_IN_FLEX_API
    // (older servers with 404); on those the other API is asked, without an error.
    // NotFound only when neither knows the name. The API that answered is remembered,
    // so the next call for that name asks it first.
    RequestId getAnyCluster(const QString &groupId, const QString &name, Callback<AnyCluster> done);
    // The same under an id from reserveId(), for an operation that goes on from here.
    RequestId getAnyCluster(RequestId id, const QString &groupId, const QString &name, Callback<AnyCluster> done);

    // What the client learned about a name: true Flex, false classic, nullopt unknown.
    std::optional<bool> knownFlex(const QString &groupId, const QString &name) const;

protected:
    explicit ClusterOps(Client &client) : m_client(client) {}
    ~ClusterOps() = default;
    void rememberKind(const QString &groupId, const QString &name, bool flex);

private:
    void askAny(RequestId id, const QString &groupId, const QString &name, bool flex, const ApiError &firstError,
                Callback<AnyCluster> done);

    Client &m_client;
    QHash<QString, bool> m_flexByName;  // "groupId/name" -> is Flex
};

}  // namespace lifeboat::atlas
