#pragma once
// Atlas project roles and what each includes, for the minimum role a route needs
// (the contract's x-rolesRequirements; see atlas-domain.md §8).
#include <QString>

namespace sandbox {

// Whether a principal holding project role `held` may call a route that needs `minimum`
// (an empty minimum: any project role).
bool roleAllows(const QString &held, const QString &minimum);

}  // namespace sandbox
