#pragma once
// The navigator tree: profile -> organization -> project -> cluster, fed with an
// Estate read from the cache by the worker. Badges travel as roles so the view's
// delegate can draw them.
#include "jobs/estate.h"

#include <QAbstractItemModel>
#include <QDateTime>
#include <memory>
#include <vector>

namespace lifeboat::itemmodels {

class NavigatorModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum class NodeKind { Profile, Organization, Project, Cluster };
    enum Role {
        KindRole = Qt::UserRole + 1,  // NodeKind as int
        GroupIdRole,
        ClusterNameRole,
        IsFlexRole,
        BadgesRole,      // QStringList: tier, provider, "PIT", "no backup", ...
        AgeTextRole,     // "2 h" since the last good snapshot, or "none"
        HealthRole,      // 0 ok, 1 warning (late / unprotected), 2 bad (no good snapshot)
        ComplianceRole,  // project under a Backup Compliance Policy
        RestoreRunningRole,
        IdRole,
        BadgeKindsRole,  // QVariantList of BadgeKind (int), one per entry of BadgesRole: views colour by kind, never by
                         // text
        HealthStateRole,  // domain::HealthState as int (domain/health.h)
        HealthTextRole,   // the worst health finding in words, "On schedule." when none
    };
    // What a badge says, for its colour; the text is translated, the kind is not.
    enum class BadgeKind { Tier, Unprotected, Restoring, Pit, Shards, Provider };

    explicit NavigatorModel(QObject *parent = nullptr);
    ~NavigatorModel() override;

    void setEstate(const QString &profileName, const jobs::Estate &estate, const QDateTime &now);
    void clear();

    QModelIndex clusterIndex(const QString &groupId, const QString &clusterName) const;
    QModelIndex projectIndex(const QString &groupId) const;
    std::optional<jobs::ClusterSummary> clusterAt(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // How long ago, in short words: "just now", "42 min", "5 h", "3 d", "4 mo" (localized numbers).
    static QString ageText(const QDateTime &then, const QDateTime &now);

private:
    struct Node;
    Node *nodeFor(const QModelIndex &index) const;
    std::unique_ptr<Node> m_root;
    QDateTime m_now;
};

}  // namespace lifeboat::itemmodels
