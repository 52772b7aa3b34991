#include "restore/wrappingdelegate.h"

#include <QHeaderView>
#include <QTreeView>

namespace lifeboat::ui {

WrappingDelegate::WrappingDelegate(QTreeView *view) : QStyledItemDelegate(view), m_view(view)
{
    // A wider or narrower column changes how many lines each cell needs.
    connect(view->header(), &QHeaderView::sectionResized, view, [view] { view->doItemsLayout(); });
}

QSize WrappingDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QSize base = QStyledItemDelegate::sizeHint(option, index);
    const int margin = 2 * (m_view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_view) + 1);
    int width = m_view->header()->sectionSize(index.column()) - margin;
    if (!index.data(Qt::DecorationRole).isNull()) width -= option.decorationSize.width() + margin;
    const QRect text = option.fontMetrics.boundingRect(QRect(0, 0, qMax(width, 16), 1 << 20), Qt::TextWordWrap,
                                                       index.data(Qt::DisplayRole).toString());
    return {base.width(), qMax(base.height(), text.height() + margin)};
}

}  // namespace lifeboat::ui
