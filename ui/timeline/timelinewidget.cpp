#include "timeline/timelinewidget.h"

#include "timeline/timelineaxis.h"

#include <QAccessible>
#include <QApplication>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>
#include <QWheelEvent>
#include <algorithm>
#include <climits>
#include <cmath>
#include <limits>
#include <numeric>

namespace lifeboat::ui {

using itemmodels::SnapshotKind;

namespace {

constexpr qint64 HourMs = 3600'000;
constexpr qint64 DayMs = 24 * HourMs;
constexpr double MinMsPerPx = 1000;  // one second per pixel: an hour is 3,600 px wide
constexpr int MarkWidth = 4;
constexpr int HitSlop = 5;  // pixels either side of a mark that still hit it

QString laneName(int lane)
{
    switch (lane) {
    case TimelineWidget::Hourly: return TimelineWidget::tr("Hourly");
    case TimelineWidget::Daily: return TimelineWidget::tr("Daily");
    case TimelineWidget::Weekly: return TimelineWidget::tr("Weekly");
    case TimelineWidget::Monthly: return TimelineWidget::tr("Monthly");
    case TimelineWidget::Yearly: return TimelineWidget::tr("Yearly");
    case TimelineWidget::OnDemand: return TimelineWidget::tr("On-demand");
    default: return TimelineWidget::tr("Other");
    }
}

int laneFor(const domain::Snapshot &s)
{
    if (s.snapshotType.value == domain::SnapshotType::OnDemand) return TimelineWidget::OnDemand;
    switch (s.frequencyType.value) {
    case domain::Frequency::Hourly: return TimelineWidget::Hourly;
    case domain::Frequency::Daily: return TimelineWidget::Daily;
    case domain::Frequency::Weekly: return TimelineWidget::Weekly;
    case domain::Frequency::Monthly: return TimelineWidget::Monthly;
    case domain::Frequency::Yearly: return TimelineWidget::Yearly;
    case domain::Frequency::OnDemand: return TimelineWidget::OnDemand;
    case domain::Frequency::Unknown: break;
    }
    return TimelineWidget::Other;
}

// Failed and fallback marks are taller, so they stand out without relying on colour alone.
bool isEmphasised(int kind)
{
    return kind == int(SnapshotKind::Failed) || kind == int(SnapshotKind::Fallback);
}

}  // namespace

TimelineWidget::TimelineWidget(QWidget *parent) : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(false);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setAccessibleName(tr("Snapshot timeline"));
    setAccessibleDescription(
        tr("Snapshots over time, one lane per frequency. Left and Right select the previous or next "
           "snapshot, Up and Down change lane, plus and minus zoom, Home and End go to the first and last."));
    for (auto &b : m_batches) b.reserve(4096);
    rebuild();
}

QSize TimelineWidget::sizeHint() const
{
    const int lh = fontMetrics().height();
    return {900, lh * 2 + 36 + 7 * (lh + 10)};
}

QSize TimelineWidget::minimumSizeHint() const
{
    const int lh = fontMetrics().height();
    return {360, lh * 2 + 36 + 6 * (lh + 2)};
}

// ---- data ----------------------------------------------------------------------------

void TimelineWidget::setSnapshots(const QList<domain::Snapshot> &snapshots)
{
    const QString selectedId = selectedSnapshotId();
    m_snapshots = snapshots;
    rebuild();
    if (!selectedId.isEmpty()) m_selected = m_markById.value(selectedId, -1);
    if (!m_userMovedView) fitAll();
    update();
}

void TimelineWidget::setFlexSnapshots(const QList<domain::FlexSnapshot> &snapshots)
{
    setSnapshots(itemmodels::snapshotsFromFlex(snapshots));
}

