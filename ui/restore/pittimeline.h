#pragma once
// A small timeline of a cluster's point-in-time window for the restore wizard: the
// window as a band, blackout spans (after an earlier restore) hatched, the snapshots
// as ticks and the chosen moment as a line. A click picks the moment under it; the
// rules that bound it are the domain's (the wizard passes what they say).
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QWidget>

namespace lifeboat::ui {

class PitTimeline : public QWidget {
    Q_OBJECT
public:
    explicit PitTimeline(QWidget *parent = nullptr);

    void setWindow(const QDateTime &from, const QDateTime &to);  // invalid: no window
    void setBlackouts(const QList<QPair<QDateTime, QDateTime>> &spans);
    void setSnapshots(const QList<QDateTime> &times);
    void setChosen(const QDateTime &at);  // invalid: none

    QDateTime chosen() const { return m_chosen; }
    QDateTime timeAt(int x) const;  // the moment under x, clamped to the window
    int xOf(const QDateTime &t) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void pointPicked(const QDateTime &at);  // by a click, to the minute

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    QRect band() const;
    QDateTime m_from, m_to, m_chosen;
    QList<QPair<QDateTime, QDateTime>> m_blackouts;
    QList<QDateTime> m_snapshots;
};

}  // namespace lifeboat::ui
