#include "restore/restoresourcepage.h"

#include "domain/pitwindow.h"
#include "itemmodels/namespacetreemodel.h"
#include "itemmodels/restoreformat.h"
#include "itemmodels/snapshotformat.h"
#include "restore/pittimeline.h"
#include "restore/restorejobs.h"
#include "restore/restorewizard.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QSpinBox>
#include <QTreeView>
#include <QVBoxLayout>

namespace lifeboat::ui {

using namespace lifeboat::domain;

static const QList<RestoreKind> kKinds{RestoreKind::Automated, RestoreKind::PointInTime, RestoreKind::Download,
                                       RestoreKind::Collections};

RestoreSourcePage::RestoreSourcePage(RestoreWizard *wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    setObjectName(QStringLiteral("restoreSourcePage"));
    setTitle(tr("What to restore"));
    setSubTitle(tr("Pick the kind of restore and what it starts from."));

    auto *kindRow = new QHBoxLayout;
    m_kinds = new QButtonGroup(this);
    const QStringList names{QStringLiteral("kindAutomated"), QStringLiteral("kindPointInTime"),
                            QStringLiteral("kindDownload"), QStringLiteral("kindCollections")};
    for (int i = 0; i < kKinds.size(); ++i) {
        auto *b = new QRadioButton(itemmodels::restoreKindText(kKinds[i]), this);
        b->setObjectName(names[i]);
        m_kinds->addButton(b, i);
        kindRow->addWidget(b);
    }
    kindRow->addStretch(1);

    m_snapshotLabel = new QLabel(tr("&Snapshot:"), this);
    m_snapshot = new QComboBox(this);
    m_snapshot->setObjectName(QStringLiteral("restoreSnapshot"));
    m_snapshot->setAccessibleName(tr("Snapshot"));
    m_snapshot->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_snapshot->setMinimumContentsLength(40);
    m_snapshotLabel->setBuddy(m_snapshot);
    auto *snapRow = new QHBoxLayout;
    snapRow->addWidget(m_snapshotLabel);
    snapRow->addWidget(m_snapshot, 1);

    m_findings = new QLabel(this);
    m_findings->setObjectName(QStringLiteral("sourceFindings"));
    m_findings->setWordWrap(true);
    m_findings->setTextFormat(Qt::RichText);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(kindRow);
    layout->addLayout(snapRow);
    layout->addWidget(buildPitBox());
    layout->addWidget(buildCollectionsBox(), 1);
    layout->addWidget(m_findings);
    layout->addStretch(0);

    connect(m_kinds, &QButtonGroup::idClicked, this, [this](int id) { setKind(kKinds.value(id)); });
    connect(m_snapshot, &QComboBox::currentIndexChanged, this, [this] {
        updatePlan();
        if (m_wizard->plan().kind == RestoreKind::Collections) loadNamespaces();
    });
    connect(m_wizard->jobs(), &RestoreJobs::namespacesLoaded, this,
            [this](quint64 id, const QList<itemmodels::NamespaceTreeModel::Database> &dbs) {
                if (id != m_namespaceJob) return;  // an answer for an earlier snapshot
                m_namespaces->setDatabases(dbs);
                m_tree->expandAll();
                m_namespacesLoaded = true;
                m_namespaceStatus->setText(
                    tr("%n database(s) in the snapshot. Check what to restore, or type the names.", nullptr,
                       int(dbs.size())));
                updatePlan();
            });
    connect(m_wizard->jobs(), &RestoreJobs::namespacesFailed, this, [this](quint64 id, const QString &message) {
        if (id != m_namespaceJob) return;
        m_namespaceStatus->setText(
            tr("The snapshot's databases could not be read: %1 Type the names instead.").arg(message.toHtmlEscaped()));
    });
}

QWidget *RestoreSourcePage::buildPitBox()
{
    m_pitBox = new QGroupBox(tr("Moment to restore to"), this);
    m_pitBox->setObjectName(QStringLiteral("pitBox"));
    m_byTime = new QRadioButton(tr("Date and &time (UTC):"), m_pitBox);
    m_byTime->setObjectName(QStringLiteral("pitByTime"));
    m_byTime->setChecked(true);
    m_byOplog = new QRadioButton(tr("&Oplog timestamp:"), m_pitBox);
    m_byOplog->setObjectName(QStringLiteral("pitByOplog"));
    m_pitTime = new QDateTimeEdit(m_pitBox);
    m_pitTime->setObjectName(QStringLiteral("pitDateTime"));
    m_pitTime->setAccessibleName(tr("Moment to restore to, UTC"));
    m_pitTime->setTimeSpec(Qt::UTC);
    m_pitTime->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_pitTime->setCalendarPopup(true);
    m_oplogTs = new QSpinBox(m_pitBox);
    m_oplogTs->setObjectName(QStringLiteral("pitOplogTs"));
    m_oplogTs->setAccessibleName(tr("Oplog timestamp, seconds"));
    m_oplogTs->setRange(0, std::numeric_limits<int>::max());
    m_oplogTs->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("0000000000000")));
    m_oplogInc = new QSpinBox(m_pitBox);
    m_oplogInc->setObjectName(QStringLiteral("pitOplogInc"));
    m_oplogInc->setAccessibleName(tr("Oplog increment"));
    m_oplogInc->setRange(0, std::numeric_limits<int>::max());
    m_oplogInc->setPrefix(tr("increment "));
    m_oplogInc->setValue(1);  // Atlas counts increments from 1
    m_timeline = new PitTimeline(m_pitBox);

    auto *grid = new QGridLayout(m_pitBox);
    grid->addWidget(m_byTime, 0, 0);
    grid->addWidget(m_pitTime, 0, 1);
    grid->addWidget(m_byOplog, 1, 0);
    auto *oplogRow = new QHBoxLayout;
    oplogRow->addWidget(m_oplogTs);
    oplogRow->addWidget(m_oplogInc);
    oplogRow->addStretch(1);
    grid->addLayout(oplogRow, 1, 1);
    grid->addWidget(m_timeline, 2, 0, 1, 3);
    grid->setColumnStretch(2, 1);

    connect(m_byTime, &QRadioButton::toggled, this, [this] {
        m_pitTime->setEnabled(m_byTime->isChecked());
        m_oplogTs->setEnabled(!m_byTime->isChecked());
        m_oplogInc->setEnabled(!m_byTime->isChecked());
        updatePlan();
    });
    connect(m_pitTime, &QDateTimeEdit::dateTimeChanged, this, &RestoreSourcePage::onPitTimeChanged);
    connect(m_oplogTs, &QSpinBox::valueChanged, this, &RestoreSourcePage::updatePlan);
    connect(m_oplogInc, &QSpinBox::valueChanged, this, &RestoreSourcePage::updatePlan);
    connect(m_timeline, &PitTimeline::pointPicked, this, [this](const QDateTime &t) {
        m_byTime->setChecked(true);
        m_pitTime->setDateTime(t);
    });
    m_oplogTs->setEnabled(false);
    m_oplogInc->setEnabled(false);
    return m_pitBox;
}