void TimelineWidget::rebuild()
{
    m_marks.clear();
    m_marks.reserve(m_snapshots.size());
    m_horizonMs = 0;
    for (int i = 0; i < m_snapshots.size(); ++i) {
        const domain::Snapshot &s = m_snapshots[i];
        if (s.expiresAt.isValid()) m_horizonMs = std::max(m_horizonMs, s.expiresAt.toMSecsSinceEpoch());
        if (!s.createdAt.isValid()) continue;  // nowhere to put it; the table still lists it
        m_marks.push_back(
            {s.createdAt.toMSecsSinceEpoch(), i, quint8(laneFor(s)), quint8(itemmodels::snapshotKind(s))});
    }
    std::sort(m_marks.begin(), m_marks.end(),
              [](const Mark &a, const Mark &b) { return a.lane != b.lane ? a.lane < b.lane : a.ms < b.ms; });

    m_laneBegin.fill(int(m_marks.size()));
    for (int i = int(m_marks.size()) - 1; i >= 0; --i) m_laneBegin[m_marks[i].lane] = i;
    for (int lane = LaneCount - 1; lane >= 0; --lane)
        m_laneBegin[lane] = std::min(m_laneBegin[lane], m_laneBegin[lane + 1]);

    m_byTime.resize(m_marks.size());
    std::iota(m_byTime.begin(), m_byTime.end(), 0);
    std::stable_sort(m_byTime.begin(), m_byTime.end(), [this](int a, int b) { return m_marks[a].ms < m_marks[b].ms; });
    m_timeRank.resize(m_marks.size());
    for (int r = 0; r < int(m_byTime.size()); ++r) m_timeRank[m_byTime[r]] = r;

    m_markById.clear();
    m_markById.reserve(int(m_marks.size()));
    for (int i = 0; i < int(m_marks.size()); ++i) m_markById.insert(m_snapshots[m_marks[i].source].id, i);

    m_shownLanes.clear();
    for (int lane = 0; lane < OnDemand + 1; ++lane) m_shownLanes.push_back(lane);
    if (m_laneBegin[Other] != m_laneBegin[Other + 1]) m_shownLanes.push_back(Other);

    m_dataFrom = m_byTime.empty() ? nowMs() : m_marks[m_byTime.front()].ms;
    m_dataTo = m_byTime.empty() ? nowMs() : m_marks[m_byTime.back()].ms;
    m_xMsPerPx = 0;  // x positions are relative to m_dataFrom: recompute
    m_selected = -1;
}

void TimelineWidget::setPitWindow(const QDateTime &from, const QDateTime &to)
{
    m_pitFrom = from;
    m_pitTo = to;
    update();
}

void TimelineWidget::setNow(const QDateTime &now)
{
    m_fixedNow = now;
    update();
}

qint64 TimelineWidget::nowMs() const
{
    return m_fixedNow.isValid() ? m_fixedNow.toMSecsSinceEpoch() : QDateTime::currentMSecsSinceEpoch();
}

// ---- selection -----------------------------------------------------------------------

bool TimelineWidget::selectSnapshot(const QString &id)
{
    const int mark = m_markById.value(id, -1);
    if (mark < 0) {
        clearSelection();
        return false;
    }
    selectMark(mark, false);
    ensureMarkVisible(mark);
    return true;
}

void TimelineWidget::clearSelection()
{
    if (m_selected < 0) return;
    m_selected = -1;
    update();
}

QString TimelineWidget::selectedSnapshotId() const
{
    return m_selected < 0 ? QString() : m_snapshots[m_marks[m_selected].source].id;
}

void TimelineWidget::selectMark(int mark, bool emitSignal)
{
    if (mark < 0 || mark >= int(m_marks.size())) return;
    const bool changed = mark != m_selected;
    m_selected = mark;
    update();
    if (changed && QAccessible::isActive()) {
        QAccessibleEvent ev(this, QAccessible::Selection);
        QAccessible::updateAccessibility(&ev);
    }
    if (emitSignal) emit snapshotSelected(selectedSnapshotId());
}

void TimelineWidget::ensureMarkVisible(int mark)
{
    const Geometry g = geometry();
    const double x = xOfMs(g, m_marks[mark].ms);
    const int margin = std::min(8, g.plot.width() / 8);
    if (x >= g.plot.left() + margin && x <= g.plot.right() - margin) return;
    // Far out of view: centre it, so the user sees what is around it. Just outside: move
    // only as far as needed, so the newest snapshot at the right edge does not pull "now"
    // into the middle of an empty future.
    const double far = g.plot.width() / 4.0;
    if (x < g.plot.left() - far || x > g.plot.right() + far) {
        setView(double(m_marks[mark].ms) - g.plot.width() / 2.0 * m_msPerPx, m_msPerPx);
        return;
    }
    const double shiftPx =
        x < g.plot.left() + margin ? x - (g.plot.left() + 3 * margin) : x - (g.plot.right() - 3 * margin);
    setView(m_viewStartMs + shiftPx * m_msPerPx, m_msPerPx);
}

int TimelineWidget::laneOf(const QString &id) const
{
    const int mark = m_markById.value(id, -1);
    return mark < 0 ? -1 : m_marks[mark].lane;
}

// ---- geometry ------------------------------------------------------------------------

TimelineWidget::Geometry TimelineWidget::geometry() const
{
    const QFontMetrics fm = fontMetrics();
    const int lh = fm.height();
    Geometry g;
    int labelWidth = 0;
    for (int lane : m_shownLanes) labelWidth = std::max(labelWidth, fm.horizontalAdvance(laneName(lane)));
    const int countWidth = fm.horizontalAdvance(QStringLiteral("00000"));
    g.gutter = labelWidth + countWidth + 24;
    const int legendHeight = lh + 14;
    const int axisHeight = lh + 14;
    g.legend = QRect(0, 0, width(), legendHeight);
    g.plot = QRect(g.gutter, legendHeight, std::max(1, width() - g.gutter - 12),
                   std::max(1, height() - legendHeight - axisHeight));
    g.axis = QRect(g.gutter, g.plot.bottom() + 1, g.plot.width(), axisHeight);
    g.laneHeight = double(g.plot.height()) / std::max<size_t>(1, m_shownLanes.size());
    return g;
}

