#pragma once
// A thin RAII layer over the SQLite C API: one connection, prepared statements.
#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace lifeboat::cache {

class Statement;

class Database {
public:
    Database() = default;
    ~Database() { close(); }
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    bool open(const QString &path, bool readOnly);
    void close();
    bool isOpen() const { return m_db != nullptr; }

    bool exec(const QString &sql);  // one or more statements, no results
    std::optional<QString> scalarText(const QString &sql);
    std::optional<qint64> scalarInt(const QString &sql);
    Statement prepare(const QString &sql);

    QString lastError() const { return m_lastError; }
    int lastCode() const { return m_lastCode; }
    int changes() const;  // rows the last INSERT/UPDATE/DELETE touched
    sqlite3 *handle() const { return m_db; }
    void setError(int code);

private:
    sqlite3 *m_db = nullptr;
    QString m_lastError;
    int m_lastCode = 0;
};

class Statement {
public:
    Statement() = default;
    Statement(Database *db, sqlite3_stmt *stmt) : m_db(db), m_stmt(stmt) {}
    ~Statement();
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) noexcept;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    bool isValid() const { return m_stmt != nullptr; }

    // Binding, 1-based. Empty/invalid values bind NULL where that is the natural meaning.
    Statement &bind(int i, const QString &v);
    Statement &bind(int i, qint64 v);
    Statement &bind(int i, int v) { return bind(i, qint64(v)); }
    Statement &bind(int i, bool v) { return bind(i, qint64(v ? 1 : 0)); }
    Statement &bind(int i, double v);
    Statement &bind(int i, const QDateTime &v);  // ms since epoch UTC, NULL when invalid
    Statement &bind(int i, const std::optional<qint64> &v);
    Statement &bindNull(int i);
    // The index of a named parameter (":name"), 0 when the statement has none of that name.
    int parameterIndex(const QString &name) const;

    bool next();     // true while a row is available
    bool execute();  // runs to completion; false on error
    void reset();

    QString text(int col) const;
    qint64 integer(int col) const;
    double real(int col) const;
    bool boolean(int col) const { return integer(col) != 0; }
    bool isNull(int col) const;
    QDateTime dateTime(int col) const;
    std::optional<qint64> optionalInteger(int col) const;

private:
    Database *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
};

}  // namespace lifeboat::cache
