#include "audit.h"

#include "auth.h"
#include "clock.h"
#include "state.h"

namespace sandbox {

void addAuditEvent(State &state, const QString &groupId, const QString &clusterName, const QString &type,
                   const QDateTime &at, const Principal *by)
{
    const Record *project = state.find(Kind::Project, groupId);
    QJsonObject e{{QStringLiteral("id"), state.newId(at)},
                  {QStringLiteral("created"), isoTime(at)},
                  {QStringLiteral("eventTypeName"), type},
                  {QStringLiteral("groupId"), groupId},
                  {QStringLiteral("isGlobalAdmin"), false}};
    if (project) e.insert(QLatin1String("orgId"), project->body.value(QLatin1String("orgId")));
    if (by && !by->serviceAccount && !by->id.isEmpty()) e.insert(QLatin1String("publicKey"), by->id);
    // Listed newest first; events of the same second too (the id breaks the tie).
    const QString id = e.value(QLatin1String("id")).toString();
    state.put(Record{id, groupId, clusterName, e, isoTime(at).toLatin1() + id.toLatin1(), {}}, Kind::Event);
}

QString principalAddress(const Principal &p)
{
    return p.id + (p.serviceAccount ? QStringLiteral("@service-accounts.sandbox.invalid")
                                    : QStringLiteral("@api-keys.sandbox.invalid"));
}

}  // namespace sandbox
