#include "restoreargs.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace lifeboat::cli {

using namespace lifeboat::domain;

namespace {

std::optional<qint64> wholeNumber(const QString &text)
{
    bool ok = false;
    const qint64 v = text.trimmed().toLongLong(&ok);
    return ok ? std::optional<qint64>(v) : std::nullopt;
}

QStringList commaList(const QString &text)
{
    QStringList out;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        const QString t = part.trimmed();
        if (!t.isEmpty()) out.append(t);
    }
    return out;
}

std::nullopt_t usage(QString *error, const QString &message)
{
    if (error) *error = message;
    return std::nullopt;
}

}  // namespace

std::optional<RestorePlan> restorePlanFrom(const QString &project, const QString &cluster, const RestoreArgs &a,
                                           QString *error)
{
    if (project.isEmpty() || cluster.isEmpty())
        return usage(error, QStringLiteral("restore validate|start needs --project ID and --cluster NAME."));
    const int sources = int(!a.snapshot.isEmpty()) + int(!a.pit.isEmpty()) + int(!a.oplog.isEmpty());
    if (sources == 0)
        return usage(error, QStringLiteral("say what to restore: --snapshot ID, --pit UTC_SECONDS or --oplog TS:INC."));
    RestorePlan plan;
    plan.sourceGroupId = project;
    plan.sourceClusterName = cluster;
    plan.snapshotId = a.snapshot.trimmed();
    if (!a.pit.isEmpty()) {
        const auto s = wholeNumber(a.pit);
        if (!s)
            return usage(error,
                         QStringLiteral("--pit must be whole seconds since 1970-01-01 UTC, not \"%1\".").arg(a.pit));
        plan.pit.utcSeconds = *s;
    }
    if (!a.oplog.isEmpty()) {
        static const QRegularExpression re(QStringLiteral(R"(^\s*(-?\d+)\s*:\s*(-?\d+)\s*$)"));
        const auto m = re.match(a.oplog);
        if (!m.hasMatch())
            return usage(error, QStringLiteral("--oplog must be TS:INC (two whole numbers), not \"%1\".").arg(a.oplog));
        plan.pit.oplogTs = m.captured(1).toLongLong();
        plan.pit.oplogInc = m.captured(2).toLongLong();
    }

    const bool collections = !a.namespaces.trimmed().isEmpty();
    if (collections) {
        if (!a.type.isEmpty())
            return usage(error, QStringLiteral("--namespaces makes a collection restore: leave out --type."));
        plan.kind = RestoreKind::Collections;
    } else if (!a.type.isEmpty()) {
        const auto kind = parseRestoreKind(a.type);
        if (!kind || *kind == RestoreKind::Collections)
            return usage(error,
                         QStringLiteral("--type must be automated, pointInTime or download, not \"%1\".").arg(a.type));
        plan.kind = *kind;
    } else {
        plan.kind = a.snapshot.isEmpty() ? RestoreKind::PointInTime : RestoreKind::Automated;
    }
    if (!collections) {
        for (const auto &[flag, value] :
             {std::pair{"--write-strategy", a.writeStrategy}, std::pair{"--index-strategy", a.indexStrategy},
              std::pair{"--rename", a.rename}, std::pair{"--database-suffix", a.databaseSuffix},
              std::pair{"--collection-suffix", a.collectionSuffix}})
            if (!value.isEmpty())
                return usage(
                    error,
                    QStringLiteral("%1 is for a collection restore (with --namespaces).").arg(QLatin1String(flag)));
    }

    if (plan.kind == RestoreKind::Download) {
        if (!a.targetCluster.isEmpty() || !a.targetProject.isEmpty())
            return usage(error, QStringLiteral("a download has no target: leave out --target-cluster and "
                                               "--target-project."));
    } else {
        if (a.targetCluster.isEmpty())
            return usage(error, QStringLiteral("restore %1 needs --target-cluster NAME (the cluster whose data is "
                                               "replaced).")
                                    .arg(restoreKindName(plan.kind)));
        plan.targetClusterName = a.targetCluster;
        plan.targetGroupId = a.targetProject.isEmpty() ? project : a.targetProject;
    }

    if (collections) {
        CollectionRestoreOptions &o = plan.collections;
        for (const QString &ns : commaList(a.namespaces)) {
            if (ns.contains(u'.'))
                o.collections.append({ns, {}});
            else
                o.databases.append({ns, {}});
        }
        for (const QString &pair : commaList(a.rename)) {
            const qsizetype eq = pair.indexOf(u'=');
            if (eq <= 0 || eq == pair.size() - 1)
                return usage(error, QStringLiteral("--rename takes SRC=DST pairs, not \"%1\".").arg(pair));
            const QString src = pair.left(eq).trimmed(), dst = pair.mid(eq + 1).trimmed();
            bool found = false;
            for (QList<NamespaceMapping> *list : {&o.databases, &o.collections})
                for (NamespaceMapping &m : *list)
                    if (m.source == src) {
                        m.target = dst;
                        found = true;
                    }
            if (!found) return usage(error, QStringLiteral("--rename %1: %2 is not in --namespaces.").arg(pair, src));
        }
        if (!a.writeStrategy.isEmpty()) {
            const auto w = parseWriteStrategy(a.writeStrategy);
            if (!w)
                return usage(error, QStringLiteral("--write-strategy must be CREATE_NEW or OVERWRITE_EXISTING, not "
                                                   "\"%1\".")
                                        .arg(a.writeStrategy));
            o.writeStrategy = *w;
        }
        if (!a.indexStrategy.isEmpty()) {
            const auto i = parseIndexStrategy(a.indexStrategy);
            if (!i)
                return usage(error, QStringLiteral("--index-strategy must be ALL, NONE or ALL_EXCEPT_TTL, not "
                                                   "\"%1\".")
                                        .arg(a.indexStrategy));
            o.indexStrategy = *i;
        }
        o.databaseSuffix = a.databaseSuffix;
        o.collectionSuffix = a.collectionSuffix;
    }
    return plan;
}

