// SnapshotsPane: the timeline, the table and the details follow one selection.
#include "itemmodels/snapshottablemodel.h"
#include "snapshotfixtures.h"
#include "snapshots/snapshotdetails.h"
#include "snapshots/snapshotspane.h"
#include "timeline/timelinewidget.h"

#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTableWidget>
#include <QtTest>
#include <algorithm>

using namespace lifeboat;
using itemmodels::SnapshotTableModel;
using ui::SnapshotsPane;
using ui::TimelineWidget;

namespace {

const QDateTime Now = QDateTime(QDate(2025, 6, 30), QTime(12, 0), Qt::UTC);

QString currentId(QTableView *table)
{
    return table->currentIndex().data(SnapshotTableModel::IdRole).toString();
}

}  // namespace

class TestSnapshotsPane : public QObject {
    Q_OBJECT
    std::unique_ptr<SnapshotsPane> pane;
    QList<domain::Snapshot> snaps;

private slots:
    void init()
    {
        snaps = testing::syntheticSnapshots(200, Now.addDays(-60), Now, 11);
        pane = std::make_unique<SnapshotsPane>();
        pane->timeline()->setNow(Now);
        pane->resize(1400, 800);
        pane->setSnapshots(snaps, Now.addDays(-7), Now);
        pane->show();
        QVERIFY(QTest::qWaitForWindowExposed(pane.get()));
    }
    void cleanup() { pane.reset(); }

    void childrenAreNamed()
    {
        QCOMPARE(pane->findChild<TimelineWidget *>(QStringLiteral("snapshotTimeline")), pane->timeline());
        QCOMPARE(pane->findChild<QTableView *>(QStringLiteral("snapshotTable")), pane->table());
        QCOMPARE(pane->findChild<ui::SnapshotDetails *>(QStringLiteral("snapshotDetails")), pane->details());
        QVERIFY(pane->findChild<QLineEdit *>(QStringLiteral("snapshotFilter")));
        QCOMPARE(pane->table()->model()->rowCount(), 200);
        QVERIFY(pane->table()->isSortingEnabled());
    }

    void clickInTimelineSelectsRowAndDetails()
    {
        TimelineWidget *timeline = pane->timeline();
        const QString id = snaps[137].id;
        const QPoint pos = timeline->markPosition(id);
        QVERIFY2(pos.x() >= 0, "the mark is in view");
        QSignalSpy spy(pane.get(), &SnapshotsPane::snapshotSelected);
        QTest::mouseClick(timeline, Qt::LeftButton, {}, pos);
        QCOMPARE(timeline->selectedSnapshotId(), id);
        QCOMPARE(currentId(pane->table()), id);
        QVERIFY(pane->table()->selectionModel()->isRowSelected(pane->table()->currentIndex().row(), {}));
        QCOMPARE(pane->details()->shownId(), id);
        QCOMPARE(pane->details()->valueText(QStringLiteral("Id")), id);
        QCOMPARE(pane->selectedSnapshotId(), id);
        QCOMPARE(spy.count(), 1);
        // The row was scrolled into view.
        const QRect rowRect = pane->table()->visualRect(pane->table()->currentIndex());
        QVERIFY(pane->table()->viewport()->rect().intersects(rowRect));
    }

    void keyboardRightFollowsInTable()
    {
        QList<domain::Snapshot> byTime = snaps;
        std::stable_sort(byTime.begin(), byTime.end(),
                         [](const auto &a, const auto &b) { return a.createdAt < b.createdAt; });
        TimelineWidget *timeline = pane->timeline();
        QTest::mouseClick(timeline, Qt::LeftButton, {}, timeline->markPosition(byTime[40].id));
        QCOMPARE(pane->selectedSnapshotId(), byTime[40].id);
        QTest::keyClick(timeline, Qt::Key_Right);
        QCOMPARE(timeline->selectedSnapshotId(), byTime[41].id);
        QCOMPARE(currentId(pane->table()), byTime[41].id);
        QCOMPARE(pane->details()->shownId(), byTime[41].id);
    }

