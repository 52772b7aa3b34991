// The Backup Compliance Policy jobs end to end through JobRunner against the in-process
// sandbox (real HTTP): a refused change (a lowered retention, a removed item, a bad e-mail, a
// wrong typed name, a cluster below the floor without overwriting) sends nothing; enabling and
// editing with the project's name typed, read back as asked, ENABLING/UPDATING then ACTIVE as
// the clock moves; disabling refused in a project with clusters and done in an empty one; an
// answer lost after the server applied (a 503, a reset) is read back: exactly one PUT or DELETE
// applied.
#include "atlas/client.h"
#include "cache/cache.h"
#include "jobs/jobrunner.h"
#include "jobstestutil.h"
#include "policytestutil.h"

#include <QEventLoop>
#include <QJsonArray>

using namespace lifeboat;
using namespace lifeboat::domain;
using namespace lifeboat::jobs;
using jobstest::Watched;
using policytest::Fixture;
using testutil::Response;

namespace {

const char *const kScenario = R"({
  "historyDays": 3,
  "organizations": [{"name": "acme", "projects": [
    {"name": "prod", "clusters": [
      {"name": "rs", "tier": "M10", "mongoDBVersion": "8.0.4", "createdDaysAgo": 30,
       "schedule": {"referenceHourOfDay": 6, "policyItems": [
         {"frequencyType": "hourly", "frequencyInterval": 6, "retentionUnit": "days", "retentionValue": 2},
         {"frequencyType": "daily", "frequencyInterval": 1, "retentionUnit": "days", "retentionValue": 7}]}},
      {"name": "low", "tier": "M10", "mongoDBVersion": "8.0.4", "createdDaysAgo": 30,
       "schedule": {"referenceHourOfDay": 6, "policyItems": [
         {"frequencyType": "daily", "frequencyInterval": 1, "retentionUnit": "days", "retentionValue": 3}]}},
      {"name": "free", "tier": "M0", "mongoDBVersion": "8.0.4"}]},
    {"name": "locked",
     "compliancePolicy": {"authorizedEmail": "legal@acme.example", "authorizedUserFirstName": "Ada",
                          "authorizedUserLastName": "Moreau", "enabledDaysAgo": 30, "scheduledPolicyItems": [
         {"frequencyType": "daily", "frequencyInterval": 1, "retentionUnit": "days", "retentionValue": 7},
         {"frequencyType": "weekly", "frequencyInterval": 6, "retentionUnit": "weeks", "retentionValue": 4}]},
     "clusters": [
      {"name": "main", "tier": "M10", "mongoDBVersion": "8.0.4", "createdDaysAgo": 30,
       "schedule": {"referenceHourOfDay": 6, "policyItems": [
         {"frequencyType": "daily", "frequencyInterval": 1, "retentionUnit": "days", "retentionValue": 10},
         {"frequencyType": "weekly", "frequencyInterval": 6, "retentionUnit": "weeks", "retentionValue": 4}]}}]},
    {"name": "empty",
     "compliancePolicy": {"authorizedEmail": "legal@acme.example", "authorizedUserFirstName": "Ada",
                          "authorizedUserLastName": "Moreau", "scheduledPolicyItems": [
         {"frequencyType": "daily", "frequencyInterval": 1, "retentionUnit": "days", "retentionValue": 7}]}},
    {"name": "empty2",
     "compliancePolicy": {"authorizedEmail": "legal@acme.example", "authorizedUserFirstName": "Ada",
                          "authorizedUserLastName": "Moreau", "scheduledPolicyItems": [
         {"frequencyType": "daily", "frequencyInterval": 1, "retentionUnit": "days", "retentionValue": 7}]}}]}],
  "apiKeys": [{"publicKey": "owner", "privateKey": "owner-secret", "orgRole": "ORG_OWNER"}],
  "serviceAccounts": [{"clientId": "mdb_sa_id_acme", "clientSecret": "mdb_sa_sk_acme", "orgRole": "ORG_OWNER"}]
})";

template <typename T, typename Start>
atlas::Result<T> await(Start start)
{
    std::optional<atlas::Result<T>> got;
    QEventLoop loop;
    start([&](atlas::Result<T> r) {
        got = std::move(r);
        loop.quit();
    });
    QTimer::singleShot(20000, &loop, &QEventLoop::quit);
    if (!got) loop.exec();
    return got.value_or(atlas::Result<T>{});
}

}  // namespace