int TimelineWidget::laneRow(int lane) const
{
    for (size_t i = 0; i < m_shownLanes.size(); ++i)
        if (m_shownLanes[i] == lane) return int(i);
    return -1;
}

int TimelineWidget::laneAtY(const Geometry &g, int y) const
{
    if (y < g.plot.top() || y > g.plot.bottom()) return -1;
    const int row = int((y - g.plot.top()) / g.laneHeight);
    return row >= 0 && row < int(m_shownLanes.size()) ? m_shownLanes[row] : -1;
}

QRect TimelineWidget::laneRect(const Geometry &g, int lane) const
{
    const int row = laneRow(lane);
    const int top = g.plot.top() + int(std::lround(row * g.laneHeight));
    const int bottom = g.plot.top() + int(std::lround((row + 1) * g.laneHeight));
    return QRect(g.plot.left(), top, g.plot.width(), bottom - top);
}

QRect TimelineWidget::markRect(const Geometry &g, int mark, bool emphasised) const
{
    const QRect lane = laneRect(g, m_marks[mark].lane);
    const int h = std::max(4, int(lane.height() * (emphasised ? 0.74 : 0.5)));
    const int x = markX(g, mark);
    return QRect(x - MarkWidth / 2, lane.center().y() - h / 2 + 1, MarkWidth, h);
}

double TimelineWidget::xOfMs(const Geometry &g, qint64 ms) const
{
    return g.plot.left() + (double(ms) - m_viewStartMs) / m_msPerPx;
}

double TimelineWidget::msOfX(const Geometry &g, double x) const
{
    return m_viewStartMs + (x - g.plot.left()) * m_msPerPx;
}

void TimelineWidget::ensureXs() const
{
    if (m_xMsPerPx == m_msPerPx && m_xs.size() == m_marks.size()) return;
    m_xs.resize(m_marks.size());
    const double inv = 1.0 / m_msPerPx;
    for (size_t i = 0; i < m_marks.size(); ++i) m_xs[i] = double(m_marks[i].ms - m_dataFrom) * inv;
    m_columns.clear();
    for (int lane = 0; lane < LaneCount; ++lane) {
        m_columnBegin[lane] = int(m_columns.size());
        for (int i = m_laneBegin[lane]; i < m_laneBegin[lane + 1]; ++i) {
            const qint64 x = qint64(std::floor(m_xs[i]));
            const quint8 bit = quint8(1u << m_marks[i].kind);
            if (int(m_columns.size()) > m_columnBegin[lane] && m_columns.back().x == x)
                m_columns.back().kinds |= bit;
            else
                m_columns.push_back({x, bit});
        }
    }
    m_columnBegin[LaneCount] = int(m_columns.size());
    m_xMsPerPx = m_msPerPx;
}

qint64 TimelineWidget::offsetColumn() const
{
    return qint64(std::floor((m_viewStartMs - double(m_dataFrom)) / m_msPerPx));
}

int TimelineWidget::markX(const Geometry &g, int mark) const
{
    ensureXs();
    return g.plot.left() + int(qint64(std::floor(m_xs[mark])) - offsetColumn());
}

// ---- view ----------------------------------------------------------------------------

QDateTime TimelineWidget::visibleFrom() const
{
    return QDateTime::fromMSecsSinceEpoch(qint64(m_viewStartMs), Qt::UTC);
}

QDateTime TimelineWidget::visibleTo() const
{
    return QDateTime::fromMSecsSinceEpoch(qint64(m_viewStartMs + geometry().plot.width() * m_msPerPx), Qt::UTC);
}

void TimelineWidget::setVisibleRange(const QDateTime &from, const QDateTime &to)
{
    if (!from.isValid() || !to.isValid() || to <= from) return;
    m_userMovedView = true;
    const double span = double(to.toMSecsSinceEpoch() - from.toMSecsSinceEpoch());
    setView(double(from.toMSecsSinceEpoch()), span / geometry().plot.width());
}

void TimelineWidget::fitAll()
{
    qint64 from = m_dataFrom, to = std::max(m_dataTo, nowMs());
    if (m_marks.empty()) from = to - 30 * DayMs;
    if (m_pitFrom.isValid()) from = std::min(from, m_pitFrom.toMSecsSinceEpoch());
    const qint64 pad = std::max<qint64>(HourMs, (to - from) / 40);
    const double span = double(to - from + 2 * pad);
    m_userMovedView = false;
    setView(double(from - pad), span / geometry().plot.width());
}

