// The floor of bench_startup: a bare Qt Widgets window of Lifeboat's layout (menus, a
// navigator tree of the same rows beside tabs, a status bar) with nothing behind it.
// Prints "painted <ms>" once the tree's rows are painted; with argument "rss" it then
// prints "rss <KiB>" (its peak resident set) half a second later, like the app's probe.
#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QMainWindow>
#include <QMenuBar>
#include <QScreen>
#include <QSplitter>
#include <QStandardItemModel>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QTreeView>
#include <cstdio>

namespace {

qint64 peakRssKiB()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly)) return -1;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("VmHWM:")) return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    return -1;
}

class PaintWatch : public QObject {
public:
    PaintWatch(const QElapsedTimer &clock, bool rss) : m_clock(clock), m_rss(rss) {}
    bool eventFilter(QObject *, QEvent *e) override
    {
        if (e->type() == QEvent::Paint && !m_done) {
            m_done = true;
            QTimer::singleShot(0, this, [this] {
                std::printf("painted %lld\n", static_cast<long long>(m_clock.elapsed()));
                std::fflush(stdout);
                if (!m_rss) return QApplication::quit();
                QTimer::singleShot(500, this, [] {
                    std::printf("rss %lld\n", static_cast<long long>(peakRssKiB()));
                    std::fflush(stdout);
                    QApplication::quit();
                });
            });
        }
        return false;
    }

private:
    QElapsedTimer m_clock;
    bool m_rss;
    bool m_done = false;
};

}  // namespace

int main(int argc, char **argv)
{
    QElapsedTimer clock;
    clock.start();
    QApplication app(argc, argv);
    const int clusters =
        qEnvironmentVariableIntValue("BENCH_CLUSTERS") > 0 ? qEnvironmentVariableIntValue("BENCH_CLUSTERS") : 50;
    QMainWindow window;
    for (const char *menu : {"&File", "&View", "&Cluster", "&Help"})
        window.menuBar()->addMenu(QString::fromLatin1(menu));
    QStandardItemModel model;
    auto *profile = new QStandardItem(QStringLiteral("Sandbox"));
    auto *org = new QStandardItem(QStringLiteral("Bench"));
    auto *project = new QStandardItem(QStringLiteral("bench"));
    for (int i = 0; i < clusters; ++i) project->appendRow(new QStandardItem(QStringLiteral("hourly-%1").arg(i)));
    org->appendRow(project);
    profile->appendRow(org);
    model.appendRow(profile);
    auto *split = new QSplitter;
    auto *tree = new QTreeView;
    tree->setHeaderHidden(true);
    tree->setModel(&model);
    tree->expandToDepth(2);
    auto *tabs = new QTabWidget;
    for (const char *tab : {"Overview", "Snapshots", "Restores", "Backup Policy"})
        tabs->addTab(new QLabel(QString::fromLatin1(tab)), QString::fromLatin1(tab));
    split->addWidget(tree);
    split->addWidget(tabs);
    window.setCentralWidget(split);
    window.statusBar()->addWidget(new QLabel(QStringLiteral("Offline")));
    window.statusBar()->addPermanentWidget(new QLabel(QStringLiteral("Last sync")));
    PaintWatch watch(clock, argc > 1 && qstrcmp(argv[1], "rss") == 0);
    tree->viewport()->installEventFilter(&watch);
    // The app's first-start size (MainWindow::restoreLayout).
    const QRect avail = window.screen() ? window.screen()->availableGeometry() : QRect(0, 0, 1280, 800);
    window.resize(qMin(1400, avail.width() * 9 / 10), qMin(860, avail.height() * 9 / 10));
    window.show();
    return app.exec();
}
