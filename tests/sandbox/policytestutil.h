#pragma once
// Helpers for the policy and compliance tests: an engine started in-process on a fixed clock
// (speed 0; tests move it with Engine::advanceBy) from a scenario of the test's own, requests
// as a named API key, and a recorder that checks every answer of the routes under test
// against the contract with its validator (validate.py).
#include "engine/engine.h"
#include "httptestutil.h"

#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>
#include <memory>

namespace policytest {

using namespace testutil;

inline QDateTime startTime()
{
    return QDateTime(QDate(2026, 11, 25), QTime(6, 0), Qt::UTC);
}

inline QJsonObject item(const char *frequency, int interval, const char *unit, int value, const QString &id = QString())
{
    QJsonObject o{{"frequencyType", frequency},
                  {"frequencyInterval", interval},
                  {"retentionUnit", unit},
                  {"retentionValue", value}};
    if (!id.isEmpty()) o.insert("id", id);
    return o;
}

inline QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

inline QDateTime timeOf(const QJsonObject &o, const char *field)
{
    return QDateTime::fromString(o.value(QLatin1String(field)).toString(), Qt::ISODate);
}

// Answers recorded for the contract's validator: every one must be valid for its operation,
// version and status (an error the contract does not list for the operation is checked
// against ApiError), with no field the contract does not declare.
class Recorder {
public:
    explicit Recorder(const QString &folder) : m_folder(folder) {}

    void record(const QByteArray &method, const QString &pattern, const QString &operationId, const QString &version,
                const Response &r)
    {
        if (r.status == 204 || r.body.isEmpty()) return;  // nothing to validate
        const QString file = QStringLiteral("answer-%1.json").arg(m_entries.size(), 4, 10, QLatin1Char('0'));
        QFile f(m_folder + u'/' + file);
        if (f.open(QIODevice::WriteOnly)) f.write(r.body);
        m_entries.append(QJsonObject{{"file", file},
                                     {"kind", "response"},
                                     {"method", QString::fromLatin1(method)},
                                     {"path_template", pattern},
                                     {"operationId", operationId},
                                     {"status", QString::number(r.status)},
                                     {"api_version", version}});
    }
    int size() const { return int(m_entries.size()); }

    // Empty when every answer is valid; else the failures, one a line.
    QString validate() const
    {
        const QString openapi = QStringLiteral(LIFEBOAT_OPENAPI_DIR);
        QFile m(m_folder + QStringLiteral("/manifest.json"));
        if (!m.open(QIODevice::WriteOnly)) return QStringLiteral("cannot write the manifest");
        m.write(QJsonDocument(QJsonObject{{"entries", m_entries}}).toJson());
        m.close();
        QProcess p;
        p.start(QStringLiteral("python3"),
                {openapi + QStringLiteral("/validate.py"),
                 openapi + QStringLiteral("/atlas-backup-api.upstream-multiversion.json"), QStringLiteral("--manifest"),
                 m.fileName(), QStringLiteral("--report-json"), m_folder + QStringLiteral("/report.json")});
        if (!p.waitForFinished(300000) || p.exitCode() != 0)
            return QStringLiteral("validate.py failed: ") + QString::fromUtf8(p.readAllStandardError());
        QFile rf(m_folder + QStringLiteral("/report.json"));
        if (!rf.open(QIODevice::ReadOnly)) return QStringLiteral("no report");
        QStringList failures;
        for (const auto &rv : QJsonDocument::fromJson(rf.readAll()).object().value("rows").toArray()) {
            const QJsonObject row = rv.toObject();
            const QString result = row.value("result").toString();
            const QJsonArray warnings = row.value("warnings").toArray();
            if ((result == u"PASS" || result == u"PASS~") && warnings.isEmpty()) continue;
            failures << QStringLiteral("%1 %2 %3 v%4: %5 %6 %7")
                            .arg(result, row.value("path").toString(), row.value("status").toVariant().toString(),
                                 row.value("version").toString(), row.value("note").toString(),
                                 QString::fromUtf8(
                                     QJsonDocument(row.value("errors").toArray()).toJson(QJsonDocument::Compact))
                                     .left(400),
                                 QString::fromUtf8(QJsonDocument(warnings).toJson(QJsonDocument::Compact)).left(300));
        }
        return failures.join(u'\n');
    }

private:
    QString m_folder;
    QJsonArray m_entries;
};

class Fixture {
public:
    QTemporaryDir dir;
    std::unique_ptr<sandbox::Engine> engine;
    QHash<QString, QString> groups;  // project name -> id
    Recorder recorder{dir.path()};

