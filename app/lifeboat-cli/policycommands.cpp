// lifeboat-cli policy show|validate|apply and snapshots expire|delete, over the policy jobs
// (jobs/policyjobs.h): the same checks and review as the Backup Policy tab.
#include "cli.h"
#include "output.h"
#include "restoreargs.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace lifeboat::cli {

using namespace lifeboat::domain;
using namespace lifeboat::jobs;

namespace {

QString iso(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}

QJsonObject changesJson(const PolicyValidation &v)
{
    QJsonArray diff;
    for (const PolicyDiff &d : v.diff)
        diff.append(QJsonObject{{QStringLiteral("field"), d.field},
                                {QStringLiteral("before"), d.before.isEmpty() ? QJsonValue() : QJsonValue(d.before)},
                                {QStringLiteral("after"), d.after.isEmpty() ? QJsonValue() : QJsonValue(d.after)}});
    QJsonArray moved;
    for (const MovedExpiry &m : v.impact.moved)
        moved.append(QJsonObject{{QStringLiteral("id"), m.snapshotId},
                                 {QStringLiteral("before"), iso(m.before)},
                                 {QStringLiteral("after"), iso(m.after)}});
    return {{QStringLiteral("diff"), diff},
            {QStringLiteral("snapshotsKept"), QJsonObject{{QStringLiteral("before"), v.impact.keptBefore},
                                                          {QStringLiteral("after"), v.impact.keptAfter}}},
            {QStringLiteral("storageBytes"), QJsonObject{{QStringLiteral("before"), double(v.impact.bytesBefore)},
                                                         {QStringLiteral("after"), double(v.impact.bytesAfter)}}},
            {QStringLiteral("retentionHorizonHours"),
             QJsonObject{{QStringLiteral("before"), double(v.impact.horizonBeforeHours)},
                         {QStringLiteral("after"), double(v.impact.horizonAfterHours)}}},
            {QStringLiteral("movedExpiries"), QJsonObject{{QStringLiteral("count"), int(v.impact.moved.size())},
                                                          {QStringLiteral("earliest"), iso(v.impact.earliestNewExpiry)},
                                                          {QStringLiteral("latest"), iso(v.impact.latestNewExpiry)},
                                                          {QStringLiteral("snapshots"), moved}}},
            {QStringLiteral("removedItems"), QJsonArray::fromStringList(v.impact.removedItemIds)}};
}

QString changesText(const PolicyValidation &v)
{
    QString out;
    if (v.diff.isEmpty()) out += QStringLiteral("no change to the schedule\n");
    for (const PolicyDiff &d : v.diff)
        out += QStringLiteral("%1: %2 -> %3\n")
                   .arg(d.field, d.before.isEmpty() ? QStringLiteral("(none)") : d.before,
                        d.after.isEmpty() ? QStringLiteral("(removed)") : d.after);
    out += QStringLiteral("snapshots kept: %1 -> %2\n").arg(v.impact.keptBefore).arg(v.impact.keptAfter);
    if (v.impact.bytesBefore || v.impact.bytesAfter)
        out +=
            QStringLiteral("storage: %1 -> %2\n").arg(humanSize(v.impact.bytesBefore), humanSize(v.impact.bytesAfter));
    if (!v.impact.moved.isEmpty())
        out += QStringLiteral("existing expiries moved: %1 (new expiries %2 .. %3)\n")
                   .arg(v.impact.moved.size())
                   .arg(iso(v.impact.earliestNewExpiry), iso(v.impact.latestNewExpiry));
    return out;
}

}  // namespace

void Cli::policy()
{
    const QString sub = m_inv.command.value(1);
    if (m_inv.project.isEmpty() || m_inv.cluster.isEmpty())
        return fail(Exit::Usage, QStringLiteral("policy %1 needs --project ID and --cluster NAME.").arg(sub));
    if (sub == u"show") return policyShow();
    if (sub == u"validate" || sub == u"apply") {
        if (m_inv.file.isEmpty()) return fail(Exit::Usage, QStringLiteral("policy %1 needs --file FILE.").arg(sub));
        return policyEdit(sub == u"apply");
    }
    fail(Exit::Usage, QStringLiteral("unknown command \"policy %1\". Try --help.").arg(sub));
}

