// Timeline paint cost with 100,000 snapshots over 3 years, rendered into a 1600x300
// QImage at a few zoom levels, against a floor: a plain QWidget of the same size
// rendered the same way in the same run (these machines are noisy; read the ratio).
#include "snapshotfixtures.h"
#include "timeline/timelinewidget.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QPainter>
#include <cstdio>

using namespace lifeboat;

namespace {

constexpr int Frames = 60;

// The floor: a widget of the same size whose paint event only fills its area, the
// least any custom-painted widget does.
class FilledWidget : public QWidget {
protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter p(this);
        p.fillRect(rect(), palette().color(QPalette::Window));
    }
};

double msPerFrame(QWidget &w, QImage &image)
{
    w.render(&image);  // warm up: x positions for this zoom, glyph caches
    QElapsedTimer t;
    t.start();
    for (int i = 0; i < Frames; ++i) w.render(&image);
    return double(t.nsecsElapsed()) / 1e6 / Frames;
}

}  // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QSize size(1600, 300);
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    const QDateTime now(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);

    QElapsedTimer t;
    t.start();
    const QList<domain::Snapshot> snapshots = testing::syntheticSnapshots(100000, now.addYears(-3), now);
    const double generateMs = t.nsecsElapsed() / 1e6;

    ui::TimelineWidget timeline;
    timeline.setNow(now);
    timeline.resize(size);
    t.restart();
    timeline.setSnapshots(snapshots);
    const double setMs = t.nsecsElapsed() / 1e6;
    timeline.setPitWindow(now.addDays(-7), now);
    timeline.selectSnapshot(snapshots[99990].id);

    FilledWidget floorWidget;
    floorWidget.resize(size);
    ui::TimelineWidget emptyTimeline;
    emptyTimeline.setNow(now);
    emptyTimeline.resize(size);
    const double floorMs = msPerFrame(floorWidget, image);
    const double emptyMs = msPerFrame(emptyTimeline, image);

    std::printf("bench_timeline: 100,000 snapshots over 3 years, %dx%d QImage, %d frames per zoom\n", size.width(),
                size.height(), Frames);
    std::printf("  generate data            %8.1f ms (not the widget)\n", generateMs);
    std::printf("  setSnapshots             %8.1f ms\n", setMs);
    std::printf("  floor: filled QWidget    %8.3f ms/frame\n", floorMs);
    std::printf("  empty timeline           %8.3f ms/frame  (%.1fx floor)\n", emptyMs, emptyMs / floorMs);

    struct Zoom {
        const char *name;
        int days;
    };
    const Zoom zooms[] = {{"3 years (all)", 0}, {"1 year", 365}, {"1 month", 30}, {"2 days", 2}, {"3 hours", -3}};
    double worst = 0;
    for (const Zoom &z : zooms) {
        if (z.days == 0)
            timeline.fitAll();
        else if (z.days > 0)
            timeline.setVisibleRange(now.addDays(-z.days - 200), now.addDays(-200));
        else
            timeline.setVisibleRange(now.addDays(-200).addSecs(z.days * 3600), now.addDays(-200));
        const double ms = msPerFrame(timeline, image);
        worst = std::max(worst, ms);
        std::printf("  zoom %-18s  %8.3f ms/frame  (%.1fx floor, %.1fx empty timeline)\n", z.name, ms, ms / floorMs,
                    ms / emptyMs);
    }
    // A pan at the widest zoom: the x positions are reused, only the offset moves.
    timeline.fitAll();
    timeline.zoomBy(1.0001, 800);
    image.fill(Qt::white);
    t.restart();
    for (int i = 0; i < Frames; ++i) {
        timeline.setVisibleRange(now.addDays(-400 - i), now.addDays(-35 - i));
        timeline.render(&image);
    }
    const double panMs = t.nsecsElapsed() / 1e6 / Frames;
    std::printf("  pan, 1 year in view      %8.3f ms/frame  (%.1fx floor)\n", panMs, panMs / floorMs);
    // Wheel zooming: every frame is at a new zoom, so the per-zoom x positions are recomputed.
    timeline.fitAll();
    t.restart();
    for (int i = 0; i < Frames; ++i) {
        timeline.zoomBy(i % 2 ? 1 / 1.19 : 1.19, 800);
        timeline.render(&image);
    }
    const double zoomMs = t.nsecsElapsed() / 1e6 / Frames;
    worst = std::max(worst, zoomMs);
    std::printf("  wheel zoom, all in view  %8.3f ms/frame  (%.1fx floor)\n", zoomMs, zoomMs / floorMs);
    std::printf("  worst zoom               %8.3f ms/frame  (budget 8 ms: %s)\n", worst, worst <= 8 ? "met" : "MISSED");
    return 0;
}
