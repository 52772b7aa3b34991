#include "compliance.h"

#include "audit.h"
#include "clock.h"
#include "state.h"

namespace sandbox::compliance {

namespace {

const QLatin1String kPendingUntil("pendingUntil");  // the sandbox's own: when the pending state ends
const QLatin1String kPendingEvent("pendingEvent");  // the event that ends it

}  // namespace

const Record *inForce(const State &state, const QString &groupId)
{
    return state.find(Kind::Compliance, groupId);
}

QList<policy::PolicyItem> floorOf(const Record &bcp)
{
    return policy::itemsOf(bcp.body.value(QLatin1String("scheduledPolicyItems")).toArray());
}

std::optional<policy::PolicyItem> onDemandItem(const Record &bcp)
{
    const QJsonValue v = bcp.body.value(QLatin1String("onDemandPolicyItem"));
    if (!v.isObject()) return std::nullopt;
    return policy::itemFromJson(v.toObject());
}

bool pitRequired(const Record &bcp)
{
    return bcp.body.value(QLatin1String("pitEnabled")).toBool();
}

int restoreWindowDays(const Record &bcp)
{
    return bcp.body.value(QLatin1String("restoreWindowDays")).toInt();
}

void setPending(QJsonObject &body, const QString &state, const QDateTime &now, const QString &endEvent)
{
    body.insert(QLatin1String("state"), state);
    body.insert(kPendingUntil, isoTime(now.addSecs(kPendingSeconds)));
    body.insert(kPendingEvent, endEvent);
}

bool pending(const Record &bcp)
{
    return bcp.body.contains(kPendingUntil);
}

QJsonObject render(const Record &bcp)
{
    QJsonObject o = bcp.body;
    o.remove(kPendingUntil);
    o.remove(kPendingEvent);
    return o;
}

void advance(State &state, const QDateTime &now)
{
    QList<Record> done, gone;
    for (const Record *r : state.all(Kind::Compliance)) {
        const QDateTime until = parseIsoTime(r->body.value(kPendingUntil).toString());
        if (!until.isValid() || until > now) continue;
        const QString event = r->body.value(kPendingEvent).toString();
        addAuditEvent(state, r->groupId, QString(), event, until);
        if (r->body.value(QLatin1String("state")).toString() == u"DISABLING") {
            gone.append(*r);
            continue;
        }
        Record u = *r;
        u.body.insert(QLatin1String("state"), QStringLiteral("ACTIVE"));
        u.body.remove(kPendingUntil);
        u.body.remove(kPendingEvent);
        done.append(u);
    }
    for (const Record &r : std::as_const(done)) state.put(r, Kind::Compliance);
    for (const Record &r : std::as_const(gone)) state.remove(Kind::Compliance, r.id);
}

}  // namespace sandbox::compliance
