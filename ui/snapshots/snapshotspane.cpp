#include "snapshots/snapshotspane.h"

#include "itemmodels/snapshotfiltermodel.h"
#include "itemmodels/snapshotformat.h"
#include "itemmodels/snapshottablemodel.h"
#include "snapshots/snapshotdetails.h"
#include "timeline/timelinewidget.h"

#include <QComboBox>
#include <QDataStream>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace lifeboat::ui {

using itemmodels::SnapshotTableModel;

SnapshotsPane::SnapshotsPane(QWidget *parent) : QWidget(parent)
{
    m_model = new SnapshotTableModel(this);
    m_proxy = new itemmodels::SnapshotFilterModel(this);
    m_proxy->setSourceModel(m_model);

    m_timeline = new TimelineWidget;
    m_timeline->setObjectName(QStringLiteral("snapshotTimeline"));

    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("snapshotTable"));
    m_table->setAccessibleName(tr("Snapshots table"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(SnapshotTableModel::Created, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setIconSize(QSize(10, 10));        // the status swatch is a hint beside the word, not a block
    m_table->setTextElideMode(Qt::ElideRight);  // descriptions read from the start; keys by their prefix
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);

    m_details = new SnapshotDetails;
    m_details->setObjectName(QStringLiteral("snapshotDetails"));

    auto *tableSide = m_table;

    auto *bottom = m_bottom = new QSplitter(Qt::Horizontal);
    bottom->addWidget(tableSide);
    bottom->addWidget(m_details);
    bottom->setStretchFactor(0, 1);
    bottom->setStretchFactor(1, 0);
    bottom->setChildrenCollapsible(false);
    // Wide enough for an id and a key UUID on one line each; the table takes the rest.
    const int detailsWidth = fontMetrics().horizontalAdvance(QLatin1Char('0')) * 40;
    m_details->setMinimumWidth(detailsWidth * 3 / 4);
    bottom->setSizes({1000, detailsWidth});

    // The filter bar spans table and details: it needs the width, and it narrows both.
    auto *lower = new QWidget;
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 6, 0, 0);
    lowerLayout->setSpacing(6);
    lowerLayout->addWidget(buildFilterBar());
    lowerLayout->addWidget(bottom, 1);

    auto *vertical = m_vertical = new QSplitter(Qt::Vertical);
    vertical->addWidget(m_timeline);
    vertical->addWidget(lower);
    vertical->setStretchFactor(0, 2);
    vertical->setStretchFactor(1, 3);
    vertical->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(vertical);

    connect(m_timeline, &TimelineWidget::snapshotSelected, this, &SnapshotsPane::onTimelineSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { onTableCurrentChanged(current); });
    connect(m_timeline, &TimelineWidget::snapshotActivated, this, &SnapshotsPane::snapshotActivated);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &i) {
        if (i.isValid()) emit snapshotActivated(i.data(SnapshotTableModel::IdRole).toString());
    });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &SnapshotsPane::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &SnapshotsPane::updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &SnapshotsPane::updateCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &SnapshotsPane::updateCount);
    updateCount();
}

