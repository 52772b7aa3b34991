// TimelineWidget on its own: hit testing, selection, keyboard, zoom, pan, painting.
#include "itemmodels/snapshotformat.h"
#include "snapshotfixtures.h"
#include "timeline/timelinewidget.h"

#include <QApplication>
#include <QToolTip>
#include <QtTest>
#include <algorithm>

using namespace lifeboat;
using ui::TimelineWidget;

namespace {

const QDateTime Now = QDateTime(QDate(2025, 6, 30), QTime(12, 0), Qt::UTC);

QList<domain::Snapshot> data()
{
    return testing::syntheticSnapshots(200, Now.addDays(-30), Now, 7);
}

QStringList idsByTime(QList<domain::Snapshot> list)
{
    std::stable_sort(list.begin(), list.end(),
                     [](const domain::Snapshot &a, const domain::Snapshot &b) { return a.createdAt < b.createdAt; });
    QStringList ids;
    for (const auto &s : list) ids << s.id;
    return ids;
}

void sendWheel(QWidget *w, QPoint pos, int delta)
{
    QWheelEvent ev(QPointF(pos), QPointF(w->mapToGlobal(pos)), QPoint(), QPoint(0, delta), Qt::NoButton, Qt::NoModifier,
                   Qt::NoScrollPhase, false);
    QApplication::sendEvent(w, &ev);
}

}  // namespace

class TestTimeline : public QObject {
    Q_OBJECT
    std::unique_ptr<TimelineWidget> w;
    QList<domain::Snapshot> snaps;

private slots:
    void init()
    {
        snaps = data();
        w = std::make_unique<TimelineWidget>();
        w->setNow(Now);
        w->resize(1000, 320);
        w->setSnapshots(snaps);
        w->show();
        QVERIFY(QTest::qWaitForWindowExposed(w.get()));
    }
    void cleanup() { w.reset(); }

    void accessibleAndFocusable()
    {
        QCOMPARE(w->focusPolicy(), Qt::StrongFocus);
        QVERIFY(!w->accessibleName().isEmpty());
        QVERIFY(w->accessibleDescription().contains(QStringLiteral("Left and Right")));
    }

    void fitsAllDataInitially()
    {
        QVERIFY(w->visibleFrom() <= Now.addDays(-30));
        QVERIFY(w->visibleTo() >= Now);
        for (const auto &s : snaps) QVERIFY2(w->markPosition(s.id).x() >= 0, qPrintable(s.id));
    }

    void marksAreOnTheirLanes()
    {
        // Marks of one lane share a y; lanes are ordered hourly ... on-demand from top to bottom.
        QMap<int, int> yOfLane;
        for (const auto &s : snaps) {
            const int lane = w->laneOf(s.id);
            const int y = w->markPosition(s.id).y();
            if (yOfLane.contains(lane)) QCOMPARE(y, yOfLane[lane]);
            yOfLane[lane] = y;
        }
        QVERIFY(yOfLane[TimelineWidget::Hourly] < yOfLane[TimelineWidget::Daily]);
        QVERIFY(yOfLane[TimelineWidget::Yearly] < yOfLane[TimelineWidget::OnDemand]);
    }

