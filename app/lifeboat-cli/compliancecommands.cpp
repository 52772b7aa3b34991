// lifeboat-cli compliance show|validate|apply|disable, over the compliance jobs
// (jobs/compliancejobs.h): the same checks and confirmation as the desktop app.
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

QJsonObject itemJson(const PolicyItem &i)
{
    QJsonObject o{{QStringLiteral("frequencyType"), frequencyName(i.frequency)},
                  {QStringLiteral("frequencyInterval"), i.interval},
                  {QStringLiteral("retentionUnit"), retentionUnitName(i.unit)},
                  {QStringLiteral("retentionValue"), i.value}};
    if (!i.id.isEmpty()) o.insert(QStringLiteral("id"), i.id);
    return o;
}

QString raiseItemText(const PolicyItem &i)
{
    return QStringLiteral("%1 every %2, kept %3 %4")
        .arg(frequencyName(i.frequency))
        .arg(i.interval)
        .arg(i.value)
        .arg(retentionUnitName(i.unit));
}

QJsonArray raisesJson(const QList<PolicyRaise> &raises)
{
    QJsonArray a;
    for (const PolicyRaise &r : raises)
        a.append(QJsonObject{{QStringLiteral("clusterName"), r.clusterName},
                             {QStringLiteral("before"), r.before ? QJsonValue(itemJson(*r.before)) : QJsonValue()},
                             {QStringLiteral("after"), itemJson(r.after)}});
    return a;
}

QString raisesText(const QList<PolicyRaise> &raises)
{
    QString out;
    for (const PolicyRaise &r : raises)
        out += QStringLiteral("raises %1: %2 -> %3\n")
                   .arg(r.clusterName, r.before ? raiseItemText(*r.before) : QStringLiteral("(no such item)"),
                        raiseItemText(r.after));
    return out;
}

QJsonArray policyChangesJson(const QList<PolicyDiff> &diff)
{
    QJsonArray a;
    for (const PolicyDiff &d : diff)
        a.append(QJsonObject{{QStringLiteral("field"), d.field},
                             {QStringLiteral("before"), d.before.isEmpty() ? QJsonValue() : QJsonValue(d.before)},
                             {QStringLiteral("after"), d.after.isEmpty() ? QJsonValue() : QJsonValue(d.after)}});
    return a;
}

QString policyChangesText(const QList<PolicyDiff> &diff)
{
    QString out;
    for (const PolicyDiff &d : diff)
        out += QStringLiteral("changes %1: %2 -> %3\n")
                   .arg(d.field, d.before.isEmpty() ? QStringLiteral("(not set)") : d.before,
                        d.after.isEmpty() ? QStringLiteral("(not set)") : d.after);
    return out;
}

QString yesNo(bool b)
{
    return b ? QStringLiteral("on") : QStringLiteral("off");
}

}  // namespace

void Cli::compliance()
{
    const QString sub = m_inv.command.value(1);
    if (m_inv.project.isEmpty()) return fail(Exit::Usage, QStringLiteral("compliance %1 needs --project ID.").arg(sub));
    if (sub == u"show") return complianceShow();
    if (sub == u"validate" || sub == u"apply") {
        if (m_inv.file.isEmpty()) return fail(Exit::Usage, QStringLiteral("compliance %1 needs --file FILE.").arg(sub));
        return complianceEdit(sub == u"apply");
    }
    if (sub == u"disable") return complianceDisable();
    fail(Exit::Usage, QStringLiteral("unknown command \"compliance %1\". Try --help.").arg(sub));
}

