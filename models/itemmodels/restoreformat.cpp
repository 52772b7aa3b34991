#include "itemmodels/restoreformat.h"

#include "itemmodels/snapshotformat.h"

#include <QCoreApplication>

namespace lifeboat::itemmodels {

using namespace lifeboat::domain;

static QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("lifeboat::itemmodels::RestoreFormat", text, disambiguation, n);
}

QString restoreKindText(RestoreKind kind)
{
    switch (kind) {
    case RestoreKind::Automated: return tr("Whole snapshot to a cluster");
    case RestoreKind::PointInTime: return tr("Point in time");
    case RestoreKind::Download: return tr("Download");
    case RestoreKind::Collections: return tr("Databases and collections");
    }
    return {};
}

QString restoreKindShortText(RestoreKind kind)
{
    switch (kind) {
    case RestoreKind::Automated: return tr("snapshot");
    case RestoreKind::PointInTime: return tr("point in time");
    case RestoreKind::Download: return tr("download");
    case RestoreKind::Collections: return tr("collections");
    }
    return {};
}

QString restoreStateText(RestoreState state)
{
    switch (state) {
    case RestoreState::Queued: return tr("Queued");
    case RestoreState::Running: return tr("Running");
    case RestoreState::Finished: return tr("Finished");
    case RestoreState::Failed: return tr("Failed");
    case RestoreState::Cancelled: return tr("Cancelled");
    case RestoreState::Expired: return tr("Expired");
    case RestoreState::DownloadReady: return tr("Download ready");
    case RestoreState::Unknown: return tr("Unknown");
    }
    return {};
}

QString severityText(Severity severity)
{
    switch (severity) {
    case Severity::Refuse: return tr("Refused");
    case Severity::Warn: return tr("Warning");
    case Severity::Info: return tr("Note");
    }
    return {};
}

QString severityIconPath(Severity severity)
{
    switch (severity) {
    case Severity::Refuse: return QStringLiteral(":/icons/error.svg");
    case Severity::Warn: return QStringLiteral(":/icons/warning.svg");
    case Severity::Info: return QStringLiteral(":/icons/ok.svg");
    }
    return {};
}

QString writeStrategyText(WriteStrategy strategy)
{
    switch (strategy) {
    case WriteStrategy::CreateNew: return tr("Create new (a name already there gets a new name)");
    case WriteStrategy::OverwriteExisting: return tr("Overwrite existing (replaces what has the same name)");
    }
    return {};
}

QString indexStrategyText(IndexStrategy strategy)
{
    switch (strategy) {
    case IndexStrategy::All: return tr("All indexes");
    case IndexStrategy::None: return tr("No indexes");
    case IndexStrategy::AllExceptTtl: return tr("All indexes except TTL indexes");
    }
    return {};
}

QString durationText(qint64 seconds)
{
    if (seconds < 0) return dash();
    if (seconds < 90) return tr("%n second(s)", nullptr, int(seconds));
    const qint64 minutes = (seconds + 30) / 60;
    if (minutes < 90) return tr("%n minute(s)", nullptr, int(minutes));
    const qint64 hours = minutes / 60;
    return tr("%1 h %2 min", "hours and minutes").arg(hours).arg(minutes % 60);
}

static QString pitText(const PitPoint &pit)
{
    if (pit.utcSeconds) return formatUtc(QDateTime::fromSecsSinceEpoch(*pit.utcSeconds, Qt::UTC));
    if (pit.oplogTs && pit.oplogInc)
        return tr("oplog timestamp %1, increment %2 (%3)")
            .arg(*pit.oplogTs)
            .arg(*pit.oplogInc)
            .arg(formatUtc(QDateTime::fromSecsSinceEpoch(*pit.oplogTs, Qt::UTC)));
    return tr("a moment not chosen yet");
}

QString restorePlanSummary(const RestorePlan &plan, const QString &sourceProjectName, const QString &targetProjectName,
                           const QString &snapshotText)
{
    const QString source =
        tr("<b>%1</b> (project %2)").arg(plan.sourceClusterName.toHtmlEscaped(), sourceProjectName.toHtmlEscaped());
    const QString target =
        tr("<b>%1</b> (project %2)").arg(plan.targetClusterName.toHtmlEscaped(), targetProjectName.toHtmlEscaped());
    QStringList out;
    switch (plan.kind) {
    case RestoreKind::Automated:
        out << tr("Atlas restores the snapshot %1 of %2 onto %3.").arg(snapshotText.toHtmlEscaped(), source, target);
        break;
    case RestoreKind::PointInTime:
        out << tr("Atlas restores %1 as it was at %2 onto %3: it starts from the snapshot before that moment and "
                  "replays the oplog up to it.")
                   .arg(source, pitText(plan.pit).toHtmlEscaped(), target);
        break;
    case RestoreKind::Download:
        out << tr("Atlas prepares the snapshot %1 of %2 as a download: a link to a .tar.gz archive, valid for a short "
                  "time and usable once. No cluster is changed.")
                   .arg(snapshotText.toHtmlEscaped(), source);
        break;
    case RestoreKind::Collections: {
        QStringList names;
        for (const auto &m : plan.collections.databases)
            names << (m.target.isEmpty() ? m.source : tr("%1 as %2").arg(m.source, m.target));
        for (const auto &m : plan.collections.collections)
            names << (m.target.isEmpty() ? m.source : tr("%1 as %2").arg(m.source, m.target));
        out << tr("Atlas copies %n namespace(s) from the snapshot %1 of %2 into %3: %4.", nullptr, int(names.size()))
                   .arg(snapshotText.toHtmlEscaped(), source, target, names.join(QStringLiteral(", ")).toHtmlEscaped());
        out << (plan.collections.writeStrategy == WriteStrategy::OverwriteExisting
                    ? tr("A database or collection of the same name on the target is <b>replaced</b>.")
                    : tr("Nothing on the target is replaced: a name already there gets a new name."));
        out << tr("Indexes: %1.").arg(indexStrategyText(plan.collections.indexStrategy).toHtmlEscaped());
        if (!plan.collections.databaseSuffix.isEmpty() || !plan.collections.collectionSuffix.isEmpty())
            out << tr("Suffixes: databases “%1”, collections “%2”.")
                       .arg(plan.collections.databaseSuffix.toHtmlEscaped(),
                            plan.collections.collectionSuffix.toHtmlEscaped());
        break;
    }
    }
    if (plan.kind == RestoreKind::Automated || plan.kind == RestoreKind::PointInTime)
        out << tr("<b>All data on %1 is deleted</b> and replaced; %1 refuses writes until the restore ends.")
                   .arg(plan.targetClusterName.toHtmlEscaped());
    return out.join(QStringLiteral("<br><br>"));
}

}  // namespace lifeboat::itemmodels