void Cli::policyShow()
{
    then(m_runner.readPolicy(m_inv.project, m_inv.cluster), [this](const JobResult &r) {
        if (!r.ok()) return failJob(r.error);
        const auto s = r.payload.value<BackupSchedule>();
        if (m_inv.json) {
            out(QJsonDocument(scheduleBody(s)).toJson(QJsonDocument::Indented));
            return done(Exit::Ok);
        }
        out(QStringLiteral("snapshot time  %1:%2 UTC\nrestore window %3 days\n")
                .arg(s.referenceHourOfDay, 2, 10, QLatin1Char('0'))
                .arg(s.referenceMinuteOfHour, 2, 10, QLatin1Char('0'))
                .arg(s.restoreWindowDays)
                .toUtf8());
        Table t(
            {QStringLiteral("ID"), QStringLiteral("FREQUENCY"), QStringLiteral("EVERY"), QStringLiteral("RETENTION")});
        for (const PolicyItem &i : s.allItems())
            t.add({i.id, frequencyName(i.frequency), QString::number(i.interval),
                   QStringLiteral("%1 %2").arg(i.value).arg(retentionUnitName(i.unit))});
        out(t.render().toUtf8());
        for (const CopySetting &c : s.copySettings)
            out(QStringLiteral("copy to %1 %2 (%3)%4\n")
                    .arg(c.cloudProvider, c.regionName, c.frequencies.join(u','),
                         c.shouldCopyOplogs ? QStringLiteral(" with oplog") : QString())
                    .toUtf8());
        if (s.autoExportEnabled)
            out(QStringLiteral("auto export %1 snapshots to bucket %2\n")
                    .arg(s.exportPolicy.frequencyType, s.exportPolicy.exportBucketId)
                    .toUtf8());
        done(Exit::Ok);
    });
}

void Cli::policyEdit(bool apply)
{
    QFile f(m_inv.file);
    if (!f.open(QIODevice::ReadOnly))
        return fail(Exit::Usage, QStringLiteral("cannot read %1: %2").arg(m_inv.file, f.errorString()));
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &pe);
    if (!doc.isObject())
        return fail(Exit::Usage, QStringLiteral("%1 is not a JSON object: %2").arg(m_inv.file, pe.errorString()));
    const QJsonObject file = doc.object();
    // Fields the file leaves out stay as they are: it is laid over the schedule read now.
    then(m_runner.readPolicy(m_inv.project, m_inv.cluster), [this, file, apply](const JobResult &r) {
        if (!r.ok()) return failJob(r.error);
        QJsonObject merged = scheduleBody(r.payload.value<BackupSchedule>());
        for (auto it = file.begin(); it != file.end(); ++it) merged.insert(it.key(), it.value());
        QString why;
        auto change = policyChangeFromBody(merged, &why);
        if (!change) return fail(Exit::Usage, QStringLiteral("%1: %2.").arg(m_inv.file, why));
        if (m_inv.updateSnapshots) change->updateSnapshots = true;
        then(m_runner.validatePolicy(m_inv.project, m_inv.cluster, *change), [this, change, apply](const JobResult &v) {
            if (!v.ok()) return failJob(v.error);
            auto val = v.payload.value<PolicyValidation>();
            for (Finding &f : val.findings)
                if (f.code == policycode::kExpiriesNotMoved)
                    f.fix = QStringLiteral("Pass --update-snapshots to move them.");
            if (m_inv.json && (!apply || !val.allowed)) {
                QJsonArray a;
                for (const Finding &x : val.findings) a.append(findingJson(x));
                out(QJsonDocument(QJsonObject{{QStringLiteral("allowed"), val.allowed},
                                              {QStringLiteral("findings"), a},
                                              {QStringLiteral("changes"), changesJson(val)}})
                        .toJson(QJsonDocument::Indented));
            } else if (!m_inv.json) {
                out(changesText(val).toUtf8());
                out(findingsText(val.findings).toUtf8());
            }
            if (!val.allowed) {
                if (!m_inv.json) out("refused: nothing was sent\n");
                return done(Exit::Refused);
            }
            if (!apply) return done(Exit::Ok);
            if (!m_inv.yes)
                return fail(Exit::Usage, QStringLiteral("nothing was sent: add --yes to apply these changes."));
            then(m_runner.applyPolicy(m_inv.project, m_inv.cluster, *change), [this](const JobResult &a) {
                if (!a.ok()) return failJob(a.error);
                const auto o = a.payload.value<PolicyOutcome>();
                if (o.confirmedByReread)
                    note(QStringLiteral("The answer was lost; the schedule read again shows the change (applied "
                                        "once)."));
                for (const PolicyDiff &d : o.differences)
                    note(QStringLiteral("Atlas did otherwise than asked: %1: asked %2, has %3")
                             .arg(d.field, d.before.isEmpty() ? QStringLiteral("(none)") : d.before,
                                  d.after.isEmpty() ? QStringLiteral("(none)") : d.after));
                if (o.expiriesAsExpected != o.expiries.size())
                    note(QStringLiteral("%1 of %2 expiries moved as the review said.")
                             .arg(o.expiriesAsExpected)
                             .arg(o.expiries.size()));
                if (m_inv.json) {
                    QJsonObject j = scheduleBody(o.after);
                    j.insert(QStringLiteral("expiriesMoved"), o.expiriesAsExpected);
                    j.insert(QStringLiteral("asAsked"), o.differences.isEmpty());
                    out(QJsonDocument(j).toJson(QJsonDocument::Indented));
                } else {
                    out(QStringLiteral("applied; %1 existing expiries moved\n").arg(o.expiriesAsExpected).toUtf8());
                }
                done(Exit::Ok);
            });
        });
    });
}

