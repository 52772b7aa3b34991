#include "store.h"

#include "state.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace sandbox {

Store::~Store()
{
    close();
}

QSqlDatabase Store::db() const
{
    return QSqlDatabase::database(m_connection, false);
}

static bool exec(QSqlQuery &q, const QString &sql, QString *error)
{
    if (q.exec(sql)) return true;
    if (error) *error = q.lastError().text();
    return false;
}

bool Store::open(const QString &path, QString *error)
{
    m_connection = QStringLiteral("sandbox-store-") + QUuid::createUuid().toString(QUuid::Id128);
    QSqlDatabase d = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    d.setDatabaseName(path);
    if (!d.open()) {
        if (error) *error = d.lastError().text();
        return false;
    }
    QSqlQuery q(d);
    return exec(q, QStringLiteral("PRAGMA journal_mode=WAL"), error) &&
           exec(q, QStringLiteral("PRAGMA synchronous=NORMAL"), error) &&
           exec(q,
                QStringLiteral("CREATE TABLE IF NOT EXISTS records (kind TEXT NOT NULL, id TEXT NOT NULL, "
                               "group_id TEXT, parent TEXT, sort_key TEXT, body TEXT NOT NULL, "
                               "PRIMARY KEY (kind, id))"),
                error) &&
           exec(q, QStringLiteral("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT)"), error);
}

bool Store::isEmpty() const
{
    QSqlQuery q(db());
    return !q.exec(QStringLiteral("SELECT 1 FROM meta WHERE key = 'seed'")) || !q.next();
}

bool Store::load(State *state, QString *error)
{
    QSqlQuery q(db());
    q.setForwardOnly(true);
    if (!exec(q, QStringLiteral("SELECT key, value FROM meta"), error)) return false;
    while (q.next()) state->setMeta(q.value(0).toString(), q.value(1).toString());
    if (!exec(q, QStringLiteral("SELECT kind, id, group_id, parent, sort_key, body FROM records"), error)) return false;
    while (q.next()) {
        Kind kind;
        if (!kindFromName(q.value(0).toString(), &kind)) continue;
        Record r;
        r.id = q.value(1).toString();
        r.groupId = q.value(2).toString();
        r.parent = q.value(3).toString();
        r.sortKey = q.value(4).toString().toUtf8();
        r.body = QJsonDocument::fromJson(q.value(5).toByteArray()).object();
        state->put(r, kind);
    }
    state->takeChanges();  // what was just read needs no writing
    state->clearMetaChanged();
    return true;
}

bool Store::flush(State *state, QString *error)
{
    const auto changes = state->takeChanges();
    if (changes.isEmpty() && !state->metaChanged()) return true;
    QSqlDatabase d = db();
    d.transaction();
    QSqlQuery put(d), del(d), meta(d);
    put.prepare(QStringLiteral("INSERT OR REPLACE INTO records (kind, id, group_id, parent, sort_key, body) "
                               "VALUES (?, ?, ?, ?, ?, ?)"));
    del.prepare(QStringLiteral("DELETE FROM records WHERE kind = ? AND id = ?"));
    meta.prepare(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)"));
    bool ok = true;
    for (const auto &c : changes) {
        const Record *r = c.removed ? nullptr : state->find(c.kind, c.id);
        if (!r) {
            del.addBindValue(kindName(c.kind));
            del.addBindValue(c.id);
            ok = del.exec() && ok;
            continue;
        }
        put.addBindValue(kindName(c.kind));
        put.addBindValue(r->id);
        put.addBindValue(r->groupId);
        put.addBindValue(r->parent);
        put.addBindValue(QString::fromUtf8(r->sortKey));
        put.addBindValue(QString::fromUtf8(QJsonDocument(r->body).toJson(QJsonDocument::Compact)));
        ok = put.exec() && ok;
    }
    if (state->metaChanged()) {
        for (auto it = state->allMeta().begin(); it != state->allMeta().end(); ++it) {
            meta.addBindValue(it.key());
            meta.addBindValue(it.value());
            ok = meta.exec() && ok;
        }
        state->clearMetaChanged();
    }
    if (!ok) {
        if (error) *error = put.lastError().text() + del.lastError().text() + meta.lastError().text();
        d.rollback();
        return false;
    }
    if (!d.commit()) {
        if (error) *error = d.lastError().text();
        return false;
    }
    return true;
}

void Store::close()
{
    if (m_connection.isEmpty()) return;
    {
        QSqlDatabase d = db();
        if (d.isOpen()) d.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
    m_connection.clear();
}

}  // namespace sandbox
