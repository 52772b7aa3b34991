#include "connection.h"

#include <QDir>
#include <QFile>

namespace lifeboat::cli {

namespace {

// One value: "double quoted" (with \" and \\), 'literal', or bare up to a comment.
QString tomlValue(QStringView v)
{
    v = v.trimmed();
    if (v.startsWith(u'"')) {
        QString out;
        for (qsizetype i = 1; i < v.size(); ++i) {
            const QChar c = v.at(i);
            if (c == u'\\' && i + 1 < v.size()) {
                const QChar n = v.at(++i);
                out += n == u'n' ? QChar(u'\n') : n == u't' ? QChar(u'\t') : n;
            } else if (c == u'"') {
                break;
            } else {
                out += c;
            }
        }
        return out;
    }
    if (v.startsWith(u'\'')) {
        const qsizetype end = v.indexOf(u'\'', 1);
        return v.mid(1, end < 0 ? -1 : end - 1).toString();
    }
    const qsizetype hash = v.indexOf(u'#');
    return (hash < 0 ? v : v.left(hash)).trimmed().toString();
}

QString unquote(QString s)
{
    s = s.trimmed();
    if (s.size() >= 2 && (s.startsWith(u'"') || s.startsWith(u'\'')) && s.back() == s.front())
        s = s.mid(1, s.size() - 2);
    return s;
}

}  // namespace

TomlSections parseTomlSections(const QString &text)
{
    TomlSections out;
    QString section;
    for (const QString &raw : text.split(u'\n')) {
        const QString line = raw.trimmed();
        if (line.isEmpty() || line.startsWith(u'#')) continue;
        if (line.startsWith(u'[')) {
            const qsizetype end = line.lastIndexOf(u']');
            section = unquote(line.mid(1, end < 0 ? -1 : end - 1));
            out[section];
            continue;
        }
        const qsizetype eq = line.indexOf(u'=');
        if (eq <= 0) continue;
        out[section].insert(unquote(line.left(eq)), tomlValue(QStringView(line).mid(eq + 1)));
    }
    return out;
}

QString atlasCliConfigPath(const QProcessEnvironment &env)
{
    QString base = env.value(QStringLiteral("XDG_CONFIG_HOME"));
    if (base.isEmpty()) base = env.value(QStringLiteral("HOME"), QDir::homePath()) + QStringLiteral("/.config");
    return base + QStringLiteral("/atlascli/config.toml");
}

std::optional<Connection> resolveConnection(const ConnectionRequest &request, const QProcessEnvironment &env,
                                            QString *error)
{
    Connection c;
    QHash<QString, QString> profile;
    QString profileName = request.profile;
    const QString path = atlasCliConfigPath(env);
    TomlSections sections;
    QFile file(path);
    if (file.exists()) {
        if (!file.open(QIODevice::ReadOnly)) {
            if (!profileName.isEmpty()) {
                *error = QStringLiteral("Cannot read the Atlas CLI profile file %1.").arg(path);
                return std::nullopt;
            }
        } else {
            sections = parseTomlSections(QString::fromUtf8(file.readAll()));
        }
    }
    if (!profileName.isEmpty()) {
        if (!sections.contains(profileName)) {
            *error = QStringLiteral("No profile named \"%1\" in %2.").arg(profileName, path);
            return std::nullopt;
        }
        profile = sections.value(profileName);
    } else if (sections.contains(QStringLiteral("default"))) {
        profileName = QStringLiteral("default");
        profile = sections.value(profileName);
    }

    auto pick = [&](const char *envName, const char *key) -> std::pair<QString, bool> {
        const QString fromEnv = env.value(QLatin1String(envName));
        if (!fromEnv.isEmpty()) return {fromEnv, true};
        return {profile.value(QLatin1String(key)), false};
    };
    const auto [publicKey, pkEnv] = pick("MONGODB_ATLAS_PUBLIC_API_KEY", "public_api_key");
    const auto [privateKey, skEnv] = pick("MONGODB_ATLAS_PRIVATE_API_KEY", "private_api_key");
    const auto [clientId, ciEnv] = pick("MONGODB_ATLAS_CLIENT_ID", "client_id");
    const auto [clientSecret, csEnv] = pick("MONGODB_ATLAS_CLIENT_SECRET", "client_secret");
    if (!publicKey.isEmpty() && !privateKey.isEmpty()) {
        c.options.credentials = atlas::Credentials::apiKey(publicKey, privateKey);
        c.source = pkEnv || skEnv ? QStringLiteral("environment") : QStringLiteral("profile ") + profileName;
    } else if (!clientId.isEmpty() && !clientSecret.isEmpty()) {
        c.options.credentials = atlas::Credentials::serviceAccount(clientId, clientSecret);
        c.source = ciEnv || csEnv ? QStringLiteral("environment") : QStringLiteral("profile ") + profileName;
    }

    QString base = request.baseUrl;
    if (base.isEmpty()) base = pick("MONGODB_ATLAS_OPS_MANAGER_URL", "ops_manager_url").first;
    if (!base.isEmpty()) {
        const QUrl url(base.trimmed());
        if (!url.isValid() || url.scheme().isEmpty() || url.host().isEmpty()) {
            *error = QStringLiteral("\"%1\" is not a base URL (expected e.g. https://cloud.mongodb.com).").arg(base);
            return std::nullopt;
        }
        c.options.baseUrl = url;
    }
    return c;
}

}  // namespace lifeboat::cli
