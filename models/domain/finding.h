#pragma once
// What a rule found about an action the user asks for (a restore, a policy edit): a stable
// code for logic and tests (never the text), a severity, plain words and a fix.
#include "domain/reason.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace lifeboat::domain {

enum class Severity { Refuse, Warn, Info };
QString severityName(Severity severity);  // "refuse" | "warn" | "info" (stable, JSON)

struct Finding {
    QString code;  // restorecode::k..., policycode::k...; stable, not translated
    Severity severity = Severity::Info;
    QString message;  // plain words (translated)
    QString fix;      // what to do about it (translated; may be empty)
    QString field;    // the input it is about (restorefield::k..., policyfield...); empty: the whole action
};
using Findings = QList<Finding>;
bool isRefused(const Findings &findings);               // any Refuse
const Finding *firstRefusal(const Findings &findings);  // nullptr when none
bool hasFinding(const Findings &findings, const QString &code);
QStringList findingCodes(const Findings &findings);  // in order, for tests and logs
// The refusals as reasons (message and fix in one sentence), for a job's validation error.
Reasons refusalReasons(const Findings &findings);

}  // namespace lifeboat::domain