void Cli::snapshotChange(bool remove)
{
    const QString what = remove ? QStringLiteral("snapshots delete") : QStringLiteral("snapshots expire");
    if (m_inv.project.isEmpty() || m_inv.cluster.isEmpty() || m_inv.snapshot.isEmpty())
        return fail(Exit::Usage, QStringLiteral("%1 needs --project ID, --cluster NAME and --snapshot ID.").arg(what));
    SnapshotChange c{remove ? SnapshotChange::Kind::Delete : SnapshotChange::Kind::Expire,
                     m_inv.project,
                     m_inv.cluster,
                     m_inv.snapshot,
                     RetentionUnit::Unknown,
                     0};
    if (remove) {
        if (m_inv.confirm != m_inv.snapshot)
            return fail(Exit::Refused, QStringLiteral("refused: nothing was sent. Type the snapshot's id to delete it: "
                                                      "--confirm %1.")
                                           .arg(m_inv.snapshot));
    } else {
        // --retention VALUE UNIT: the unit may come as the next word.
        QString text = m_inv.retention;
        if (!text.contains(u' ') && m_inv.command.size() > 2) text += u' ' + m_inv.command.value(2);
        const QStringList parts = text.simplified().split(u' ');
        bool ok = false;
        c.value = parts.value(0).toInt(&ok);
        c.unit = retentionUnitFromName(parts.value(1));
        if (!ok || c.unit == RetentionUnit::Unknown)
            return fail(Exit::Usage,
                        QStringLiteral("snapshots expire needs --retention VALUE days|weeks|months|years."));
    }
    then(m_runner.changeSnapshot(c), [this, remove](const JobResult &r) {
        if (!r.ok()) return failJob(r.error);
        const auto o = r.payload.value<SnapshotChangeOutcome>();
        if (o.confirmedByReread)
            note(QStringLiteral("The answer was lost; the snapshots read again show the change (made once)."));
        if (m_inv.json) {
            QJsonObject j{{QStringLiteral("id"), o.change.snapshotId}, {QStringLiteral("deleted"), remove}};
            if (o.snapshot) j.insert(QStringLiteral("expiresAt"), iso(o.snapshot->expiresAt));
            out(QJsonDocument(j).toJson(QJsonDocument::Indented));
        } else if (remove) {
            out(QStringLiteral("snapshot %1 deleted\n").arg(o.change.snapshotId).toUtf8());
        } else {
            out(QStringLiteral("snapshot %1 now expires %2\n")
                    .arg(o.change.snapshotId, o.snapshot ? iso(o.snapshot->expiresAt) : QString())
                    .toUtf8());
        }
        done(Exit::Ok);
    });
}

}  // namespace lifeboat::cli