void TimelineWidget::zoomBy(double factor, double anchorX)
{
    if (factor <= 0) return;
    const Geometry g = geometry();
    anchorX = std::clamp(anchorX, double(g.plot.left()), double(g.plot.right()));
    const double anchorMs = msOfX(g, anchorX);
    const double msPerPx = clampZoom(m_msPerPx / factor);
    m_userMovedView = true;
    // Keep the time under the anchor where it is.
    setView(anchorMs - (anchorX - g.plot.left()) * msPerPx, msPerPx);
    emit viewMovedByUser();
}

double TimelineWidget::clampZoom(double msPerPx) const
{
    // From one second per pixel to three times everything there is to see.
    const qint64 last = std::max({m_dataTo, nowMs(), m_horizonMs});
    const double fullSpan = double(std::max<qint64>(last - m_dataFrom, 30 * DayMs));
    const double maxMsPerPx = std::max(MinMsPerPx, fullSpan * 3 / geometry().plot.width());
    return std::clamp(msPerPx, MinMsPerPx, maxMsPerPx);
}

void TimelineWidget::setView(double startMs, double msPerPx)
{
    const double oldStart = m_viewStartMs, oldZoom = m_msPerPx;
    const double clamped = clampZoom(msPerPx);
    // A zoom beyond the limits keeps the centre where it was asked to be.
    startMs += (msPerPx - clamped) * geometry().plot.width() / 2;
    m_msPerPx = clamped;
    m_viewStartMs = startMs;
    clampView();
    if (m_viewStartMs != oldStart || m_msPerPx != oldZoom) {
        update();
        emit visibleRangeChanged();
    }
}

void TimelineWidget::clampView()
{
    // Some data always stays in view: panning cannot lose the snapshots off screen.
    const double span = geometry().plot.width() * m_msPerPx;
    const double first = double(std::min(m_dataFrom, nowMs()));
    const double last = double(std::max({m_dataTo, nowMs(), m_horizonMs}));
    const double lo = first - span * 0.9;
    const double hi = last - span * 0.1;
    if (lo < hi) m_viewStartMs = std::clamp(m_viewStartMs, lo, hi);
}

// ---- painting ------------------------------------------------------------------------

void TimelineWidget::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const Geometry g = geometry();
    p.fillRect(rect(), palette().color(QPalette::Window));
    paintLegend(p, g);
    paintLanes(p, g);
    paintAxis(p, g);
    p.save();
    p.setClipRect(g.plot);
    paintMarks(p, g);
    paintOverlays(p, g);
    p.restore();
    if (m_marks.empty()) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(g.plot, Qt::AlignCenter, tr("No snapshots"));
    }
    if (hasFocus()) {
        QPen pen(palette().color(QPalette::Highlight), 1, Qt::DotLine);
        p.setPen(pen);
        p.setBrush(Qt::NoBrush);
        p.drawRect(g.plot.adjusted(0, 0, -1, -1));
    }
}

void TimelineWidget::paintLanes(QPainter &p, const Geometry &g)
{
    const QPalette &pal = palette();
    const QColor separator = pal.color(QPalette::Mid);
    for (size_t row = 0; row < m_shownLanes.size(); ++row) {
        const int lane = m_shownLanes[row];
        const QRect r = laneRect(g, lane);
        p.fillRect(r, pal.color(row % 2 ? QPalette::AlternateBase : QPalette::Base));
        const QRect label(8, r.top(), g.gutter - 16, r.height());
        p.setPen(pal.color(QPalette::WindowText));
        p.drawText(label, Qt::AlignLeft | Qt::AlignVCenter, laneName(lane));
        p.setPen(pal.color(QPalette::PlaceholderText));
        const int count = m_laneBegin[lane + 1] - m_laneBegin[lane];
        p.drawText(label, Qt::AlignRight | Qt::AlignVCenter, itemmodels::formatCount(count));
    }
    p.setPen(separator);
    p.setBrush(Qt::NoBrush);
    p.drawRect(g.plot.adjusted(0, 0, -1, -1));
}

