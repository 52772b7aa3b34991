#pragma once
// The Destination page's candidates: every cluster of every project the profile sees,
// each marked allowed or refused with its first reason by domain::checkRestoreTarget
// (the target-dependent rules only; the pre-flight checks them all with fresh facts).
// Marking runs on the GUI thread in slices of a few milliseconds, so 500 candidates
// never stall the event loop: rows read "checking…" until their slice has run. The
// Verdict column's SortRole changes once, when the marking is over, so a view sorted by
// it keeps its rows in place while the verdicts come in and reorders them once.
#include "domain/restore.h"
#include "jobs/estate.h"

#include <QAbstractTableModel>
#include <QIcon>
#include <QList>

namespace lifeboat::itemmodels {

class DestinationModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Cluster, Project, Version, Tier, Verdict, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole + 1,  // Verdict column: 0 allowed, 1 checking (all, while marking), 2 refused
        GroupIdRole,
        ClusterNameRole,
        IsFlexRole,
        IsSourceRole,
        MarkedRole,   // bool: its verdict is in
        AllowedRole,  // bool: no refusal (only once marked)
        ReasonRole,   // the first refusal's sentence, empty when allowed
        SearchTextRole,
    };
    struct Candidate {
        QString groupId, projectName;
        bool isFlex = false;
        domain::Cluster cluster;  // for Flex: the shared fields (name, version, state)
        std::optional<domain::FlexCluster> flex;
    };
    struct Marking {
        bool marked = false;
        domain::Findings findings;
    };

    explicit DestinationModel(QObject *parent = nullptr);

    // Every cluster of the estate, in navigator order.
    static QList<Candidate> candidatesFrom(const jobs::Estate &estate);
    void setCandidates(QList<Candidate> candidates);  // resets, unmarked

    // Marks every candidate against the plan (its target fields are filled per row) and
    // the source's facts; a second call drops what the first had left.
    void mark(const domain::RestorePlan &plan, const domain::RestoreFacts &sourceFacts);
    bool isMarking() const { return m_next < m_rows.size() && m_generation > 0 && m_marking; }
    int markedCount() const { return m_marked; }
    void setSliceMilliseconds(int ms) { m_sliceMs = ms; }

    const Candidate &candidate(int row) const { return m_rows.at(row).candidate; }
    const Marking &verdict(int row) const { return m_rows.at(row).verdict; }
    int rowOf(const QString &groupId, const QString &clusterName) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void markingProgress(int marked, int total);
    void markingFinished();

private:
    struct Row {
        Candidate candidate;
        Marking verdict;
        bool isSource = false;
    };
    void runSlice(quint64 generation);
    QString verdictText(const Row &row) const;

    QList<Row> m_rows;
    domain::RestorePlan m_plan;
    domain::RestoreFacts m_facts;
    qsizetype m_next = 0;
    int m_marked = 0;
    int m_sliceMs = 4;
    static constexpr qsizetype kSliceRows = 50;
    quint64 m_generation = 0;
    bool m_marking = false;
    mutable QList<QIcon> m_icons;  // allowed, refused: made once
};

}  // namespace lifeboat::itemmodels
