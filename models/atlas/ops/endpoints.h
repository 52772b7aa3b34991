#pragma once
// Inside the client only: the paths of the Admin API and the two shapes every
// operation takes (a whole paginated list, one object), on top of the transport.
#include "atlas/mapping.h"
#include "atlas/transport.h"

namespace lifeboat::atlas::ops {

inline QString groupPath(const QString &groupId)
{
    return QStringLiteral("/api/atlas/v2/groups/") + Transport::segment(groupId);
}
inline QString clusterPath(const QString &groupId, const QString &cluster)
{
    return groupPath(groupId) + QStringLiteral("/clusters/") + Transport::segment(cluster);
}
inline QString flexPath(const QString &groupId, const QString &name)
{
    return groupPath(groupId) + QStringLiteral("/flexClusters/") + Transport::segment(name);
}

// Every page of a list, mapped.
template <typename T, typename Fn>
RequestId listOf(Transport &t, const Endpoint &endpoint, Fn map, Callback<QList<T>> done, RequestId id = 0)
{
    return t.getAllPages(id ? id : t.reserveId(), endpoint, {}, [map, done = std::move(done)](Result<QJsonArray> r) {
        if (!r.ok()) {
            done({{}, r.error});
            return;
        }
        done({mapping::mapArray<T>(r.value, map), {}});
    });
}

// The JSON object of a 2xx answer, mapped; an answer that is not one is InvalidResponse.
template <typename T, typename Fn>
Callback<QByteArray> objectOf(Fn map, Callback<T> done)
{
    return [map, done = std::move(done)](Result<QByteArray> r) {
        if (!r.ok()) {
            done({{}, r.error});
            return;
        }
        QString why;
        const auto obj = mapping::parseObject(r.value, &why);
        if (!obj) {
            done({{}, ApiError::invalidResponse(why)});
            return;
        }
        done({map(*obj), {}});
    };
}

template <typename T, typename Fn>
RequestId oneOf(Transport &t, const Endpoint &endpoint, Fn map, Callback<T> done, RequestId id = 0)
{
    return t.get(id ? id : t.reserveId(), endpoint, {}, objectOf<T>(map, std::move(done)));
}

// Atlas's answers when a name is asked on the other cluster API (and 404 from older
// servers, which do not know the codes): the cue to ask the other one instead.
inline bool isFlexOnClusterApi(const ApiError &e)
{
    return e.errorCode == u"CANNOT_USE_FLEX_CLUSTER_IN_CLUSTER_API" || e.kind == ErrorKind::NotFound;
}
inline bool isNonFlexOnFlexApi(const ApiError &e)
{
    return e.errorCode == u"CANNOT_USE_NON_FLEX_CLUSTER_IN_FLEX_API" || e.kind == ErrorKind::NotFound;
}

}  // namespace lifeboat::atlas::ops
