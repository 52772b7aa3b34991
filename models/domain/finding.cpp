#include "domain/finding.h"

#include <algorithm>

namespace lifeboat::domain {

QString severityName(Severity severity)
{
    switch (severity) {
    case Severity::Refuse: return QStringLiteral("refuse");
    case Severity::Warn: return QStringLiteral("warn");
    case Severity::Info: break;
    }
    return QStringLiteral("info");
}

bool isRefused(const Findings &findings)
{
    return firstRefusal(findings) != nullptr;
}

const Finding *firstRefusal(const Findings &findings)
{
    for (const Finding &f : findings)
        if (f.severity == Severity::Refuse) return &f;
    return nullptr;
}

bool hasFinding(const Findings &findings, const QString &code)
{
    return std::any_of(findings.cbegin(), findings.cend(), [&](const Finding &f) { return f.code == code; });
}

QStringList findingCodes(const Findings &findings)
{
    QStringList out;
    for (const Finding &f : findings) out.append(f.code);
    return out;
}

Reasons refusalReasons(const Findings &findings)
{
    Reasons out;
    for (const Finding &f : findings) {
        if (f.severity != Severity::Refuse) continue;
        out.append({f.code, f.field, f.fix.isEmpty() ? f.message : f.message + u' ' + f.fix});
    }
    return out;
}

}  // namespace lifeboat::domain
