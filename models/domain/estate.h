#pragma once
// Organizations and projects as Lifeboat keeps them.
#include <QDateTime>
#include <QString>

namespace lifeboat::domain {

struct Organization {
    QString id;
    QString name;
    bool isDeleted = false;
    QDateTime syncedAt;  // set by the cache, empty when fresh from the API
};

struct Project {
    QString id;
    QString orgId;
    QString name;
    qint64 clusterCount = 0;
    QDateTime created;
    QDateTime syncedAt;
};

}  // namespace lifeboat::domain
