#include "itemmodels/destinationmodel.h"

#include "itemmodels/snapshotformat.h"

#include <QElapsedTimer>
#include <QIcon>
#include <QTimer>

namespace lifeboat::itemmodels {

using namespace lifeboat::domain;

DestinationModel::DestinationModel(QObject *parent) : QAbstractTableModel(parent) {}

QList<DestinationModel::Candidate> DestinationModel::candidatesFrom(const jobs::Estate &estate)
{
    QList<Candidate> out;
    qsizetype n = 0;
    for (const auto &o : estate.orgs)
        for (const auto &p : o.projects) n += p.clusters.size();
    out.reserve(n);
    for (const auto &o : estate.orgs)
        for (const auto &p : o.projects)
            for (const auto &c : p.clusters) {
                Candidate cand;
                cand.groupId = p.project.id;
                cand.projectName = p.project.name;
                cand.isFlex = c.isFlex;
                cand.cluster = c.cluster;
                if (cand.cluster.groupId.isEmpty()) cand.cluster.groupId = p.project.id;
                cand.flex = c.flex;
                out << std::move(cand);
            }
    return out;
}

void DestinationModel::setCandidates(QList<Candidate> candidates)
{
    beginResetModel();
    ++m_generation;
    m_marking = false;
    m_rows.clear();
    m_rows.reserve(candidates.size());
    for (Candidate &c : candidates) m_rows.append({std::move(c), {}, false});
    m_next = 0;
    m_marked = 0;
    endResetModel();
}

int DestinationModel::rowOf(const QString &groupId, const QString &clusterName) const
{
    for (int r = 0; r < m_rows.size(); ++r)
        if (m_rows[r].candidate.groupId == groupId && m_rows[r].candidate.cluster.name == clusterName) return r;
    return -1;
}

void DestinationModel::mark(const RestorePlan &plan, const RestoreFacts &sourceFacts)
{
    m_plan = plan;
    m_facts = sourceFacts;
    ++m_generation;
    m_next = 0;
    m_marked = 0;
    for (Row &r : m_rows) {
        r.verdict = {};
        r.isSource = r.candidate.groupId == plan.sourceGroupId && r.candidate.cluster.name == plan.sourceClusterName;
    }
    if (!m_rows.isEmpty()) emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
    m_marking = true;
    const quint64 g = m_generation;
    // The first slice runs after the page has been laid out and painted, not in the same turn.
    QTimer::singleShot(0, this, [this, g] { runSlice(g); });
}

void DestinationModel::runSlice(quint64 generation)
{
    if (generation != m_generation || !m_marking) return;
    QElapsedTimer t;
    t.start();
    const qsizetype first = m_next;
    // Copied once a slice: each row sets every target field below.
    RestorePlan plan = m_plan;
    RestoreFacts facts = m_facts;
    while (m_next < m_rows.size()) {
        Row &r = m_rows[m_next];
        plan.targetGroupId = r.candidate.groupId;
        plan.targetClusterName = r.candidate.cluster.name;
        plan.targetIsFlex = r.candidate.isFlex;
        facts.target.reset();
        facts.targetFlex.reset();
        if (r.candidate.isFlex && r.candidate.flex)
            facts.targetFlex = r.candidate.flex;
        else
            facts.target = r.candidate.cluster;
        r.verdict.findings = checkRestoreTarget(plan, facts);
        r.verdict.marked = true;
        ++m_next;
        ++m_marked;
        // Bounded by rows too: what a view does with one dataChanged grows with its rows.
        if (t.elapsed() >= m_sliceMs || m_next - first >= kSliceRows) break;
    }
    // The verdict's own roles, not SortRole: that one settles once, below.
    if (m_next > first)
        emit dataChanged(index(int(first), 0), index(int(m_next) - 1, ColumnCount - 1),
                         {Qt::DisplayRole, Qt::DecorationRole, Qt::ToolTipRole, MarkedRole, AllowedRole, ReasonRole});
    emit markingProgress(m_marked, int(m_rows.size()));
    if (m_next < m_rows.size()) {
        QTimer::singleShot(0, this, [this, generation] { runSlice(generation); });
        return;
    }
    m_marking = false;
    // Every verdict's sort key at once: a sorted proxy reorders the rows in one go.
    if (!m_rows.isEmpty()) emit dataChanged(index(0, Verdict), index(int(m_rows.size()) - 1, Verdict), {SortRole});
    emit markingFinished();
}

int DestinationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DestinationModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString DestinationModel::verdictText(const Row &row) const
{
    if (!row.verdict.marked) return tr("checking…");
    if (const Finding *f = firstRefusal(row.verdict.findings)) return tr("Refused: %1").arg(f->message);
    int warnings = 0;
    for (const Finding &f : row.verdict.findings) warnings += f.severity == Severity::Warn;
    return warnings ? tr("Allowed, %n warning(s)", nullptr, warnings) : tr("Allowed");
}

QVariant DestinationModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
    const Row &r = m_rows.at(index.row());
    const Candidate &c = r.candidate;
    const bool allowed = r.verdict.marked && !isRefused(r.verdict.findings);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Cluster: return r.isSource ? tr("%1 (source)").arg(c.cluster.name) : c.cluster.name;
        case Project: return c.projectName;
        case Version: return c.isFlex && c.flex ? c.flex->mongoDBVersion : c.cluster.mongoDBVersion;
        case Tier:
            if (c.isFlex) return tr("Flex");
            return c.cluster.isSharded()
                       ? tr("%1, %n shard(s)", nullptr, c.cluster.shardCount).arg(c.cluster.instanceSize)
                       : c.cluster.instanceSize;
        case Verdict: return verdictText(r);
        }
        return {};
    case SortRole:
        // Allowed, checking, refused; every row ranks as checking until the marking is over,
        // so a view sorted by verdict keeps its order while the verdicts come in.
        if (index.column() == Verdict) return r.verdict.marked && !m_marking ? (allowed ? 0 : 2) : 1;
        return data(index, Qt::DisplayRole).toString().toLower();
    case Qt::ToolTipRole:
        if (index.column() == Verdict && r.verdict.marked) {
            QStringList lines;
            for (const Finding &f : r.verdict.findings)
                lines << f.message + (f.fix.isEmpty() ? QString() : u' ' + f.fix);
            return lines.isEmpty()
                       ? tr("Nothing stands in the way on what Lifeboat knows; the pre-flight checks again.")
                       : lines.join(u'\n');
        }
        return {};
    case Qt::DecorationRole:
        if (index.column() != Verdict || !r.verdict.marked) return {};
        if (m_icons.isEmpty())
            m_icons = {QIcon(QStringLiteral(":/icons/ok.svg")), QIcon(QStringLiteral(":/icons/error.svg"))};
        return m_icons.at(allowed ? 0 : 1);
    case GroupIdRole: return c.groupId;
    case ClusterNameRole: return c.cluster.name;
    case IsFlexRole: return c.isFlex;
    case IsSourceRole: return r.isSource;
    case MarkedRole: return r.verdict.marked;
    case AllowedRole: return allowed;
    case ReasonRole: {
        const Finding *f = firstRefusal(r.verdict.findings);
        return f ? f->message : QString();
    }
    case SearchTextRole:
        return QStringList{c.cluster.name, c.projectName, c.cluster.mongoDBVersion, c.cluster.instanceSize}
            .join(u' ')
            .toLower();
    }
    return {};
}

QVariant DestinationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
    case Cluster: return tr("Cluster");
    case Project: return tr("Project");
    case Version: return tr("MongoDB");
    case Tier: return tr("Tier");
    case Verdict: return tr("Can it be the target?");
    }
    return {};
}

}  // namespace lifeboat::itemmodels
