#include "snapshots/snapshotdetails.h"

#include "itemmodels/snapshotformat.h"

#include <QEvent>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace lifeboat::ui {

using namespace itemmodels;

SnapshotDetails::SnapshotDetails(QWidget *parent) : QWidget(parent)
{
    setAccessibleName(tr("Snapshot details"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_stack = new QStackedWidget(this);
    outer->addWidget(m_stack);

    auto *empty = new QLabel(tr("Select a snapshot in the timeline or the table to see its details."));
    empty->setWordWrap(true);
    empty->setAlignment(Qt::AlignCenter);
    empty->setForegroundRole(QPalette::PlaceholderText);
    empty->setMargin(16);
    m_stack->addWidget(empty);

    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);  // values wrap instead
    auto *content = new QWidget;
    auto *box = new QVBoxLayout(content);
    box->setContentsMargins(12, 8, 12, 8);
    m_title = new QLabel;
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    box->addWidget(m_title);
    m_warning = new QLabel;
    m_warning->setWordWrap(true);
    m_warning->hide();
    box->addWidget(m_warning);

    m_form = new QFormLayout;
    m_form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_form->setFormAlignment(Qt::AlignLeft | Qt::AlignTop);
    // Each label above its value: values get the pane's whole width, so long ids, keys
    // and sentences wrap into full lines instead of being clipped beside a wide label
    // column (German labels are long).
    m_form->setRowWrapPolicy(QFormLayout::WrapAllRows);
    m_form->setVerticalSpacing(2);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setHorizontalSpacing(12);
    addRow(QStringLiteral("Id"), tr("Id"));
    addRow(QStringLiteral("Created"), tr("Created"));
    addRow(QStringLiteral("Expires"), tr("Expires"));
    addRow(QStringLiteral("Status"), tr("Status"));
    addRow(QStringLiteral("Type"), tr("Type"));
    addRow(QStringLiteral("Frequency"), tr("Frequency"));
    addRow(QStringLiteral("Size"), tr("Size"));
    addRow(QStringLiteral("MongoDBVersion"), tr("MongoDB version"));
    addRow(QStringLiteral("EncryptionKey"), tr("Encryption key"));
    addRow(QStringLiteral("CopyRegions"), tr("Copy regions"));
    addRow(QStringLiteral("PolicyItems"), tr("Policy items"));
    addRow(QStringLiteral("Cluster"), tr("Cluster"));
    addRow(QStringLiteral("Description"), tr("Description"));
    box->addLayout(m_form);

    m_membersTitle = new QLabel(tr("Shard members"));
    m_membersTitle->setFont(titleFont);
    box->addWidget(m_membersTitle);
    m_members = new QTableWidget(0, 3);
    m_members->setObjectName(QStringLiteral("snapshotMembers"));
    m_members->setHorizontalHeaderLabels({tr("Replica set"), tr("Snapshot id"), tr("Provider")});
    m_members->verticalHeader()->hide();
    m_members->horizontalHeader()->setStretchLastSection(true);
    m_members->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_members->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_members->setMinimumHeight(110);
    box->addWidget(m_members);
    box->addStretch(1);
    scroll->setWidget(content);
    m_stack->addWidget(scroll);
    clear();
}

QLabel *SnapshotDetails::addRow(const QString &key, const QString &label)
{
    auto *value = new QLabel;
    value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    value->setWordWrap(true);
    value->setObjectName(QStringLiteral("detail") + key);
    // Wrapped labels report their height for the width they get; without this the form
    // sizes a row for one line and the scroll area clips the rest.
    QSizePolicy sp(QSizePolicy::Preferred, QSizePolicy::Preferred);
    sp.setHeightForWidth(true);
    value->setSizePolicy(sp);
    auto *name = new QLabel(tr("%1:", "a label in the details").arg(label));
    name->setForegroundRole(QPalette::PlaceholderText);
    name->setBuddy(value);
    m_form->addRow(name, value);
    m_values.append({key, value});
    return value;
}

QString SnapshotDetails::valueText(const QString &field) const
{
    for (const auto &[name, label] : m_values)
        if (name == field) return label->text();
    return {};
}

void SnapshotDetails::setClusterContext(const QString &encryptionAtRestProvider,
                                        const QList<domain::PolicyItem> &policyItems)
{
    m_earProvider = encryptionAtRestProvider;
    m_policyItems = policyItems;
}

void SnapshotDetails::clear()
{
    m_shownId.clear();
    for (const auto &[name, label] : m_values) label->clear();
    m_members->setRowCount(0);
    m_stack->setCurrentIndex(0);
}

void SnapshotDetails::showSnapshot(const domain::Snapshot &s)
{
    m_shownId = s.id;
    auto set = [this](const QString &field, const QString &text) {
        for (const auto &[name, label] : m_values)
            if (name == field) label->setText(text.isEmpty() ? dash() : text);
    };
    const bool flex = s.type == u"flex";
    m_title->setText(tr("%1 snapshot, %2").arg(frequencyText(s.frequencyType), formatUtc(s.createdAt)));
    set(QStringLiteral("Id"), s.id);
    set(QStringLiteral("Created"), formatUtc(s.createdAt));
    set(QStringLiteral("Expires"), formatUtc(s.expiresAt));
    set(QStringLiteral("Status"), statusText(s.status));
    set(QStringLiteral("Type"), typeText(s.snapshotType));
    set(QStringLiteral("Frequency"), frequencyText(s.frequencyType));
    set(QStringLiteral("Size"),
        s.storageSizeBytes < 0
            ? tr("not reported")
            : tr("%1 (%2 bytes)").arg(formatSize(s.storageSizeBytes), formatCount(s.storageSizeBytes)));
    set(QStringLiteral("MongoDBVersion"), s.mongodVersion);
    set(QStringLiteral("EncryptionKey"),
        flex ? tr("managed by Atlas") : encryptionKeyText(s.masterKeyUUID, m_earProvider));
    QStringList regions;
    for (const QString &r : s.copyRegions) regions << regionName(r);
    set(QStringLiteral("CopyRegions"), regions.isEmpty() ? tr("none") : regions.join(QStringLiteral(", ")));
    set(QStringLiteral("PolicyItems"),
        flex ? tr("daily, kept by Atlas (the last 8)") : policyItemsText(s.policyItems, m_policyItems));
    QString cluster;
    if (flex)
        cluster = tr("Flex cluster (automatic daily snapshot)");
    else if (s.isShardedCluster())
        cluster = s.configServerType.isEmpty() ? tr("Sharded cluster, %n member(s)", nullptr, int(s.members.size()))
                                               : tr("Sharded cluster, %n member(s), %1", nullptr, int(s.members.size()))
                                                     .arg(configServerText(s.configServerType));
    else
        cluster = s.replicaSetName.isEmpty() ? tr("Replica set") : tr("Replica set %1").arg(s.replicaSetName);
    if (!s.cloudProvider.isEmpty())
        cluster = tr("%1 on %2", "cluster on provider").arg(cluster, providerName(s.cloudProvider));
    set(QStringLiteral("Cluster"), cluster);
    set(QStringLiteral("Description"), s.description);

    // Say plainly what a failed or fallback snapshot means for a restore.
    const SnapshotKind kind = snapshotKind(s);
    m_warningKind = int(kind);
    if (kind == SnapshotKind::Failed) {
        m_warning->setText(tr("This snapshot failed: it holds no restorable data."));
    } else if (kind == SnapshotKind::Fallback) {
        m_warning->setText(tr("Fallback snapshot: it may be inconsistent, and it cannot be "
                              "exported or used for a collection restore."));
    } else if (kind == SnapshotKind::Running) {
        m_warning->setText(tr("This snapshot is still being taken."));
    } else {
        m_warningKind = -1;
    }
    m_warning->setVisible(m_warningKind >= 0);
    updateWarningColour();

    const bool sharded = s.isShardedCluster() || !s.members.isEmpty();
    m_membersTitle->setVisible(sharded);
    m_members->setVisible(sharded);
    m_members->setRowCount(int(s.members.size()));
    for (int i = 0; i < s.members.size(); ++i) {
        const domain::SnapshotMember &m = s.members[i];
        m_members->setItem(i, 0, new QTableWidgetItem(m.replicaSetName));
        m_members->setItem(i, 1, new QTableWidgetItem(m.id));
        m_members->setItem(i, 2, new QTableWidgetItem(providerName(m.cloudProvider)));
    }
    m_members->resizeColumnsToContents();
    m_stack->setCurrentIndex(1);
}

void SnapshotDetails::updateWarningColour()
{
    if (m_warningKind < 0) return;
    QPalette pal = m_warning->palette();
    pal.setColor(QPalette::WindowText, snapshotKindColor(SnapshotKind(m_warningKind), palette()));
    m_warning->setPalette(pal);
}

void SnapshotDetails::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange) updateWarningColour();
    QWidget::changeEvent(event);
}

}  // namespace lifeboat::ui