void TimelineWidget::paintAxis(QPainter &p, const Geometry &g)
{
    const QPalette &pal = palette();
    const QFontMetrics fm = fontMetrics();
    const AxisStep step =
        chooseAxisStep(m_msPerPx, fm.horizontalAdvance(QStringLiteral("30 Sep 2025 00:00")) * 0.6 + 24);
    const QString format = step.labelFormat();
    const double endMs = m_viewStartMs + g.plot.width() * m_msPerPx;

    m_gridLines.clear();
    QColor grid = pal.color(QPalette::Mid);
    grid.setAlpha(90);
    QColor tickColor = pal.color(QPalette::Mid);
    int lastLabelRight = INT_MIN;
    p.setPen(pal.color(QPalette::WindowText));
    for (qint64 t = firstTick(step, qint64(m_viewStartMs)); t <= endMs; t = nextTick(step, t)) {
        const double x = xOfMs(g, t);
        if (x < g.plot.left()) continue;
        const int xi = int(std::lround(x));
        m_gridLines.emplace_back(xi, g.plot.top() + 1, xi, g.plot.bottom());
        const QString text = QLocale().toString(QDateTime::fromMSecsSinceEpoch(t, Qt::UTC), format);
        const int w = fm.horizontalAdvance(text);
        // Centred under the tick, but kept inside the widget and never over its neighbour.
        int left = std::clamp(xi - w / 2, g.plot.left() - g.gutter / 2, width() - w - 4);
        if (left <= lastLabelRight + 8) continue;
        p.drawText(QRect(left, g.axis.top() + 6, w, fm.height()), Qt::AlignCenter, text);
        lastLabelRight = left + w;
    }
    p.setPen(grid);
    p.drawLines(m_gridLines.data(), int(m_gridLines.size()));
    p.setPen(tickColor);
    for (const QLine &l : m_gridLines) p.drawLine(l.x1(), g.axis.top(), l.x1(), g.axis.top() + 4);
    p.setPen(pal.color(QPalette::PlaceholderText));
    p.drawText(QRect(8, g.axis.top() + 6, g.gutter - 16, fm.height()), Qt::AlignLeft | Qt::AlignVCenter, tr("UTC"));
}

void TimelineWidget::paintMarks(QPainter &p, const Geometry &g)
{
    ensureXs();
    for (auto &b : m_batches) b.clear();
    const qint64 offset = offsetColumn();
    const qint64 right = g.plot.width() + MarkWidth;
    for (int lane : m_shownLanes) {
        const QRect lr = laneRect(g, lane);
        const int h = std::max(4, int(lr.height() * 0.5));
        const int hTall = std::max(4, int(lr.height() * 0.74));
        const int y = lr.center().y() - h / 2 + 1;
        const int yTall = lr.center().y() - hTall / 2 + 1;
        const auto begin = m_columns.begin() + m_columnBegin[lane];
        const auto end = m_columns.begin() + m_columnBegin[lane + 1];
        std::array<qint64, itemmodels::SnapshotKindCount> lastColumn;
        lastColumn.fill(std::numeric_limits<qint64>::min() / 2);  // no previous mark
        auto it = std::lower_bound(begin, end, offset - MarkWidth, [](const Column &c, qint64 v) { return c.x < v; });
        for (; it != end; ++it) {
            const qint64 column = it->x - offset;
            if (column > right) break;
            const int left = g.plot.left() + int(column) - MarkWidth / 2;
            for (int kind = 0; kind < itemmodels::SnapshotKindCount; ++kind) {
                if (!(it->kinds & (1u << kind))) continue;
                std::vector<QRect> &batch = m_batches[kind];
                if (column - lastColumn[kind] <= MarkWidth) {
                    // Touches the previous mark of this colour: widen that one instead of overdrawing.
                    batch.back().setRight(left + MarkWidth - 1);
                } else {
                    const bool tall = isEmphasised(kind);
                    batch.emplace_back(left, tall ? yTall : y, MarkWidth, tall ? hTall : h);
                }
                lastColumn[kind] = column;
            }
        }
    }
    p.setPen(Qt::NoPen);
    for (int kind = 0; kind < itemmodels::SnapshotKindCount; ++kind) {
        if (m_batches[kind].empty()) continue;
        p.setBrush(itemmodels::snapshotKindColor(SnapshotKind(kind), palette()));
        p.drawRects(m_batches[kind].data(), int(m_batches[kind].size()));
    }
}

void TimelineWidget::paintOverlays(QPainter &p, const Geometry &g)
{
    const QPalette &pal = palette();
    // The point-in-time window: drawn over the marks, translucent, so both stay readable.
    if (m_pitFrom.isValid() && m_pitTo.isValid() && m_pitFrom < m_pitTo) {
        const double x1 = std::max<double>(xOfMs(g, m_pitFrom.toMSecsSinceEpoch()), g.plot.left() - 1);
        const double x2 = std::min<double>(xOfMs(g, m_pitTo.toMSecsSinceEpoch()), g.plot.right() + 1);
        if (x2 > x1) {
            QColor band = pal.color(QPalette::Highlight);
            band.setAlpha(isDarkPalette() ? 60 : 40);
            const QRectF r(x1, g.plot.top() + 1, std::max(2.0, x2 - x1), g.plot.height() - 2);
            p.fillRect(r, band);
            band.setAlpha(160);
            p.setPen(QPen(band, 1));
            p.drawLine(QPointF(r.left(), r.top()), QPointF(r.left(), r.bottom()));
            p.drawLine(QPointF(r.right(), r.top()), QPointF(r.right(), r.bottom()));
        }
    }
    if (m_horizonMs > 0) {
        const double x = xOfMs(g, m_horizonMs);
        p.setPen(QPen(pal.color(QPalette::WindowText), 1.5, Qt::DashLine));  // expiry horizon
        p.drawLine(QPointF(x, g.plot.top()), QPointF(x, g.plot.bottom()));
    }
    {
        const double x = xOfMs(g, nowMs());
        p.setPen(QPen(pal.color(QPalette::WindowText), 2));
        p.drawLine(QPointF(x, g.plot.top()), QPointF(x, g.plot.bottom()));
    }
    if (m_selected >= 0) {
        const QRect r = markRect(g, m_selected, isEmphasised(m_marks[m_selected].kind));
        QColor guide = pal.color(QPalette::Highlight);
        guide.setAlpha(110);
        p.setPen(QPen(guide, 1));
        p.drawLine(r.center().x(), g.plot.top(), r.center().x(), g.plot.bottom());
        p.setBrush(itemmodels::snapshotKindColor(SnapshotKind(m_marks[m_selected].kind), pal));
        p.setPen(QPen(pal.color(QPalette::Highlight), 2));
        p.drawRect(r.adjusted(-2, -3, 2, 3));
    }
}

