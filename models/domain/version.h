#pragma once
// MongoDB server versions ("8.0.4", "7.0") as comparable values.
#include <QString>

namespace lifeboat::domain {

struct MongoVersion {
    int major = -1;
    int minor = -1;
    int patch = -1;

    static MongoVersion parse(const QString &text);  // invalid() when it is not a version
    bool isValid() const { return major >= 0 && minor >= 0; }
    QString majorMinor() const;  // "8.0"
    QString toString() const;
    friend auto operator<=>(const MongoVersion &, const MongoVersion &) = default;
};

}  // namespace lifeboat::domain
