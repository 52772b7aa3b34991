// The restore jobs end to end through JobRunner against the in-process sandbox (real HTTP):
// validate, start (typed name, sent once, a lost answer read back), watch to the end with
// the data check (the sandbox-only data routes), point in time, download, collection and
// Flex restores, cancel, pre-flight and server refusals, faults on the POST and on the
// watch, a restart that resumes following, the local audit log. The sandbox's clock stands
// still unless the test moves it.
#include "cache/cache.h"
#include "jobs/jobrunner.h"
#include "jobstestutil.h"
#include "restoretestutil.h"

#include <QJsonArray>
#include <QNetworkAccessManager>

using namespace lifeboat;
using namespace lifeboat::domain;
using namespace lifeboat::jobs;
using restoretest::Fixture;
using testutil::Response;

namespace {

class Watched : public QObject {
public:
    JobRunner runner;
    QHash<JobId, JobResult> results;
    QList<QPair<JobId, RestoreProgress>> progress;
    QHash<JobId, QStringList> steps;
    int wrongThread = 0;

    Watched()
    {
        connect(&runner, &JobRunner::jobResult, this, [this](const JobResult &r) {
            if (QThread::currentThread() != thread()) ++wrongThread;
            if (results.contains(r.id)) ++wrongThread;  // exactly one end per id
            results.insert(r.id, r);
        });
        connect(&runner, &JobRunner::jobProgress, this,
                [this](JobId id, int, int, const QString &step) { steps[id].append(step); });
        connect(&runner, &JobRunner::restoreProgressOf, this, [this](JobId id, const RestoreProgress &p) {
            progress.append({id, p});
        });
    }
    void start(const atlas::ClientOptions &options, const QString &cachePath)
    {
        SyncOptions s;
        s.restorePollFirstMs = 30;
        s.restorePollMaxMs = 150;
        runner.setSyncOptions(s);
        runner.start(options, cachePath);
    }
    int retriedSteps(JobId id) const
    {
        int n = 0;
        for (const QString &s : steps.value(id)) n += s.contains(QStringLiteral("asking again")) ? 1 : 0;
        return n;
    }
    std::optional<JobResult> wait(JobId id, int timeoutMs = 60000)
    {
        QElapsedTimer t;
        t.start();
        while (!results.contains(id) && t.elapsed() < timeoutMs) QTest::qWait(5);
        if (!results.contains(id)) return std::nullopt;
        return results.value(id);
    }
};

bool hasReason(const JobResult &r, const QString &code)
{
    for (const Reason &reason : r.error.findings)
        if (reason.code == code) return !reason.text.isEmpty();
    return false;
}

QHash<QString, QString> byName(const QJsonObject &data)
{
    QHash<QString, QString> out;
    for (const auto &v : data.value("namespaces").toArray())
        out.insert(v.toObject().value("database").toString() + u'.' + v.toObject().value("collection").toString(),
                   v.toObject().value("fingerprint").toString());
    return out;
}

QHash<QString, qint64> documents(const QJsonObject &data)
{
    QHash<QString, qint64> out;
    for (const auto &v : data.value("namespaces").toArray())
        out.insert(v.toObject().value("database").toString() + u'.' + v.toObject().value("collection").toString(),
                   qint64(v.toObject().value("documents").toDouble()));
    return out;
}

}  // namespace

class TestJobsRestore : public QObject {
    Q_OBJECT
    Fixture fx;
    QTemporaryDir m_dir;

    atlas::ClientOptions options() const { return jobstest::fastRetryOptions(fx.engine->baseUrl()); }
    QString cachePath(const QString &name) const { return m_dir.filePath(name + QStringLiteral(".sqlite")); }

    RestorePlan dedicated(RestoreKind kind, const QString &source, const QString &snapshotId,
                          const QString &target = QStringLiteral("dst")) const
    {
        RestorePlan p;
        p.kind = kind;
        p.sourceGroupId = fx.prod;
        p.sourceClusterName = source;
        p.snapshotId = snapshotId;
        if (kind != RestoreKind::Download) {
            p.targetGroupId = fx.prod;
            p.targetClusterName = target;
        }
        return p;
    }
    QString latest(const QString &cluster) { return fx.latestSnapshot(cluster).value("id").toString(); }