bool TimelineWidget::isDarkPalette() const
{
    return itemmodels::isDarkPalette(palette());
}

void TimelineWidget::paintLegend(QPainter &p, const Geometry &g)
{
    const QPalette &pal = palette();
    const QFontMetrics fm = fontMetrics();
    const int cy = g.legend.center().y();
    const int sw = fm.height() - 4;  // swatch size follows the font
    int x = 8;
    bool anyUnknown = false;
    for (const Mark &m : m_marks)
        if (m.kind == int(SnapshotKind::Unknown)) {
            anyUnknown = true;
            break;
        }

    auto item = [&](const QString &text, auto drawSwatch) {
        const int w = sw + 6 + fm.horizontalAdvance(text);
        if (x + w > width() - 8) return;  // no room: drop it rather than clip it
        drawSwatch(QRect(x, cy - sw / 2, sw, sw));
        p.setPen(pal.color(QPalette::WindowText));
        p.drawText(QRect(x + sw + 6, g.legend.top(), w, g.legend.height()), Qt::AlignLeft | Qt::AlignVCenter, text);
        x += w + 18;
    };
    auto kindSwatch = [&](SnapshotKind k) {
        return [&p, &pal, k](const QRect &r) {
            const bool tall = isEmphasised(int(k));
            const int w = 5, h = tall ? r.height() : r.height() * 2 / 3;
            p.fillRect(QRect(r.center().x() - w / 2, r.center().y() - h / 2, w, h),
                       itemmodels::snapshotKindColor(k, pal));
        };
    };
    item(itemmodels::snapshotKindName(SnapshotKind::Completed), kindSwatch(SnapshotKind::Completed));
    item(itemmodels::snapshotKindName(SnapshotKind::Running), kindSwatch(SnapshotKind::Running));
    item(itemmodels::snapshotKindName(SnapshotKind::Failed), kindSwatch(SnapshotKind::Failed));
    item(itemmodels::snapshotKindName(SnapshotKind::Fallback), kindSwatch(SnapshotKind::Fallback));
    if (anyUnknown) item(itemmodels::snapshotKindName(SnapshotKind::Unknown), kindSwatch(SnapshotKind::Unknown));
    item(tr("Point-in-time window"), [&](const QRect &r) {
        QColor band = pal.color(QPalette::Highlight);
        band.setAlpha(isDarkPalette() ? 90 : 70);
        p.fillRect(r, band);
        band.setAlpha(160);
        p.setPen(band);
        p.drawLine(r.topLeft(), r.bottomLeft());
        p.drawLine(r.topRight(), r.bottomRight());
    });
    item(tr("Now"), [&](const QRect &r) {
        p.setPen(QPen(pal.color(QPalette::WindowText), 2));
        p.drawLine(r.center().x(), r.top(), r.center().x(), r.bottom());
    });
    const QString horizon =
        m_horizonMs > 0
            ? tr("Last expiry %1").arg(itemmodels::formatUtc(QDateTime::fromMSecsSinceEpoch(m_horizonMs, Qt::UTC)))
            : tr("Last expiry %1").arg(itemmodels::dash());
    item(horizon, [&](const QRect &r) {
        p.setPen(QPen(pal.color(QPalette::WindowText), 1.5, Qt::DashLine));
        p.drawLine(r.center().x(), r.top(), r.center().x(), r.bottom());
    });
}

// ---- interaction ---------------------------------------------------------------------

void TimelineWidget::resizeEvent(QResizeEvent *)
{
    if (!m_userMovedView) {
        fitAll();
    } else {
        clampView();
        update();
    }
}

void TimelineWidget::wheelEvent(QWheelEvent *event)
{
    const QPoint delta = event->angleDelta();
    if (delta.y() != 0) {
        // One notch (120) zooms by 2^(1/4): four notches double the detail.
        zoomBy(std::pow(2.0, delta.y() / 480.0), event->position().x());
    } else if (delta.x() != 0) {
        m_userMovedView = true;
        setView(m_viewStartMs - delta.x() * m_msPerPx, m_msPerPx);
        emit viewMovedByUser();
    }
    event->accept();
}