void Cli::complianceShow()
{
    then(m_runner.readCompliance(m_inv.project), [this](const JobResult &r) {
        if (!r.ok()) return failJob(r.error);
        const auto read = r.payload.value<ComplianceRead>();
        if (!read.policy)
            return fail(Exit::NotFound,
                        QStringLiteral("project %1 has no Backup Compliance Policy.").arg(m_inv.project));
        const CompliancePolicy &p = *read.policy;
        if (m_inv.json) {
            out(QJsonDocument(complianceBody(p)).toJson(QJsonDocument::Indented));
            return done(Exit::Ok);
        }
        QString text;
        text +=
            QStringLiteral("state              %1\n").arg(p.state.raw.isEmpty() ? QStringLiteral("-") : p.state.raw);
        text += QStringLiteral("representative     %1 %2 <%3>\n")
                    .arg(p.authorizedUserFirstName, p.authorizedUserLastName, p.authorizedEmail);
        text += QStringLiteral("point in time      %1").arg(yesNo(p.pitEnabled));
        if (p.pitEnabled) text += QStringLiteral(", restore window %1 days").arg(p.restoreWindowDays);
        text += u'\n';
        text += QStringLiteral("copy protection    %1\n").arg(yesNo(p.copyProtectionEnabled));
        text += QStringLiteral("encryption at rest %1\n").arg(yesNo(p.encryptionAtRestEnabled));
        text += QStringLiteral("on-demand          %1\n")
                    .arg(p.onDemandPolicyItem ? QStringLiteral("kept %1 %2")
                                                    .arg(p.onDemandPolicyItem->value)
                                                    .arg(retentionUnitName(p.onDemandPolicyItem->unit))
                                              : QStringLiteral("(no item)"));
        text += QStringLiteral("updated            %1 by %2\n")
                    .arg(p.updatedDate.isValid() ? shortTime(p.updatedDate) : QStringLiteral("-"),
                         p.updatedUser.isEmpty() ? QStringLiteral("-") : p.updatedUser);
        text += QStringLiteral("disable            %1\n")
                    .arg(p.deletable ? QStringLiteral("approved by MongoDB Support")
                                     : QStringLiteral("only in an empty project, or through MongoDB Support"));
        out(text.toUtf8());
        Table t(
            {QStringLiteral("ID"), QStringLiteral("FREQUENCY"), QStringLiteral("EVERY"), QStringLiteral("RETENTION")});
        for (const PolicyItem &i : p.scheduledPolicyItems)
            t.add({i.id, frequencyName(i.frequency), QString::number(i.interval),
                   QStringLiteral("%1 %2").arg(i.value).arg(retentionUnitName(i.unit))});
        out(t.render().toUtf8());
        done(Exit::Ok);
    });
}