    // The restore jobs the server lists for a source (over HTTP, not through Lifeboat).
    QStringList serverJobs(const QString &source)
    {
        QStringList out;
        const Response r = fx.get(fx.cluster(source) + QStringLiteral("/backup/restoreJobs?itemsPerPage=500"));
        for (const auto &v : r.json().value("results").toArray()) out.append(v.toObject().value("id").toString());
        return out;
    }
    QStringList serverCollectionJobs(const QString &source)
    {
        QStringList out;
        const Response r =
            fx.get(fx.cluster(source) + QStringLiteral("/collectionRestoreJobs?itemsPerPage=500"), "2025-03-12");
        for (const auto &v : r.json().value("results").toArray()) out.append(v.toObject().value("id").toString());
        return out;
    }
    QString fingerprint(const QString &cluster, const QDateTime &at)
    {
        return fx.data(cluster, at.toSecsSinceEpoch()).value("fingerprint").toString();
    }
    QString flexFingerprint(const QString &cluster, const QDateTime &at)
    {
        return fx
            .get(QStringLiteral("/sandbox/v1/groups/%1/flexClusters/%2/data?at=%3")
                     .arg(fx.prod, cluster)
                     .arg(at.toSecsSinceEpoch()))
            .json()
            .value("fingerprint")
            .toString();
    }

    // Moves the sandbox's clock on until the watch has ended.
    std::optional<JobResult> runToEnd(Watched &w, JobId watch)
    {
        QElapsedTimer t;
        t.start();
        while (!w.results.contains(watch) && t.elapsed() < 60000) {
            fx.engine->advanceBy(60);
            QTest::qWait(40);
        }
        return w.wait(watch, 1);
    }
    // Starts a restore (must succeed) and returns its ref.
    RestoreRef started(Watched &w, const RestorePlan &plan, const QString &typed, const QString &reason = {})
    {
        const auto r = w.wait(w.runner.startRestore(plan, typed, reason));
        if (!r) return {};
        if (!r->ok()) qWarning() << "start failed:" << r->error.message;
        return r->ok() ? r->payload.value<RestoreRef>() : RestoreRef{};
    }
    // Starts and watches a restore to its end: the last look.
    RestoreProgress restoreToEnd(Watched &w, const RestorePlan &plan, const QString &typed)
    {
        const RestoreRef ref = started(w, plan, typed);
        if (!ref.isValid()) return {};
        const auto end = runToEnd(w, w.runner.watchRestore(ref));
        if (!end || !end->ok()) return {};
        return end->payload.value<RestoreProgress>();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(fx.start());
    }

    void init() { fx.engine->clearFaults(); }

    // 1. validate (allowed), start with the typed name, watch to Finished; the data arrived.
    void automatedRestoreToItsEnd()
    {
        Watched w;
        w.start(options(), cachePath(QStringLiteral("automated")));
        const QString sid = latest(QStringLiteral("src"));
        QVERIFY(!sid.isEmpty());
        const RestorePlan plan = dedicated(RestoreKind::Automated, QStringLiteral("src"), sid);
        const auto v = w.wait(w.runner.validateRestore(plan));
        QVERIFY(v && v->ok());
        QCOMPARE(v->kind, JobKind::ValidateRestore);
        const auto validation = v->payload.value<RestoreValidation>();
        QVERIFY2(validation.allowed, qPrintable(findingCodes(validation.findings).join(u',')));
        QVERIFY(validation.facts.snapshot.has_value());
        QVERIFY(validation.facts.target.has_value());

        const QStringList before = serverJobs(QStringLiteral("src"));
        const RestoreRef ref = started(w, plan, QStringLiteral("dst"));
        QVERIFY(ref.isValid());
        QCOMPARE(ref.kind, RestoreRef::Kind::Dedicated);
        QCOMPARE(ref.clusterName, QStringLiteral("src"));
        QVERIFY(!ref.confirmedByReread);
        QVERIFY(!before.contains(ref.jobId));
        QVERIFY(serverJobs(QStringLiteral("src")).contains(ref.jobId));

        const JobId watch = w.runner.watchRestore(ref);
        QVERIFY(w.runner.isRestoreWatch(watch));
        const auto end = runToEnd(w, watch);
        QVERIFY(end.has_value());
        QVERIFY2(end->ok(), qPrintable(end->error.message));
        const auto p = end->payload.value<RestoreProgress>();
        QCOMPARE(p.state, RestoreState::Finished);
        QCOMPARE(p.ref, ref);
        QCOMPARE(p.targetClusterName, QStringLiteral("dst"));
        QVERIFY(p.finishedAt.isValid());
        QVERIFY(!w.runner.isRestoreWatch(watch));
        QVERIFY(!w.progress.isEmpty());
        QCOMPARE(w.progress.last().second.state, RestoreState::Finished);
        // The data check: at the second it finished, the target held the snapshot's content.
        const QString snapFp = fx.snapshotData(QStringLiteral("src"), sid).value("fingerprint").toString();
        QVERIFY(!snapFp.isEmpty());
        QCOMPARE(fingerprint(QStringLiteral("dst"), p.finishedAt), snapFp);
        QCOMPARE(w.wrongThread, 0);
    }

