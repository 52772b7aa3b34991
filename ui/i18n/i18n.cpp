#include "i18n/i18n.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace lifeboat::ui {

bool installTranslations(const QLocale &locale)
{
    static QTranslator *english = nullptr;
    static QTranslator *other = nullptr;
    static QTranslator *qt = nullptr;  // Qt's own texts (standard buttons: OK, Cancel, ...)
    for (QTranslator **t : {&english, &other, &qt}) {
        if (*t) {
            QCoreApplication::removeTranslator(*t);
            delete *t;
            *t = nullptr;
        }
    }
    QLocale::setDefault(locale);  // numbers, sizes and dates in the same language as the words
    english = new QTranslator(QCoreApplication::instance());
    if (english->load(QStringLiteral(":/i18n/lifeboat_en.qm"))) QCoreApplication::installTranslator(english);
    if (locale.language() == QLocale::English || locale.language() == QLocale::C) return true;
    other = new QTranslator(QCoreApplication::instance());
    if (!other->load(locale, QStringLiteral("lifeboat"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        delete other;
        other = nullptr;
        return false;
    }
    QCoreApplication::installTranslator(other);
    qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    return true;
}

QLocale languageFor(const QString &option)
{
    return option.isEmpty() ? QLocale() : QLocale(option);
}

}  // namespace lifeboat::ui
