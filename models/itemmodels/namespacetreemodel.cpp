#include "itemmodels/namespacetreemodel.h"

namespace lifeboat::itemmodels {

// Internal ids: 0 for a database row, database row + 1 for a collection row.
NamespaceTreeModel::NamespaceTreeModel(QObject *parent) : QAbstractItemModel(parent) {}

void NamespaceTreeModel::setDatabases(const QList<Database> &databases)
{
    beginResetModel();
    m_dbs.clear();
    for (const Database &d : databases) {
        Db db{d.name, d.collections, {}};
        db.checked.fill(false, d.collections.size());
        m_dbs.append(db);
    }
    endResetModel();
    emit selectionChanged();
}

void NamespaceTreeModel::clear()
{
    setDatabases({});
}

QModelIndex NamespaceTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent)) return {};
    if (!parent.isValid()) return createIndex(row, column, quintptr(0));
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex NamespaceTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0) return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int NamespaceTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid()) return int(m_dbs.size());
    if (parent.column() != 0 || parent.internalId() != 0) return 0;
    return int(m_dbs.at(parent.row()).collections.size());
}

int NamespaceTreeModel::columnCount(const QModelIndex &) const
{
    return 1;
}

Qt::CheckState NamespaceTreeModel::dbState(const Db &db) const
{
    const qsizetype n = db.checked.count(true);
    if (n == 0) return Qt::Unchecked;
    return n == db.checked.size() ? Qt::Checked : Qt::PartiallyChecked;
}

QVariant NamespaceTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) return {};
    const bool isDb = index.internalId() == 0;
    const Db &db = m_dbs.at(isDb ? index.row() : int(index.internalId() - 1));
    switch (role) {
    case Qt::DisplayRole: return isDb ? db.name : db.collections.at(index.row());
    case Qt::CheckStateRole: return isDb ? dbState(db) : (db.checked.at(index.row()) ? Qt::Checked : Qt::Unchecked);
    case NamespaceRole: return isDb ? db.name : db.name + u'.' + db.collections.at(index.row());
    case IsDatabaseRole: return isDb;
    case Qt::ToolTipRole:
        return isDb ? tr("Database %1: %n collection(s)", nullptr, int(db.collections.size())).arg(db.name)
                    : tr("Collection %1.%2").arg(db.name, db.collections.at(index.row()));
    default: return {};
    }
}

bool NamespaceTreeModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || !checkIndex(index, CheckIndexOption::IndexIsValid)) return false;
    const bool on = value.toInt() != Qt::Unchecked;
    if (index.internalId() == 0) {
        Db &db = m_dbs[index.row()];
        db.checked.fill(on);
        emit dataChanged(index, index, {Qt::CheckStateRole});
        if (!db.collections.isEmpty())
            emit dataChanged(this->index(0, 0, index), this->index(int(db.collections.size()) - 1, 0, index),
                             {Qt::CheckStateRole});
    } else {
        const int dbRow = int(index.internalId() - 1);
        m_dbs[dbRow].checked[index.row()] = on;
        emit dataChanged(index, index, {Qt::CheckStateRole});
        const QModelIndex p = this->index(dbRow, 0);
        emit dataChanged(p, p, {Qt::CheckStateRole});
    }
    emit selectionChanged();
    return true;
}

Qt::ItemFlags NamespaceTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid()) return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable;
}

QVariant NamespaceTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section == 0) return tr("In the snapshot");
    return {};
}

QModelIndex NamespaceTreeModel::indexOf(const QString &ns) const
{
    const qsizetype dot = ns.indexOf(u'.');
    const QString dbName = dot < 0 ? ns : ns.left(dot);
    for (int r = 0; r < m_dbs.size(); ++r) {
        if (m_dbs[r].name != dbName) continue;
        if (dot < 0) return index(r, 0);
        const int c = int(m_dbs[r].collections.indexOf(ns.mid(dot + 1)));
        return c < 0 ? QModelIndex() : index(c, 0, index(r, 0));
    }
    return {};
}

bool NamespaceTreeModel::setNamespaceChecked(const QString &ns, bool checked)
{
    const QModelIndex i = indexOf(ns);
    if (!i.isValid()) return false;
    return setData(i, checked ? Qt::Checked : Qt::Unchecked, Qt::CheckStateRole);
}

QStringList NamespaceTreeModel::checkedDatabases() const
{
    QStringList out;
    for (const Db &db : m_dbs)
        if (!db.collections.isEmpty() && dbState(db) == Qt::Checked) out << db.name;
    return out;
}

QStringList NamespaceTreeModel::checkedCollections() const
{
    QStringList out;
    for (const Db &db : m_dbs) {
        if (dbState(db) == Qt::Checked) continue;
        for (int i = 0; i < db.collections.size(); ++i)
            if (db.checked.at(i)) out << db.name + u'.' + db.collections.at(i);
    }
    return out;
}

}  // namespace lifeboat::itemmodels