    // 2. Point in time: the target holds the source's data at that second.
    void pointInTimeRestore()
    {
        Watched w;
        w.start(options(), cachePath(QStringLiteral("pit")));
        const qint64 at = fx.now() - 5 * 3600 - 17;
        RestorePlan plan = dedicated(RestoreKind::PointInTime, QStringLiteral("src"), {});
        plan.pit.utcSeconds = at;
        const auto v = w.wait(w.runner.validateRestore(plan));
        QVERIFY(v && v->ok());
        QVERIFY2(v->payload.value<RestoreValidation>().allowed,
                 qPrintable(findingCodes(v->payload.value<RestoreValidation>().findings).join(u',')));
        const RestoreProgress p = restoreToEnd(w, plan, QStringLiteral("dst"));
        QCOMPARE(p.state, RestoreState::Finished);
        const QString want = fx.data(QStringLiteral("src"), at).value("fingerprint").toString();
        QVERIFY(!want.isEmpty());
        // The source changes over time: a check that could tell the wrong second.
        QVERIFY(want != fx.data(QStringLiteral("src"), fx.now()).value("fingerprint").toString());
        QCOMPARE(fingerprint(QStringLiteral("dst"), p.finishedAt), want);
    }

    // 3. Download: ends with a link that serves gzip bytes.
    void downloadEndsWithALink()
    {
        Watched w;
        w.start(options(), cachePath(QStringLiteral("download")));
        const RestorePlan plan = dedicated(RestoreKind::Download, QStringLiteral("src"), latest(QStringLiteral("src")));
        const RestoreProgress p = restoreToEnd(w, plan, {});
        QVERIFY2(p.state == RestoreState::DownloadReady || p.state == RestoreState::Finished, qPrintable(p.step));
        QVERIFY(!p.downloadUrls.isEmpty());
        QNetworkAccessManager anonymous;  // a pre-signed link: no credentials
        const Response file = testutil::send(anonymous, "GET", QUrl(p.downloadUrls.first()));
        QCOMPARE(file.status, 200);
        QVERIFY(file.body.startsWith("\x1f\x8b"));
    }