QWidget *RestoreSourcePage::buildCollectionsBox()
{
    m_collectionsBox = new QGroupBox(tr("Databases and collections"), this);
    m_collectionsBox->setObjectName(QStringLiteral("collectionsBox"));
    m_namespaces = new itemmodels::NamespaceTreeModel(this);
    m_tree = new QTreeView(m_collectionsBox);
    m_tree->setObjectName(QStringLiteral("namespaceTree"));
    m_tree->setAccessibleName(tr("Databases and collections in the snapshot"));
    m_tree->setModel(m_namespaces);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setStretchLastSection(true);
    m_namespaceStatus = new QLabel(m_collectionsBox);
    m_namespaceStatus->setObjectName(QStringLiteral("namespaceStatus"));
    m_namespaceStatus->setWordWrap(true);
    m_entry = new QLineEdit(m_collectionsBox);
    m_entry->setObjectName(QStringLiteral("namespaceEntry"));
    m_entry->setPlaceholderText(tr("db or db.collection, separated by commas"));
    m_entry->setAccessibleName(tr("Namespaces to restore, typed"));
    m_write = new QComboBox(m_collectionsBox);
    m_write->setObjectName(QStringLiteral("writeStrategy"));
    m_write->addItem(itemmodels::writeStrategyText(WriteStrategy::CreateNew), int(WriteStrategy::CreateNew));
    m_write->addItem(itemmodels::writeStrategyText(WriteStrategy::OverwriteExisting),
                     int(WriteStrategy::OverwriteExisting));
    m_index = new QComboBox(m_collectionsBox);
    m_index->setObjectName(QStringLiteral("indexStrategy"));
    for (IndexStrategy s : {IndexStrategy::All, IndexStrategy::AllExceptTtl, IndexStrategy::None})
        m_index->addItem(itemmodels::indexStrategyText(s), int(s));
    m_renames = new QLineEdit(m_collectionsBox);
    m_renames->setObjectName(QStringLiteral("namespaceRenames"));
    m_renames->setPlaceholderText(tr("source=target, e.g. shop.orders=shop.orders_restored"));
    m_dbSuffix = new QLineEdit(m_collectionsBox);
    m_dbSuffix->setObjectName(QStringLiteral("databaseSuffix"));
    m_dbSuffix->setPlaceholderText(tr("e.g. _restored"));
    m_collSuffix = new QLineEdit(m_collectionsBox);
    m_collSuffix->setObjectName(QStringLiteral("collectionSuffix"));
    m_collSuffix->setPlaceholderText(tr("e.g. _restored"));

    auto *form = new QFormLayout;
    form->addRow(tr("Also &restore:"), m_entry);
    form->addRow(tr("&Write strategy:"), m_write);
    form->addRow(tr("&Indexes:"), m_index);
    form->addRow(tr("Re&names:"), m_renames);
    auto *suffixes = new QHBoxLayout;
    suffixes->addWidget(new QLabel(tr("databases"), m_collectionsBox));
    suffixes->addWidget(m_dbSuffix);
    suffixes->addWidget(new QLabel(tr("collections"), m_collectionsBox));
    suffixes->addWidget(m_collSuffix);
    form->addRow(tr("Suffixes:"), suffixes);
    auto *right = new QVBoxLayout;
    right->addWidget(m_namespaceStatus);
    right->addLayout(form);
    right->addStretch(1);
    auto *row = new QHBoxLayout(m_collectionsBox);
    row->addWidget(m_tree, 1);
    row->addLayout(right, 1);

    connect(m_namespaces, &itemmodels::NamespaceTreeModel::selectionChanged, this, &RestoreSourcePage::updatePlan);
    for (QLineEdit *e : {m_entry, m_renames, m_dbSuffix, m_collSuffix})
        connect(e, &QLineEdit::textChanged, this, &RestoreSourcePage::updatePlan);
    connect(m_write, &QComboBox::currentIndexChanged, this, &RestoreSourcePage::updatePlan);
    connect(m_index, &QComboBox::currentIndexChanged, this, &RestoreSourcePage::updatePlan);
    return m_collectionsBox;
}

