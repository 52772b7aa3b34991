#include "policy/backuppolicytab.h"

#include "itemmodels/policyitemsmodel.h"
#include "itemmodels/restoreformat.h"
#include "itemmodels/snapshotformat.h"
#include "jobs/jobrunner.h"
#include "policy/choicesdelegate.h"
#include "policy/policyreviewdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTimeEdit>
#include <QTimeZone>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>

namespace lifeboat::ui {

using namespace lifeboat::domain;
using itemmodels::PolicyItemsModel;

namespace {

enum CopyColumn { CopyProvider, CopyRegion, CopyFrequencies, CopyOplogs, CopyColumns };

QLabel *reasonLabel(const QString &name, QWidget *parent)
{
    auto *l = new QLabel(parent);
    l->setObjectName(name);
    l->setWordWrap(true);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return l;
}

}  // namespace

BackupPolicyTab::BackupPolicyTab(QWidget *parent) : QWidget(parent), m_items(new PolicyItemsModel(this))
{
    setObjectName(QStringLiteral("backupPolicyTab"));
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("policyState"));
    m_state->setWordWrap(true);

    auto *content = new QWidget;
    auto *v = new QVBoxLayout(content);
    v->addWidget(buildScheduleBox());
    v->addWidget(buildItemsBox(), 1);
    v->addWidget(buildCopiesBox());
    v->addWidget(buildExportBox());
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    m_findingList = new QListWidget(this);
    m_findingList->setObjectName(QStringLiteral("policyFindings"));
    m_findingList->setAccessibleName(tr("What the rules say about this edit"));
    m_findingList->setWordWrap(true);
    m_findingList->setMaximumHeight(fontMetrics().height() * 7);

    m_revert = new QPushButton(tr("&Revert"), this);
    m_revert->setObjectName(QStringLiteral("revertPolicy"));
    m_save = new QPushButton(tr("Review and &save…"), this);
    m_save->setObjectName(QStringLiteral("savePolicy"));
    m_save->setDefault(true);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_state);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_findingList);
    layout->addLayout(buttons);

    connect(m_items, &PolicyItemsModel::itemsEdited, this, &BackupPolicyTab::recheck);
    connect(m_revert, &QPushButton::clicked, this, [this] { fill(m_base); });
    connect(m_save, &QPushButton::clicked, this, [this] {
        if (!m_runner || m_reviewJob) return;
        m_reviewJob = m_runner->validatePolicy(m_groupId, m_clusterName, change());
        m_save->setEnabled(false);
        m_state->setText(tr("Checking the edit with the server…"));
    });
    clear();
}