    // 4. A collection restore of one collection under a new name: only that namespace changes.
    void collectionRestoreOfOneCollection()
    {
        Watched w;
        w.start(options(), cachePath(QStringLiteral("collection")));
        const QString sid = latest(QStringLiteral("src"));
        const QHash<QString, QString> snapNs = byName(fx.snapshotData(QStringLiteral("src"), sid));
        QVERIFY(!snapNs.isEmpty());
        const QString chosen = snapNs.keys().first();
        const QString renamed = QStringLiteral("lifeboat_restored.one");
        const QHash<QString, QString> before = byName(fx.data(QStringLiteral("dst"), fx.now()));
        QVERIFY(!before.isEmpty());
        QVERIFY(!before.contains(renamed));

        const auto ns = w.wait(w.runner.listSnapshotNamespaces(fx.prod, QStringLiteral("src"), sid));
        QVERIFY(ns && ns->ok());
        int collections = 0;
        for (const SnapshotDatabase &d : ns->payload.value<QList<SnapshotDatabase>>())
            collections += int(d.collections.size());
        QCOMPARE(collections, int(snapNs.size()));

        RestorePlan plan = dedicated(RestoreKind::Collections, QStringLiteral("src"), sid);
        plan.collections.writeStrategy = WriteStrategy::CreateNew;
        plan.collections.collections = {{chosen, renamed}};
        const QStringList jobsBefore = serverCollectionJobs(QStringLiteral("src"));
        const RestoreRef ref = started(w, plan, {});  // CREATE_NEW replaces nothing: no typed name
        QVERIFY(ref.isValid());
        QCOMPARE(ref.kind, RestoreRef::Kind::Collection);
        QCOMPARE(serverCollectionJobs(QStringLiteral("src")).size(), jobsBefore.size() + 1);
        const auto end = runToEnd(w, w.runner.watchRestore(ref));
        QVERIFY(end && end->ok());
        const auto p = end->payload.value<RestoreProgress>();
        QCOMPARE(p.state, RestoreState::Finished);
        QVERIFY(p.finishedAt.isValid());
        const qint64 f = p.finishedAt.toSecsSinceEpoch();
        const QJsonObject afterData = fx.data(QStringLiteral("dst"), f);
        const QHash<QString, QString> after = byName(afterData);
        QCOMPARE(after.value(renamed), snapNs.value(chosen));
        QCOMPARE(after.size(), before.size() + 1);
        // The target's other namespaces carry on as they were (the sandbox's data grows at a
        // fixed rate per namespace): their document counts continue the line of the seconds
        // before, where a replaced namespace would jump to the snapshot's count.
        const QHash<QString, qint64> d0 = documents(fx.data(QStringLiteral("dst"), f - 20));
        const QHash<QString, qint64> d1 = documents(fx.data(QStringLiteral("dst"), f - 10));
        const QHash<QString, qint64> d2 = documents(afterData);
        for (auto it = before.cbegin(); it != before.cend(); ++it) {
            QVERIFY2(after.contains(it.key()), qPrintable(it.key()));
            const qint64 expected = d1.value(it.key()) + (d1.value(it.key()) - d0.value(it.key()));
            QVERIFY2(qAbs(d2.value(it.key()) - expected) <= 1,
                     qPrintable(QStringLiteral("%1: %2 documents, %3 expected")
                                    .arg(it.key())
                                    .arg(d2.value(it.key()))
                                    .arg(expected)));
        }
    }

    // 5. Flex -> Flex to its end with the data check.
    void flexRestoreToItsEnd()
    {
        Watched w;
        w.start(options(), cachePath(QStringLiteral("flex")));
        QString sid;
        for (const auto &v :
             fx.get(fx.flex(QStringLiteral("flexa")) + QStringLiteral("/backup/snapshots"), "2024-11-13")
                 .json()
                 .value("results")
                 .toArray())
            if (v.toObject().value("status").toString() == u"COMPLETED") sid = v.toObject().value("id").toString();
        QVERIFY(!sid.isEmpty());
        RestorePlan plan = dedicated(RestoreKind::Automated, QStringLiteral("flexa"), sid, QStringLiteral("flexb"));
        plan.sourceIsFlex = true;
        plan.targetIsFlex = true;
        const auto v = w.wait(w.runner.validateRestore(plan));
        QVERIFY(v && v->ok());
        QVERIFY2(v->payload.value<RestoreValidation>().allowed,
                 qPrintable(findingCodes(v->payload.value<RestoreValidation>().findings).join(u',')));
        const RestoreRef ref = started(w, plan, QStringLiteral("flexb"));
        QVERIFY(ref.isValid());
        QCOMPARE(ref.kind, RestoreRef::Kind::Flex);
        const auto end = runToEnd(w, w.runner.watchRestore(ref));
        QVERIFY(end && end->ok());
        const auto p = end->payload.value<RestoreProgress>();
        QCOMPARE(p.state, RestoreState::Finished);
        const QString snapFp =
            fx.get(
                  QStringLiteral("/sandbox/v1/groups/%1/flexClusters/flexa/backup/snapshots/%2/data").arg(fx.prod, sid))
                .json()
                .value("fingerprint")
                .toString();
        QVERIFY(!snapFp.isEmpty());
        QCOMPARE(flexFingerprint(QStringLiteral("flexb"), p.finishedAt), snapFp);
    }