QRadioButton *RestoreSourcePage::kindButton(RestoreKind kind) const
{
    return qobject_cast<QRadioButton *>(m_kinds->button(int(kKinds.indexOf(kind))));
}

void RestoreSourcePage::initializePage()
{
    if (m_snapshot->count() > 0) return;  // Back from a later page: keep what was chosen
    fillSnapshots();
    const auto &in = m_wizard->input();
    // Which kinds this source can do at all (M0, Flex: no PIT or collections, ...), asked of the domain.
    for (RestoreKind k : kKinds) {
        const Findings blockers = m_wizard->kindBlockers(k);
        QRadioButton *b = kindButton(k);
        const Finding *why = firstRefusal(blockers);
        b->setEnabled(!why);
        b->setToolTip(why ? why->message : QString());
    }
    const auto window = m_wizard->pitWindowNow();
    if (window) {
        m_pitTime->setDateTimeRange(window->from, window->to);
        m_pitTime->setDateTime(window->to.addSecs(-3600) > window->from ? window->to.addSecs(-3600) : window->to);
        m_timeline->setWindow(window->from, window->to);
        m_timeline->setBlackouts(m_wizard->pitBlackouts());
        QList<QDateTime> times;
        for (const auto &s : in.source.snapshots) times << s.createdAt;
        m_timeline->setSnapshots(times);
        m_oplogTs->setValue(int(m_pitTime->dateTime().toSecsSinceEpoch()));
    }
    RestoreKind kind = in.kind;
    if (!kindButton(kind)->isEnabled())
        for (RestoreKind k : kKinds)
            if (kindButton(k)->isEnabled()) {
                kind = k;
                break;
            }
    setKind(kind);
}

