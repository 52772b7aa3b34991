#pragma once
// Finds a cluster's row in the navigator by name, anywhere in the tree (GUI tests and tools).
#include "itemmodels/navigatormodel.h"

#include <QAbstractItemModel>

inline QModelIndex findCluster(const QAbstractItemModel *m, const QString &name, const QModelIndex &parent = {})
{
    using lifeboat::itemmodels::NavigatorModel;
    for (int r = 0; r < m->rowCount(parent); ++r) {
        const QModelIndex i = m->index(r, 0, parent);
        if (i.data(NavigatorModel::KindRole).toInt() == int(NavigatorModel::NodeKind::Cluster) &&
            i.data().toString() == name)
            return i;
        const QModelIndex found = findCluster(m, name, i);
        if (found.isValid()) return found;
    }
    return {};
}