    // 6. Cancel a running dedicated restore; collection and Flex refs are refused unsent.
    void cancelRunningAndUnsupported()
    {
        Watched w;
        w.start(options(), cachePath(QStringLiteral("cancel")));
        const RestoreRef ref =
            started(w, dedicated(RestoreKind::Automated, QStringLiteral("src"), latest(QStringLiteral("src"))),
                    QStringLiteral("dst"));
        QVERIFY(ref.isValid());
        const auto c = w.wait(w.runner.cancelRestore(ref));
        QVERIFY(c.has_value());
        QVERIFY2(c->ok(), qPrintable(c->error.message));
        QCOMPARE(c->payload.value<RestoreProgress>().state, RestoreState::Cancelled);
        QVERIFY(fx.job(QStringLiteral("src"), ref.jobId).value("cancelled").toBool());
        const auto end = runToEnd(w, w.runner.watchRestore(ref));
        QVERIFY(end && end->ok());
        QCOMPARE(end->payload.value<RestoreProgress>().state, RestoreState::Cancelled);

        for (const RestoreRef::Kind kind : {RestoreRef::Kind::Collection, RestoreRef::Kind::Flex}) {
            const RestoreRef other{kind, fx.prod,
                                   kind == RestoreRef::Kind::Flex ? QStringLiteral("flexa") : QStringLiteral("src"),
                                   QStringLiteral("0123456789abcdef01234567")};
            QVERIFY(!cancelUnsupportedReason(kind).isEmpty());
            const quint64 before = fx.engine->requestCount();
            const auto r = w.wait(w.runner.cancelRestore(other));
            QVERIFY(r && !r->ok());
            QCOMPARE(r->error.kind, JobError::Kind::Validation);
            QVERIFY(hasReason(*r, QStringLiteral("cancelUnsupported")));
            QCOMPARE(fx.engine->requestCount(), before);
        }
    }

    // 7. Refused by the pre-flight: nothing reaches the server.
    void preflightRefusals()
    {
        Watched w;
        w.start(options(), cachePath(QStringLiteral("refusals")));
        struct Case {
            QString source, target, code;
        };
        const QList<Case> cases{{QStringLiteral("src82"), QStringLiteral("dst"), restorecode::kVersionLowerMinor},
                                {QStringLiteral("src"), QStringLiteral("free"), restorecode::kFreeTierTarget},
                                {QStringLiteral("src"), QStringLiteral("twoup"), restorecode::kVersionTooNew}};
        for (const Case &k : cases) {
            const QStringList before = serverJobs(k.source);
            const RestorePlan plan = dedicated(RestoreKind::Automated, k.source, latest(k.source), k.target);
            QVERIFY(!plan.snapshotId.isEmpty());
            const auto v = w.wait(w.runner.validateRestore(plan));
            QVERIFY(v && v->ok());
            QVERIFY(!v->payload.value<RestoreValidation>().allowed);
            const auto r = w.wait(w.runner.startRestore(plan, k.target));
            QVERIFY(r && !r->ok());
            QCOMPARE(r->error.kind, JobError::Kind::Validation);
            QVERIFY2(hasReason(*r, k.code), qPrintable(k.code + u' ' + r->error.message));
            QVERIFY(!r->cacheChanged());
            QCOMPARE(serverJobs(k.source), before);
        }
    }

    // 8. The typed name must be the target's: refused before anything is asked.
    void wrongTypedNameRefused()
    {
        Watched w;
        w.start(options(), cachePath(QStringLiteral("typed")));
        const RestorePlan plan =
            dedicated(RestoreKind::Automated, QStringLiteral("src"), latest(QStringLiteral("src")));
        const QStringList before = serverJobs(QStringLiteral("src"));
        for (const QString &typed : {QString(), QStringLiteral("dsx"), QStringLiteral("DST"), QStringLiteral("dst ")}) {
            const quint64 requests = fx.engine->requestCount();
            const auto r = w.wait(w.runner.startRestore(plan, typed));
            QVERIFY(r && !r->ok());
            QCOMPARE(r->error.kind, JobError::Kind::Validation);
            QVERIFY(hasReason(*r, QStringLiteral("confirmationMismatch")));
            QCOMPARE(fx.engine->requestCount(), requests);
        }
        QCOMPARE(serverJobs(QStringLiteral("src")), before);
        const RestoreProgress p = restoreToEnd(w, plan, QStringLiteral("dst"));
        QCOMPARE(p.state, RestoreState::Finished);
        QCOMPARE(serverJobs(QStringLiteral("src")).size(), before.size() + 1);
    }