void Cli::complianceEdit(bool apply)
{
    QFile f(m_inv.file);
    if (!f.open(QIODevice::ReadOnly))
        return fail(Exit::Usage, QStringLiteral("cannot read %1: %2").arg(m_inv.file, f.errorString()));
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &pe);
    if (!doc.isObject())
        return fail(Exit::Usage, QStringLiteral("%1 is not a JSON object: %2").arg(m_inv.file, pe.errorString()));
    const QJsonObject file = doc.object();
    // Fields the file leaves out stay as they are: it is laid over the policy read now.
    then(m_runner.readCompliance(m_inv.project), [this, file, apply](const JobResult &r) {
        if (!r.ok()) return failJob(r.error);
        const auto read = r.payload.value<ComplianceRead>();
        QJsonObject merged = read.policy ? complianceBody(*read.policy) : QJsonObject();
        for (const char *readOnly : {"state", "updatedDate", "updatedUser", "deletable"})
            merged.remove(QLatin1String(readOnly));
        for (auto it = file.begin(); it != file.end(); ++it) merged.insert(it.key(), it.value());
        QString why;
        const auto change = complianceChangeFromBody(merged, &why);
        if (!change) return fail(Exit::Usage, QStringLiteral("%1: %2.").arg(m_inv.file, why));
        then(m_runner.validateCompliance(m_inv.project, *change), [this, change, apply](const JobResult &v) {
            if (!v.ok()) return failJob(v.error);
            const auto val = v.payload.value<ComplianceValidation>();
            const QList<PolicyDiff> diff = complianceDiff(val.facts.current, val.change.after);
            if (m_inv.json && (!apply || !val.allowed)) {
                QJsonArray a;
                for (const Finding &x : val.findings) a.append(findingJson(x));
                out(QJsonDocument(QJsonObject{{QStringLiteral("allowed"), val.allowed},
                                              {QStringLiteral("findings"), a},
                                              {QStringLiteral("changes"),
                                               QJsonObject{{QStringLiteral("policy"), policyChangesJson(diff)},
                                                           {QStringLiteral("raises"), raisesJson(val.raises)}}}})
                        .toJson(QJsonDocument::Indented));
            } else if (!m_inv.json) {
                out(policyChangesText(diff).toUtf8());
                out(raisesText(val.raises).toUtf8());
                out(findingsText(val.findings).toUtf8());
            }
            if (!val.allowed) {
                if (!m_inv.json) out("refused: nothing was sent\n");
                return done(Exit::Refused);
            }
            if (!apply) return done(Exit::Ok);
            // The typed name is the acknowledgement (--help says what it acknowledges); without it
            // the job refuses with the project's name to type, before sending anything.
            then(m_runner.applyCompliance(m_inv.project, *change, m_inv.confirm, !m_inv.confirm.isEmpty()),
                 [this](const JobResult &a) {
                     if (!a.ok()) return complianceRefusedOrFailed(a, true);
                     const auto o = a.payload.value<ComplianceOutcome>();
                     if (o.confirmedByReread)
                         note(QStringLiteral("The answer was lost; the policy read again shows the change (applied "
                                             "once)."));
                     if (m_inv.json) {
                         QJsonObject j = o.after ? complianceBody(*o.after) : QJsonObject();
                         j.insert(QStringLiteral("asAsked"),
                                  o.after && sameComplianceSettings(*o.after, o.validation.change.after));
                         j.insert(QStringLiteral("confirmedByReread"), o.confirmedByReread);
                         j.insert(QStringLiteral("raised"), raisesJson(o.validation.raises));
                         out(QJsonDocument(j).toJson(QJsonDocument::Indented));
                     } else {
                         out(QStringLiteral("applied; state %1; %2 cluster policy item(s) raised\n")
                                 .arg(o.after && !o.after->state.raw.isEmpty() ? o.after->state.raw
                                                                               : QStringLiteral("-"))
                                 .arg(o.validation.raises.size())
                                 .toUtf8());
                     }
                     done(Exit::Ok);
                 });
        });
    });
}

void Cli::complianceDisable()
{
    // Without --confirm the job refuses, naming the project to type.
    then(m_runner.disableCompliance(m_inv.project, m_inv.confirm), [this](const JobResult &r) {
        if (!r.ok()) return complianceRefusedOrFailed(r, false);
        const auto o = r.payload.value<ComplianceOutcome>();
        if (o.confirmedByReread)
            note(QStringLiteral("The answer was lost; the policy read again shows it disabled (sent once)."));
        if (m_inv.json)
            out(QJsonDocument(QJsonObject{{QStringLiteral("disabled"), true},
                                          {QStringLiteral("projectId"), m_inv.project},
                                          {QStringLiteral("confirmedByReread"), o.confirmedByReread}})
                    .toJson(QJsonDocument::Indented));
        else
            out(QStringLiteral("disabled: Atlas removes the Backup Compliance Policy of %1 in a few minutes\n")
                    .arg(o.validation.projectName)
                    .toUtf8());
        done(Exit::Ok);
    });
}

void Cli::complianceRefusedOrFailed(const JobResult &r, bool validated)
{
    // A refusal by the checks carries the validation: its findings as `compliance validate` prints them.
    if (r.error.kind == JobError::Kind::Validation &&
        r.payload.metaType() == QMetaType::fromType<ComplianceValidation>()) {
        const auto val = r.payload.value<ComplianceValidation>();
        if (m_inv.json) {
            QJsonArray a;
            for (const Finding &x : val.findings) a.append(findingJson(x));
            out(QJsonDocument(QJsonObject{{QStringLiteral("allowed"), false}, {QStringLiteral("findings"), a}})
                    .toJson(QJsonDocument::Indented));
        } else {
            // After a validate printed the rest, only what refused the change now.
            Findings shown = val.findings;
            if (validated) shown.removeIf([](const Finding &f) { return f.severity != Severity::Refuse; });
            out(findingsText(shown).toUtf8());
            out("refused: nothing was sent\n");
        }
    }
    failJob(r.error);
}

}  // namespace lifeboat::cli
