#pragma once
// The bearer token of a service account, and when it must be renewed.
#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <optional>

namespace lifeboat::atlas {

class TokenCache {
public:
    explicit TokenCache(int renewMarginSeconds = 60) : m_margin(renewMarginSeconds) {}

    // Parses {access_token, expires_in, token_type}; false (and the cache cleared) if unusable.
    bool store(const QByteArray &body, const QDateTime &now, QString *error);
    void clear()
    {
        m_token.clear();
        m_expiresAt = QDateTime();
    }

    // A token that is still good for at least the renew margin, or nullopt.
    std::optional<QByteArray> validToken(const QDateTime &now) const;
    QDateTime expiresAt() const { return m_expiresAt; }
    QByteArray token() const { return m_token; }

private:
    int m_margin;
    QByteArray m_token;
    QDateTime m_expiresAt;
};

}  // namespace lifeboat::atlas