    // 9. Start twice at once: one job on the server.
    void doubleStartSendsOnce()
    {
        Watched w;
        w.start(options(), cachePath(QStringLiteral("double")));
        const RestorePlan plan =
            dedicated(RestoreKind::Automated, QStringLiteral("src"), latest(QStringLiteral("src")));
        const QStringList before = serverJobs(QStringLiteral("src"));
        const JobId a = w.runner.startRestore(plan, QStringLiteral("dst"));
        const JobId b = w.runner.startRestore(plan, QStringLiteral("dst"));
        QVERIFY(a != b);
        const auto ra = w.wait(a);
        const auto rb = w.wait(b);
        QVERIFY(ra && rb);
        QVERIFY2(ra->ok(), qPrintable(ra->error.message));
        QVERIFY2(rb->ok(), qPrintable(rb->error.message));
        const RestoreRef ref = ra->payload.value<RestoreRef>();
        QCOMPARE(rb->payload.value<RestoreRef>(), ref);
        QCOMPARE(serverJobs(QStringLiteral("src")).size(), before.size() + 1);
        // Two watches of it join as well and both end.
        const JobId w1 = w.runner.watchRestore(ref);
        const JobId w2 = w.runner.watchRestore(ref);
        const auto e1 = runToEnd(w, w1);
        const auto e2 = runToEnd(w, w2);
        QVERIFY(e1 && e2 && e1->ok() && e2->ok());
        QCOMPARE(e1->payload.value<RestoreProgress>().state, RestoreState::Finished);
        QCOMPARE(e2->payload.value<RestoreProgress>().state, RestoreState::Finished);
    }

    // 10. A refusal the pre-flight could not foresee: the target was made busy by a restore
    // from another source (Atlas lists restore jobs per source only). Atlas's words arrive.
    void serverRefusalCarriesAtlasWords()
    {
        Watched w;
        const QString path = cachePath(QStringLiteral("serverrefusal"));
        w.start(options(), path);
        const Response other =
            fx.restore(QStringLiteral("nopit"), fx.automated(latest(QStringLiteral("nopit")), QStringLiteral("dst")));
        QCOMPARE(other.status, 200);
        const QStringList before = serverJobs(QStringLiteral("src"));
        const RestorePlan plan =
            dedicated(RestoreKind::Automated, QStringLiteral("src"), latest(QStringLiteral("src")));
        const auto r = w.wait(w.runner.startRestore(plan, QStringLiteral("dst"), QStringLiteral("refused by Atlas")));
        QVERIFY(r && !r->ok());
        QCOMPARE(r->error.kind, JobError::Kind::Api);
        QCOMPARE(r->error.api.errorCode, QStringLiteral("ATLAS_CLUSTER_RESTORE_IN_PROGRESS"));
        QVERIFY2(r->error.message.contains(QStringLiteral("already in progress")), qPrintable(r->error.message));
        QCOMPARE(serverJobs(QStringLiteral("src")), before);
        w.runner.stop();
        {
            cache::Cache cache;
            QVERIFY(cache.open(path, cache::Cache::Mode::ReadOnly));
            const auto log = cache.restoreAudit();
            QVERIFY(!log.isEmpty());
            QCOMPARE(log.first().reason, QStringLiteral("refused by Atlas"));
            QVERIFY2(log.first().outcome.contains(QStringLiteral("ATLAS_CLUSTER_RESTORE_IN_PROGRESS")),
                     qPrintable(log.first().outcome));
            QVERIFY(log.first().jobId.isEmpty());
        }
        fx.engine->advanceBy(3600);  // the other restore ends
        QCOMPARE(fx.stateOf(QStringLiteral("dst")), QStringLiteral("IDLE"));
    }

