#include "restore/restoredestinationpage.h"

#include "itemmodels/destinationmodel.h"
#include "restore/restorewizard.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace lifeboat::ui {

using itemmodels::DestinationModel;

RestoreDestinationPage::RestoreDestinationPage(RestoreWizard *wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    setObjectName(QStringLiteral("restoreDestinationPage"));
    setTitle(tr("Where to restore to"));
    setSubTitle(tr("Every cluster this connection sees, checked against the restore's rules. The target's data "
                   "will be replaced."));
    m_model = new DestinationModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(DestinationModel::SearchTextRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortRole(DestinationModel::SortRole);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("destinationSearch"));
    m_search->setPlaceholderText(tr("Search: cluster, project, version, tier…"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search target clusters"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("destinationStatus"));
    auto *top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(m_status);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("destinationTable"));
    m_table->setAccessibleName(tr("Target clusters"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSortingEnabled(true);
    // By verdict, and the header says so (setSortingEnabled alone sorts by the first column).
    m_table->sortByColumn(DestinationModel::Verdict, Qt::AscendingOrder);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    const int ch = fontMetrics().horizontalAdvance(QLatin1Char('x'));
    m_table->setColumnWidth(DestinationModel::Cluster, ch * 28);
    m_table->setColumnWidth(DestinationModel::Project, ch * 20);
    m_table->setColumnWidth(DestinationModel::Version, ch * 9);
    m_table->setColumnWidth(DestinationModel::Tier, ch * 14);

    m_reason = new QLabel(this);
    m_reason->setObjectName(QStringLiteral("destinationReason"));
    m_reason->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_reason);

    connect(m_search, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &RestoreDestinationPage::onCurrentChanged);
    connect(m_model, &DestinationModel::markingProgress, this, &RestoreDestinationPage::updateStatus);
    connect(m_model, &DestinationModel::markingFinished, this, [this] {
        updateStatus();
        onCurrentChanged();
    });
    // A verdict coming in changes isComplete() only when it is the current row's. completeChanged
    // makes QWizard redo its buttons between setUpdatesEnabled(false) and (true), which repaints
    // the whole window: once per marking slice, that repaint was the page's stall.
    connect(m_model, &QAbstractItemModel::dataChanged, this, &RestoreDestinationPage::announceComplete);
}

void RestoreDestinationPage::initializePage()
{
    if (m_model->rowCount() == 0) m_model->setCandidates(DestinationModel::candidatesFrom(m_wizard->input().estate));
    // The source (kind, snapshot, moment) may have changed: mark again.
    m_model->mark(m_wizard->plan(), m_wizard->sourceFacts());
    m_table->sortByColumn(DestinationModel::Verdict, Qt::AscendingOrder);
    const auto &plan = m_wizard->plan();
    if (!plan.targetClusterName.isEmpty()) selectTarget(plan.targetGroupId, plan.targetClusterName);
    updateStatus();
}

bool RestoreDestinationPage::selectTarget(const QString &groupId, const QString &clusterName)
{
    const int row = m_model->rowOf(groupId, clusterName);
    if (row < 0) return false;
    const QModelIndex idx = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!idx.isValid()) return false;
    m_table->selectionModel()->setCurrentIndex(idx, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(idx);
    return true;
}

void RestoreDestinationPage::onCurrentChanged()
{
    auto &plan = m_wizard->plan();
    const QModelIndex idx = m_proxy->mapToSource(m_table->currentIndex());
    plan.targetGroupId.clear();
    plan.targetClusterName.clear();
    plan.targetIsFlex = false;
    if (!idx.isValid()) {
        m_reason->clear();
        announceComplete();
        return;
    }
    const auto &c = m_model->candidate(idx.row());
    plan.targetGroupId = c.groupId;
    plan.targetClusterName = c.cluster.name;
    plan.targetIsFlex = c.isFlex;
    const auto &v = m_model->verdict(idx.row());
    if (!v.marked) {
        m_reason->setText(tr("Checking %1…").arg(c.cluster.name));
    } else if (const auto *f = domain::firstRefusal(v.findings)) {
        m_reason->setText(tr("<b>%1 cannot be the target:</b> %2 %3")
                              .arg(c.cluster.name.toHtmlEscaped(), f->message.toHtmlEscaped(), f->fix.toHtmlEscaped()));
    } else {
        m_reason->setText(tr("%1 in project %2 is the target: everything on it is replaced.")
                              .arg(c.cluster.name.toHtmlEscaped(), c.projectName.toHtmlEscaped()));
    }
    announceComplete();
}

void RestoreDestinationPage::updateStatus()
{
    int allowed = 0;
    for (int r = 0; r < m_model->rowCount(); ++r)
        allowed += m_model->verdict(r).marked && !domain::isRefused(m_model->verdict(r).findings);
    if (m_model->isMarking())
        m_status->setText(tr("Checking %1 of %2…").arg(m_model->markedCount()).arg(m_model->rowCount()));
    else
        m_status->setText(tr("%1 of %n cluster(s) can be the target", nullptr, m_model->rowCount()).arg(allowed));
}

bool RestoreDestinationPage::currentIsAllowed() const
{
    const QModelIndex idx = m_proxy->mapToSource(m_table->currentIndex());
    if (!idx.isValid()) return false;
    const auto &v = m_model->verdict(idx.row());
    return v.marked && !domain::isRefused(v.findings);
}

bool RestoreDestinationPage::isComplete() const
{
    m_announcedComplete = currentIsAllowed();
    return m_announcedComplete;
}

void RestoreDestinationPage::announceComplete()
{
    if (currentIsAllowed() == m_announcedComplete) return;
    m_announcedComplete = !m_announcedComplete;
    emit completeChanged();
}

}  // namespace lifeboat::ui
