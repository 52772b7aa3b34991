#pragma once
// For bench_startup only (env LIFEBOAT_STARTUP_PROBE): prints "painted <ms>" once the
// navigator's rows are painted, then, as asked, opens the first cluster (and waits for the
// first sync) and prints "rss <KiB>" (the peak), and quits. Without the variable it does nothing.
#include <QElapsedTimer>
#include <QObject>

namespace lifeboat {
namespace ui {
class MainWindow;
}

class StartupProbe : public QObject {
    Q_OBJECT
public:
    enum class Mode { Off, Paint, Open, OnlineOpen };
    // `clock` started when main() began.
    static void installIfAsked(ui::MainWindow *window, const QElapsedTimer &clock);

private:
    StartupProbe(ui::MainWindow *window, Mode mode, const QElapsedTimer &clock);
    bool eventFilter(QObject *watched, QEvent *event) override;
    void onPainted();
    void openFirstCluster();
    void finishWhenSettled();

    ui::MainWindow *m_window;
    Mode m_mode;
    QElapsedTimer m_clock;
    bool m_hasRows = false;
    bool m_painted = false;
    bool m_opened = false;
};

}  // namespace lifeboat