Findings confirmFindings(const RestorePlan &plan, const QString &confirm)
{
    if (!plan.replacesTargetData()) return {};
    if (confirm.isEmpty())
        return {{restorecode_cli::kConfirmMissing, Severity::Refuse,
                 QStringLiteral("This restore replaces data on %1; nothing was sent.").arg(plan.targetClusterName),
                 QStringLiteral("Add --confirm %1 to say you mean it.").arg(plan.targetClusterName),
                 restorefield::kTarget}};
    if (confirm != plan.targetClusterName)
        return {{restorecode_cli::kConfirmMismatch, Severity::Refuse,
                 QStringLiteral("--confirm says \"%1\" but the target is %2; nothing was sent.")
                     .arg(confirm, plan.targetClusterName),
                 QStringLiteral("Type the target cluster's name exactly: --confirm %1.").arg(plan.targetClusterName),
                 restorefield::kTarget}};
    return {};
}

QJsonObject findingJson(const Finding &f)
{
    return {{QStringLiteral("code"), f.code},
            {QStringLiteral("severity"), severityName(f.severity)},
            {QStringLiteral("message"), f.message},
            {QStringLiteral("fix"), f.fix}};
}

QByteArray findingsDocument(const Findings &findings)
{
    QJsonArray a;
    for (const Finding &f : findings) a.append(findingJson(f));
    const QJsonObject o{{QStringLiteral("allowed"), !isRefused(findings)}, {QStringLiteral("findings"), a}};
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

QString findingsText(const Findings &findings)
{
    QString out;
    for (const Finding &f : findings) {
        out += QStringLiteral("%1  %2  %3").arg(severityName(f.severity), -6).arg(f.code, f.message);
        if (!f.fix.isEmpty()) out += QStringLiteral("  (%1)").arg(f.fix);
        out += u'\n';
    }
    return out;
}

}  // namespace lifeboat::cli
