#include "itemmodels/restoreformat.h"

#include "itemmodels/snapshotformat.h"

#include <QCoreApplication>

namespace lifeboat::itemmodels {

using namespace lifeboat::domain;

namespace {
// The translation context of these free functions: a class lupdate sees (a static RestoreFormat::tr()
// wrapper put the messages under another context than the one asked at run time).
class RestoreFormat {
    Q_DECLARE_TR_FUNCTIONS(lifeboat::itemmodels::RestoreFormat)
};
}  // namespace

QString restoreKindText(RestoreKind kind)
{
    switch (kind) {
    case RestoreKind::Automated: return RestoreFormat::tr("Whole snapshot to a cluster");
    case RestoreKind::PointInTime: return RestoreFormat::tr("Point in time");
    case RestoreKind::Download: return RestoreFormat::tr("Download");
    case RestoreKind::Collections: return RestoreFormat::tr("Databases and collections");
    }
    return {};
}

QString restoreKindShortText(RestoreKind kind)
{
    switch (kind) {
    case RestoreKind::Automated: return RestoreFormat::tr("snapshot");
    case RestoreKind::PointInTime: return RestoreFormat::tr("point in time");
    case RestoreKind::Download: return RestoreFormat::tr("download");
    case RestoreKind::Collections: return RestoreFormat::tr("collections");
    }
    return {};
}

QString restoreStateText(RestoreState state)
{
    switch (state) {
    case RestoreState::Queued: return RestoreFormat::tr("Queued");
    case RestoreState::Running: return RestoreFormat::tr("Running");
    case RestoreState::Finished: return RestoreFormat::tr("Finished");
    case RestoreState::Failed: return RestoreFormat::tr("Failed");
    case RestoreState::Cancelled: return RestoreFormat::tr("Cancelled");
    case RestoreState::Expired: return RestoreFormat::tr("Expired");
    case RestoreState::DownloadReady: return RestoreFormat::tr("Download ready");
    case RestoreState::Unknown: return RestoreFormat::tr("Unknown");
    }
    return {};
}

QString severityText(Severity severity)
{
    switch (severity) {
    case Severity::Refuse: return RestoreFormat::tr("Refused");
    case Severity::Warn: return RestoreFormat::tr("Warning");
    case Severity::Info: return RestoreFormat::tr("Note");
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
    case WriteStrategy::CreateNew: return RestoreFormat::tr("Create new (a name already there gets a new name)");
    case WriteStrategy::OverwriteExisting:
        return RestoreFormat::tr("Overwrite existing (replaces what has the same name)");
    }
    return {};
}

QString indexStrategyText(IndexStrategy strategy)
{
    switch (strategy) {
    case IndexStrategy::All: return RestoreFormat::tr("All indexes");
    case IndexStrategy::None: return RestoreFormat::tr("No indexes");
    case IndexStrategy::AllExceptTtl: return RestoreFormat::tr("All indexes except TTL indexes");
    }
    return {};
}

QString durationText(qint64 seconds)
{
    if (seconds < 0) return dash();
    if (seconds < 90) return RestoreFormat::tr("%n second(s)", nullptr, int(seconds));
    const qint64 minutes = (seconds + 30) / 60;
    if (minutes < 90) return RestoreFormat::tr("%n minute(s)", nullptr, int(minutes));
    const qint64 hours = minutes / 60;
    return RestoreFormat::tr("%1 h %2 min", "hours and minutes").arg(hours).arg(minutes % 60);
}

static QString pitText(const PitPoint &pit)
{
    if (pit.utcSeconds) return formatUtc(QDateTime::fromSecsSinceEpoch(*pit.utcSeconds, Qt::UTC));
    if (pit.oplogTs && pit.oplogInc)
        return RestoreFormat::tr("oplog timestamp %1, increment %2 (%3)")
            .arg(*pit.oplogTs)
            .arg(*pit.oplogInc)
            .arg(formatUtc(QDateTime::fromSecsSinceEpoch(*pit.oplogTs, Qt::UTC)));
    return RestoreFormat::tr("a moment not chosen yet");
}

QString restorePlanSummary(const RestorePlan &plan, const QString &sourceProjectName, const QString &targetProjectName,
                           const QString &snapshotText)
{
    const QString source = RestoreFormat::tr("<b>%1</b> (project %2)")
                               .arg(plan.sourceClusterName.toHtmlEscaped(), sourceProjectName.toHtmlEscaped());
    const QString target = RestoreFormat::tr("<b>%1</b> (project %2)")
                               .arg(plan.targetClusterName.toHtmlEscaped(), targetProjectName.toHtmlEscaped());
    QStringList out;
    switch (plan.kind) {
    case RestoreKind::Automated:
        out << RestoreFormat::tr("Atlas restores the snapshot %1 of %2 onto %3.")
                   .arg(snapshotText.toHtmlEscaped(), source, target);
        break;
    case RestoreKind::PointInTime:
        out << RestoreFormat::tr(
                   "Atlas restores %1 as it was at %2 onto %3: it starts from the snapshot before that moment and "
                   "replays the oplog up to it.")
                   .arg(source, pitText(plan.pit).toHtmlEscaped(), target);
        break;
    case RestoreKind::Download:
        out << RestoreFormat::tr(
                   "Atlas prepares the snapshot %1 of %2 as a download: a link to a .tar.gz archive, valid for a short "
                   "time and usable once. No cluster is changed.")
                   .arg(snapshotText.toHtmlEscaped(), source);
        break;
    case RestoreKind::Collections: {
        QStringList names;
        for (const auto &m : plan.collections.databases)
            names << (m.target.isEmpty() ? m.source : RestoreFormat::tr("%1 as %2").arg(m.source, m.target));
        for (const auto &m : plan.collections.collections)
            names << (m.target.isEmpty() ? m.source : RestoreFormat::tr("%1 as %2").arg(m.source, m.target));
        out << RestoreFormat::tr("Atlas copies %n namespace(s) from the snapshot %1 of %2 into %3: %4.", nullptr,
                                 int(names.size()))
                   .arg(snapshotText.toHtmlEscaped(), source, target, names.join(QStringLiteral(", ")).toHtmlEscaped());
        out << (plan.collections.writeStrategy == WriteStrategy::OverwriteExisting
                    ? RestoreFormat::tr("A database or collection of the same name on the target is <b>replaced</b>.")
                    : RestoreFormat::tr("Nothing on the target is replaced: a name already there gets a new name."));
        out << RestoreFormat::tr("Indexes: %1.").arg(indexStrategyText(plan.collections.indexStrategy).toHtmlEscaped());
        if (!plan.collections.databaseSuffix.isEmpty() || !plan.collections.collectionSuffix.isEmpty())
            out << RestoreFormat::tr("Suffixes: databases “%1”, collections “%2”.")
                       .arg(plan.collections.databaseSuffix.toHtmlEscaped(),
                            plan.collections.collectionSuffix.toHtmlEscaped());
        break;
    }
    }
    if (plan.kind == RestoreKind::Automated || plan.kind == RestoreKind::PointInTime)
        out << RestoreFormat::tr(
                   "<b>All data on %1 is deleted</b> and replaced; %1 refuses writes until the restore ends.")
                   .arg(plan.targetClusterName.toHtmlEscaped());
    return out.join(QStringLiteral("<br><br>"));
}

}  // namespace lifeboat::itemmodels