void RestoreSourcePage::fillSnapshots()
{
    const auto &in = m_wizard->input();
    QSignalBlocker block(m_snapshot);
    m_snapshot->clear();
    struct Item {
        QDateTime at;
        QString id, text;
    };
    QList<Item> items;
    if (in.source.isFlex) {
        for (const auto &f : in.source.flexSnapshots)
            if (f.status.value == FlexJobStatus::Completed)
                items.append(
                    {f.finishTime.isValid() ? f.finishTime : f.scheduledTime, f.id, m_wizard->snapshotText(f.id)});
    } else {
        for (const auto &s : in.source.snapshots)
            if (s.status.value == SnapshotStatus::Completed)
                items.append({s.createdAt, s.id, m_wizard->snapshotText(s.id)});
    }
    std::sort(items.begin(), items.end(), [](const Item &a, const Item &b) { return a.at > b.at; });
    for (const Item &i : items) m_snapshot->addItem(i.text, i.id);
    const int pre = m_snapshot->findData(in.snapshotId);
    m_snapshot->setCurrentIndex(pre >= 0 ? pre : 0);
}

void RestoreSourcePage::setKind(RestoreKind kind)
{
    if (QRadioButton *b = kindButton(kind)) b->setChecked(true);
    m_wizard->plan().kind = kind;
    const bool pit = kind == RestoreKind::PointInTime;
    m_pitBox->setVisible(pit);
    m_snapshot->setVisible(!pit);
    m_snapshotLabel->setVisible(!pit);
    m_collectionsBox->setVisible(kind == RestoreKind::Collections);
    if (kind == RestoreKind::Collections) loadNamespaces();
    setSubTitle(pit ? tr("Atlas replays the oplog onto the snapshot before the moment you pick.")
                : kind == RestoreKind::Download
                    ? tr("Atlas prepares the snapshot as an archive to download; no cluster changes.")
                    : tr("Pick the kind of restore and what it starts from."));
    updatePlan();
}

void RestoreSourcePage::loadNamespaces()
{
    const QString snap = m_snapshot->currentData().toString();
    if (snap.isEmpty() || snap == m_namespacesFor) return;
    m_namespacesFor = snap;
    m_namespacesLoaded = false;
    m_namespaces->clear();
    m_namespaceStatus->setText(tr("Reading the snapshot's databases and collections…"));
    const auto &in = m_wizard->input();
    m_namespaceJob = m_wizard->jobs()->listNamespaces(in.source.groupId, in.source.clusterName, snap);
}

void RestoreSourcePage::onPitTimeChanged()
{
    m_timeline->setChosen(m_pitTime->dateTime());
    if (m_byTime->isChecked()) m_oplogTs->setValue(int(m_pitTime->dateTime().toSecsSinceEpoch()));
    updatePlan();
}