QWidget *SnapshotsPane::buildFilterBar()
{
    auto *bar = new QWidget;
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    m_filter = new QLineEdit;
    m_filter->setObjectName(QStringLiteral("snapshotFilter"));
    m_filter->setPlaceholderText(tr("Filter: id, description, version, region…"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('x')) * 12);
    m_filter->setAccessibleName(tr("Filter snapshots"));

    m_status = new QComboBox;
    m_status->setObjectName(QStringLiteral("snapshotStatusFilter"));
    m_status->setAccessibleName(tr("Status filter"));
    m_status->addItem(tr("All statuses"));
    m_status->addItem(tr("Completed"));
    m_status->addItem(tr("Queued or in progress"));
    m_status->addItem(tr("Failed"));

    m_type = new QComboBox;
    m_type->setObjectName(QStringLiteral("snapshotTypeFilter"));
    m_type->setAccessibleName(tr("Type filter"));
    m_type->addItem(tr("All types"));
    m_type->addItem(tr("Scheduled"));
    m_type->addItem(tr("On-demand"));
    m_type->addItem(tr("Fallback"));

    m_frequency = new QComboBox;
    m_frequency->setObjectName(QStringLiteral("snapshotFrequencyFilter"));
    m_frequency->setAccessibleName(tr("Frequency filter"));
    m_frequency->addItem(tr("All frequencies"));
    for (const QString &f : {tr("Hourly"), tr("Daily"), tr("Weekly"), tr("Monthly"), tr("Yearly"), tr("On-demand")})
        m_frequency->addItem(f);

    m_count = new QLabel;
    m_count->setObjectName(QStringLiteral("snapshotCount"));
    m_count->setForegroundRole(QPalette::PlaceholderText);

    // Quick spans for the timeline: a year of history leaves hourly marks crowded at the right edge.
    auto *span = m_span = new QComboBox;
    span->setObjectName(QStringLiteral("timelineSpan"));
    span->setAccessibleName(tr("Timeline span"));
    span->setToolTip(tr("What the timeline shows (wheel and +/- zoom, drag pans)"));
    span->addItem(tr("Everything"), 0);
    span->addItem(tr("Last 2 days"), 2);
    span->addItem(tr("Last 7 days"), 7);
    span->addItem(tr("Last 30 days"), 30);
    span->addItem(tr("Last year"), 365);
    span->addItem(tr("Custom"), -1);  // chosen when the view is zoomed or panned by hand
    connect(span, &QComboBox::activated, this, &SnapshotsPane::applySpan);
    connect(m_timeline, &TimelineWidget::viewMovedByUser, this, [this] {
        if (!m_applyingSpan) m_span->setCurrentIndex(m_span->findData(-1));
    });

    // The combos may narrow (their popups still show every word), so the bar fits the pane
    // and the count at its end stays on screen.
    for (QComboBox *box : {span, m_status, m_type, m_frequency}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(8);
    }
    row->addWidget(span);
    row->addWidget(m_filter, 1);
    row->addWidget(m_status);
    row->addWidget(m_type);
    row->addWidget(m_frequency);
    row->addWidget(m_count);

    connect(m_filter, &QLineEdit::textChanged, this, &SnapshotsPane::applyFilters);
    for (QComboBox *box : {m_status, m_type, m_frequency})
        connect(box, &QComboBox::currentIndexChanged, this, &SnapshotsPane::applyFilters);
    return bar;
}

void SnapshotsPane::applyFilters()
{
    using domain::Frequency;
    using domain::SnapshotStatus;
    using domain::SnapshotType;
    static const QList<QSet<SnapshotStatus>> statuses{{},
                                                      {SnapshotStatus::Completed},
                                                      {SnapshotStatus::Queued, SnapshotStatus::InProgress},
                                                      {SnapshotStatus::Failed}};
    static const QList<QSet<SnapshotType>> types{
        {}, {SnapshotType::Scheduled}, {SnapshotType::OnDemand}, {SnapshotType::Fallback}};
    static const QList<QSet<Frequency>> frequencies{{},
                                                    {Frequency::Hourly},
                                                    {Frequency::Daily},
                                                    {Frequency::Weekly},
                                                    {Frequency::Monthly},
                                                    {Frequency::Yearly},
                                                    {Frequency::OnDemand}};
    m_proxy->setText(m_filter->text());
    m_proxy->setStatuses(statuses.value(m_status->currentIndex()));
    m_proxy->setTypes(types.value(m_type->currentIndex()));
    m_proxy->setFrequencies(frequencies.value(m_frequency->currentIndex()));
    updateTimeline();
    // Keep the selected snapshot in sight if the filter still shows it.
    const QModelIndex idx = m_proxy->mapFromSource(m_model->indexOfId(m_selectedId));
    if (idx.isValid()) m_table->scrollTo(idx, QAbstractItemView::PositionAtCenter);
    updateCount();
}

void SnapshotsPane::updateCount()
{
    const int total = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    using itemmodels::formatCount;
    // %1 rather than %n: the counts are grouped in the current locale ("100,000").
    m_count->setText(
        shown == total
            ? tr("%1 snapshot(s)", "%1 is the number", total).arg(formatCount(total))
            : tr("%1 of %2 snapshot(s)", "%1 shown of %2 in all", total).arg(formatCount(shown), formatCount(total)));
}

void SnapshotsPane::setSnapshots(const QList<domain::Snapshot> &snapshots, const QDateTime &pitFrom,
                                 const QDateTime &pitTo)
{
    m_model->setSnapshots(snapshots);
    m_timeline->setPitWindow(pitFrom, pitTo);
    updateTimeline();
    afterDataChanged();
}

void SnapshotsPane::setFlexSnapshots(const QList<domain::FlexSnapshot> &snapshots)
{
    m_model->setFlexSnapshots(snapshots);
    m_timeline->setPitWindow({}, {});  // Flex has no continuous backup
    updateTimeline();
    afterDataChanged();
}

void SnapshotsPane::setClusterContext(const QString &encryptionAtRestProvider,
                                      const QList<domain::PolicyItem> &policyItems)
{
    m_details->setClusterContext(encryptionAtRestProvider, policyItems);
}

void SnapshotsPane::resetView()
{
    m_viewReset = true;
}

