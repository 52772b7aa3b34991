#include "itemmodels/navigatormodel.h"

#include "domain/duration.h"
#include "domain/health.h"
#include "itemmodels/healthtext.h"
#include "itemmodels/snapshotformat.h"

#include <QIcon>

namespace lifeboat::itemmodels {

struct NavigatorModel::Node {
    NodeKind kind = NodeKind::Profile;
    QString id;
    QString label;
    Node *parent = nullptr;
    int row = 0;
    std::vector<std::unique_ptr<Node>> children;
    jobs::ClusterSummary cluster;  // for clusters
    bool compliance = false;       // for projects
    QString groupId;

    Node *add(std::unique_ptr<Node> child)
    {
        child->parent = this;
        child->row = int(children.size());
        children.push_back(std::move(child));
        return children.back().get();
    }
};

NavigatorModel::NavigatorModel(QObject *parent) : QAbstractItemModel(parent), m_root(std::make_unique<Node>()) {}

NavigatorModel::~NavigatorModel() = default;

void NavigatorModel::clear()
{
    beginResetModel();
    m_root = std::make_unique<Node>();
    endResetModel();
}

void NavigatorModel::setEstate(const QString &profileName, const jobs::Estate &estate, const QDateTime &now)
{
    beginResetModel();
    m_now = now;
    m_root = std::make_unique<Node>();
    auto profile = std::make_unique<Node>();
    profile->kind = NodeKind::Profile;
    profile->label = profileName;
    Node *p = m_root->add(std::move(profile));
    for (const auto &o : estate.orgs) {
        auto org = std::make_unique<Node>();
        org->kind = NodeKind::Organization;
        org->id = o.org.id;
        org->label = o.org.name;
        Node *on = p->add(std::move(org));
        for (const auto &pr : o.projects) {
            auto project = std::make_unique<Node>();
            project->kind = NodeKind::Project;
            project->id = pr.project.id;
            project->groupId = pr.project.id;
            project->label = pr.project.name;
            project->compliance = pr.compliancePolicy;
            Node *pn = on->add(std::move(project));
            for (const auto &c : pr.clusters) {
                auto cluster = std::make_unique<Node>();
                cluster->kind = NodeKind::Cluster;
                cluster->id = c.cluster.id;
                cluster->groupId = pr.project.id;
                cluster->label = c.cluster.name;
                cluster->cluster = c;
                pn->add(std::move(cluster));
            }
        }
    }
    endResetModel();
}

NavigatorModel::Node *NavigatorModel::nodeFor(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex NavigatorModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= columnCount(parent) || row < 0) return {};
    Node *p = nodeFor(parent);
    if (row >= int(p->children.size())) return {};
    return createIndex(row, column, p->children[size_t(row)].get());
}

QModelIndex NavigatorModel::parent(const QModelIndex &child) const
{
    if (!child.isValid()) return {};
    Node *n = nodeFor(child);
    Node *p = n->parent;
    if (!p || p == m_root.get()) return {};
    return createIndex(p->row, 0, p);
}

int NavigatorModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0) return 0;
    return int(nodeFor(parent)->children.size());
}

int NavigatorModel::columnCount(const QModelIndex &) const
{
    return 2;
}

QString NavigatorModel::ageText(const QDateTime &then, const QDateTime &now)
{
    if (!then.isValid()) return tr("none");
    const qint64 s = qMax<qint64>(0, then.secsTo(now));
    if (s < 120) return tr("just now");
    const domain::RoundedDuration d = domain::roundedDuration(s);  // nearest unit, not down
    switch (d.unit) {
    case domain::DurationUnit::Seconds:
    case domain::DurationUnit::Minutes: return tr("%1 min").arg(formatCount(d.value));
    case domain::DurationUnit::Hours: return tr("%1 h").arg(formatCount(d.value));
    case domain::DurationUnit::Days: return tr("%1 d").arg(formatCount(d.value));
    case domain::DurationUnit::Months: break;
    }
    return tr("%1 mo").arg(formatCount(d.value));
}

// Most telling first: the view drops the last badges when the row is too narrow.
struct Badge {
    QString text;
    NavigatorModel::BadgeKind kind;
};

static QList<Badge> badges(const jobs::ClusterSummary &c)
{
    using K = NavigatorModel::BadgeKind;
    QList<Badge> out;
    if (c.isFlex)
        out.append({NavigatorModel::tr("Flex"), K::Tier});
    else if (!c.cluster.instanceSize.isEmpty())
        out.append({c.cluster.instanceSize, K::Tier});
    if (c.cluster.isFreeTier())
        out.append({NavigatorModel::tr("no cloud backup"), K::Unprotected});
    else if (!c.isFlex && !c.cluster.backupEnabled)
        out.append({NavigatorModel::tr("backup off"), K::Unprotected});
    if (c.restoreRunning) out.append({NavigatorModel::tr("restoring"), K::Restoring});
    if (c.cluster.pitEnabled) out.append({NavigatorModel::tr("PIT", "point-in-time restore badge"), K::Pit});
    if (c.cluster.isSharded())
        out.append({NavigatorModel::tr("%n shard(s)", nullptr, c.cluster.shardCount), K::Shards});
    // M0 (TENANT) and Flex name the cloud they run on as the backing provider.
    const bool backed = c.isFlex || c.cluster.providerName == u"TENANT";
    const QString provider = backed ? c.cluster.backingProviderName : c.cluster.providerName;
    if (!provider.isEmpty()) out.append({provider == u"AZURE" ? NavigatorModel::tr("Azure") : provider, K::Provider});
    return out;
}