class TestJobsCompliance : public QObject {
    Q_OBJECT
    Fixture fx;
    QTemporaryDir m_dir;

    atlas::ClientOptions options() const { return jobstest::fastRetryOptions(fx.engine->baseUrl()); }
    void start(Watched &w, const QString &name) { w.runner.start(options(), m_dir.filePath(name + ".sqlite")); }
    QString id(const char *project) const { return fx.groups.value(QLatin1String(project)); }

    Response policy(const char *project)
    {
        return fx.get(fx.group(QLatin1String(project)) + QStringLiteral("/backupCompliancePolicy"),
                      QStringLiteral("2023-10-01"));
    }
    QJsonArray scheduleItems(const char *project, const char *cluster)
    {
        return fx
            .get(fx.cluster(QLatin1String(project), QLatin1String(cluster)) + QStringLiteral("/backup/schedule"),
                 QStringLiteral("2024-08-05"))
            .json()
            .value("policies")
            .toArray()
            .first()
            .toObject()
            .value("policyItems")
            .toArray();
    }
    // The policy as the server has it, as a change (through the body `compliance show` prints).
    ComplianceChange current(const char *project)
    {
        QString why;
        const auto c = complianceChangeFromBody(policy(project).json(), &why);
        if (!c) qWarning() << why;
        return c.value_or(ComplianceChange{});
    }
    static PolicyItem *itemOf(ComplianceChange &c, Frequency f)
    {
        for (PolicyItem &i : c.after.scheduledPolicyItems)
            if (i.frequency == f) return &i;
        return nullptr;
    }
    int count(const char *project, const char *event)
    {
        return int(fx.events(QLatin1String(project)).count(QLatin1String(event)));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(fx.start(kScenario));
        QVERIFY(!id("prod").isEmpty() && !id("locked").isEmpty() && !id("empty").isEmpty());
    }
    void init() { fx.engine->clearFaults(); }

    void readShowsThePolicyOrNone()
    {
        Watched w;
        start(w, QStringLiteral("read"));
        const auto r = w.wait(w.runner.readCompliance(id("locked")));
        QVERIFY(r && r->ok());
        const auto read = r->payload.value<ComplianceRead>();
        QVERIFY(read.policy);
        QCOMPARE(read.policy->state.value, ComplianceState::Active);
        QCOMPARE(read.policy->scheduledPolicyItems.size(), 2);
        // The body round-trips to the same settings.
        const auto back = complianceChangeFromBody(complianceBody(*read.policy), nullptr);
        QVERIFY(back && sameComplianceSettings(back->after, *read.policy));
        const auto none = w.wait(w.runner.readCompliance(id("prod")));
        QVERIFY(none && none->ok());
        QVERIFY(!none->payload.value<ComplianceRead>().policy);
        cache::Cache cache;
        QVERIFY(cache.open(m_dir.filePath("read.sqlite"), cache::Cache::Mode::ReadOnly));
        QVERIFY(cache.compliancePolicy(id("locked")));
    }

    void refusedChangesSendNothing()
    {
        Watched w;
        start(w, QStringLiteral("refused"));
        const QByteArray before = policy("locked").body;
        const int requested = count("locked", "CPS_DATA_PROTECTION_UPDATE_REQUESTED");

        ComplianceChange lowered = current("locked");
        itemOf(lowered, Frequency::Daily)->value = 5;  // 7 -> 5 days
        ComplianceChange removed = current("locked");
        removed.after.scheduledPolicyItems.removeIf(
            [](const PolicyItem &i) { return i.frequency == Frequency::Weekly; });
        ComplianceChange email = current("locked");
        email.after.authorizedEmail = QStringLiteral("legal-at-acme");
        const QList<QPair<ComplianceChange, QString>> cases{{lowered, compliancecode::kRetentionLowered},
                                                            {removed, compliancecode::kItemRemoved},
                                                            {email, compliancecode::kEmailInvalid}};
        for (const auto &[change, code] : cases) {
            const auto v = w.wait(w.runner.validateCompliance(id("locked"), change));
            QVERIFY(v && v->ok());
            const auto val = v->payload.value<ComplianceValidation>();
            QVERIFY(!val.allowed);
            QVERIFY2(hasFinding(val.findings, code), qPrintable(findingCodes(val.findings).join(u',')));
            QCOMPARE(val.projectName, QStringLiteral("locked"));
            // Applying it, even with the right name, is refused before sending.
            const auto a = w.wait(w.runner.applyCompliance(id("locked"), change, QStringLiteral("locked"), true));
            QVERIFY(a && !a->ok());
            QCOMPARE(a->error.kind, JobError::Kind::Validation);
            QVERIFY(hasFinding(a->payload.value<ComplianceValidation>().findings, code));
        }
        QCOMPARE(policy("locked").body, before);
        QCOMPARE(count("locked", "CPS_DATA_PROTECTION_UPDATE_REQUESTED"), requested);
    }