static QList<NamespaceMapping> mappings(const QStringList &names, const QHash<QString, QString> &renames)
{
    QList<NamespaceMapping> out;
    for (const QString &n : names) out.append({n, renames.value(n)});
    return out;
}

void RestoreSourcePage::updatePlan()
{
    if (m_updating) return;
    m_updating = true;
    RestorePlan &plan = m_wizard->plan();
    const auto &in = m_wizard->input();
    plan.sourceGroupId = in.source.groupId;
    plan.sourceClusterName = in.source.clusterName;
    plan.sourceIsFlex = in.source.isFlex;
    plan.snapshotId = plan.kind == RestoreKind::PointInTime ? QString() : m_snapshot->currentData().toString();
    plan.pit = {};
    if (plan.kind == RestoreKind::PointInTime) {
        if (m_byTime->isChecked())
            plan.pit.utcSeconds = m_pitTime->dateTime().toSecsSinceEpoch();
        else {
            plan.pit.oplogTs = m_oplogTs->value();
            plan.pit.oplogInc = m_oplogInc->value();
        }
    }
    plan.collections = {};
    if (plan.kind == RestoreKind::Collections) {
        QHash<QString, QString> renames;
        for (const QString &pair : m_renames->text().split(u',', Qt::SkipEmptyParts)) {
            const QStringList kv = pair.split(u'=');
            if (kv.size() == 2) renames.insert(kv[0].trimmed(), kv[1].trimmed());
        }
        QStringList dbs = m_namespaces->checkedDatabases(), colls = m_namespaces->checkedCollections();
        for (const QString &raw : m_entry->text().split(u',', Qt::SkipEmptyParts)) {
            const QString n = raw.trimmed();
            if (n.isEmpty()) continue;
            QStringList &list = n.contains(u'.') ? colls : dbs;
            if (!list.contains(n)) list << n;
        }
        plan.collections.databases = mappings(dbs, renames);
        plan.collections.collections = mappings(colls, renames);
        plan.collections.writeStrategy = WriteStrategy(m_write->currentData().toInt());
        plan.collections.indexStrategy = IndexStrategy(m_index->currentData().toInt());
        plan.collections.databaseSuffix = m_dbSuffix->text().trimmed();
        plan.collections.collectionSuffix = m_collSuffix->text().trimmed();
    }
    m_current = m_wizard->sourceFindings();
    QStringList lines;
    for (const Finding &f : m_current) {
        // Nothing chosen yet is no fault: Next waits, and the tree says what to do.
        if (f.severity == Severity::Info || f.code == restorecode::kNoNamespaces) continue;
        const QString icon = itemmodels::severityIconPath(f.severity);
        lines << QStringLiteral("<img src=\"%1\" width=14 height=14>&nbsp;%2 <i>%3</i>")
                     .arg(icon, f.message.toHtmlEscaped(), f.fix.toHtmlEscaped());
    }
    m_findings->setText(lines.join(QStringLiteral("<br>")));
    m_updating = false;
    emit completeChanged();
}

bool RestoreSourcePage::isComplete() const
{
    const RestorePlan &plan = m_wizard->plan();
    if (!kindButton(plan.kind) || !kindButton(plan.kind)->isEnabled()) return false;
    if (plan.kind != RestoreKind::PointInTime && plan.snapshotId.isEmpty()) return false;
    if (plan.kind == RestoreKind::Collections && plan.collections.databases.isEmpty() &&
        plan.collections.collections.isEmpty())
        return false;
    return !isRefused(m_current);
}

int RestoreSourcePage::nextId() const
{
    // A download needs no target cluster.
    return m_wizard->plan().kind == RestoreKind::Download ? RestoreWizard::PreflightPageId
                                                          : RestoreWizard::DestinationPageId;
}

}  // namespace lifeboat::ui
