#pragma once
// Synthetic snapshots for the UI tests, the timeline benchmark and the screenshot tool.
#include "domain/types.h"

#include <QRandomGenerator>

namespace lifeboat::testing {

inline domain::Snapshot makeSnapshot(const QString &id, const QDateTime &created, const QString &frequency,
                                     const QString &status = QStringLiteral("completed"),
                                     const QString &type = QStringLiteral("scheduled"))
{
    domain::Snapshot s;
    s.id = id;
    s.groupId = QStringLiteral("5f1d2c3b4a5e6f7a8b9c0d1e");
    s.clusterName = QStringLiteral("orders-prod");
    s.createdAt = created;
    s.status = domain::parseSnapshotStatus(status);
    s.snapshotType = domain::parseSnapshotType(type);
    s.frequencyType = domain::parseFrequency(frequency);
    s.storageSizeBytes = 0;
    s.mongodVersion = QStringLiteral("8.0.4");
    s.type = QStringLiteral("replicaSet");
    s.replicaSetName = QStringLiteral("atlas-x1y2z3-shard-0");
    s.cloudProvider = QStringLiteral("AWS");
    return s;
}

// 24 hex digits, like an Atlas ObjectId, unique per n.
inline QString objectId(quint32 n)
{
    return QStringLiteral("65a0%1").arg(n, 20, 16, QLatin1Char('0'));
}

// `count` snapshots spread over [from, to): mostly hourly and daily, some of every
// other frequency and on-demand, a few failed, fallback and in progress. Deterministic.
inline QList<domain::Snapshot> syntheticSnapshots(int count, const QDateTime &from, const QDateTime &to,
                                                  quint32 seed = 42)
{
    QRandomGenerator rng(seed);
    QList<domain::Snapshot> out;
    out.reserve(count);
    const qint64 span = from.msecsTo(to);
    static const char *frequencies[] = {"hourly", "hourly", "hourly",  "hourly", "daily",
                                        "daily",  "weekly", "monthly", "yearly", "ondemand"};
    for (int i = 0; i < count; ++i) {
        const QDateTime created = from.addMSecs(qint64(double(span) * i / count));
        const QString frequency = QString::fromLatin1(frequencies[rng.bounded(10)]);
        QString status = QStringLiteral("completed");
        QString type = frequency == u"ondemand" ? QStringLiteral("onDemand") : QStringLiteral("scheduled");
        const int roll = int(rng.bounded(1000));
        if (roll < 6)
            status = QStringLiteral("failed");
        else if (roll < 10)
            type = QStringLiteral("fallback");
        else if (roll < 12)
            status = QStringLiteral("inProgress");
        domain::Snapshot s = makeSnapshot(objectId(quint32(i)), created, frequency, status, type);
        s.storageSizeBytes = qint64(rng.bounded(900) + 100) * 1024 * 1024 * 10;
        s.expiresAt = created.addDays(frequency == u"hourly" ? 7 : frequency == u"yearly" ? 365 : 30);
        s.policyItems = {QStringLiteral("65a1policyitem%1").arg(frequency)};
        out.append(s);
    }
    return out;
}

// One year of a default Atlas policy as it stands at `now`: hourly every 6 h kept
// 7 days, daily kept 7 days, weekly on Saturday kept 4 weeks, monthly on the last
// day kept 12 months, yearly kept 1 year; a few on-demand, one failed, one fallback,
// one in progress. Snapshots are taken at 06:00 UTC (hourly also at 00, 12, 18).
inline QList<domain::Snapshot> defaultPolicyYear(const QDateTime &now)
{
    QList<domain::Snapshot> out;
    quint32 n = 1000;
    qint64 base = 38LL * 1024 * 1024 * 1024;  // the data grows about 40% over the year
    auto sized = [&](domain::Snapshot s) {
        const double days = s.createdAt.daysTo(now);
        s.storageSizeBytes = qint64(base * (1.0 - days / 900.0)) + qint64((n * 7919) % 97) * 1024 * 1024;
        return s;
    };
    auto add = [&](const QDateTime &t, const char *freq, int keepDays, const char *item) {
        domain::Snapshot s = makeSnapshot(objectId(n++), t, QString::fromLatin1(freq));
        s.expiresAt = t.addDays(keepDays);
        s.policyItems = {QString::fromLatin1(item)};
        s.masterKeyUUID = QStringLiteral("3f2a9c1e-8b7d-4e6f-a5c4-1d2e3f4a5b6c");
        s.copyRegions = {QStringLiteral("EU_WEST_1")};
        s.description.clear();
        out.append(sized(s));
    };
    const QDate today = now.date();
    const QTime at6(6, 0);
    // Yearly: the one taken in January, kept a year.
    add(QDateTime(QDate(today.year(), 1, 1), at6, Qt::UTC), "yearly", 365, "65a1b2c3d4e5f6a7b8c9d0e5");
    // Monthly on the last day, 12 months.
    for (int m = 12; m >= 1; --m) {
        QDate d = today.addMonths(-m);
        d = QDate(d.year(), d.month(), d.daysInMonth());
        const QDateTime t(d, at6, Qt::UTC);
        if (t < now) add(t, "monthly", int(t.daysTo(t.addMonths(12))), "65a1b2c3d4e5f6a7b8c9d0e4");
    }
    // Weekly on Saturday, 4 weeks.
    for (QDate d = today.addDays(-28); d <= today; d = d.addDays(1))
        if (d.dayOfWeek() == Qt::Saturday && QDateTime(d, at6, Qt::UTC) < now)
            add(QDateTime(d, at6, Qt::UTC), "weekly", 28, "65a1b2c3d4e5f6a7b8c9d0e3");
    // Daily, 7 days (not on Saturdays, where the weekly item tags the snapshot).
    for (int day = 7; day >= 0; --day) {
        const QDateTime t(today.addDays(-day), at6, Qt::UTC);
        if (t < now && t.date().dayOfWeek() != Qt::Saturday && now.daysTo(t) > -7)
            add(t, "daily", 7, "65a1b2c3d4e5f6a7b8c9d0e2");
    }
    // Hourly every 6 h, 7 days (00, 12, 18; 06 belongs to the daily item).
    for (QDateTime t(today.addDays(-7), QTime(0, 0), Qt::UTC); t < now; t = t.addSecs(6 * 3600))
        if (t.time().hour() != 6 && t.daysTo(now) < 7) add(t, "hourly", 7, "65a1b2c3d4e5f6a7b8c9d0e1");

    auto onDemand = [&](const QDateTime &t, const QString &description, int keepDays) {
        domain::Snapshot s = makeSnapshot(objectId(n++), t, QStringLiteral("ondemand"), QStringLiteral("completed"),
                                          QStringLiteral("onDemand"));
        s.expiresAt = t.addDays(keepDays);
        s.description = description;
        s.masterKeyUUID = QStringLiteral("3f2a9c1e-8b7d-4e6f-a5c4-1d2e3f4a5b6c");
        out.append(sized(s));
    };
    onDemand(now.addDays(-200), QStringLiteral("Before 7.0 → 8.0 upgrade"), 400);
    onDemand(now.addDays(-95), QStringLiteral("Quarter-end close"), 365);
    onDemand(now.addDays(-33).addSecs(3600 * 9), QStringLiteral("Before schema migration 2024-11"), 60);
    onDemand(now.addDays(-2).addSecs(3600 * 15), QStringLiteral("Pre-release checkpoint"), 14);

    // One failed (hourly, 3 days ago), one fallback (daily), one in progress (the latest hourly).
    for (domain::Snapshot &s : out) {
        if (s.frequencyType.value == domain::Frequency::Hourly && s.createdAt.daysTo(now) == 3) {
            s.status = domain::parseSnapshotStatus(QStringLiteral("failed"));
            s.storageSizeBytes = 0;
            break;
        }
    }
    for (domain::Snapshot &s : out) {
        if (s.frequencyType.value == domain::Frequency::Daily && s.createdAt.daysTo(now) == 5) {
            s.snapshotType = domain::parseSnapshotType(QStringLiteral("fallback"));
            break;
        }
    }
    domain::Snapshot *latest = nullptr;
    for (domain::Snapshot &s : out)
        if (!latest || s.createdAt > latest->createdAt) latest = &s;
    if (latest) {
        latest->status = domain::parseSnapshotStatus(QStringLiteral("inProgress"));
        latest->storageSizeBytes = 0;
    }
    std::sort(out.begin(), out.end(),
              [](const domain::Snapshot &a, const domain::Snapshot &b) { return a.createdAt < b.createdAt; });
    return out;
}

}  // namespace lifeboat::testing