    void enableNeedsTheTypedNameThenEditGrowsIt()
    {
        Watched w;
        start(w, QStringLiteral("enable"));
        QCOMPARE(policy("prod").status, 404);
        ComplianceChange enable;
        enable.after.authorizedEmail = QStringLiteral("legal@acme.example");
        enable.after.authorizedUserFirstName = QStringLiteral("Ada");
        enable.after.authorizedUserLastName = QStringLiteral("Moreau");
        enable.after.scheduledPolicyItems = {{{}, Frequency::Daily, 1, RetentionUnit::Days, 7}};

        const auto v = w.wait(w.runner.validateCompliance(id("prod"), enable));
        QVERIFY(v && v->ok());
        const auto val = v->payload.value<ComplianceValidation>();
        QVERIFY2(val.allowed, qPrintable(findingCodes(val.findings).join(u',')));
        QVERIFY(hasFinding(val.findings, compliancecode::kPermanent));
        QVERIFY(hasFinding(val.findings, compliancecode::kClusterRaised));
        QCOMPARE(val.raises.size(), 1);  // low's daily item, 3 -> 7 days
        QCOMPARE(val.raises.first().clusterName, QStringLiteral("low"));
        QCOMPARE(val.raises.first().after.value, 7);

        // A wrong name, or no acknowledgement: refused, nothing sent.
        const auto wrong = w.wait(w.runner.applyCompliance(id("prod"), enable, QStringLiteral("Prod"), true));
        QVERIFY(wrong && !wrong->ok());
        QCOMPARE(wrong->error.kind, JobError::Kind::Validation);
        QVERIFY(
            hasFinding(wrong->payload.value<ComplianceValidation>().findings, compliancecode::kProjectNameMismatch));
        const auto unacked = w.wait(w.runner.applyCompliance(id("prod"), enable, QStringLiteral("prod"), false));
        QVERIFY(unacked && !unacked->ok());
        QVERIFY(hasFinding(unacked->payload.value<ComplianceValidation>().findings, compliancecode::kNotAcknowledged));
        QCOMPARE(policy("prod").status, 404);
        QCOMPARE(count("prod", "CPS_DATA_PROTECTION_ENABLE_REQUESTED"), 0);

        const auto a = w.wait(w.runner.applyCompliance(id("prod"), enable, QStringLiteral("prod"), true));
        QVERIFY(a);
        QVERIFY2(a->ok(), qPrintable(a->error.message));
        const auto out = a->payload.value<ComplianceOutcome>();
        QVERIFY(!out.confirmedByReread);
        QVERIFY(out.after);
        QVERIFY(sameComplianceSettings(*out.after, enable.after));
        QCOMPARE(out.after->state.value, ComplianceState::Enabling);
        QCOMPARE(count("prod", "CPS_DATA_PROTECTION_ENABLE_REQUESTED"), 1);
        // low's policy raised to the floor on the server.
        bool raised = false;
        for (const auto &i : scheduleItems("prod", "low"))
            if (i.toObject().value("frequencyType").toString() == u"daily")
                raised = i.toObject().value("retentionValue").toInt() >= 7;
        QVERIFY(raised);
        fx.engine->advanceBy(301);
        QCOMPARE(policy("prod").json().value("state").toString(), QStringLiteral("ACTIVE"));

        // An edit that only grows: UPDATING, then ACTIVE.
        ComplianceChange grow = current("prod");
        itemOf(grow, Frequency::Daily)->value = 9;
        const auto g = w.wait(w.runner.applyCompliance(id("prod"), grow, QStringLiteral("prod"), true));
        QVERIFY(g);
        QVERIFY2(g->ok(), qPrintable(g->error.message));
        const auto grown = g->payload.value<ComplianceOutcome>();
        QVERIFY(grown.after && sameComplianceSettings(*grown.after, grow.after));
        QCOMPARE(grown.after->state.value, ComplianceState::Updating);
        fx.engine->advanceBy(301);
        QCOMPARE(policy("prod").json().value("state").toString(), QStringLiteral("ACTIVE"));
        // The cache holds it.
        cache::Cache cache;
        QVERIFY(cache.open(m_dir.filePath("enable.sqlite"), cache::Cache::Mode::ReadOnly));
        const auto cached = cache.compliancePolicy(id("prod"));
        QVERIFY(cached);
        QCOMPARE(cached->scheduledPolicyItems.first().value, 9);
    }

