// `lifeboat-cli restore ...`: the same restore jobs as the wizard (JobRunner), each in the
// process's event loop. The CLI checks only --confirm itself; every rule is the domain's.
#include "cli.h"
#include "output.h"

#include <QJsonDocument>

namespace lifeboat::cli {

using namespace lifeboat::domain;
using jobs::JobResult;
using jobs::RestoreProgress;
using jobs::RestoreRef;
using jobs::RestoreRow;
using jobs::RestoreValidation;

namespace {

bool endedWell(RestoreState s)
{
    return s == RestoreState::Finished || s == RestoreState::DownloadReady;
}

// The job as it was last seen: Atlas's id and the state derived from its fields.
QJsonObject progressJson(const RestoreProgress &p)
{
    QJsonObject o{{QStringLiteral("id"), p.ref.jobId},
                  {QStringLiteral("family"), jobs::restoreRefKindName(p.ref.kind)},
                  {QStringLiteral("groupId"), p.ref.groupId},
                  {QStringLiteral("clusterName"), p.ref.clusterName},
                  {QStringLiteral("state"), restoreStateName(p.state)},
                  {QStringLiteral("finishedAt"), isoTime(p.finishedAt)}};
    if (!p.targetClusterName.isEmpty()) {
        o.insert(QStringLiteral("targetGroupId"), p.targetGroupId);
        o.insert(QStringLiteral("targetClusterName"), p.targetClusterName);
    }
    if (!p.downloadUrls.isEmpty()) o.insert(QStringLiteral("deliveryUrl"), QJsonArray::fromStringList(p.downloadUrls));
    if (!p.errorMessage.isEmpty()) o.insert(QStringLiteral("errorMessage"), p.errorMessage);
    return o;
}

QJsonObject rowJson(const RestoreRow &r)
{
    QJsonObject o{{QStringLiteral("id"), r.ref.jobId},
                  {QStringLiteral("family"), jobs::restoreRefKindName(r.ref.kind)},
                  {QStringLiteral("kind"), restoreKindName(r.kind)},
                  {QStringLiteral("state"), restoreStateName(r.state)},
                  {QStringLiteral("snapshotId"), r.snapshotId},
                  {QStringLiteral("started"), isoTime(r.started)},
                  {QStringLiteral("finishedAt"), isoTime(r.finished)}};
    if (!r.targetClusterName.isEmpty()) {
        o.insert(QStringLiteral("targetGroupId"), r.targetGroupId);
        o.insert(QStringLiteral("targetClusterName"), r.targetClusterName);
    }
    if (r.durationSeconds >= 0) o.insert(QStringLiteral("durationSeconds"), r.durationSeconds);
    if (!r.detail.isEmpty()) o.insert(QStringLiteral("detail"), r.detail);
    return o;
}

}  // namespace

void Cli::restore()
{
    const QString verb = m_inv.command.value(1);
    if (m_inv.offline && verb != u"list")
        return fail(Exit::Usage, QStringLiteral("restore %1 talks to the server; it cannot run --offline.").arg(verb));
    if (verb == u"validate") return restoreValidate();
    if (verb == u"start") return restoreStart();
    if (verb == u"watch") return findRestore([this](const RestoreRef &ref) { watchRestore(ref); });
    if (verb == u"cancel") return findRestore([this](const RestoreRef &ref) { cancelRestore(ref); });
    if (verb == u"list") return restoreList();
    fail(Exit::Usage, QStringLiteral("unknown command \"restore %1\". Try --help.").arg(verb));
}

void Cli::printFindings(const Findings &findings)
{
    if (m_inv.json) return out(findingsDocument(findings));
    out(findingsText(findings).toUtf8());
    out(isRefused(findings) ? "refused: nothing can be sent\n" : "allowed\n");
}

void Cli::restoreValidate()
{
    then(m_runner.validateRestore(*m_inv.restorePlan), [this](const JobResult &r) {
        if (!r.ok()) return failJob(r.error);
        const auto v = r.payload.value<RestoreValidation>();
        printFindings(v.findings);
        done(v.allowed ? Exit::Ok : Exit::Refused);
    });
}

void Cli::restoreStart()
{
    const RestorePlan plan = *m_inv.restorePlan;
    // Before anything is read or sent: the name typed for a restore that replaces data.
    const Findings confirm = confirmFindings(plan, m_inv.restore.confirm);
    if (isRefused(confirm)) {
        if (m_inv.json) out(findingsDocument(confirm));
        for (const Finding &f : confirm)
            note(QStringLiteral("lifeboat-cli: refused (%1): %2 %3").arg(f.code, f.message, f.fix));
        return done(Exit::Refused);
    }
    then(m_runner.startRestore(plan, m_inv.restore.confirm, QStringLiteral("lifeboat-cli")), [this](
                                                                                                 const JobResult &r) {
        if (!r.ok()) {
            if (m_inv.json && r.payload.metaType() == QMetaType::fromType<RestoreValidation>())
                out(findingsDocument(r.payload.value<RestoreValidation>().findings));
            return failJob(r.error);
        }
        const auto ref = r.payload.value<RestoreRef>();
        note(QStringLiteral("Restore job %1 started (%2)%3.")
                 .arg(ref.jobId, jobs::restoreRefKindName(ref.kind),
                      ref.confirmedByReread ? QStringLiteral(", found by listing after a lost answer") : QString()));
        if (m_inv.watch) return watchRestore(ref);
        if (m_inv.json) {
            RestoreProgress p;
            p.ref = ref;
            p.state = RestoreState::Queued;
            out(QJsonDocument(progressJson(p)).toJson(QJsonDocument::Indented));
        } else {
            out(ref.jobId.toUtf8() + '\n');
        }
        done(Exit::Ok);
    });
}

void Cli::findRestore(std::function<void(const RestoreRef &)> use)
{
    // The family decides which API reads the job: the cache knows every job it has seen
    // (a sync lists the cluster's restore jobs); an unknown id on a Flex cluster is a Flex job.
    const QString g = m_inv.project, c = m_inv.cluster, id = m_inv.restore.job;
    then(m_runner.syncCluster(g, c), [this, g, c, id, use](const JobResult &synced) {
        if (!synced.ok()) return failJob(synced.error);
        then(m_runner.loadRestores(g, c), [this, g, c, id, use](const JobResult &r) {
            if (!r.ok()) return failJob(r.error);
            for (const RestoreRow &row : r.payload.value<QList<RestoreRow>>())
                if (row.ref.jobId == id && row.ref.clusterName == c) return use(row.ref);
            then(m_runner.loadClusterDetail(g, c), [g, c, id, use, this](const JobResult &d) {
                if (!d.ok()) return failJob(d.error);
                RestoreRef ref;
                m_guessedFamily = true;
                ref.kind = d.payload.value<jobs::ClusterDetail>().isFlex ? RestoreRef::Kind::Flex
                                                                         : RestoreRef::Kind::Dedicated;
                ref.groupId = g;
                ref.clusterName = c;
                ref.jobId = id;
                use(ref);
            });
        });
    });
}

void Cli::watchRestore(const RestoreRef &ref)
{
    const jobs::JobId watch = m_runner.watchRestore(ref);
    auto last = std::make_shared<RestoreState>(RestoreState::Unknown);
    connect(&m_runner, &jobs::JobRunner::restoreProgressOf, this,
            [this, watch, last](jobs::JobId id, const RestoreProgress &p) {
                if (id != watch || p.state == *last) return;
                *last = p.state;
                note(QStringLiteral("restore %1: %2").arg(p.ref.jobId, restoreStateName(p.state)));
            });
    then(watch, [this, ref](const JobResult &r) {
        // A job id the cache never saw on a dedicated cluster may be a collection restore job
        // (a sync does not list those): ask that API before saying it does not exist.
        if (!r.ok() && r.error.apiKind() == atlas::ErrorKind::NotFound && ref.kind == RestoreRef::Kind::Dedicated &&
            m_guessedFamily) {
            RestoreRef collection = ref;
            collection.kind = RestoreRef::Kind::Collection;
            m_guessedFamily = false;
            return watchRestore(collection);
        }
        if (!r.ok()) return failJob(r.error);
        printProgress(r.payload.value<RestoreProgress>());
    });
}

void Cli::printProgress(const RestoreProgress &p)
{
    if (m_inv.json) {
        out(QJsonDocument(progressJson(p)).toJson(QJsonDocument::Indented));
    } else {
        QString text = QStringLiteral("%1  %2").arg(p.ref.jobId, restoreStateName(p.state));
        if (!p.targetClusterName.isEmpty()) text += QStringLiteral("  -> %1").arg(p.targetClusterName);
        if (p.finishedAt.isValid()) text += QStringLiteral("  ended %1 UTC").arg(shortTime(p.finishedAt));
        out(text.toUtf8() + '\n');
        // One-time links: printed for the user, never written anywhere.
        for (const QString &u : p.downloadUrls) out(u.toUtf8() + '\n');
        if (!p.errorMessage.isEmpty()) note(QStringLiteral("Atlas: ") + p.errorMessage);
    }
    if (!p.ended()) return done(Exit::Ok);
    done(endedWell(p.state) ? Exit::Ok : Exit::RestoreEnded);
}

void Cli::cancelRestore(const RestoreRef &ref)
{
    then(m_runner.cancelRestore(ref), [this](const JobResult &r) {
        if (!r.ok()) return failJob(r.error);
        const auto p = r.payload.value<RestoreProgress>();
        if (m_inv.json)
            out(QJsonDocument(progressJson(p)).toJson(QJsonDocument::Indented));
        else
            out(QStringLiteral("%1  %2\n").arg(p.ref.jobId, restoreStateName(p.state)).toUtf8());
        done(Exit::Ok);
    });
}

void Cli::restoreList()
{
    const QString g = m_inv.project, c = m_inv.cluster;
    auto read = [this, g, c] {
        then(m_runner.loadRestores(g, c), [this](const JobResult &r) {
            if (!r.ok()) return failJob(r.error);
            const auto rows = r.payload.value<QList<RestoreRow>>();
            if (m_inv.json) {
                QJsonArray a;
                for (const RestoreRow &row : rows) a.append(rowJson(row));
                out(listDocument(a));
                return done(Exit::Ok);
            }
            Table t({QStringLiteral("ID"), QStringLiteral("KIND"), QStringLiteral("STATE"), QStringLiteral("SNAPSHOT"),
                     QStringLiteral("TARGET"), QStringLiteral("STARTED"), QStringLiteral("FINISHED"),
                     QStringLiteral("DURATION")});
            for (const RestoreRow &row : rows)
                t.add({row.ref.jobId, restoreKindName(row.kind), restoreStateName(row.state), row.snapshotId,
                       row.targetClusterName.isEmpty() ? QStringLiteral("-") : row.targetClusterName,
                       shortTime(row.started), shortTime(row.finished),
                       row.durationSeconds >= 0 ? duration(row.durationSeconds) : QStringLiteral("-")});
            out(t.render().toUtf8());
            done(Exit::Ok);
        });
    };
    if (m_inv.offline) return read();
    then(m_runner.syncCluster(g, c), [this, read](const JobResult &r) {
        if (!r.ok()) return failJob(r.error);
        read();
    });
}

}  // namespace lifeboat::cli