void TimelineWidget::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::RightButton) {
        // The context menu (restore this snapshot, ...) acts on the mark under the pointer.
        const int mark = hitTest(event->position().toPoint());
        if (mark >= 0) selectMark(mark, true);
        return QWidget::mousePressEvent(event);
    }
    if (event->button() != Qt::LeftButton) return QWidget::mousePressEvent(event);
    m_pressed = true;
    m_dragging = false;
    m_pressPos = event->position().toPoint();
    m_pressViewStart = m_viewStartMs;
    event->accept();
}

void TimelineWidget::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_pressed) return;
    const QPoint d = event->position().toPoint() - m_pressPos;
    if (!m_dragging && d.manhattanLength() >= QApplication::startDragDistance()) {
        m_dragging = true;
        setCursor(Qt::ClosedHandCursor);
    }
    if (m_dragging) {
        m_userMovedView = true;
        setView(m_pressViewStart - d.x() * m_msPerPx, m_msPerPx);
        emit viewMovedByUser();
    }
}

void TimelineWidget::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !m_pressed) return QWidget::mouseReleaseEvent(event);
    m_pressed = false;
    if (m_dragging) {
        m_dragging = false;
        unsetCursor();
        return;
    }
    const int mark = hitTest(event->position().toPoint());
    if (mark >= 0) selectMark(mark, true);
}

void TimelineWidget::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) return QWidget::mouseDoubleClickEvent(event);
    const int mark = hitTest(event->position().toPoint());
    if (mark < 0) return;
    selectMark(mark, true);
    emit snapshotActivated(m_snapshots[m_marks[mark].source].id);
}

void TimelineWidget::keyPressEvent(QKeyEvent *event)
{
    const Geometry g = geometry();
    auto selectRank = [this](int rank) {
        if (m_byTime.empty()) return;
        const int mark = m_byTime[std::clamp(rank, 0, int(m_byTime.size()) - 1)];
        selectMark(mark, true);
        ensureMarkVisible(mark);
    };
    auto firstRankFrom = [this](double ms) {
        return int(std::lower_bound(m_byTime.begin(), m_byTime.end(), ms,
                                    [this](int mark, double v) { return double(m_marks[mark].ms) < v; }) -
                   m_byTime.begin());
    };
    const double anchor = m_selected >= 0 ? xOfMs(g, m_marks[m_selected].ms) : g.plot.center().x();
    switch (event->key()) {
    case Qt::Key_Right: selectRank(m_selected >= 0 ? m_timeRank[m_selected] + 1 : firstRankFrom(m_viewStartMs)); break;
    case Qt::Key_Left:
        selectRank(m_selected >= 0 ? m_timeRank[m_selected] - 1
                                   : firstRankFrom(m_viewStartMs + g.plot.width() * m_msPerPx) - 1);
        break;
    case Qt::Key_Up: moveLane(-1); break;
    case Qt::Key_Down: moveLane(+1); break;
    case Qt::Key_Home: selectRank(0); break;
    case Qt::Key_End: selectRank(int(m_byTime.size()) - 1); break;
    case Qt::Key_Plus:
    case Qt::Key_Equal: zoomBy(2.0, anchor); break;
    case Qt::Key_Minus: zoomBy(0.5, anchor); break;
    case Qt::Key_0: fitAll(); break;
    case Qt::Key_PageUp:
        m_userMovedView = true;
        setView(m_viewStartMs - g.plot.width() * 0.8 * m_msPerPx, m_msPerPx);
        emit viewMovedByUser();
        break;
    case Qt::Key_PageDown:
        m_userMovedView = true;
        setView(m_viewStartMs + g.plot.width() * 0.8 * m_msPerPx, m_msPerPx);
        emit viewMovedByUser();
        break;
    default: return QWidget::keyPressEvent(event);
    }
    event->accept();
}

int TimelineWidget::neighbourInLane(int lane, qint64 ms) const
{
    const int begin = m_laneBegin[lane], end = m_laneBegin[lane + 1];
    if (begin == end) return -1;
    const auto first = m_marks.begin() + begin, last = m_marks.begin() + end;
    const auto it = std::lower_bound(first, last, ms, [](const Mark &m, qint64 v) { return m.ms < v; });
    int best = int(std::min(it, last - 1) - m_marks.begin());
    if (it != first && (it == last || ms - (it - 1)->ms < it->ms - ms)) best = int(it - 1 - m_marks.begin());
    return best;
}

void TimelineWidget::moveLane(int direction)
{
    if (m_marks.empty()) return;
    if (m_selected < 0) {
        selectMark(m_byTime.front(), true);
        ensureMarkVisible(m_selected);
        return;
    }
    for (int row = laneRow(m_marks[m_selected].lane) + direction; row >= 0 && row < int(m_shownLanes.size());
         row += direction) {
        const int mark = neighbourInLane(m_shownLanes[row], m_marks[m_selected].ms);
        if (mark < 0) continue;  // empty lane: skip over it
        selectMark(mark, true);
        ensureMarkVisible(mark);
        return;
    }
}