    void tableRowSelectsMark()
    {
        QTableView *table = pane->table();
        const QModelIndex row = table->model()->index(17, SnapshotTableModel::Status);
        const QString id = row.data(SnapshotTableModel::IdRole).toString();
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(row).center());
        QCOMPARE(currentId(table), id);
        QCOMPARE(pane->timeline()->selectedSnapshotId(), id);
        QCOMPARE(pane->details()->shownId(), id);
        QVERIFY(pane->timeline()->markPosition(id).x() >= 0);
        // Arrow keys in the table move the mark too.
        table->setFocus();
        QTest::keyClick(table->viewport(), Qt::Key_Down);
        const QString next = currentId(table);
        QVERIFY(next != id);
        QCOMPARE(pane->timeline()->selectedSnapshotId(), next);
    }

    void wheelZoomChangesVisibleRange()
    {
        TimelineWidget *timeline = pane->timeline();
        const qint64 before = timeline->visibleFrom().msecsTo(timeline->visibleTo());
        const QPoint at(timeline->width() / 2, timeline->height() / 2);
        QWheelEvent ev(QPointF(at), QPointF(timeline->mapToGlobal(at)), QPoint(), QPoint(0, 240), Qt::NoButton,
                       Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(timeline, &ev);
        const qint64 after = timeline->visibleFrom().msecsTo(timeline->visibleTo());
        QVERIFY2(after < before * 0.8, qPrintable(QStringLiteral("%1 -> %2").arg(before).arg(after)));
    }

    void filterKeepsSelectionWhenShown()
    {
        const domain::Snapshot &s = snaps[60];
        QVERIFY(pane->selectSnapshot(s.id));
        auto *filter = pane->findChild<QLineEdit *>(QStringLiteral("snapshotFilter"));
        QTest::keyClicks(filter, s.id.right(6));
        QCOMPARE(pane->table()->model()->rowCount(), 1);
        QCOMPARE(pane->table()->model()->index(0, 0).data(SnapshotTableModel::IdRole).toString(), s.id);
        filter->clear();
        auto *status = pane->findChild<QComboBox *>(QStringLiteral("snapshotStatusFilter"));
        status->setCurrentIndex(3);  // Failed
        for (int r = 0; r < pane->table()->model()->rowCount(); ++r)
            QCOMPARE(pane->table()->model()->index(r, SnapshotTableModel::Status).data().toString(),
                     QStringLiteral("Failed"));
        QVERIFY(pane->table()->model()->rowCount() < 200);
        status->setCurrentIndex(0);
        // The timeline follows the filter: a filtered-out snapshot has no mark, a shown one does
        // and clicking it selects it.
        const domain::Snapshot &other = snaps[61];
        QTest::keyClicks(filter, s.id.right(6));
        QCOMPARE(pane->table()->model()->rowCount(), 1);
        QCOMPARE(pane->timeline()->laneOf(other.id), -1);
        QVERIFY(pane->timeline()->laneOf(s.id) >= 0);
        pane->timeline()->fitAll();
        QTest::mouseClick(pane->timeline(), Qt::LeftButton, {}, pane->timeline()->markPosition(s.id));
        QCOMPARE(pane->details()->shownId(), s.id);
        filter->clear();
        QVERIFY(pane->timeline()->laneOf(other.id) >= 0);  // every snapshot back on the timeline
    }

    void detailsSayWhichKeyAndWhichPolicyItem()
    {
        auto s = testing::makeSnapshot(QStringLiteral("ear1"), Now.addDays(-1), QStringLiteral("daily"));
        s.masterKeyUUID = QStringLiteral("3f2a9c4e-1b7d-4e8a-9f60-2c5d8b1e7a43");
        s.policyItems = {QStringLiteral("item-daily"), QStringLiteral("gone")};
        domain::PolicyItem daily;
        daily.id = QStringLiteral("item-daily");
        daily.frequency = domain::Frequency::Daily;
        daily.unit = domain::RetentionUnit::Days;
        daily.value = 7;
        pane->setClusterContext(QStringLiteral("AZURE"), {daily});
        pane->setSnapshots({s});
        QVERIFY(pane->selectSnapshot(s.id));
        const QString key = pane->details()->valueText(QStringLiteral("EncryptionKey"));
        QVERIFY2(key.contains(QStringLiteral("Azure Key Vault")) && key.contains(s.masterKeyUUID), qPrintable(key));
        const QString items = pane->details()->valueText(QStringLiteral("PolicyItems"));
        QVERIFY2(items.contains(QStringLiteral("Every day")) && !items.contains(QStringLiteral("item-daily")),
                 qPrintable(items));
        QVERIFY2(items.contains(QStringLiteral("no longer in the schedule")), qPrintable(items));
        // An encrypted cluster whose snapshot carries no key id still names the provider.
        s.masterKeyUUID.clear();
        pane->setSnapshots({s});
        QVERIFY(pane->selectSnapshot(s.id));
        QVERIFY(
            pane->details()->valueText(QStringLiteral("EncryptionKey")).contains(QStringLiteral("Azure Key Vault")));
        pane->setClusterContext(QStringLiteral("NONE"), {});
        pane->setSnapshots({s});
        QVERIFY(pane->selectSnapshot(s.id));
        QVERIFY(pane->details()->valueText(QStringLiteral("EncryptionKey")).startsWith(QStringLiteral("none")));
        pane->setSnapshots(snaps);
    }

    void detailsShowWrappedValuesWhole()
    {
        // The default split at a small window: every value label gets the height its wrapped
        // text needs at the width it has (nothing cut off at the bottom or the right).
        pane->resize(900, 560);
        auto s = testing::makeSnapshot(QStringLiteral("wrap1"), Now.addDays(-1), QStringLiteral("daily"));
        s.description = QStringLiteral("A long description that has to wrap over several lines in the details pane, "
                                       "because people write whole sentences into it before an upgrade");
        s.masterKeyUUID = QStringLiteral("3f2a9c4e-1b7d-4e8a-9f60-2c5d8b1e7a43");
        s.copyRegions = {QStringLiteral("US_WEST_2"), QStringLiteral("EU_WEST_1"), QStringLiteral("AP_SOUTHEAST_2")};
        pane->setClusterContext(QStringLiteral("AWS"), {});
        pane->setSnapshots({s});
        QVERIFY(pane->selectSnapshot(s.id));
        QTest::qWait(50);
        int checked = 0;
        for (QLabel *l : pane->details()->findChildren<QLabel *>()) {
            if (!l->objectName().startsWith(QStringLiteral("detail")) || !l->isVisible()) continue;
            ++checked;
            QVERIFY2(l->height() >= l->heightForWidth(l->width()), qPrintable(QStringLiteral("%1: %2 < %3")
                                                                                  .arg(l->objectName())
                                                                                  .arg(l->height())
                                                                                  .arg(l->heightForWidth(l->width()))));
            const QRect inPane(l->mapTo(pane->details(), QPoint(0, 0)), l->size());
            QVERIFY2(inPane.right() <= pane->details()->width(), qPrintable(l->objectName()));
        }
        QVERIFY(checked >= 10);
        pane->setSnapshots(snaps);
    }

    void layoutIsSavedAndRestored()
    {
        QHeaderView *header = pane->table()->horizontalHeader();
        header->resizeSection(SnapshotTableModel::Description, 321);
        const QByteArray state = pane->saveLayout();
        header->resizeSection(SnapshotTableModel::Description, 100);
        ui::SnapshotsPane other;
        other.restoreLayout(state);
        QCOMPARE(other.table()->horizontalHeader()->sectionSize(SnapshotTableModel::Description), 321);
        other.restoreLayout(QByteArray("garbage"));  // a damaged setting is ignored
        QCOMPARE(other.table()->horizontalHeader()->sectionSize(SnapshotTableModel::Description), 321);
    }

    void shardedMembersInDetails()
    {
        auto s = testing::makeSnapshot(QStringLiteral("sharded1"), Now.addDays(-1), QStringLiteral("daily"));
        s.type = QStringLiteral("shardedCluster");
        s.members = {{QStringLiteral("m1"), QStringLiteral("AWS"), QStringLiteral("shard-0")},
                     {QStringLiteral("m2"), QStringLiteral("AWS"), QStringLiteral("shard-1")},
                     {QStringLiteral("m3"), QStringLiteral("AWS"), QStringLiteral("config")}};
        pane->setSnapshots({s});
        QVERIFY(pane->selectSnapshot(QStringLiteral("sharded1")));
        auto *members = pane->details()->findChild<QTableWidget *>(QStringLiteral("snapshotMembers"));
        QVERIFY(members && members->isVisible());
        QCOMPARE(members->rowCount(), 3);
        QCOMPARE(members->item(1, 0)->text(), QStringLiteral("shard-1"));
        QCOMPARE(members->item(1, 1)->text(), QStringLiteral("m2"));
        QCOMPARE(members->item(1, 2)->text(), QStringLiteral("AWS"));
        QVERIFY(pane->details()->valueText(QStringLiteral("Cluster")).contains(QStringLiteral("Sharded")));
    }

    void resetKeepsSelectionIfStillThere()
    {
        const QString id = snaps[10].id;
        pane->selectSnapshot(id);
        pane->setSnapshots(snaps, Now.addDays(-7), Now);
        QCOMPARE(pane->selectedSnapshotId(), id);
        QCOMPARE(currentId(pane->table()), id);
        pane->setSnapshots(snaps.mid(100), {}, {});
        QVERIFY(pane->selectedSnapshotId().isEmpty());
        QVERIFY(pane->details()->shownId().isEmpty());
    }

    void flex()
    {
        domain::FlexSnapshot f;
        f.id = QStringLiteral("flex1");
        f.startTime = Now.addDays(-1);
        f.expiration = Now.addDays(7);
        f.status = domain::parseFlexJobStatus(QStringLiteral("COMPLETED"));
        pane->setFlexSnapshots({f});
        QVERIFY(pane->selectSnapshot(QStringLiteral("flex1")));
        QCOMPARE(pane->timeline()->laneOf(QStringLiteral("flex1")), int(TimelineWidget::Daily));
        QVERIFY(pane->details()->valueText(QStringLiteral("Cluster")).contains(QStringLiteral("Flex")));
    }
};

QTEST_MAIN(TestSnapshotsPane)
#include "tst_snapshots_pane.moc"