QWidget *BackupPolicyTab::buildScheduleBox()
{
    auto *box = new QGroupBox(tr("Schedule"));
    m_time = new QTimeEdit(box);
    m_time->setObjectName(QStringLiteral("policySnapshotTime"));
    m_time->setDisplayFormat(QStringLiteral("HH:mm"));
    m_time->setTimeSpec(Qt::UTC);
    m_time->setAccessibleName(tr("Snapshot time in UTC"));
    m_localTime = new QLabel(box);
    m_localTime->setObjectName(QStringLiteral("policyLocalTime"));
    m_timeReason = reasonLabel(QStringLiteral("policyTimeReason"), box);
    auto *timeRow = new QHBoxLayout;
    timeRow->addWidget(m_time);
    timeRow->addWidget(new QLabel(tr("UTC"), box));
    timeRow->addWidget(m_localTime);
    timeRow->addWidget(m_timeReason, 1);

    m_restoreWindow = new QSpinBox(box);
    m_restoreWindow->setObjectName(QStringLiteral("policyRestoreWindow"));
    m_restoreWindow->setRange(0, 9999);  // the rules say what is wrong, not the widget
    m_restoreWindow->setAccessibleName(tr("Restore window in days"));
    m_windowReason = reasonLabel(QStringLiteral("policyWindowReason"), box);
    auto *windowRow = new QHBoxLayout;
    windowRow->addWidget(m_restoreWindow);
    windowRow->addWidget(m_windowReason, 1);

    m_pit = new QCheckBox(tr("Continuous cloud backup (point in time)"), box);
    m_pit->setObjectName(QStringLiteral("policyPit"));
    m_pit->setEnabled(false);
    m_pit->setToolTip(tr("A setting of the cluster, not of its backup policy: change it in the cluster's "
                         "configuration. The restore window applies while it is on."));
    m_updateSnapshots = new QCheckBox(tr("Apply retention changes to existing snapshots"), box);
    m_updateSnapshots->setObjectName(QStringLiteral("policyUpdateSnapshots"));
    m_updateSnapshots->setToolTip(tr("Atlas then moves the expiry of the snapshots the changed items took; "
                                     "otherwise only new snapshots keep the new retention."));

    auto *form = new QFormLayout(box);
    auto *timeLabel = new QLabel(tr("Snapshot &time:"), box);
    timeLabel->setBuddy(m_time);
    auto *windowLabel = new QLabel(tr("Restore &window (days):"), box);
    windowLabel->setBuddy(m_restoreWindow);
    form->addRow(timeLabel, timeRow);
    form->addRow(windowLabel, windowRow);
    form->addRow(QString(), m_pit);
    form->addRow(QString(), m_updateSnapshots);
    connect(m_time, &QTimeEdit::timeChanged, this, [this] {
        updateLocalTime();
        recheck();
    });
    connect(m_restoreWindow, &QSpinBox::valueChanged, this, &BackupPolicyTab::recheck);
    connect(m_updateSnapshots, &QCheckBox::toggled, this, &BackupPolicyTab::recheck);
    return box;
}

QWidget *BackupPolicyTab::buildItemsBox()
{
    auto *box = new QGroupBox(tr("Policy items"));
    m_itemsView = new QTableView(box);
    m_itemsView->setObjectName(QStringLiteral("policyItems"));
    m_itemsView->setModel(m_items);
    m_itemsView->setItemDelegate(new ChoicesDelegate(PolicyItemsModel::ChoicesRole, m_itemsView));
    m_itemsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_itemsView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_itemsView->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_itemsView->verticalHeader()->hide();
    m_itemsView->setWordWrap(true);
    QHeaderView *h = m_itemsView->horizontalHeader();
    h->setSectionResizeMode(QHeaderView::Interactive);
    h->setStretchLastSection(true);
    const int x = fontMetrics().horizontalAdvance(QLatin1Char('x'));
    m_itemsView->setColumnWidth(PolicyItemsModel::FrequencyColumn, x * 12);
    m_itemsView->setColumnWidth(PolicyItemsModel::EveryColumn, x * 20);
    m_itemsView->setColumnWidth(PolicyItemsModel::RetentionColumn, x * 10);
    m_itemsView->setColumnWidth(PolicyItemsModel::UnitColumn, x * 10);
    m_itemsView->setColumnWidth(PolicyItemsModel::FloorColumn, x * 24);
    m_itemsView->setMinimumHeight(fontMetrics().height() * 8);

    m_add = new QToolButton(box);
    m_add->setObjectName(QStringLiteral("addPolicyItem"));
    m_add->setText(tr("&Add item"));
    m_add->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(m_add);
    for (auto f : {Frequency::Hourly, Frequency::Daily, Frequency::Weekly, Frequency::Monthly, Frequency::Yearly}) {
        QAction *a = menu->addAction(frequencyWord(f));
        a->setObjectName(QStringLiteral("addItem_") + frequencyName(f));
        connect(a, &QAction::triggered, this, [this, f] {
            const int row = m_items->addItem(f);
            m_itemsView->selectRow(row);
        });
    }
    m_add->setMenu(menu);
    m_remove = new QPushButton(tr("Re&move item"), box);
    m_remove->setObjectName(QStringLiteral("removePolicyItem"));
    connect(m_remove, &QPushButton::clicked, this, &BackupPolicyTab::removeSelectedItem);
    connect(m_itemsView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &BackupPolicyTab::updateRemoveButton);
    connect(m_items, &QAbstractItemModel::modelReset, this, &BackupPolicyTab::updateRemoveButton);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto *v = new QVBoxLayout(box);
    v->addWidget(m_itemsView, 1);
    v->addLayout(buttons);
    return box;
}

