#pragma once
// The snapshots of one cluster on a time axis: a lane per frequency plus one for
// on-demand snapshots, a mark per snapshot coloured by status, the point-in-time
// window as a band, "now" and the expiry horizon as lines. Custom painted and built
// for 100,000 marks: x positions are computed once per zoom level, only marks in view
// are visited, at most one mark per pixel column per lane and status is drawn, and
// marks are drawn in one batch per colour from buffers reused between frames.
#include "domain/types.h"
#include "itemmodels/snapshotformat.h"

#include <QDateTime>
#include <QHash>
#include <QWidget>
#include <array>
#include <vector>

namespace lifeboat::ui {

class TimelineWidget : public QWidget {
    Q_OBJECT
public:
    enum Lane { Hourly, Daily, Weekly, Monthly, Yearly, OnDemand, Other, LaneCount };

    explicit TimelineWidget(QWidget *parent = nullptr);

    void setSnapshots(const QList<domain::Snapshot> &snapshots);
    void setFlexSnapshots(const QList<domain::FlexSnapshot> &snapshots);
    void setPitWindow(const QDateTime &from, const QDateTime &to);  // invalid: no band
    void setNow(const QDateTime &now);  // a fixed "now" for tests and screenshots; invalid: the clock

    // Selects without emitting snapshotSelected and scrolls the mark into view.
    bool selectSnapshot(const QString &id);
    void clearSelection();
    QString selectedSnapshotId() const;

    // Where the mark of `id` is drawn (its centre), or (-1, -1) when it is not in view.
    QPoint markPosition(const QString &id) const;
    QString snapshotAt(const QPoint &pos) const;

    QDateTime visibleFrom() const;
    QDateTime visibleTo() const;
    void setVisibleRange(const QDateTime &from, const QDateTime &to);
    void fitAll();
    void zoomBy(double factor, double anchorX);  // factor > 1 zooms in; anchorX in widget pixels

    int laneOf(const QString &id) const;  // Lane, or -1
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void snapshotSelected(const QString &id);
    void snapshotActivated(const QString &id);  // a double click on its mark (opens the restore wizard)
    void visibleRangeChanged();
    void viewMovedByUser();  // zoomed or panned by hand (wheel, drag, keys, zoomBy), not by a call

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool event(QEvent *event) override;

private:
    struct Mark {
        qint64 ms;   // created, ms since epoch
        int source;  // index in m_snapshots
        quint8 lane;
        quint8 kind;  // itemmodels::SnapshotKind
    };
    struct Geometry {
        QRect legend, plot, axis;
        int gutter = 0;
        double laneHeight = 0;
    };

    Geometry geometry() const;
    int laneRow(int lane) const;  // row among shown lanes, -1 when hidden
    int laneAtY(const Geometry &g, int y) const;
    QRect laneRect(const Geometry &g, int lane) const;
    QRect markRect(const Geometry &g, int mark, bool emphasised) const;
    double xOfMs(const Geometry &g, qint64 ms) const;
    qint64 offsetColumn() const;                   // content column at the plot's left edge
    int markX(const Geometry &g, int mark) const;  // the pixel column a mark is painted at
    double msOfX(const Geometry &g, double x) const;
    void ensureXs() const;
    int hitTest(const QPoint &pos) const;
    qint64 nowMs() const;

    void paintLanes(QPainter &p, const Geometry &g);
    void paintAxis(QPainter &p, const Geometry &g);
    void paintMarks(QPainter &p, const Geometry &g);
    void paintOverlays(QPainter &p, const Geometry &g);
    void paintLegend(QPainter &p, const Geometry &g);

    bool isDarkPalette() const;
    double clampZoom(double msPerPx) const;
    void rebuild();
    void setView(double startMs, double msPerPx);
    void clampView();
    void selectMark(int mark, bool emitSignal);
    void ensureMarkVisible(int mark);
    int neighbourInLane(int lane, qint64 ms) const;
    void moveLane(int direction);
    QString toolTipFor(int mark) const;

    QList<domain::Snapshot> m_snapshots;
    std::vector<Mark> m_marks;  // sorted by (lane, time)
    std::array<int, LaneCount + 1> m_laneBegin{};
    std::vector<int> m_byTime;    // mark indices in time order
    std::vector<int> m_timeRank;  // mark index -> position in m_byTime
    QHash<QString, int> m_markById;
    std::vector<int> m_shownLanes;
    qint64 m_dataFrom = 0, m_dataTo = 0;  // first and last created
    qint64 m_horizonMs = 0;               // latest expiresAt, 0 when none
    QDateTime m_pitFrom, m_pitTo, m_fixedNow;

    // The view: time at the left edge of the plot and the zoom.
    double m_viewStartMs = 0;
    double m_msPerPx = 3600'000;
    bool m_userMovedView = false;

    // Per zoom level (m_xMsPerPx), recomputed only when the zoom changes: the x of every
    // mark relative to m_dataFrom, and per lane the pixel columns that hold marks with
    // the kinds found there. Painting walks columns, so 100,000 marks cost no more than
    // the pixels they cover; panning only moves an offset.
    struct Column {
        qint64 x;
        quint8 kinds;  // bit per SnapshotKind
    };
    mutable std::vector<double> m_xs;
    mutable std::vector<Column> m_columns;
    mutable std::array<int, LaneCount + 1> m_columnBegin{};
    mutable double m_xMsPerPx = 0;

    // Per-colour batches reused by every paint (no allocation per snapshot per frame).
    std::array<std::vector<QRect>, itemmodels::SnapshotKindCount> m_batches;
    std::vector<QLine> m_gridLines;

    int m_selected = -1;
    QPoint m_pressPos;
    double m_pressViewStart = 0;
    bool m_pressed = false;
    bool m_dragging = false;
};

}  // namespace lifeboat::ui