    void withoutOverwriteAClusterBelowTheFloorIsRefusedByBoth()
    {
        Watched w;
        start(w, QStringLiteral("floor"));
        const QByteArray before = policy("locked").body;
        ComplianceChange c = current("locked");
        c.after.scheduledPolicyItems.append({{}, Frequency::Monthly, 1, RetentionUnit::Months, 12});  // main has none
        c.overwriteBackupPolicies = false;
        const auto v = w.wait(w.runner.validateCompliance(id("locked"), c));
        QVERIFY(v && v->ok());
        const auto val = v->payload.value<ComplianceValidation>();
        QVERIFY(!val.allowed);
        QVERIFY2(hasFinding(val.findings, compliancecode::kClusterBelowFloor),
                 qPrintable(findingCodes(val.findings).join(u',')));
        QVERIFY(val.raises.isEmpty());  // nothing is raised without overwriting
        const auto a = w.wait(w.runner.applyCompliance(id("locked"), c, QStringLiteral("locked"), true));
        QVERIFY(a && !a->ok());
        QCOMPARE(a->error.kind, JobError::Kind::Validation);
        QCOMPARE(policy("locked").body, before);

        // Sent anyway, straight through the client: the sandbox refuses it the same way.
        atlas::Client client(options());
        c.after.projectId = id("locked");
        const auto r = await<CompliancePolicy>([&](auto cb) {
            client.updateCompliancePolicy(id("locked"), atlas::ComplianceUpdate{c.after, false}, cb);
        });
        QVERIFY(!r.ok());
        QCOMPARE(r.error.httpStatus, 400);
        QCOMPARE(r.error.errorCode,
                 QStringLiteral("BACKUP_POLICIES_NOT_MEETING_BACKUP_COMPLIANCE_POLICY_REQUIREMENTS"));
        QCOMPARE(policy("locked").body, before);
    }

    void disableOnlyInAnEmptyProject()
    {
        Watched w;
        start(w, QStringLiteral("disable"));
        const auto withClusters = w.wait(w.runner.disableCompliance(id("locked"), QStringLiteral("locked")));
        QVERIFY(withClusters && !withClusters->ok());
        QCOMPARE(withClusters->error.kind, JobError::Kind::Validation);
        QVERIFY(hasFinding(withClusters->payload.value<ComplianceValidation>().findings, compliancecode::kNotEmpty));
        QCOMPARE(policy("locked").json().value("state").toString(), QStringLiteral("ACTIVE"));
        QCOMPARE(count("locked", "CPS_DATA_PROTECTION_DISABLE_REQUESTED"), 0);

        const auto wrong = w.wait(w.runner.disableCompliance(id("empty"), QStringLiteral("Empty")));
        QVERIFY(wrong && !wrong->ok());
        QVERIFY(
            hasFinding(wrong->payload.value<ComplianceValidation>().findings, compliancecode::kProjectNameMismatch));
        QCOMPARE(policy("empty").json().value("state").toString(), QStringLiteral("ACTIVE"));

        const auto d = w.wait(w.runner.disableCompliance(id("empty"), QStringLiteral("empty")));
        QVERIFY(d);
        QVERIFY2(d->ok(), qPrintable(d->error.message));
        const auto out = d->payload.value<ComplianceOutcome>();
        QVERIFY(!out.after);
        QVERIFY(!out.confirmedByReread);
        QCOMPARE(policy("empty").json().value("state").toString(), QStringLiteral("DISABLING"));
        fx.engine->advanceBy(301);
        QCOMPARE(policy("empty").status, 404);
        // Nothing left to disable: refused before sending.
        const auto again = w.wait(w.runner.disableCompliance(id("empty"), QStringLiteral("empty")));
        QVERIFY(again && !again->ok());
        QVERIFY(hasFinding(again->payload.value<ComplianceValidation>().findings, compliancecode::kNotEnabled));
    }