QWidget *BackupPolicyTab::buildCopiesBox()
{
    auto *box = new QGroupBox(tr("Copies to other regions"));
    m_copies = new QTableWidget(0, CopyColumns, box);
    m_copies->setObjectName(QStringLiteral("policyCopies"));
    m_copies->setHorizontalHeaderLabels({tr("Provider"), tr("Region"), tr("Frequencies"), tr("Copy oplogs")});
    m_copies->verticalHeader()->hide();
    m_copies->horizontalHeader()->setStretchLastSection(true);
    m_copies->setColumnWidth(CopyRegion, fontMetrics().horizontalAdvance(QLatin1Char('x')) * 18);
    m_copies->setColumnWidth(CopyFrequencies, fontMetrics().horizontalAdvance(QLatin1Char('x')) * 34);
    m_copies->setMaximumHeight(fontMetrics().height() * 7);
    m_addCopy = new QPushButton(tr("Add &region"), box);
    m_addCopy->setObjectName(QStringLiteral("addCopyRegion"));
    m_removeCopy = new QPushButton(tr("Remove region"), box);
    m_removeCopy->setObjectName(QStringLiteral("removeCopyRegion"));
    connect(m_addCopy, &QPushButton::clicked, this, [this] {
        CopySetting c;
        c.cloudProvider = QStringLiteral("AWS");
        c.frequencies = {QStringLiteral("DAILY")};
        addCopyRow(c);
        m_copies->setCurrentCell(m_copies->rowCount() - 1, CopyRegion);
        recheck();
    });
    connect(m_removeCopy, &QPushButton::clicked, this, [this] {
        if (m_copies->currentRow() < 0) return;
        m_copies->removeRow(m_copies->currentRow());
        recheck();
    });
    connect(m_copies, &QTableWidget::itemChanged, this, &BackupPolicyTab::recheck);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_addCopy);
    buttons->addWidget(m_removeCopy);
    buttons->addStretch(1);
    auto *v = new QVBoxLayout(box);
    v->addWidget(m_copies);
    v->addLayout(buttons);
    return box;
}

QWidget *BackupPolicyTab::buildExportBox()
{
    auto *box = new QGroupBox(tr("Auto-export"));
    m_export = new QCheckBox(tr("E&xport snapshots to a bucket automatically"), box);
    m_export->setObjectName(QStringLiteral("policyExport"));
    m_bucket = new QComboBox(box);
    m_bucket->setObjectName(QStringLiteral("policyExportBucket"));
    m_bucket->setMinimumContentsLength(24);
    m_exportFrequency = new QComboBox(box);
    m_exportFrequency->setObjectName(QStringLiteral("policyExportFrequency"));
    for (auto f : {Frequency::Monthly, Frequency::Yearly})
        m_exportFrequency->addItem(frequencyWord(f), frequencyName(f));
    m_exportReason = reasonLabel(QStringLiteral("policyExportReason"), box);
    auto *row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("Bucket:"), box));
    row->addWidget(m_bucket, 1);
    row->addWidget(new QLabel(tr("Frequency:"), box));
    row->addWidget(m_exportFrequency);
    auto *v = new QVBoxLayout(box);
    v->addWidget(m_export);
    v->addLayout(row);
    v->addWidget(m_exportReason);
    connect(m_export, &QCheckBox::toggled, this, &BackupPolicyTab::recheck);
    connect(m_bucket, &QComboBox::currentTextChanged, this, &BackupPolicyTab::recheck);
    connect(m_bucket, &QComboBox::currentIndexChanged, this, &BackupPolicyTab::recheck);
    connect(m_exportFrequency, &QComboBox::currentIndexChanged, this, &BackupPolicyTab::recheck);
    return box;
}

void BackupPolicyTab::setRunner(jobs::JobRunner *runner)
{
    if (m_runner) disconnect(m_runner, nullptr, this, nullptr);
    m_runner = runner;
    m_readJob = m_reviewJob = m_applyJob = 0;
    if (runner) connect(runner, &jobs::JobRunner::jobResult, this, &BackupPolicyTab::onResult);
}

