#include "navigator/navigatorview.h"

#include "itemmodels/navigatormodel.h"

#include <QApplication>
#include <QHeaderView>
#include <QIcon>
#include <QPainter>
#include <QPainterPath>

namespace lifeboat::ui {

using itemmodels::NavigatorModel;

static QColor badgeColor(NavigatorModel::BadgeKind kind, const QPalette &pal)
{
    using K = NavigatorModel::BadgeKind;
    switch (kind) {
    case K::Pit: return QColor(0x25, 0x63, 0xeb);
    case K::Unprotected: return QColor(0xb4, 0x53, 0x09);
    case K::Restoring: return QColor(0x7c, 0x3a, 0xed);
    case K::Provider: return pal.color(QPalette::Mid);
    case K::Tier:
    case K::Shards: break;
    }
    return QColor(0x00, 0x68, 0x4a);
}

void BadgeDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QStringList badges =
        index.column() == 0 ? index.data(NavigatorModel::BadgesRole).toStringList() : QStringList();
    const QVariantList kinds = index.data(NavigatorModel::BadgeKindsRole).toList();
    const bool shield = index.column() == 0 && index.data(NavigatorModel::ComplianceRole).toBool();
    if (index.column() == 1) {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const int health = index.data(NavigatorModel::HealthRole).toInt();
        if (!(opt.state & QStyle::State_Selected)) {
            if (health == 2)
                opt.palette.setColor(QPalette::Text, QColor(0xd6, 0x45, 0x45));
            else if (health == 1)
                opt.palette.setColor(QPalette::Text, QColor(0xb4, 0x53, 0x09));
        }
        QStyledItemDelegate::paint(painter, opt, index);
        return;
    }
    if (badges.isEmpty() && !shield) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // Draw the usual item (icon + name), then the badges to the right of the name.
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget *w = opt.widget;
    QStyle *style = w ? w->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, w);
    const QRect iconRect = style->subElementRect(QStyle::SE_ItemViewItemDecoration, &opt, w);
    const QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, w);
    opt.icon.paint(painter, iconRect, opt.decorationAlignment, QIcon::Normal, QIcon::On);
    painter->save();
    const bool selected = opt.state & QStyle::State_Selected;
    painter->setPen(opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    QFont f = opt.font;
    painter->setFont(f);
    const QFontMetrics fm(f);
    const int nameWidth = qMin(fm.horizontalAdvance(opt.text), textRect.width());
    painter->drawText(textRect.adjusted(2, 0, 0, 0), Qt::AlignVCenter | Qt::AlignLeft,
                      fm.elidedText(opt.text, Qt::ElideRight, textRect.width() - 2));
    int x = textRect.left() + nameWidth + 8;
    if (shield && x + 16 < textRect.right()) {
        QIcon(QStringLiteral(":/icons/shield.svg")).paint(painter, QRect(x, textRect.center().y() - 7, 14, 14));
        x += 18;
    }
    QFont small = f;
    small.setPointSizeF(f.pointSizeF() * 0.8);
    painter->setFont(small);
    const QFontMetrics sm(small);
    painter->setRenderHint(QPainter::Antialiasing);
    for (int bi = 0; bi < badges.size(); ++bi) {
        const QString &b = badges[bi];
        const int wBadge = sm.horizontalAdvance(b) + 10;
        if (x + wBadge > textRect.right()) break;  // no clipped badge: drop what does not fit
        const QRectF r(x, textRect.center().y() - sm.height() / 2.0 - 1, wBadge, sm.height() + 2);
        const QColor c = badgeColor(NavigatorModel::BadgeKind(kinds.value(bi).toInt()), opt.palette);
        QPainterPath path;
        path.addRoundedRect(r, 4, 4);
        painter->fillPath(path, c);
        painter->setPen(Qt::white);
        painter->drawText(r, Qt::AlignCenter, b);
        x += wBadge + 4;
    }
    painter->restore();
}

QSize BadgeDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize s = QStyledItemDelegate::sizeHint(option, index);
    if (index.column() == 0) {
        const QStringList badges = index.data(NavigatorModel::BadgesRole).toStringList();
        QFont small = option.font;
        small.setPointSizeF(small.pointSizeF() * 0.8);
        const QFontMetrics sm(small);
        int extra = index.data(NavigatorModel::ComplianceRole).toBool() ? 22 : 0;
        for (const QString &b : badges) extra += sm.horizontalAdvance(b) + 14;
        s.setWidth(s.width() + extra + 8);
    }
    s.setHeight(qMax(s.height(), 24));
    return s;
}

NavigatorView::NavigatorView(QWidget *parent) : QTreeView(parent)
{
    setObjectName(QStringLiteral("navigator"));
    setAccessibleName(tr("Clusters"));
    setItemDelegate(new BadgeDelegate(this));
    setUniformRowHeights(true);
    setHeaderHidden(false);
    setAllColumnsShowFocus(true);
    setIconSize(QSize(16, 16));
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(QHeaderView::Interactive);
}

static void collect(const QAbstractItemModel *m, const QModelIndex &parent, const QTreeView *v, QStringList *out)
{
    for (int r = 0; r < m->rowCount(parent); ++r) {
        const QModelIndex i = m->index(r, 0, parent);
        if (v->isExpanded(i)) {
            out->append(i.data(NavigatorModel::KindRole).toString() + u':' + i.data(NavigatorModel::IdRole).toString() +
                        u':' + i.data().toString());
            collect(m, i, v, out);
        }
    }
}

QStringList NavigatorView::expandedIds() const
{
    QStringList out;
    if (model()) collect(model(), {}, this, &out);
    return out;
}

static void reopen(QAbstractItemModel *m, const QModelIndex &parent, QTreeView *v, const QStringList &ids)
{
    for (int r = 0; r < m->rowCount(parent); ++r) {
        const QModelIndex i = m->index(r, 0, parent);
        const QString key = i.data(NavigatorModel::KindRole).toString() + u':' +
                            i.data(NavigatorModel::IdRole).toString() + u':' + i.data().toString();
        if (ids.contains(key)) {
            v->setExpanded(i, true);
            reopen(m, i, v, ids);
        }
    }
}

void NavigatorView::restoreExpanded(const QStringList &ids)
{
    if (model()) reopen(model(), {}, this, ids);
}

}  // namespace lifeboat::ui
