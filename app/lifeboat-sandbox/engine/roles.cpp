#include "roles.h"

#include <QHash>
#include <QStringList>

namespace sandbox {

bool roleAllows(const QString &held, const QString &minimum)
{
    if (held.isEmpty()) return false;
    if (minimum.isEmpty() || held == minimum || held == u"GROUP_OWNER") return true;
    // Every project role can read; the Backup Manager holds the three granular backup roles.
    static const QHash<QString, QStringList> includes = {
        {QStringLiteral("GROUP_BACKUP_MANAGER"),
         {QStringLiteral("GROUP_BACKUP_CREATOR"), QStringLiteral("GROUP_BACKUP_RECOVERY_OPERATOR"),
          QStringLiteral("GROUP_BACKUP_EXPORT_OPERATOR"), QStringLiteral("GROUP_READ_ONLY")}},
    };
    if (minimum == u"GROUP_READ_ONLY") return true;
    return includes.value(held).contains(minimum);
}

}  // namespace sandbox
