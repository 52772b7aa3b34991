#include "restore/pittimeline.h"

#include "itemmodels/snapshotformat.h"

#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>

namespace lifeboat::ui {

PitTimeline::PitTimeline(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("pitTimeline"));
    setAccessibleName(tr("Point-in-time window"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setCursor(Qt::PointingHandCursor);
}

void PitTimeline::setWindow(const QDateTime &from, const QDateTime &to)
{
    m_from = from;
    m_to = to;
    setToolTip(from.isValid()
                   ? tr("Restorable from %1 to %2").arg(itemmodels::formatUtc(from), itemmodels::formatUtc(to))
                   : tr("No point-in-time window"));
    update();
}

void PitTimeline::setBlackouts(const QList<QPair<QDateTime, QDateTime>> &spans)
{
    m_blackouts = spans;
    update();
}

void PitTimeline::setSnapshots(const QList<QDateTime> &times)
{
    m_snapshots = times;
    update();
}

void PitTimeline::setChosen(const QDateTime &at)
{
    m_chosen = at;
    update();
}

QSize PitTimeline::sizeHint() const
{
    return {400, fontMetrics().height() * 3 + 40};
}

QSize PitTimeline::minimumSizeHint() const
{
    return {160, sizeHint().height()};
}

QRect PitTimeline::band() const
{
    const int h = fontMetrics().height();
    return QRect(8, h + 8, width() - 16, height() - 2 * h - 20);
}

int PitTimeline::xOf(const QDateTime &t) const
{
    const QRect b = band();
    if (!m_from.isValid() || !m_to.isValid() || m_to <= m_from) return b.left();
    const double f = double(m_from.msecsTo(t)) / double(m_from.msecsTo(m_to));
    return b.left() + int(qBound(0.0, f, 1.0) * b.width());
}

QDateTime PitTimeline::timeAt(int x) const
{
    const QRect b = band();
    if (!m_from.isValid() || !m_to.isValid() || b.width() <= 0) return {};
    const double f = qBound(0.0, double(x - b.left()) / b.width(), 1.0);
    QDateTime t = m_from.addMSecs(qint64(f * double(m_from.msecsTo(m_to))));
    t.setTime(QTime(t.time().hour(), t.time().minute()));  // to the minute, as the field takes it
    return qBound(m_from, t, m_to);
}

void PitTimeline::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing, false);
    const QPalette pal = palette();
    const bool dark = itemmodels::isDarkPalette(pal);
    const QRect b = band();
    p.fillRect(b, pal.color(QPalette::Base));
    p.setPen(pal.color(QPalette::Mid));
    p.drawRect(b.adjusted(0, 0, -1, -1));
    if (!m_from.isValid() || !m_to.isValid() || m_to <= m_from) {
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(b, Qt::AlignCenter, tr("No point-in-time window"));
        return;
    }
    QColor window = dark ? QColor(40, 110, 70) : QColor(200, 235, 210);
    p.fillRect(b.adjusted(1, 1, -1, -1), window);
    // Blackouts: hatched, a point there cannot be restored.
    for (const auto &span : m_blackouts) {
        const int x1 = xOf(span.first), x2 = qMax(xOf(span.second), x1 + 2);
        const QRect r(x1, b.top() + 1, x2 - x1, b.height() - 2);
        p.fillRect(r, dark ? QColor(90, 40, 40) : QColor(245, 205, 205));
        p.fillRect(r, QBrush(dark ? QColor(200, 90, 90) : QColor(190, 60, 60), Qt::BDiagPattern));
    }
    // Snapshots: the oplog is replayed on top of one, so they are shown as ticks.
    p.setPen(QPen(pal.color(QPalette::Text), 1));
    for (const QDateTime &t : m_snapshots) {
        if (t < m_from || t > m_to) continue;
        const int x = xOf(t);
        p.drawLine(x, b.bottom() - 6, x, b.bottom() - 1);
    }
    if (m_chosen.isValid()) {
        const int x = xOf(m_chosen);
        p.setPen(QPen(pal.color(QPalette::Highlight), 3));
        p.drawLine(x, b.top() - 3, x, b.bottom() + 3);
    }
    // The ends of the window, in words under the band.
    p.setPen(pal.color(QPalette::WindowText));
    const QRect labels(b.left(), b.bottom() + 4, b.width(), fontMetrics().height() + 4);
    p.drawText(labels, Qt::AlignLeft | Qt::AlignVCenter, itemmodels::formatUtc(m_from));
    p.drawText(labels, Qt::AlignRight | Qt::AlignVCenter, itemmodels::formatUtc(m_to));
    if (m_chosen.isValid()) {
        const QString text = itemmodels::formatUtc(m_chosen);
        const int w = fontMetrics().horizontalAdvance(text) + 8;
        // Above the band, so it never covers the window's ends below it.
        const int x = qBound(b.left(), xOf(m_chosen) - w / 2, b.right() - w);
        QRect chosen(x, 2, w, fontMetrics().height() + 4);
        p.fillRect(chosen, pal.color(QPalette::Highlight));
        p.setPen(pal.color(QPalette::HighlightedText));
        p.drawText(chosen, Qt::AlignCenter, text);
    }
}

void PitTimeline::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) return QWidget::mousePressEvent(event);
    const QDateTime t = timeAt(event->position().toPoint().x());
    if (!t.isValid()) return;
    emit pointPicked(t);
}

}  // namespace lifeboat::ui