void BackupPolicyTab::clear()
{
    m_groupId.clear();
    m_clusterName.clear();
    m_facts = {};
    m_base = {};
    m_fresh = false;
    fill(m_base);
    m_state->setText(tr("Pick a cluster in the navigator."));
    setEnabled(false);
}

void BackupPolicyTab::setCluster(const jobs::ClusterDetail &d)
{
    const bool same = d.groupId == m_groupId && d.clusterName == m_clusterName;
    if (same && (isEdited() || (m_fresh && d.schedule && policyDiff(*d.schedule, m_base).isEmpty()))) {
        // A sync while editing, or one that brought no other schedule than the one read:
        // the rules use the newer facts, the edit stays, nothing is read again.
        m_facts.snapshots = d.snapshots;
        m_facts.compliance = d.compliance;
        m_items->setCompliance(d.compliance);
        recheck();
        return;
    }
    m_groupId = d.groupId;
    m_clusterName = d.clusterName;
    const bool editable = !d.isFlex && !d.cluster.isFreeTier() && d.schedule.has_value();
    setEnabled(editable);
    // What the cache holds until the fresh read comes; the desktop's clock until the server's.
    m_facts = {};
    m_facts.now = QDateTime::currentDateTimeUtc();
    m_facts.before = d.schedule.value_or(BackupSchedule{});
    m_facts.pitEnabled = d.cluster.pitEnabled;
    m_facts.compliance = d.compliance;
    m_facts.snapshots = d.snapshots;
    m_base = m_facts.before;
    m_fresh = false;
    m_items->setCompliance(d.compliance);
    m_pit->setChecked(d.cluster.pitEnabled);
    fill(m_base);
    if (!editable) {
        m_state->setText(
            d.isFlex || d.cluster.isFreeTier()
                ? tr("%1 has no backup policy of its own: Atlas backs it up on a fixed schedule.").arg(d.clusterName)
                : tr("No backup policy of %1 has been read yet. Sync to read it.").arg(d.clusterName));
        return;
    }
    m_state->setText(tr("Reading the backup policy of %1 from the server…").arg(d.clusterName));
    if (m_runner) m_readJob = m_runner->validatePolicy(m_groupId, m_clusterName, PolicyChange{m_base, false, {}});
}

void BackupPolicyTab::fill(const BackupSchedule &s)
{
    m_filling = true;
    m_time->setTime(QTime(s.referenceHourOfDay, s.referenceMinuteOfHour));
    m_items->setItems(s.allItems());
    m_restoreWindow->setValue(s.restoreWindowDays);
    m_updateSnapshots->setChecked(false);
    {
        const QSignalBlocker block(m_copies);
        m_copies->setRowCount(0);
        for (const CopySetting &c : s.copySettings) addCopyRow(c);
    }
    fillBuckets(s.exportPolicy.exportBucketId);
    m_export->setChecked(s.autoExportEnabled);
    const QString frequency = s.exportPolicy.frequencyType.toLower();
    while (m_exportFrequency->count() > 2) m_exportFrequency->removeItem(2);
    if (!frequency.isEmpty() && m_exportFrequency->findData(frequency) < 0)  // one Atlas holds, shown as it is
        m_exportFrequency->addItem(frequencyFromName(frequency) == Frequency::Unknown
                                       ? frequency
                                       : frequencyWord(frequencyFromName(frequency)),
                                   frequency);
    m_exportFrequency->setCurrentIndex(qMax(0, m_exportFrequency->findData(frequency)));
    m_filling = false;
    updateLocalTime();
    recheck();
}