    // 11a. Faults on the start POST: 429 and 5xx and a reset are not a restore; an answer cut
    // after the server acted is found by reading the jobs again, sent once.
    void faultsOnTheStartPost()
    {
        Watched w;
        w.start(options(), cachePath(QStringLiteral("postfaults")));
        const RestorePlan plan =
            dedicated(RestoreKind::Automated, QStringLiteral("src"), latest(QStringLiteral("src")));
        const QString postPath = QStringLiteral("/clusters/src/backup/restoreJobs");
        struct Case {
            sandbox::Fault::Kind kind;
            int status;
            atlas::ErrorKind expected;
        };
        const QList<Case> failing{{sandbox::Fault::Kind::Status, 429, atlas::ErrorKind::RateLimited},
                                  {sandbox::Fault::Kind::Status, 503, atlas::ErrorKind::Server},
                                  {sandbox::Fault::Kind::Reset, 0, atlas::ErrorKind::Network}};
        for (const Case &k : failing) {
            const QStringList before = serverJobs(QStringLiteral("src"));
            sandbox::Fault f;
            f.pathContains = postPath;
            f.method = QStringLiteral("POST");
            f.kind = k.kind;
            f.status = k.status;
            f.count = 1;
            fx.engine->addFault(f);
            const auto r = w.wait(w.runner.startRestore(plan, QStringLiteral("dst")));
            QVERIFY(r && !r->ok());
            QCOMPARE(r->error.kind, JobError::Kind::Api);
            QCOMPARE(r->error.apiKind(), k.expected);
            QCOMPARE(serverJobs(QStringLiteral("src")), before);  // nothing created, nothing re-sent
            if (k.expected != atlas::ErrorKind::RateLimited)
                QVERIFY2(r->error.message.contains(QStringLiteral("did not start it")), qPrintable(r->error.message));
        }
        // The server creates it, the answer is cut short.
        const QStringList before = serverJobs(QStringLiteral("src"));
        sandbox::Fault cut;
        cut.pathContains = postPath;
        cut.method = QStringLiteral("POST");
        cut.kind = sandbox::Fault::Kind::Truncate;
        fx.engine->addFault(cut);
        const auto r = w.wait(w.runner.startRestore(plan, QStringLiteral("dst")));
        QVERIFY(r.has_value());
        QVERIFY2(r->ok(), qPrintable(r->error.message));
        const RestoreRef ref = r->payload.value<RestoreRef>();
        QVERIFY(ref.confirmedByReread);
        const QStringList after = serverJobs(QStringLiteral("src"));
        QCOMPARE(after.size(), before.size() + 1);
        QVERIFY(after.contains(ref.jobId));
        QVERIFY(!before.contains(ref.jobId));
        const auto end = runToEnd(w, w.runner.watchRestore(ref));
        QVERIFY(end && end->ok());
        QCOMPARE(end->payload.value<RestoreProgress>().state, RestoreState::Finished);
    }

    // 11b. Faults while watching: 429s, 5xxs and resets beyond the client's own retries; the
    // watch asks again and ends Finished.
    void faultsWhileWatching()
    {
        Watched w;
        w.start(options(), cachePath(QStringLiteral("watchfaults")));
        const RestoreRef ref =
            started(w, dedicated(RestoreKind::Automated, QStringLiteral("src"), latest(QStringLiteral("src"))),
                    QStringLiteral("dst"));
        QVERIFY(ref.isValid());
        const QString jobPath = QStringLiteral("/backup/restoreJobs/") + ref.jobId;
        const QList<QPair<sandbox::Fault::Kind, int>> faults{
            {sandbox::Fault::Kind::Status, 429}, {sandbox::Fault::Kind::Status, 503}, {sandbox::Fault::Kind::Reset, 0}};
        for (const auto &[kind, status] : faults) {
            sandbox::Fault f;
            f.pathContains = jobPath;
            f.method = QStringLiteral("GET");
            f.kind = kind;
            f.status = status;
            f.count = 4;  // more than the client's 3 attempts: the watch itself must ask again
            fx.engine->addFault(f);
        }
        const JobId watch = w.runner.watchRestore(ref);
        // The watch's own reads fail (each after the client's retries) and it asks again.
        QTRY_VERIFY_WITH_TIMEOUT(w.retriedSteps(watch) >= 3, 20000);
        QVERIFY(!w.results.contains(watch));  // still watching
        const auto end = runToEnd(w, watch);
        QVERIFY(end.has_value());
        QVERIFY2(end->ok(), qPrintable(end->error.message));
        QCOMPARE(end->payload.value<RestoreProgress>().state, RestoreState::Finished);
        // Every fault was used up by the watch: the job reads normally again.
        QCOMPARE(fx.get(fx.cluster(QStringLiteral("src")) + jobPath).status, 200);
    }

