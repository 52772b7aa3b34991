#include "startupprobe.h"

#include "itemmodels/navigatormodel.h"
#include "mainwindow/mainwindow.h"
#include "navigator/navigatorview.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QFile>
#include <QTimer>
#include <cstdio>

namespace lifeboat {

using itemmodels::NavigatorModel;

namespace {

// VmHWM: the process's peak resident set, in KiB.
qint64 peakRssKiB()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly)) return -1;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("VmHWM:")) return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    return -1;
}

QModelIndex firstCluster(const QAbstractItemModel *m, const QModelIndex &parent)
{
    for (int r = 0; r < m->rowCount(parent); ++r) {
        const QModelIndex i = m->index(r, 0, parent);
        if (i.data(NavigatorModel::KindRole).toInt() == int(NavigatorModel::NodeKind::Cluster)) return i;
        if (const QModelIndex c = firstCluster(m, i); c.isValid()) return c;
    }
    return {};
}

}  // namespace

void StartupProbe::installIfAsked(ui::MainWindow *window, const QElapsedTimer &clock)
{
    const QByteArray v = qgetenv("LIFEBOAT_STARTUP_PROBE");
    const Mode mode = v == "paint"         ? Mode::Paint
                      : v == "open"        ? Mode::Open
                      : v == "online-open" ? Mode::OnlineOpen
                                           : Mode::Off;
    if (mode != Mode::Off) new StartupProbe(window, mode, clock);
}

StartupProbe::StartupProbe(ui::MainWindow *window, Mode mode, const QElapsedTimer &clock)
    : QObject(window), m_window(window), m_mode(mode), m_clock(clock)
{
    connect(window, &ui::MainWindow::estateShown, this, [this] {
        m_hasRows = firstCluster(m_window->navigator()->model(), {}).isValid();
        if (m_hasRows && !m_painted) m_window->navigator()->viewport()->update();
    });
    window->navigator()->viewport()->installEventFilter(this);
}

bool StartupProbe::eventFilter(QObject *, QEvent *event)
{
    // The paint that shows the rows: report once it has been drawn.
    if (event->type() == QEvent::Paint && m_hasRows && !m_painted) {
        m_painted = true;
        QTimer::singleShot(0, this, &StartupProbe::onPainted);
    }
    return false;
}

void StartupProbe::onPainted()
{
    std::printf("painted %lld\n", static_cast<long long>(m_clock.elapsed()));
    std::fflush(stdout);
    if (m_mode == Mode::Paint) {
        QApplication::quit();
        return;
    }
    openFirstCluster();
}

void StartupProbe::openFirstCluster()
{
    const QModelIndex c = firstCluster(m_window->navigator()->model(), {});
    connect(m_window, &ui::MainWindow::clusterShown, this, [this] {
        m_opened = true;
        finishWhenSettled();
    });
    m_window->navigator()->setCurrentIndex(c);
}

void StartupProbe::finishWhenSettled()
{
    // Online: the peak includes the first sync; offline there is none to wait for.
    const auto state = m_window->connectionState();
    const bool waiting = m_mode == Mode::OnlineOpen &&
                         (m_window->isSyncing() || state == ui::MainWindow::ConnectionState::NotConnected ||
                          state == ui::MainWindow::ConnectionState::Connecting);
    if (waiting) {
        QTimer::singleShot(50, this, &StartupProbe::finishWhenSettled);
        return;
    }
    // Let the opened cluster's pages paint before reading the peak.
    QTimer::singleShot(500, this, [] {
        std::printf("rss %lld\n", static_cast<long long>(peakRssKiB()));
        std::fflush(stdout);
        QApplication::quit();
    });
}

}  // namespace lifeboat
