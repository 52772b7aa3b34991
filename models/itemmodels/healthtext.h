#pragma once
// Words for the domain rules' answers. models/domain returns reasons as values (an
// enum and numbers) and has no tr(); the texts live here, once, in one translation
// context, for the navigator, the Overview and whoever else shows them.
#include "domain/duration.h"
#include "domain/health.h"
#include "domain/nextsnapshot.h"

#include <QCoreApplication>
#include <QString>

namespace lifeboat::itemmodels {

class HealthText {
    Q_DECLARE_TR_FUNCTIONS(lifeboat::itemmodels::HealthText)
public:
    // "3 min", "2 h", "5 days" (rounded to the nearest unit, plurals by tr()).
    static QString duration(const domain::RoundedDuration &d);
    static QString duration(qint64 seconds) { return duration(domain::roundedDuration(seconds)); }
    static QString state(domain::HealthState s);  // "OK", "Warning", ...
    // One sentence for a finding, e.g. "Late: the last good snapshot is 30 h old; the
    // schedule promises one every 1 day."
    static QString finding(const domain::HealthFinding &f);
    // The worst finding's sentence, or "On schedule." when there is none.
    static QString summary(const domain::BackupHealth &h);
};

}  // namespace lifeboat::itemmodels
