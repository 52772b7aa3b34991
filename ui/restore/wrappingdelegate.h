#pragma once
// Word-wrapped cells whose rows grow to fit: QTreeView's wordWrap alone wraps nothing
// because its row heights are computed without the column's width.
#include <QStyledItemDelegate>

class QTreeView;

namespace lifeboat::ui {

class WrappingDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    explicit WrappingDelegate(QTreeView *view);
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    QTreeView *m_view;
};

}  // namespace lifeboat::ui