// The project's buckets to pick from when they were read; otherwise the id is typed.
void BackupPolicyTab::fillBuckets(const QString &currentId)
{
    m_bucket->clear();
    m_bucket->setEditable(!m_facts.exportBuckets);
    if (!m_facts.exportBuckets) {
        m_bucket->setCurrentText(currentId);
        return;
    }
    for (const ExportBucket &b : *m_facts.exportBuckets)
        m_bucket->addItem(tr("%1 (%2)").arg(b.bucketName.isEmpty() ? b.id : b.bucketName, b.cloudProvider), b.id);
    if (!currentId.isEmpty() && m_bucket->findData(currentId) < 0)
        m_bucket->addItem(tr("%1 (not in this project)").arg(currentId), currentId);  // the rule says why
    m_bucket->setCurrentIndex(currentId.isEmpty() ? (m_bucket->count() ? 0 : -1) : m_bucket->findData(currentId));
}

QString BackupPolicyTab::bucketId() const
{
    if (m_bucket->isEditable()) return m_bucket->currentText().trimmed();
    return m_bucket->currentData().toString();
}

// One copy region; its frequencies are picked from a menu of checkable frequencies.
void BackupPolicyTab::addCopyRow(const CopySetting &c)
{
    const QSignalBlocker block(m_copies);
    const int row = m_copies->rowCount();
    m_copies->insertRow(row);
    auto *provider = new QTableWidgetItem(c.cloudProvider);
    provider->setData(Qt::UserRole, c.zoneId);
    m_copies->setItem(row, CopyProvider, provider);
    m_copies->setItem(row, CopyRegion, new QTableWidgetItem(c.regionName));
    auto *oplogs = new QTableWidgetItem;
    oplogs->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
    oplogs->setCheckState(c.shouldCopyOplogs ? Qt::Checked : Qt::Unchecked);
    m_copies->setItem(row, CopyOplogs, oplogs);

    auto *button = new QToolButton(m_copies);
    button->setObjectName(QStringLiteral("copyFrequencies"));
    button->setPopupMode(QToolButton::InstantPopup);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *menu = new QMenu(button);
    QStringList names;
    for (Frequency f : {Frequency::Hourly, Frequency::Daily, Frequency::Weekly, Frequency::Monthly, Frequency::Yearly})
        names << frequencyName(f).toUpper();
    names << QStringLiteral("ON_DEMAND");
    for (const QString &given : c.frequencies)  // a frequency this version does not know is kept, not dropped
        if (!names.contains(given.toUpper())) names << given.toUpper();
    for (const QString &name : names) {
        const Frequency f = frequencyFromName(name.toLower());
        QAction *a = menu->addAction(name == u"ON_DEMAND"      ? tr("on demand")
                                     : f == Frequency::Unknown ? name
                                                               : frequencyWord(f));
        a->setObjectName(QStringLiteral("copyFrequency_") + name);
        a->setData(name);
        a->setCheckable(true);
        a->setChecked(std::any_of(c.frequencies.cbegin(), c.frequencies.cend(),
                                  [&name](const QString &g) { return g.toUpper() == name; }));
    }
    button->setMenu(menu);
    const auto showChosen = [button, menu] {
        QStringList chosen;
        for (const QAction *a : menu->actions())
            if (a->isChecked()) chosen << a->text();
        button->setText(chosen.isEmpty() ? tr("none") : chosen.join(QStringLiteral(", ")));
    };
    showChosen();
    connect(menu, &QMenu::triggered, this, [this, showChosen] {
        showChosen();
        recheck();
    });
    m_copies->setCellWidget(row, CopyFrequencies, button);
}

QList<CopySetting> BackupPolicyTab::copySettings() const
{
    QList<CopySetting> out;
    for (int row = 0; row < m_copies->rowCount(); ++row) {
        CopySetting c;
        auto text = [&](int column) {
            const QTableWidgetItem *i = m_copies->item(row, column);
            return i ? i->text().trimmed() : QString();
        };
        c.cloudProvider = text(CopyProvider);
        if (const QTableWidgetItem *p = m_copies->item(row, CopyProvider)) c.zoneId = p->data(Qt::UserRole).toString();
        if (c.zoneId.isEmpty()) c.zoneId = m_facts.zoneIds.value(0);  // a new row: the cluster's (first) zone
        c.regionName = text(CopyRegion);
        if (const auto *button = qobject_cast<QToolButton *>(m_copies->cellWidget(row, CopyFrequencies)))
            for (const QAction *a : button->menu()->actions())
                if (a->isChecked()) c.frequencies.append(a->data().toString());
        const QTableWidgetItem *o = m_copies->item(row, CopyOplogs);
        c.shouldCopyOplogs = o && o->checkState() == Qt::Checked;
        out.append(c);
    }
    return out;
}