    void lostAnswerAfterTheServerAppliedIsReadBack()
    {
        Watched w;
        start(w, QStringLiteral("lost"));
        ComplianceChange c = current("locked");
        itemOf(c, Frequency::Daily)->value = 8;
        sandbox::Fault cut;
        cut.pathContains = QStringLiteral("/backupCompliancePolicy");
        cut.method = QStringLiteral("PUT");
        cut.kind = sandbox::Fault::Kind::StatusAfterApply;
        cut.status = 503;
        fx.engine->addFault(cut);
        const int requested = count("locked", "CPS_DATA_PROTECTION_UPDATE_REQUESTED");
        const auto r = w.wait(w.runner.applyCompliance(id("locked"), c, QStringLiteral("locked"), true));
        QVERIFY(r);
        QVERIFY2(r->ok(), qPrintable(r->error.message));
        const auto out = r->payload.value<ComplianceOutcome>();
        QVERIFY(out.confirmedByReread);
        QVERIFY(out.after && sameComplianceSettings(*out.after, c.after));
        QCOMPARE(count("locked", "CPS_DATA_PROTECTION_UPDATE_REQUESTED"), requested + 1);  // one PUT applied
        fx.engine->advanceBy(301);
        QCOMPARE(policy("locked").json().value("state").toString(), QStringLiteral("ACTIVE"));

        // A 503 before the server did anything: not applied, not sent again.
        ComplianceChange more = current("locked");
        itemOf(more, Frequency::Daily)->value = 9;
        sandbox::Fault busy = cut;
        busy.kind = sandbox::Fault::Kind::Status;
        fx.engine->addFault(busy);
        const auto b = w.wait(w.runner.applyCompliance(id("locked"), more, QStringLiteral("locked"), true));
        QVERIFY(b && !b->ok());
        QVERIFY2(b->error.message.contains(QStringLiteral("did not apply")), qPrintable(b->error.message));
        QCOMPARE(count("locked", "CPS_DATA_PROTECTION_UPDATE_REQUESTED"), requested + 1);

        // A DELETE answered 503 after it was applied: DISABLING read back, one DELETE.
        sandbox::Fault gone = cut;
        gone.method = QStringLiteral("DELETE");
        fx.engine->addFault(gone);
        const auto d = w.wait(w.runner.disableCompliance(id("empty2"), QStringLiteral("empty2")));
        QVERIFY(d);
        QVERIFY2(d->ok(), qPrintable(d->error.message));
        QVERIFY(d->payload.value<ComplianceOutcome>().confirmedByReread);
        QCOMPARE(count("empty2", "CPS_DATA_PROTECTION_DISABLE_REQUESTED"), 1);
        QCOMPARE(policy("empty2").json().value("state").toString(), QStringLiteral("DISABLING"));
    }

    // A reset after the server applied the PUT (QNetworkAccessManager resends a request whose
    // reused connection is reset: the transport must not let it): read back, one PUT applied.
    void resetAfterTheServerAppliedIsNotSentAgain()
    {
        Watched w;
        start(w, QStringLiteral("reset"));
        fx.engine->advanceBy(301);
        QCOMPARE(policy("locked").json().value("state").toString(), QStringLiteral("ACTIVE"));
        ComplianceChange c = current("locked");
        itemOf(c, Frequency::Weekly)->value = 6;
        sandbox::Fault cut;
        cut.pathContains = QStringLiteral("/backupCompliancePolicy");
        cut.method = QStringLiteral("PUT");
        cut.kind = sandbox::Fault::Kind::ResetAfterApply;
        fx.engine->addFault(cut);
        const int requested = count("locked", "CPS_DATA_PROTECTION_UPDATE_REQUESTED");
        const auto r = w.wait(w.runner.applyCompliance(id("locked"), c, QStringLiteral("locked"), true));
        QVERIFY(r);
        QVERIFY2(r->ok(), qPrintable(r->error.message));
        QVERIFY(r->payload.value<ComplianceOutcome>().confirmedByReread);
        QCOMPARE(count("locked", "CPS_DATA_PROTECTION_UPDATE_REQUESTED"), requested + 1);
        QCOMPARE(policy("locked").json().value("state").toString(), QStringLiteral("UPDATING"));
    }
};

QTEST_MAIN(TestJobsCompliance)
#include "tst_jobs_compliance.moc"
