#include "domain/version.h"

#include <QRegularExpression>

namespace lifeboat::domain {

MongoVersion MongoVersion::parse(const QString &text)
{
    static const QRegularExpression re(QStringLiteral(R"(^\s*(\d+)\.(\d+)(?:\.(\d+))?)"));
    const auto m = re.match(text);
    if (!m.hasMatch()) return {};
    MongoVersion v;
    v.major = m.captured(1).toInt();
    v.minor = m.captured(2).toInt();
    v.patch = m.captured(3).isEmpty() ? -1 : m.captured(3).toInt();
    return v;
}

QString MongoVersion::majorMinor() const
{
    return isValid() ? QStringLiteral("%1.%2").arg(major).arg(minor) : QString();
}

QString MongoVersion::toString() const
{
    if (!isValid()) return QString();
    return patch >= 0 ? QStringLiteral("%1.%2.%3").arg(major).arg(minor).arg(patch) : majorMinor();
}

}  // namespace lifeboat::domain
