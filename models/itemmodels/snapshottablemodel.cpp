#include "itemmodels/snapshottablemodel.h"

#include "itemmodels/snapshotformat.h"

#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

namespace lifeboat::itemmodels {

namespace {

QStringList regionWords(const QStringList &regions)
{
    QStringList out;
    for (const QString &r : regions) out << regionName(r);
    return out;
}

QString copiesText(const QStringList &regions)
{
    if (regions.isEmpty()) return dash();
    return SnapshotTableModel::tr("%1: %2", "number of copies: regions")
        .arg(formatCount(regions.size()))
        .arg(regionWords(regions).join(QStringLiteral(", ")));
}

QPalette currentPalette()
{
    return qobject_cast<QGuiApplication *>(QCoreApplication::instance()) ? QGuiApplication::palette() : QPalette();
}

}  // namespace

SnapshotTableModel::SnapshotTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void SnapshotTableModel::setSnapshots(const QList<domain::Snapshot> &snapshots)
{
    beginResetModel();
    m_snapshots = snapshots;
    m_rowById.clear();
    m_searchCache.clear();
    m_rowById.reserve(m_snapshots.size());
    for (int i = 0; i < m_snapshots.size(); ++i) m_rowById.insert(m_snapshots[i].id, i);
    endResetModel();
}

void SnapshotTableModel::setFlexSnapshots(const QList<domain::FlexSnapshot> &snapshots)
{
    setSnapshots(snapshotsFromFlex(snapshots));
}

void SnapshotTableModel::clear()
{
    setSnapshots({});
}

const domain::Snapshot *SnapshotTableModel::snapshotById(const QString &id) const
{
    const auto it = m_rowById.constFind(id);
    return it == m_rowById.cend() ? nullptr : &m_snapshots[*it];
}

QModelIndex SnapshotTableModel::indexOfId(const QString &id, int column) const
{
    const auto it = m_rowById.constFind(id);
    return it == m_rowById.cend() ? QModelIndex() : index(*it, column);
}

int SnapshotTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_snapshots.size());
}

int SnapshotTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SnapshotTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
    const domain::Snapshot &s = m_snapshots[index.row()];
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole: return display(s, column);
    case Qt::ToolTipRole: return toolTip(s, column);
    case SortRole: return sortValue(s, column);
    case IdRole: return s.id;
    case StatusRole: return int(s.status.value);
    case TypeRole: return int(s.snapshotType.value);
    case FrequencyRole: return int(s.frequencyType.value);
    case KindRole: return int(snapshotKind(s));
    case SearchTextRole:
        // Built once per row on first use: filtering 100,000 rows must not format them on every keystroke.
        if (m_searchCache.size() != m_snapshots.size()) m_searchCache.resize(m_snapshots.size());
        if (m_searchCache[index.row()].isNull()) m_searchCache[index.row()] = searchText(s);
        return m_searchCache[index.row()];
    case Qt::TextAlignmentRole:
        if (column == Size) return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::DecorationRole:
        if (column == Status) return snapshotKindColor(snapshotKind(s), currentPalette());
        return {};
    case Qt::ForegroundRole: {
        // Only what needs attention is coloured; completed rows keep the normal text colour.
        if (column != Status && column != Type) return {};
        const SnapshotKind kind = snapshotKind(s);
        if (kind == SnapshotKind::Completed || kind == SnapshotKind::Unknown) return {};
        if (column == Type && kind != SnapshotKind::Fallback) return {};
        return snapshotKindColor(kind, currentPalette());
    }
    default: return {};
    }
}