void SnapshotsPane::updateTimeline()
{
    // The timeline shows what the table shows: the filtered snapshots, in the same view.
    const bool filtered = m_proxy->rowCount() != m_model->rowCount();
    if (!filtered) {
        m_timeline->setSnapshots(m_model->snapshots());
    } else {
        QList<domain::Snapshot> shown;
        shown.reserve(m_proxy->rowCount());
        for (int r = 0; r < m_proxy->rowCount(); ++r)
            shown.append(m_model->snapshots().at(m_proxy->mapToSource(m_proxy->index(r, 0)).row()));
        m_timeline->setSnapshots(shown);
    }
    if (m_viewReset) {
        m_viewReset = false;
        if (m_span->currentData().toInt() < 0) m_span->setCurrentIndex(0);
        applySpan();
    }
}

void SnapshotsPane::applySpan()
{
    const int days = m_span->currentData().toInt();
    if (days < 0) return;  // custom: the view stays where it was put
    m_applyingSpan = true;
    if (days == 0) {
        m_timeline->fitAll();
    } else {
        // The newest snapshots: the span ends now, or at the newest snapshot if that is older.
        QDateTime end = QDateTime::currentDateTimeUtc();
        QDateTime newest;
        for (const auto &snap : m_model->snapshots())
            if (snap.createdAt.isValid() && (!newest.isValid() || snap.createdAt > newest)) newest = snap.createdAt;
        if (newest.isValid() && newest < end.addDays(-days)) end = newest;
        m_timeline->setVisibleRange(end.addDays(-days), end.addSecs(days * 3600));
    }
    m_applyingSpan = false;
}

QByteArray SnapshotsPane::saveLayout() const
{
    QByteArray out;
    QDataStream ds(&out, QIODevice::WriteOnly);
    ds << qint32(1) << m_vertical->saveState() << m_bottom->saveState() << m_table->horizontalHeader()->saveState();
    return out;
}

void SnapshotsPane::restoreLayout(const QByteArray &state)
{
    if (state.isEmpty()) return;
    QDataStream ds(state);
    qint32 version = 0;
    QByteArray vertical, bottom, header;
    ds >> version >> vertical >> bottom >> header;
    if (version != 1 || ds.status() != QDataStream::Ok) return;
    m_vertical->restoreState(vertical);
    m_bottom->restoreState(bottom);
    if (m_table->horizontalHeader()->restoreState(header)) m_columnsRestored = true;
}

void SnapshotsPane::afterDataChanged()
{
    if (!m_columnsRestored) m_table->resizeColumnsToContents();  // else: the widths the user left
    // The description column stretches; the key column must not eat the width of the others.
    const int keyColumnMax = m_table->fontMetrics().horizontalAdvance(QStringLiteral("0000000000000"));
    if (m_table->columnWidth(SnapshotTableModel::EncryptionKey) > keyColumnMax)
        m_table->setColumnWidth(SnapshotTableModel::EncryptionKey, keyColumnMax);
    const QString keep = m_selectedId;
    m_selectedId.clear();
    if (keep.isEmpty() || !selectSnapshot(keep)) m_details->clear();
    updateCount();
}

bool SnapshotsPane::selectSnapshot(const QString &id)
{
    const domain::Snapshot *s = m_model->snapshotById(id);
    if (!s) return false;
    follow(id, true, true);
    return true;
}

void SnapshotsPane::onTimelineSelected(const QString &id)
{
    if (m_syncing) return;
    follow(id, false, true);
    emit snapshotSelected(id);
}

void SnapshotsPane::onTableCurrentChanged(const QModelIndex &current)
{
    if (m_syncing || !current.isValid()) return;
    const QString id = current.data(SnapshotTableModel::IdRole).toString();
    if (id == m_selectedId) return;
    follow(id, true, false);
    emit snapshotSelected(id);
}

void SnapshotsPane::follow(const QString &id, bool moveTimeline, bool moveTable)
{
    const domain::Snapshot *s = m_model->snapshotById(id);
    if (!s) return;
    m_syncing = true;
    m_selectedId = id;
    if (moveTimeline) m_timeline->selectSnapshot(id);
    if (moveTable) {
        const QModelIndex idx = m_proxy->mapFromSource(m_model->indexOfId(id));
        if (idx.isValid()) {
            m_table->selectionModel()->setCurrentIndex(idx,
                                                       QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            m_table->scrollTo(idx, QAbstractItemView::PositionAtCenter);
        } else {
            m_table->selectionModel()->clear();  // filtered out: nothing in the table is it
        }
    }
    m_details->showSnapshot(*s);
    m_syncing = false;
}

}  // namespace lifeboat::ui