    void clickSelectsAndEmits()
    {
        QSignalSpy spy(w.get(), &TimelineWidget::snapshotSelected);
        const QString id = snaps[123].id;
        const QPoint pos = w->markPosition(id);
        QVERIFY(pos.x() >= 0);
        QCOMPARE(w->snapshotAt(pos), id);
        QTest::mouseClick(w.get(), Qt::LeftButton, {}, pos);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toString(), id);
        QCOMPARE(w->selectedSnapshotId(), id);
        // A click on an empty spot keeps the selection.
        QTest::mouseClick(w.get(), Qt::LeftButton, {}, QPoint(5, 5));
        QCOMPARE(w->selectedSnapshotId(), id);
    }

    void keyboardMovesInTime()
    {
        const QStringList order = idsByTime(snaps);
        QSignalSpy spy(w.get(), &TimelineWidget::snapshotSelected);
        w->setFocus();
        QTest::keyClick(w.get(), Qt::Key_Home);
        QCOMPARE(w->selectedSnapshotId(), order.first());
        QTest::keyClick(w.get(), Qt::Key_Right);
        QCOMPARE(w->selectedSnapshotId(), order.at(1));
        QTest::keyClick(w.get(), Qt::Key_Right);
        QCOMPARE(w->selectedSnapshotId(), order.at(2));
        QTest::keyClick(w.get(), Qt::Key_Left);
        QCOMPARE(w->selectedSnapshotId(), order.at(1));
        QTest::keyClick(w.get(), Qt::Key_End);
        QCOMPARE(w->selectedSnapshotId(), order.last());
        QTest::keyClick(w.get(), Qt::Key_Right);  // stays at the end
        QCOMPARE(w->selectedSnapshotId(), order.last());
        QCOMPARE(spy.last().at(0).toString(), order.last());
        QCOMPARE(spy.count(), 6);
    }

    void upDownChangeLane()
    {
        w->selectSnapshot(snaps[100].id);
        const int lane = w->laneOf(snaps[100].id);
        QTest::keyClick(w.get(), lane == TimelineWidget::Hourly ? Qt::Key_Down : Qt::Key_Up);
        const QString moved = w->selectedSnapshotId();
        QVERIFY(moved != snaps[100].id);
        QVERIFY(w->laneOf(moved) != lane);
        // The new one is close in time to the old one (nearest in its lane).
        const auto find = [&](const QString &id) {
            return std::find_if(snaps.begin(), snaps.end(), [&](const auto &s) { return s.id == id; })->createdAt;
        };
        QVERIFY(qAbs(find(moved).secsTo(find(snaps[100].id))) < 3 * 24 * 3600);
    }

    void wheelZoomsAroundCursor()
    {
        const QDateTime from = w->visibleFrom(), to = w->visibleTo();
        const QPoint at = w->markPosition(snaps[100].id);
        sendWheel(w.get(), at, 120 * 4);  // four notches: twice the detail
        const qint64 before = from.msecsTo(to), after = w->visibleFrom().msecsTo(w->visibleTo());
        QVERIFY2(after < before * 0.6, qPrintable(QStringLiteral("%1 -> %2").arg(before).arg(after)));
        // What was under the cursor still is.
        QVERIFY(qAbs(w->markPosition(snaps[100].id).x() - at.x()) <= 2);
        sendWheel(w.get(), at, -120 * 4);
        QVERIFY(qAbs(w->visibleFrom().msecsTo(w->visibleTo()) - before) < before / 50);
    }

    void keysZoom()
    {
        const qint64 span = w->visibleFrom().msecsTo(w->visibleTo());
        w->setFocus();
        QTest::keyClick(w.get(), Qt::Key_Plus);
        QVERIFY(w->visibleFrom().msecsTo(w->visibleTo()) < span * 0.6);
        QTest::keyClick(w.get(), Qt::Key_Minus);
        QTest::keyClick(w.get(), Qt::Key_Minus);
        QVERIFY(w->visibleFrom().msecsTo(w->visibleTo()) > span * 1.5);
    }

    void dragPans()
    {
        QSignalSpy spy(w.get(), &TimelineWidget::snapshotSelected);
        sendWheel(w.get(), QPoint(500, 150), 120 * 8);  // zoom in first so there is room to pan
        const QDateTime from = w->visibleFrom();
        QTest::mousePress(w.get(), Qt::LeftButton, {}, QPoint(600, 150));
        QMouseEvent move(QEvent::MouseMove, QPointF(400, 150), QPointF(w->mapToGlobal(QPoint(400, 150))), Qt::NoButton,
                         Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(w.get(), &move);
        QTest::mouseRelease(w.get(), Qt::LeftButton, {}, QPoint(400, 150));
        QVERIFY(w->visibleFrom() > from);  // dragged left: later times come into view
        QCOMPARE(spy.count(), 0);          // a drag is not a click
    }

    void selectScrollsIntoView()
    {
        w->setVisibleRange(Now.addDays(-30), Now.addDays(-29));
        const domain::Snapshot &late = snaps.last();
        QCOMPARE(w->markPosition(late.id), QPoint(-1, -1));
        QSignalSpy spy(w.get(), &TimelineWidget::snapshotSelected);
        QVERIFY(w->selectSnapshot(late.id));
        QVERIFY(w->markPosition(late.id).x() >= 0);
        QCOMPARE(spy.count(), 0);  // programmatic selection does not echo
        QVERIFY(!w->selectSnapshot(QStringLiteral("missing")));
        QVERIFY(w->selectedSnapshotId().isEmpty());
    }

    void paintsStatusColours()
    {
        // A lone failed mark in the on-demand lane is drawn in the failed colour.
        auto failed = testing::makeSnapshot(QStringLiteral("f"), Now.addDays(-3), QStringLiteral("ondemand"),
                                            QStringLiteral("failed"), QStringLiteral("onDemand"));
        auto ok = testing::makeSnapshot(QStringLiteral("ok"), Now.addDays(-10), QStringLiteral("daily"));
        w->setSnapshots({failed, ok});
        QImage image(w->size(), QImage::Format_ARGB32);
        w->render(&image);
        const QColor failedColour = itemmodels::snapshotKindColor(itemmodels::SnapshotKind::Failed, w->palette());
        const QColor okColour = itemmodels::snapshotKindColor(itemmodels::SnapshotKind::Completed, w->palette());
        QCOMPARE(image.pixelColor(w->markPosition(QStringLiteral("f"))), failedColour);
        QCOMPARE(image.pixelColor(w->markPosition(QStringLiteral("ok"))), okColour);
    }

    void pitBandIsPainted()
    {
        w->setSnapshots({});
        QImage without(w->size(), QImage::Format_ARGB32);
        w->render(&without);
        w->setPitWindow(Now.addDays(-20), Now.addDays(-10));
        QImage with(w->size(), QImage::Format_ARGB32);
        w->render(&with);
        QVERIFY(with != without);
        w->setPitWindow(QDateTime(), QDateTime());  // invalid: no band
        QImage none(w->size(), QImage::Format_ARGB32);
        w->render(&none);
        QCOMPARE(none, without);
    }

    void tooltipNamesTheSnapshot()
    {
        const domain::Snapshot &s = snaps[50];
        const QPoint pos = w->markPosition(s.id);
        QHelpEvent help(QEvent::ToolTip, pos, w->mapToGlobal(pos));
        QApplication::sendEvent(w.get(), &help);
        const QString text = QToolTip::text();
        QVERIFY2(text.contains(s.id), qPrintable(text));
        QVERIFY(text.contains(itemmodels::formatUtc(s.createdAt)));
        QVERIFY(text.contains(itemmodels::formatUtc(s.expiresAt)));
        QVERIFY(text.contains(itemmodels::formatSize(s.storageSizeBytes)));
    }

    void emptyAndUnknown()
    {
        w->setSnapshots({});
        QImage image(w->size(), QImage::Format_ARGB32);
        w->render(&image);  // no crash, "No snapshots"
        QTest::keyClick(w.get(), Qt::Key_Right);
        QVERIFY(w->selectedSnapshotId().isEmpty());
        auto odd = testing::makeSnapshot(QStringLiteral("odd"), Now.addDays(-1), QStringLiteral("fortnightly"),
                                         QStringLiteral("ARCHIVING"));
        domain::Snapshot undated;
        undated.id = QStringLiteral("undated");
        w->setSnapshots({odd, undated});
        QCOMPARE(w->laneOf(QStringLiteral("odd")), int(TimelineWidget::Other));
        QCOMPARE(w->laneOf(QStringLiteral("undated")), -1);  // no time: not on the timeline
        QVERIFY(w->markPosition(QStringLiteral("odd")).x() >= 0);
    }
};

QTEST_MAIN(TestTimeline)
#include "tst_snapshot_timeline.moc"
