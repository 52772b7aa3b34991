#include "atlas/connection.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace lifeboat::atlas {

bool isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0) return true;
    QHostAddress address;
    return address.setAddress(host) && address.isLoopback();
}

std::optional<QString> baseUrlProblem(const QUrl &url)
{
    const auto tr = [](const char *s) { return QCoreApplication::translate("lifeboat::atlas", s); };
    if (!url.isValid() || url.host().isEmpty()) return tr("The base URL is not a valid URL.");
    if (!url.userInfo().isEmpty()) return tr("The base URL must not contain a user name or password.");
    const QString scheme = url.scheme().toLower();
    if (scheme == u"https") return std::nullopt;
    if (scheme == u"http") {
        if (isLoopbackHost(url.host())) return std::nullopt;
        return tr("Plain http:// is only allowed for this machine (localhost, 127.0.0.1, ::1); "
                  "use https:// for %1.")
            .arg(url.host());
    }
    return tr("The base URL must start with https://.");
}

}  // namespace lifeboat::atlas
