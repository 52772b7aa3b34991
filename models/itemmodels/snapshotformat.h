#pragma once
// How a snapshot is described to a person: words for its enums, UTC times, sizes,
// and the "kind" (status with fallback standing out) that picks its colour. Shared
// by the table model and the timeline so both say and colour the same thing.
#include "domain/types.h"

#include <QColor>
#include <QPalette>
#include <QString>

namespace lifeboat::itemmodels {

// What a snapshot looks like at a glance. Order is drawing order: later kinds are
// painted on top, so a failed snapshot is never hidden under a completed one.
enum class SnapshotKind { Completed, Unknown, Running, Fallback, Failed };
inline constexpr int SnapshotKindCount = 5;

SnapshotKind snapshotKind(const domain::Snapshot &s);
QString snapshotKindName(SnapshotKind k);  // "Completed", "In progress", ...

// Status colours readable on both light and dark palettes (chosen from the window colour).
bool isDarkPalette(const QPalette &palette);
QColor snapshotKindColor(SnapshotKind k, const QPalette &palette);

// Words for enum values; an unknown value is shown as the server sent it, a missing one as "—".
QString statusText(const domain::Tagged<domain::SnapshotStatus> &status);
QString typeText(const domain::Tagged<domain::SnapshotType> &type);
QString frequencyText(const domain::Tagged<domain::Frequency> &frequency);

QString dash();                                    // "—" for absent values
QString formatUtc(const QDateTime &t);             // "2025-03-14 06:00 UTC" or "—"
QString formatUtcShort(const QDateTime &t);        // "2025-03-14 06:00" where a header already says UTC
QString formatSize(qint64 bytes);                  // "1.5 GiB" (IEC, localized: "1,5 GiB"); "—" when unknown (< 0)
QString formatCount(qint64 n);                     // "100,000" / "100.000": grouped in the current locale
QString formatNumber(double value, int decimals);  // localized

// Words for Atlas's raw names: "GCP" -> "Google Cloud", "EASTERN_US" -> "Eastern US (South Carolina)"
// (an unknown region is shown as "us-east-9"); placeName joins both ("Google Cloud, Eastern US ...").
QString providerName(const QString &raw);
QString regionName(const QString &raw);
QString placeName(const QString &provider, const QString &region);
// Which key encrypts a snapshot of a cluster with encryption at rest by `provider`
// (AWS, AZURE, GCP or NONE/empty): "Azure Key Vault key 3f2a…", or "none (no customer key)".
QString encryptionKeyText(const QString &masterKeyUUID, const QString &provider);
QString keyProviderName(const QString &provider);
// Atlas's configServerType in words: "dedicated config servers", "config server embedded in a shard".
QString configServerText(const QString &configServerType);  // "AWS KMS", "Azure Key Vault", "Google Cloud KMS"

// A policy item in words: "Every 6 hours — kept 2 days", "Every Sunday — kept 4 weeks".
QString retentionText(domain::RetentionUnit unit, int value);  // "1 day", "2 years"
QString policyItemText(const domain::PolicyItem &item);
// The policy items a snapshot was tagged with (ids), in words from the schedule's items, one per line.
QString policyItemsText(const QStringList &ids, const QList<domain::PolicyItem> &items);

// Flex clusters have automatic daily snapshots only: shown as scheduled daily ones.
// The size is unknown (-1) and type is "flex".
domain::Snapshot snapshotFromFlex(const domain::FlexSnapshot &f);
QList<domain::Snapshot> snapshotsFromFlex(const QList<domain::FlexSnapshot> &list);

}  // namespace lifeboat::itemmodels
