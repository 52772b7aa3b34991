#include "restore/restoresview.h"

#include "restore/restorejobs.h"

#include <QDesktopServices>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

namespace lifeboat::ui {

using itemmodels::RestoreJobsModel;

RestoresView::RestoresView(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("restoresView"));
    m_model = new RestoreJobsModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(RestoreJobsModel::SortRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("restoresTable"));
    m_table->setAccessibleName(tr("Restore jobs"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(RestoreJobsModel::Started, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    const int ch = fontMetrics().horizontalAdvance(QLatin1Char('x'));
    const QList<int> widths{13, 26, 20, 12, 20, 17, 17, 12};
    for (int c = 0; c < widths.size(); ++c) m_table->setColumnWidth(c, ch * widths[c]);

    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("restoresFilter"));
    m_filter->setPlaceholderText(tr("Filter: status, kind, cluster, snapshot…"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter restores"));
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("restoresCount"));
    m_cancel = new QPushButton(tr("&Cancel restore"), this);
    m_cancel->setObjectName(QStringLiteral("restoresCancel"));
    m_openLink = new QPushButton(tr("&Open download link"), this);
    m_openLink->setObjectName(QStringLiteral("restoresOpenLink"));
    m_refresh = new QPushButton(tr("Re&load"), this);
    m_refresh->setObjectName(QStringLiteral("restoresReload"));
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_filter, 1);
    bar->addWidget(m_count);
    bar->addWidget(m_openLink);
    bar->addWidget(m_cancel);
    bar->addWidget(m_refresh);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &RestoresView::updateButtons);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &RestoresView::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &RestoresView::updateButtons);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &RestoresView::updateButtons);
    connect(m_refresh, &QPushButton::clicked, this, &RestoresView::reload);
    connect(m_openLink, &QPushButton::clicked, this, [this] {
        const QString url = m_table->currentIndex().data(RestoreJobsModel::DownloadUrlRole).toString();
        if (!url.isEmpty()) QDesktopServices::openUrl(QUrl(url));
    });
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &i) {
        const QString url = i.data(RestoreJobsModel::DownloadUrlRole).toString();
        if (i.column() == RestoreJobsModel::Link && !url.isEmpty()) QDesktopServices::openUrl(QUrl(url));
    });
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        const QModelIndex i = m_proxy->mapToSource(m_table->currentIndex());
        const RestoreJobsModel::Row *r = m_model->rowAt(i.row());
        if (!r || !m_jobs) return;
        m_jobs->cancel(RestoreJobs::refOf(*r));
        m_cancel->setEnabled(false);
    });
    // Durations of running restores grow, links expire.
    auto *tick = new QTimer(this);
    connect(tick, &QTimer::timeout, this, [this] {
        if (m_model->runningCount() > 0 || m_model->rowCount() > 0) m_model->setNow(QDateTime::currentDateTimeUtc());
    });
    tick->start(30000);
    updateButtons();
}

void RestoresView::setJobs(RestoreJobs *jobs)
{
    if (m_jobs) m_jobs->disconnect(this);
    m_jobs = jobs;
    if (!jobs) return;
    connect(jobs, &RestoreJobs::progress, this, [this](const jobs::RestoreProgress &p) {
        RestoreJobsModel::Row row = RestoreJobs::rowFrom(p);
        if (!inScope(row.groupId, row.clusterName, row.targetGroupId, row.targetClusterName) &&
            m_model->rowOf(row.family, row.jobId) < 0)
            return;
        m_model->setNow(QDateTime::currentDateTimeUtc());
        m_model->updateRow(row);
    });
    connect(jobs, &RestoreJobs::restoresLoaded, this, [this](quint64 id, const QList<RestoreJobsModel::Row> &rows) {
        if (id != m_loadJob) return;
        m_loadJob = 0;
        m_model->setRows(rows, QDateTime::currentDateTimeUtc());
    });
    connect(jobs, &RestoreJobs::watchEnded, this, [this] { QTimer::singleShot(0, this, &RestoresView::reload); });
}

void RestoresView::setScope(const QString &groupId, const QString &clusterName)
{
    if (groupId == m_groupId && clusterName == m_clusterName) return;
    m_groupId = groupId;
    m_clusterName = clusterName;
    m_model->setRows({}, QDateTime::currentDateTimeUtc());
}

void RestoresView::setProjectNames(const QHash<QString, QString> &namesById)
{
    m_model->setProjectNames(namesById);
}

bool RestoresView::inScope(const QString &g, const QString &c, const QString &tg, const QString &tc) const
{
    if (m_clusterName.isEmpty()) return true;
    return (g == m_groupId && c == m_clusterName) || (tc == m_clusterName && (tg.isEmpty() || tg == m_groupId));
}

void RestoresView::setClusterDetail(const jobs::ClusterDetail &d, const QDateTime &now)
{
    setScope(d.groupId, d.clusterName);
    QList<RestoreJobsModel::Row> rows;
    for (const auto &j : d.restoreJobs) rows << RestoreJobsModel::rowFrom(j, now);
    for (const auto &j : d.flexRestoreJobs) rows << RestoreJobsModel::rowFrom(j);
    m_model->setRows(rows, now);
    reload();  // the job adds collection restores and restores onto this cluster
}

void RestoresView::reload()
{
    if (m_jobs) m_loadJob = m_jobs->loadRestores(m_groupId, m_clusterName);
}

void RestoresView::updateButtons()
{
    const QModelIndex i = m_table->currentIndex();
    const bool running = i.isValid() && i.data(RestoreJobsModel::RunningRole).toBool();
    const RestoreJobsModel::Row *row = i.isValid() ? m_model->rowAt(m_proxy->mapToSource(i).row()) : nullptr;
    const QString unsupported = row ? RestoreJobs::cancelUnsupportedReason(*row) : QString();
    m_cancel->setEnabled(running && unsupported.isEmpty() && m_jobs);
    m_cancel->setToolTip(!i.isValid()             ? QString()
                         : !running               ? tr("Only a running restore can be cancelled.")
                         : !unsupported.isEmpty() ? unsupported
                                                  : QString());
    const bool link = i.isValid() && !i.data(RestoreJobsModel::DownloadUrlRole).toString().isEmpty();
    m_openLink->setEnabled(link);
    m_openLink->setToolTip(link ? QString() : tr("No valid download link for the selected row."));
    const int runningCount = m_model->runningCount();
    m_count->setText(runningCount ? tr("%n running", nullptr, runningCount) + QStringLiteral(" · ") +
                                        tr("%n restore(s)", nullptr, m_model->rowCount())
                                  : tr("%n restore(s)", nullptr, m_model->rowCount()));
}

}  // namespace lifeboat::ui
