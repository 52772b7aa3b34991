#pragma once
// Lifeboat's translations, compiled into the binary under :/i18n. English plural forms
// ("1 snapshot" / "2 snapshots") come from lifeboat_en; another language is installed
// over it, so a message it lacks still gets correct English plurals.
#include <QLocale>

namespace lifeboat::ui {

// Installs the translators for `locale` on the application (replacing earlier ones).
// Returns false when Lifeboat has no translation for its language (English is then used).
bool installTranslations(const QLocale &locale);

// The language to use: `option` ("de", "en", "de_DE"; empty means the system's).
QLocale languageFor(const QString &option);

}  // namespace lifeboat::ui