    // 12. Restarted while restoring: the new runner resumes following and sees the end.
    void resumeAfterRestart()
    {
        const QString path = cachePath(QStringLiteral("restart"));
        RestoreRef ref;
        {
            Watched first;
            first.start(options(), path);
            ref =
                started(first, dedicated(RestoreKind::Automated, QStringLiteral("src"), latest(QStringLiteral("src"))),
                        QStringLiteral("dst"));
            QVERIFY(ref.isValid());
            first.runner.watchRestore(ref);
            QTest::qWait(200);
            first.runner.stop();
        }
        fx.engine->advanceBy(30);  // it moves on while Lifeboat is closed
        Watched second;
        second.start(options(), path);
        const auto read = second.wait(second.runner.resumeFollowing());
        QVERIFY(read && read->ok());
        bool listed = false;
        for (const RestoreRow &row : read->payload.value<QList<RestoreRow>>()) listed = listed || row.ref == ref;
        QVERIFY(listed);
        QTRY_VERIFY_WITH_TIMEOUT(!second.progress.isEmpty(), 20000);
        JobId watch = 0;
        for (const auto &[id, p] : second.progress)
            if (p.ref == ref) watch = id;
        QVERIFY(watch != 0);
        QVERIFY(second.runner.isRestoreWatch(watch));
        const auto end = runToEnd(second, watch);
        QVERIFY(end && end->ok());
        QCOMPARE(end->payload.value<RestoreProgress>().state, RestoreState::Finished);
        QVERIFY(!second.runner.isRestoreWatch(watch));
        // Nothing is left to follow.
        const auto again = second.wait(second.runner.resumeFollowing());
        QVERIFY(again && again->ok());
        for (const RestoreRow &row : again->payload.value<QList<RestoreRow>>()) QVERIFY(!(row.ref == ref));
    }

    // 13. The local audit log: a start with its reason and its outcome, a refusal too.
    void auditLog()
    {
        const QString path = cachePath(QStringLiteral("audit"));
        Watched w;
        w.start(options(), path);
        const QString sid = latest(QStringLiteral("src"));
        const RestoreRef ref = started(w, dedicated(RestoreKind::Automated, QStringLiteral("src"), sid),
                                       QStringLiteral("dst"), QStringLiteral("ticket OPS-42"));
        QVERIFY(ref.isValid());
        const auto refused = w.wait(
            w.runner.startRestore(dedicated(RestoreKind::Automated, QStringLiteral("src"), sid, QStringLiteral("free")),
                                  QStringLiteral("free"), QStringLiteral("should not work")));
        QVERIFY(refused && !refused->ok());
        {
            cache::Cache cache;  // while it runs: started
            QVERIFY(cache.open(path, cache::Cache::Mode::ReadOnly));
            const QList<cache::RestoreAuditEntry> log = cache.restoreAudit();
            QCOMPARE(log.size(), 2);
            QCOMPARE(log.at(1).outcome, QStringLiteral("started"));
            QCOMPARE(log.at(1).jobId, ref.jobId);
        }
        const auto end = runToEnd(w, w.runner.watchRestore(ref));
        QVERIFY(end && end->ok());
        w.runner.stop();
        cache::Cache cache;
        QVERIFY(cache.open(path, cache::Cache::Mode::ReadOnly));
        const QList<cache::RestoreAuditEntry> log = cache.restoreAudit();
        QCOMPARE(log.size(), 2);
        const cache::RestoreAuditEntry &no = log.at(0), &yes = log.at(1);  // newest first
        QCOMPARE(yes.reason, QStringLiteral("ticket OPS-42"));
        QCOMPARE(yes.jobId, ref.jobId);
        QCOMPARE(yes.kind, QStringLiteral("automated"));
        QCOMPARE(yes.sourceClusterName, QStringLiteral("src"));
        QCOMPARE(yes.targetClusterName, QStringLiteral("dst"));
        QCOMPARE(yes.snapshotId, sid);
        QCOMPARE(yes.outcome, QStringLiteral("finished"));  // the end the watch saw
        QVERIFY(yes.at.isValid());
        QCOMPARE(no.reason, QStringLiteral("should not work"));
        QVERIFY2(no.outcome.startsWith(QStringLiteral("refused")), qPrintable(no.outcome));
        QVERIFY2(no.outcome.contains(restorecode::kFreeTierTarget), qPrintable(no.outcome));
        QVERIFY(no.jobId.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestJobsRestore)
#include "tst_jobs_restore.moc"