int TimelineWidget::hitTest(const QPoint &pos) const
{
    const Geometry g = geometry();
    const int lane = laneAtY(g, pos.y());
    if (lane < 0 || pos.x() < g.plot.left() - HitSlop || pos.x() > g.plot.right() + HitSlop) return -1;
    const double fromMs = msOfX(g, pos.x() - HitSlop - MarkWidth / 2.0);
    const double toMs = msOfX(g, pos.x() + HitSlop + MarkWidth / 2.0);
    const auto first = m_marks.begin() + m_laneBegin[lane], last = m_marks.begin() + m_laneBegin[lane + 1];
    auto it = std::lower_bound(first, last, fromMs, [](const Mark &m, double v) { return double(m.ms) < v; });
    int best = -1;
    double bestDistance = 1e300;
    for (; it != last && double(it->ms) <= toMs; ++it) {
        const double d = std::abs(xOfMs(g, it->ms) - pos.x());
        const int mark = int(it - m_marks.begin());
        // Nearest wins; on a tie the one that needs attention (failed, fallback) wins.
        if (d < bestDistance - 0.5 || (d < bestDistance + 0.5 && best >= 0 && it->kind > m_marks[best].kind)) {
            best = mark;
            bestDistance = std::min(d, bestDistance);
        }
    }
    return best;
}

QString TimelineWidget::snapshotAt(const QPoint &pos) const
{
    const int mark = hitTest(pos);
    return mark < 0 ? QString() : m_snapshots[m_marks[mark].source].id;
}

QPoint TimelineWidget::markPosition(const QString &id) const
{
    const int mark = m_markById.value(id, -1);
    if (mark < 0) return {-1, -1};
    const Geometry g = geometry();
    const int x = markX(g, mark);
    if (x < g.plot.left() || x > g.plot.right()) return {-1, -1};
    return {x, laneRect(g, m_marks[mark].lane).center().y()};
}

QString TimelineWidget::toolTipFor(int mark) const
{
    const domain::Snapshot &s = m_snapshots[m_marks[mark].source];
    QStringList lines;
    lines << tr("%1 snapshot — %2")
                 .arg(itemmodels::frequencyText(s.frequencyType),
                      itemmodels::snapshotKindName(SnapshotKind(m_marks[mark].kind)));
    lines << tr("Created: %1").arg(itemmodels::formatUtc(s.createdAt));
    lines << tr("Type: %1").arg(itemmodels::typeText(s.snapshotType));
    lines << tr("Status: %1").arg(itemmodels::statusText(s.status));
    lines << tr("Size: %1").arg(itemmodels::formatSize(s.storageSizeBytes));
    lines << tr("Expires: %1").arg(itemmodels::formatUtc(s.expiresAt));
    if (!s.description.isEmpty()) lines << tr("Description: %1").arg(s.description);
    lines << tr("Id: %1").arg(s.id);
    return lines.join(QLatin1Char('\n'));
}

bool TimelineWidget::event(QEvent *event)
{
    if (event->type() != QEvent::ToolTip) return QWidget::event(event);
    auto *help = static_cast<QHelpEvent *>(event);
    const Geometry g = geometry();
    const int mark = hitTest(help->pos());
    QString text;
    if (mark >= 0) {
        text = toolTipFor(mark);
    } else if (g.plot.contains(help->pos())) {
        const double ms = msOfX(g, help->pos().x());
        const double slop = 4 * m_msPerPx;
        if (std::abs(ms - double(nowMs())) <= slop) {
            text = tr("Now: %1").arg(itemmodels::formatUtc(QDateTime::fromMSecsSinceEpoch(nowMs(), Qt::UTC)));
        } else if (m_horizonMs > 0 && std::abs(ms - double(m_horizonMs)) <= slop) {
            text = tr("Expiry horizon: the last snapshot kept expires %1")
                       .arg(itemmodels::formatUtc(QDateTime::fromMSecsSinceEpoch(m_horizonMs, Qt::UTC)));
        } else if (m_pitFrom.isValid() && m_pitTo.isValid() && ms >= m_pitFrom.toMSecsSinceEpoch() &&
                   ms <= m_pitTo.toMSecsSinceEpoch()) {
            text = tr("Point-in-time restore window\nfrom %1\nto %2")
                       .arg(itemmodels::formatUtc(m_pitFrom), itemmodels::formatUtc(m_pitTo));
        }
    }
    if (text.isEmpty()) {
        QToolTip::hideText();
        event->ignore();
    } else {
        QToolTip::showText(help->globalPos(), text, this);
    }
    return true;
}

}  // namespace lifeboat::ui
