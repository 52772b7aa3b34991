#pragma once
// The navigator: a tree of profile -> organization -> project -> cluster with badges
// (tier, provider, PIT, backup off, restoring), a compliance shield on projects and
// the age of the last good snapshot.
#include <QStyledItemDelegate>
#include <QTreeView>

namespace lifeboat::ui {

class BadgeDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

class NavigatorView : public QTreeView {
    Q_OBJECT
public:
    explicit NavigatorView(QWidget *parent = nullptr);

    // Remembers which nodes were open (by id) across a model reset.
    QStringList expandedIds() const;
    void restoreExpanded(const QStringList &ids);
};

}  // namespace lifeboat::ui