PolicyChange BackupPolicyTab::change() const
{
    PolicyChange c;
    c.after = m_base;
    c.after.referenceHourOfDay = m_time->time().hour();
    c.after.referenceMinuteOfHour = m_time->time().minute();
    c.after.restoreWindowDays = m_restoreWindow->value();
    if (c.after.policies.isEmpty()) c.after.policies.append(SchedulePolicy{});
    c.after.policies[0].policyItems = m_items->items();
    for (int i = 1; i < c.after.policies.size(); ++i) c.after.policies[i].policyItems.clear();
    // The copies as they were where the table holds the same text (frequencies keep Atlas's spelling).
    const QList<CopySetting> copies = copySettings();
    c.after.copySettings.clear();
    for (const CopySetting &copy : copies) {
        CopySetting kept = copy;
        for (const CopySetting &old : m_base.copySettings)
            if (old.regionName == copy.regionName && old.cloudProvider == copy.cloudProvider &&
                QStringList(old.frequencies).join(u',').toUpper() == copy.frequencies.join(u',') &&
                old.shouldCopyOplogs == copy.shouldCopyOplogs)
                kept = old;
        c.after.copySettings.append(kept);
    }
    c.after.autoExportEnabled = m_export->isChecked();
    if (c.after.autoExportEnabled || !bucketId().isEmpty()) {
        c.after.exportPolicy.exportBucketId = bucketId();
        c.after.exportPolicy.frequencyType = m_exportFrequency->currentData().toString();
    }
    if (!c.after.autoExportEnabled && !m_base.autoExportEnabled) c.after.exportPolicy = m_base.exportPolicy;
    c.updateSnapshots = m_updateSnapshots->isChecked();
    return c;
}

bool BackupPolicyTab::isEdited() const
{
    return !m_clusterName.isEmpty() && !policyDiff(m_base, change().after).isEmpty();
}

void BackupPolicyTab::updateLocalTime()
{
    QDateTime utc(QDate::currentDate(), m_time->time(), QTimeZone::utc());
    const QDateTime local = utc.toLocalTime();
    m_localTime->setText(
        tr("(%1 %2 local time)").arg(local.time().toString(QStringLiteral("HH:mm")), local.timeZoneAbbreviation()));
}

void BackupPolicyTab::recheck()
{
    if (m_filling) return;
    const bool hasCluster = !m_clusterName.isEmpty();
    m_findings = hasCluster ? checkPolicyChange(change(), m_facts) : Findings{};
    for (Finding &f : m_findings)
        if (f.code == policycode::kExpiriesNotMoved)
            f.fix = tr("Tick \"Apply retention changes to existing snapshots\" to move them.");
    m_items->setFindings(m_findings);
    QString time, window, exportText;
    m_findingList->clear();
    for (const Finding &f : m_findings) {
        const QString text = f.fix.isEmpty() ? f.message : f.message + u' ' + f.fix;
        if (f.field == policyfield::kReferenceHour || f.field == policyfield::kReferenceMinute) time = text;
        if (f.field == policyfield::kRestoreWindow) window = text;
        if (f.field == policyfield::kExport) exportText = text;
        auto *item = new QListWidgetItem(QIcon(itemmodels::severityIconPath(f.severity)), text, m_findingList);
        item->setData(Qt::UserRole, f.code);
        item->setToolTip(itemmodels::severityText(f.severity));
    }
    m_timeReason->setText(time);
    m_windowReason->setText(window);
    m_exportReason->setText(exportText);
    const bool edited = isEdited();
    const bool refused = isRefused(m_findings);
    m_save->setEnabled(hasCluster && edited && !refused && !m_reviewJob && !m_applyJob);
    m_revert->setEnabled(edited);
    m_save->setToolTip(refused   ? firstRefusal(m_findings)->message
                       : !edited ? tr("Nothing has been changed yet.")
                                 : tr("Check the edit with the server and review what it changes"));
    m_findingList->setVisible(m_findingList->count() > 0);
    updateRemoveButton();
}