QVariant SnapshotTableModel::display(const domain::Snapshot &s, int column) const
{
    switch (column) {
    case Created: return formatUtcShort(s.createdAt);
    case Type: return typeText(s.snapshotType);
    case Frequency: return frequencyText(s.frequencyType);
    case Status: return statusText(s.status);
    case Size:
        // A snapshot still running or failed reports 0 bytes: that is "no size yet", not an empty backup.
        if (s.storageSizeBytes == 0 && s.status.value != domain::SnapshotStatus::Completed) return dash();
        return formatSize(s.storageSizeBytes);
    case MongoVersion: return s.mongodVersion.isEmpty() ? dash() : s.mongodVersion;
    case Expires: return formatUtcShort(s.expiresAt);
    case EncryptionKey: return s.masterKeyUUID.isEmpty() ? dash() : s.masterKeyUUID;
    case Copies: return copiesText(s.copyRegions);
    case Description: return s.description;
    }
    return {};
}

QVariant SnapshotTableModel::sortValue(const domain::Snapshot &s, int column) const
{
    switch (column) {
    case Created: return s.createdAt;
    case Expires: return s.expiresAt;
    case Size: return s.storageSizeBytes;
    case Copies: return qint64(s.copyRegions.size());
    default: return display(s, column);
    }
}

QString SnapshotTableModel::toolTip(const domain::Snapshot &s, int column) const
{
    switch (column) {
    case Status: {
        QString tip = statusText(s.status);
        if (!s.status.isKnown() && !s.status.isMissing())
            tip = tr("Status not known to Lifeboat: %1").arg(s.status.raw);
        if (s.snapshotType.value == domain::SnapshotType::Fallback)
            tip += u'\n' + tr("Fallback snapshot: may be inconsistent; it cannot be exported "
                              "or used for a collection restore.");
        return tip;
    }
    case Type:
        if (s.snapshotType.value == domain::SnapshotType::Fallback)
            return tr("Taken when a scheduled snapshot could not be; may be inconsistent.");
        return typeText(s.snapshotType);
    case Size:
        if (s.storageSizeBytes < 0) return tr("Size not reported");
        return tr("%1 bytes").arg(formatCount(s.storageSizeBytes));
    case EncryptionKey:
        return s.masterKeyUUID.isEmpty() ? tr("Not encrypted with a customer key")
                                         : tr("Master key UUID %1").arg(s.masterKeyUUID);
    case Copies:
        return s.copyRegions.isEmpty() ? tr("No copies in other regions")
                                       : tr("Copied to %1").arg(regionWords(s.copyRegions).join(QStringLiteral(", ")));
    case Created: return formatUtc(s.createdAt);
    case Expires: return formatUtc(s.expiresAt);
    default: return tr("Snapshot %1").arg(s.id);
    }
}

QString SnapshotTableModel::searchText(const domain::Snapshot &s) const
{
    QStringList parts{s.id};
    for (int c = 0; c < ColumnCount; ++c) parts << display(s, c).toString();
    // The API's own words match too, whatever the language: "EU_WEST_1", "weekly", "fallback".
    parts << s.policyItems << s.replicaSetName << s.copyRegions << s.frequencyType.raw << s.status.raw
          << s.snapshotType.raw;
    return parts.join(QLatin1Char(' ')).toLower();
}

QVariant SnapshotTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount) return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case Created: return tr("Created (UTC)");
        case Type: return tr("Type");
        case Frequency: return tr("Frequency");
        case Status: return tr("Status");
        case Size: return tr("Size");
        case MongoVersion: return tr("MongoDB");
        case Expires: return tr("Expires (UTC)");
        case EncryptionKey: return tr("Encryption key");
        case Copies: return tr("Copies");
        case Description: return tr("Description");
        }
    }
    if (role == Qt::ToolTipRole && section == MongoVersion) return tr("MongoDB version of the snapshot");
    if (role == Qt::TextAlignmentRole && section == Size) return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QHash<int, QByteArray> SnapshotTableModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(SortRole, "sortValue");
    names.insert(IdRole, "snapshotId");
    names.insert(StatusRole, "status");
    names.insert(TypeRole, "snapshotType");
    names.insert(FrequencyRole, "frequencyType");
    names.insert(KindRole, "kind");
    return names;
}

}  // namespace lifeboat::itemmodels
