#include "domain/schedule.h"

namespace lifeboat::domain {

QList<PolicyItem> BackupSchedule::allItems() const
{
    QList<PolicyItem> items;
    for (const SchedulePolicy &p : policies) items += p.policyItems;
    return items;
}

}  // namespace lifeboat::domain
