#include "restoretask.h"

#include "clock.h"
#include "content.h"
#include "state.h"

#include <QCryptographicHash>

namespace sandbox::task {

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

qint64 num(const QJsonObject &o, const char *key)
{
    return qint64(o.value(QLatin1String(key)).toDouble());
}

QDateTime snapshotTime(const Record &snapshot)
{
    const QDateTime created = parseIsoTime(str(snapshot.body, "createdAt"));
    return created.isValid() ? created : parseIsoTime(str(snapshot.body, "scheduledTime"));
}

const Record *clusterById(const State &state, const QString &id, bool flex)
{
    return state.find(flex ? Kind::FlexCluster : Kind::Cluster, id);
}

QList<const Record *> runningOnto(const State &state, const QString &clusterId)
{
    QList<const Record *> out;
    for (const Record *t : state.all(Kind::RestoreTask))
        if (str(t->body, "state") != u"done" && str(t->body, "targetId") == clusterId) out.append(t);
    return out;
}

QList<const Record *> collectionRunningOn(const State &state, const QString &clusterId)
{
    QList<const Record *> out;
    for (const Record *t : state.all(Kind::RestoreTask))
        if (str(t->body, "kind") == u"collection" && str(t->body, "state") != u"done" &&
            (str(t->body, "targetId") == clusterId || str(t->body, "sourceId") == clusterId))
            out.append(t);
    return out;
}

Content sourceContent(const State &state, const Record &t)
{
    const Record *source =
        clusterById(state, str(t.body, "sourceId"), t.body.value(QLatin1String("sourceFlex")).toBool());
    if (!source) return {};
    return content::at(state, *source, QDateTime::fromSecsSinceEpoch(num(t.body, "contentAt"), Qt::UTC));
}

QString token(const State &state, const QString &jobId, const QString &component)
{
    const QString text = state.meta(QStringLiteral("seed")) + u'|' + state.meta(QStringLiteral("epoch")) + u'|' +
                         jobId + u'|' + component + QStringLiteral("|download");
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex().left(40));
}

}  // namespace sandbox::task