void BackupPolicyTab::updateRemoveButton()
{
    const QModelIndexList rows = m_itemsView->selectionModel()->selectedRows();
    const int row = rows.isEmpty() ? -1 : rows.first().row();
    const QString locked = row >= 0 ? m_items->lockReason(row) : QString();
    m_remove->setEnabled(row >= 0 && locked.isEmpty());
    m_remove->setToolTip(row < 0            ? tr("Select an item first.")
                         : locked.isEmpty() ? tr("Remove the selected item")
                                            : locked);
}

void BackupPolicyTab::removeSelectedItem()
{
    const QModelIndexList rows = m_itemsView->selectionModel()->selectedRows();
    if (!rows.isEmpty()) m_items->removeItem(rows.first().row());
}

void BackupPolicyTab::onResult(const jobs::JobResult &r)
{
    if (r.id == m_readJob) {
        m_readJob = 0;
        if (!r.payload.canConvert<jobs::PolicyValidation>() || !r.ok()) {
            m_state->setText(tr("The backup policy could not be read from the server (%1); showing what was seen "
                                "before.")
                                 .arg(r.error.message));
            return;
        }
        const auto v = r.payload.value<jobs::PolicyValidation>();
        const bool edited = isEdited();
        m_facts = v.facts;
        m_fresh = true;
        m_base = v.facts.before;
        m_items->setCompliance(m_facts.compliance);
        if (!edited) {
            fill(m_base);
        } else {
            fillBuckets(bucketId());
            recheck();
        }
        m_state->setText(tr("The backup policy of %1 as Atlas has it at %2.")
                             .arg(m_clusterName, itemmodels::formatUtc(m_facts.now)));
        return;
    }
    if (r.id == m_reviewJob) {
        m_reviewJob = 0;
        recheck();
        if (!r.ok() || !r.payload.canConvert<jobs::PolicyValidation>()) {
            m_state->setText(tr("The edit could not be checked with the server: %1").arg(r.error.message));
            return;
        }
        const auto v = r.payload.value<jobs::PolicyValidation>();
        m_facts = v.facts;  // the freshest facts for the rules as typed, too
        fillBuckets(bucketId());
        m_state->setText(tr("The backup policy of %1 as Atlas has it at %2.")
                             .arg(m_clusterName, itemmodels::formatUtc(m_facts.now)));
        openReview(v);
        return;
    }
    if (r.id == m_applyJob) {
        m_applyJob = 0;
        if (m_review) m_review->showOutcome(r);
        if (r.ok() && r.payload.canConvert<jobs::PolicyOutcome>()) {
            const auto o = r.payload.value<jobs::PolicyOutcome>();
            m_base = o.after;
            m_facts.before = o.after;
            fill(m_base);
            emit message(tr("The backup policy of %1 was saved.").arg(m_clusterName));
            emit applied(m_groupId, m_clusterName);
        } else {
            emit message(tr("The backup policy of %1 was not saved: %2").arg(m_clusterName, r.error.message));
            recheck();
        }
    }
}

void BackupPolicyTab::openReview(jobs::PolicyValidation v)
{
    for (Finding &f : v.findings)
        if (f.code == policycode::kExpiriesNotMoved)
            f.fix = tr("Go back and tick \"Apply retention changes to existing snapshots\" to move them.");
    if (m_review) m_review->deleteLater();
    m_review = new PolicyReviewDialog(m_clusterName, v, window());
    m_review->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_review, &PolicyReviewDialog::applyRequested, this, [this, change = v.change] {
        if (!m_runner || m_applyJob) return;
        m_applyJob = m_runner->applyPolicy(m_groupId, m_clusterName, change);
        recheck();
    });
    m_review->open();
}

}  // namespace lifeboat::ui