static QStringList badgeTexts(const jobs::ClusterSummary &c)
{
    QStringList out;
    for (const Badge &b : badges(c)) out << b.text;
    return out;
}

static QVariantList badgeKinds(const jobs::ClusterSummary &c)
{
    QVariantList out;
    for (const Badge &b : badges(c)) out << int(b.kind);
    return out;
}

// HealthRole: 0 fine (or unknown), 1 worth a look (Warning, Unprotected), 2 bad (Critical),
// from the one rule in domain/health.h.
static int health(const domain::BackupHealth &h)
{
    switch (h.state) {
    case domain::HealthState::Critical: return 2;
    case domain::HealthState::Warning:
    case domain::HealthState::Unprotected: return 1;
    case domain::HealthState::Ok:
    case domain::HealthState::Unknown: break;
    }
    return 0;
}

QVariant NavigatorModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid()) return {};
    const Node *n = nodeFor(index);
    const bool isCluster = n->kind == NodeKind::Cluster;
    if (index.column() == 1) {
        if (!isCluster) return {};
        const domain::BackupHealth h = domain::backupHealth(n->cluster.health, m_now);
        const bool unprotected = h.state == domain::HealthState::Unprotected;
        switch (role) {
        case Qt::DisplayRole: return unprotected ? QStringLiteral("—") : ageText(n->cluster.lastGoodSnapshot, m_now);
        case Qt::ToolTipRole:
            return n->cluster.lastGoodSnapshot.isValid()
                       ? tr("Last good snapshot: %1").arg(formatUtc(n->cluster.lastGoodSnapshot))
                       : tr("No completed snapshot seen");
        case Qt::TextAlignmentRole: return int(Qt::AlignRight | Qt::AlignVCenter);
        case HealthRole: return health(h);
        case HealthStateRole: return int(h.state);
        case HealthTextRole: return HealthText::summary(h);
        default: return {};
        }
    }
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole: return n->label;
    case Qt::DecorationRole:
        switch (n->kind) {
        case NodeKind::Profile: return QIcon(QStringLiteral(":/icons/connection.svg"));
        case NodeKind::Organization: return QIcon(QStringLiteral(":/icons/organization.svg"));
        case NodeKind::Project: return QIcon(QStringLiteral(":/icons/project.svg"));
        case NodeKind::Cluster:
            if (n->cluster.isFlex) return QIcon(QStringLiteral(":/icons/flex.svg"));
            if (domain::backupHealth(n->cluster.health, m_now).state == domain::HealthState::Unprotected)
                return QIcon(QStringLiteral(":/icons/cluster-unprotected.svg"));
            return QIcon(QStringLiteral(":/icons/cluster.svg"));
        }
        return {};
    case Qt::ToolTipRole:
        if (n->kind == NodeKind::Project && n->compliance)
            return tr("%1 — under a Backup Compliance Policy").arg(n->label);
        if (isCluster) {
            QStringList lines{n->label, badgeTexts(n->cluster).join(QStringLiteral(" · "))};
            if (!n->cluster.cluster.mongoDBVersion.isEmpty())
                lines << tr("MongoDB %1").arg(n->cluster.cluster.mongoDBVersion);
            lines << tr("%n snapshot(s)", nullptr, n->cluster.snapshotCount);
            if (n->cluster.syncedAt.isValid()) lines << tr("Synced %1 ago").arg(ageText(n->cluster.syncedAt, m_now));
            return lines.join(u'\n');
        }
        return n->label;
    case KindRole: return int(n->kind);
    case IdRole: return n->id;
    case GroupIdRole: return n->groupId;
    case ClusterNameRole: return isCluster ? n->label : QString();
    case IsFlexRole: return isCluster && n->cluster.isFlex;
    case BadgesRole: return isCluster ? badgeTexts(n->cluster) : QStringList();
    case BadgeKindsRole: return isCluster ? badgeKinds(n->cluster) : QVariantList();
    case AgeTextRole: return isCluster ? ageText(n->cluster.lastGoodSnapshot, m_now) : QString();
    case HealthRole: return isCluster ? health(domain::backupHealth(n->cluster.health, m_now)) : 0;
    case HealthStateRole:
        return int(isCluster ? domain::backupHealth(n->cluster.health, m_now).state : domain::HealthState::Unknown);
    case HealthTextRole:
        return isCluster ? HealthText::summary(domain::backupHealth(n->cluster.health, m_now)) : QString();
    case ComplianceRole: return n->kind == NodeKind::Project && n->compliance;
    case RestoreRunningRole: return isCluster && n->cluster.restoreRunning;
    default: return {};
    }
}

QVariant NavigatorModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    return section == 0 ? tr("Cluster") : tr("Last good");
}

QModelIndex NavigatorModel::projectIndex(const QString &groupId) const
{
    for (const auto &profile : m_root->children)
        for (const auto &org : profile->children)
            for (const auto &project : org->children)
                if (project->id == groupId) return createIndex(project->row, 0, project.get());
    return {};
}

QModelIndex NavigatorModel::clusterIndex(const QString &groupId, const QString &clusterName) const
{
    const QModelIndex p = projectIndex(groupId);
    if (!p.isValid()) return {};
    const Node *pn = nodeFor(p);
    for (const auto &c : pn->children)
        if (c->label == clusterName) return createIndex(c->row, 0, c.get());
    return {};
}

std::optional<jobs::ClusterSummary> NavigatorModel::clusterAt(const QModelIndex &index) const
{
    if (!index.isValid()) return std::nullopt;
    const Node *n = nodeFor(index);
    if (n->kind != NodeKind::Cluster) return std::nullopt;
    return n->cluster;
}

}  // namespace lifeboat::itemmodels
