#include "cache/sqlite.h"

#include <sqlite3.h>
#include <utility>

namespace lifeboat::cache {

bool Database::open(const QString &path, bool readOnly)
{
    close();
    const int flags =
        (readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE) | SQLITE_OPEN_NOMUTEX;
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &m_db, flags, nullptr);
    if (rc != SQLITE_OK) {
        setError(rc);
        close();
        return false;
    }
    sqlite3_extended_result_codes(m_db, 1);
    sqlite3_busy_timeout(m_db, 5000);
    return true;
}

void Database::close()
{
    if (m_db) sqlite3_close_v2(m_db);
    m_db = nullptr;
}

void Database::setError(int code)
{
    m_lastCode = code;
    m_lastError = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString::fromUtf8(sqlite3_errstr(code));
}

bool Database::exec(const QString &sql)
{
    if (!m_db) return false;
    char *msg = nullptr;
    const int rc = sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, &msg);
    if (rc != SQLITE_OK) {
        m_lastCode = rc;
        m_lastError = msg ? QString::fromUtf8(msg) : QString::fromUtf8(sqlite3_errstr(rc));
        sqlite3_free(msg);
        return false;
    }
    return true;
}

Statement Database::prepare(const QString &sql)
{
    sqlite3_stmt *stmt = nullptr;
    if (!m_db) return {};
    const QByteArray utf8 = sql.toUtf8();
    const int rc = sqlite3_prepare_v2(m_db, utf8.constData(), int(utf8.size()), &stmt, nullptr);
    if (rc != SQLITE_OK) {
        setError(rc);
        return {};
    }
    return Statement(this, stmt);
}

std::optional<QString> Database::scalarText(const QString &sql)
{
    Statement s = prepare(sql);
    if (!s.isValid() || !s.next()) return std::nullopt;
    return s.text(0);
}

std::optional<qint64> Database::scalarInt(const QString &sql)
{
    Statement s = prepare(sql);
    if (!s.isValid() || !s.next()) return std::nullopt;
    return s.integer(0);
}

Statement::~Statement()
{
    if (m_stmt) sqlite3_finalize(m_stmt);
}

Statement::Statement(Statement &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr)), m_stmt(std::exchange(other.m_stmt, nullptr))
{}

Statement &Statement::operator=(Statement &&other) noexcept
{
    if (this != &other) {
        if (m_stmt) sqlite3_finalize(m_stmt);
        m_db = std::exchange(other.m_db, nullptr);
        m_stmt = std::exchange(other.m_stmt, nullptr);
    }
    return *this;
}

Statement &Statement::bind(int i, const QString &v)
{
    if (v.isNull()) return bindNull(i);
    const QByteArray utf8 = v.toUtf8();
    sqlite3_bind_text(m_stmt, i, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bind(int i, qint64 v)
{
    sqlite3_bind_int64(m_stmt, i, v);
    return *this;
}

Statement &Statement::bind(int i, double v)
{
    sqlite3_bind_double(m_stmt, i, v);
    return *this;
}

Statement &Statement::bind(int i, const QDateTime &v)
{
    if (!v.isValid()) return bindNull(i);
    return bind(i, v.toMSecsSinceEpoch());
}

Statement &Statement::bind(int i, const std::optional<qint64> &v)
{
    return v ? bind(i, *v) : bindNull(i);
}

int Database::changes() const
{
    return m_db ? sqlite3_changes(m_db) : 0;
}

int Statement::parameterIndex(const QString &name) const
{
    return m_stmt ? sqlite3_bind_parameter_index(m_stmt, name.toUtf8().constData()) : 0;
}

Statement &Statement::bindNull(int i)
{
    sqlite3_bind_null(m_stmt, i);
    return *this;
}

bool Statement::next()
{
    if (!m_stmt) return false;
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW) return true;
    if (rc != SQLITE_DONE && m_db) m_db->setError(rc);
    return false;
}

bool Statement::execute()
{
    if (!m_stmt) return false;
    int rc;
    while ((rc = sqlite3_step(m_stmt)) == SQLITE_ROW) {}
    const bool ok = rc == SQLITE_DONE;
    if (!ok && m_db) m_db->setError(rc);
    sqlite3_reset(m_stmt);
    return ok;
}

void Statement::reset()
{
    if (!m_stmt) return;
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

QString Statement::text(int col) const
{
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, col));
    if (!p) return QString();
    return QString::fromUtf8(p, sqlite3_column_bytes(m_stmt, col));
}

qint64 Statement::integer(int col) const
{
    return sqlite3_column_int64(m_stmt, col);
}

double Statement::real(int col) const
{
    return sqlite3_column_double(m_stmt, col);
}

bool Statement::isNull(int col) const
{
    return sqlite3_column_type(m_stmt, col) == SQLITE_NULL;
}

QDateTime Statement::dateTime(int col) const
{
    if (isNull(col)) return QDateTime();
    return QDateTime::fromMSecsSinceEpoch(integer(col), Qt::UTC);
}

std::optional<qint64> Statement::optionalInteger(int col) const
{
    if (isNull(col)) return std::nullopt;
    return integer(col);
}

}  // namespace lifeboat::cache
