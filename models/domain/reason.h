#pragma once
// Why a rule says no, in words, with a stable code for logic and tests (never the
// text) and the input field it is about, so a form can show it beside that field.
#include <QList>
#include <QString>

namespace lifeboat::domain {

struct Reason {
    QString code;   // e.g. "freeTier"; stable, not translated
    QString field;  // e.g. "retentionDays"; empty when about the whole action
    QString text;   // plain words for the user (translated)
    friend bool operator==(const Reason &, const Reason &) = default;
};

using Reasons = QList<Reason>;  // empty: allowed

}  // namespace lifeboat::domain
