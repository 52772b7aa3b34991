#pragma once
// The databases and collections of a snapshot as a checkable tree (database -> its
// collections), for the restore wizard's "databases/collections" kind. Fed with what
// the snapshot namespace job read; a database checked whole restores as a database,
// otherwise its checked collections restore one by one. Names typed into the
// wizard's list box that the tree does not hold are kept as extra entries.
#include <QAbstractItemModel>
#include <QList>
#include <QStringList>

namespace lifeboat::itemmodels {

class NamespaceTreeModel : public QAbstractItemModel {
    Q_OBJECT
public:
    struct Database {
        QString name;
        QStringList collections;
    };
    enum Role {
        NamespaceRole = Qt::UserRole + 1,  // "db" or "db.coll"
        IsDatabaseRole,
    };

    explicit NamespaceTreeModel(QObject *parent = nullptr);

    void setDatabases(const QList<Database> &databases);  // resets: nothing checked
    void clear();
    bool isEmpty() const { return m_dbs.isEmpty(); }

    // Checks the namespace ("db" or "db.coll") if the tree holds it; false when it does not.
    bool setNamespaceChecked(const QString &ns, bool checked);
    QStringList checkedDatabases() const;    // checked whole
    QStringList checkedCollections() const;  // "db.coll", of databases not checked whole
    int checkedCount() const { return int(checkedDatabases().size() + checkedCollections().size()); }
    QModelIndex indexOf(const QString &ns) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void selectionChanged();  // a check mark moved

private:
    struct Db {
        QString name;
        QStringList collections;
        QList<bool> checked;  // per collection
    };
    Qt::CheckState dbState(const Db &db) const;
    QList<Db> m_dbs;
};

}  // namespace lifeboat::itemmodels
