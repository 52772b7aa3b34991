#pragma once
// Writes the sandbox state through to SQLite so it survives a restart.
#include <QSqlDatabase>
#include <QString>

namespace sandbox {

class State;

class Store {
public:
    ~Store();
    bool open(const QString &path, QString *error);
    bool isEmpty() const;                      // no state saved yet
    bool load(State *state, QString *error);   // reads every record and meta value
    bool flush(State *state, QString *error);  // writes what changed since the last flush
    void close();

private:
    QString m_connection;
    QSqlDatabase db() const;
};

}  // namespace sandbox
