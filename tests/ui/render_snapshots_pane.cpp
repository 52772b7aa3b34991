// Renders the Snapshots pane with a year of a default Atlas policy to PNG files so a
// person can look at it: light and dark palettes, the whole year and the last 10 days.
//   QT_QPA_PLATFORM=offscreen render_snapshots_pane OUT_DIR
#include "snapshotfixtures.h"
#include "snapshots/snapshotspane.h"
#include "timeline/timelinewidget.h"

#include <QApplication>
#include <QDir>
#include <QPixmap>
#include <QStyle>
#include <QStyleFactory>
#include <cstdio>

using namespace lifeboat;

namespace {

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2b, 0x2d, 0x30));
    p.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Base, QColor(0x1f, 0x20, 0x22));
    p.setColor(QPalette::AlternateBase, QColor(0x27, 0x29, 0x2c));
    p.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Button, QColor(0x35, 0x37, 0x3a));
    p.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x8e, 0xe0));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9d, 0xa2));
    p.setColor(QPalette::Mid, QColor(0x4a, 0x4d, 0x52));
    p.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    p.setColor(QPalette::Light, QColor(0x45, 0x48, 0x4c));
    p.setColor(QPalette::ToolTipBase, QColor(0x35, 0x37, 0x3a));
    p.setColor(QPalette::ToolTipText, QColor(0xe6, 0xe6, 0xe6));
    return p;
}

bool render(const QString &path, const QPalette &palette, bool lastTenDays)
{
    QApplication::setPalette(palette);
    const QDateTime now(QDate(2025, 6, 18), QTime(14, 20), Qt::UTC);
    const QList<domain::Snapshot> snapshots = testing::defaultPolicyYear(now);
    ui::SnapshotsPane pane;
    pane.timeline()->setNow(now);
    pane.resize(1400, 800);
    pane.setSnapshots(snapshots, now.addDays(-7), now.addSecs(-120));
    pane.show();
    QApplication::processEvents();
    if (lastTenDays) pane.timeline()->setVisibleRange(now.addDays(-9), now.addDays(1));
    // Select the fallback snapshot: it shows the warning in the details.
    for (const domain::Snapshot &s : snapshots)
        if (s.snapshotType.value == domain::SnapshotType::Fallback) pane.selectSnapshot(s.id);
    QApplication::processEvents();
    const bool ok = pane.grab().save(path);
    std::printf("%s %s (%lld snapshots)\n", ok ? "wrote" : "FAILED to write", qPrintable(path),
                qlonglong(snapshots.size()));
    return ok;
}

}  // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    const QString dir = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral(".");
    QDir().mkpath(dir);
    const QPalette light = QApplication::style()->standardPalette();
    bool ok = render(dir + QStringLiteral("/snapshots-light.png"), light, false);
    ok = render(dir + QStringLiteral("/snapshots-light-10days.png"), light, true) && ok;
    ok = render(dir + QStringLiteral("/snapshots-dark.png"), darkPalette(), false) && ok;
    return ok ? 0 : 1;
}
