#include "atlas/tokencache.h"

#include "atlas/mapping.h"

namespace lifeboat::atlas {

bool TokenCache::store(const QByteArray &body, const QDateTime &now, QString *error)
{
    clear();
    const auto obj = mapping::parseObject(body, error);
    if (!obj) return false;
    const QString token = mapping::text(*obj, QLatin1String("access_token"));
    const QString type = mapping::text(*obj, QLatin1String("token_type"));
    const qint64 expiresIn = mapping::integer(*obj, QLatin1String("expires_in"), 3600);
    if (token.isEmpty()) {
        if (error) *error = QStringLiteral("the token answer has no access_token");
        return false;
    }
    if (!type.isEmpty() && type.compare(QLatin1String("bearer"), Qt::CaseInsensitive) != 0) {
        if (error) *error = QStringLiteral("unsupported token type %1").arg(type);
        return false;
    }
    m_token = token.toLatin1();
    m_expiresAt = now.addSecs(expiresIn);
    return true;
}

std::optional<QByteArray> TokenCache::validToken(const QDateTime &now) const
{
    if (m_token.isEmpty() || !m_expiresAt.isValid()) return std::nullopt;
    if (now.secsTo(m_expiresAt) <= m_margin) return std::nullopt;
    return m_token;
}

}  // namespace lifeboat::atlas