    bool start(const char *scenario)
    {
        if (!dir.isValid()) return false;
        const QString path = dir.filePath(QStringLiteral("scenario.json"));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly)) return false;
        f.write(scenario);
        f.close();
        engine = std::make_unique<sandbox::Engine>();
        sandbox::EngineOptions o;
        o.speed = 0;
        o.scenario = path;
        o.startAt = startTime();
        QDir(dir.filePath(QStringLiteral("data"))).removeRecursively();  // a fresh estate each time
        o.dataDir = dir.filePath(QStringLiteral("data"));
        QString error;
        if (!engine->start(o, &error)) {
            qWarning() << error;
            return false;
        }
        groups.clear();
        for (const auto &p : get(QStringLiteral("/api/atlas/v2/groups")).json().value("results").toArray())
            groups.insert(p.toObject().value("name").toString(), p.toObject().value("id").toString());
        return !groups.isEmpty();
    }
    void stop() { engine.reset(); }

    QUrl url(const QString &path) const { return QUrl(engine->baseUrl().toString() + path); }
    QString group(const QString &project) const
    {
        return QStringLiteral("/api/atlas/v2/groups/") + groups.value(project);
    }
    QString cluster(const QString &project, const QString &name) const
    {
        return group(project) + QStringLiteral("/clusters/") + name;
    }

    // Sends as the API key `key` (its secret is "<key>-secret"); records the answer of a
    // route under test (its pattern given) for the contract check.
    Response as(const QString &key, const QByteArray &method, const QString &path, const QByteArray &body = {},
                const QString &version = QStringLiteral("2023-01-01"), const QString &pattern = QString())
    {
        QNetworkAccessManager nam;
        useApiKey(nam, key, key + QStringLiteral("-secret"));
        QList<QPair<QByteArray, QByteArray>> headers{{"Accept", accept(qPrintable(version))}};
        if (!body.isNull()) headers.append({"Content-Type", accept(qPrintable(version))});
        const Response r = send(nam, method, url(path), headers, body);
        if (!pattern.isEmpty())
            for (const auto &op : engine->operations())
                if (op.path == pattern && op.method.toLatin1() == method)
                    recorder.record(method, pattern, op.operationId, version, r);
        return r;
    }
    Response get(const QString &path, const QString &version = QStringLiteral("2023-01-01"))
    {
        return as(QStringLiteral("owner"), "GET", path, QByteArray(), version);
    }
    QJsonArray list(const QString &path, const QString &version = QStringLiteral("2023-01-01"))
    {
        return get(path + QStringLiteral("?itemsPerPage=500"), version).json().value("results").toArray();
    }
    // The project's event type names, oldest first.
    QStringList events(const QString &project)
    {
        QStringList out;
        const QJsonArray all = list(group(project) + QStringLiteral("/events"));
        for (qsizetype i = all.size() - 1; i >= 0; --i) out << all[i].toObject().value("eventTypeName").toString();
        return out;
    }
    QJsonObject eventOf(const QString &project, const QString &type)
    {
        for (const auto &e : list(group(project) + QStringLiteral("/events")))
            if (e.toObject().value("eventTypeName").toString() == type) return e.toObject();  // the newest
        return {};
    }
};

}  // namespace policytest
