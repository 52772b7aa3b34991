#pragma once
// A cluster's data as a deterministic function of time. Every cluster (and Flex cluster)
// holds databases and collections; a collection's documents are a list of segments, each a
// run of documents from one lineage (a key), plus an open segment that grows at a fixed
// rate from a given second. The first epoch comes from the seed and the cluster's id and
// creation time; each finished restore adds an epoch (stored on the cluster record, field
// "dataEpochs", so it survives a restart) from the second it finished. The content at any
// second is therefore known, and a snapshot holds its cluster's content at its time.
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace sandbox {

class State;
struct Record;

// A namespace frozen at one second: its segments (lineage key, documents).
struct FrozenNamespace {
    QString database, collection;
    QList<QPair<QString, qint64>> segments;
    qint64 documents() const;
    QString fingerprint() const;  // of the documents only: a renamed copy has the same one
    QString name() const { return database + u'.' + collection; }
};

struct Content {
    QList<FrozenNamespace> namespaces;  // sorted by database, then collection
    QString fingerprint() const;        // of every namespace's name and fingerprint
    const FrozenNamespace *find(const QString &database, const QString &collection) const;
    qint64 documents() const;
    // {"fingerprint": "HEX", "namespaces": [{"database", "collection", "documents", "fingerprint"}]}
    QJsonObject toJson() const;
};

namespace content {

// The content of a cluster or Flex cluster record at `at`.
Content at(const State &state, const Record &cluster, const QDateTime &at);

// A new epoch from `from` in which every namespace of `restored` replaces the target's
// namespace of the same name (all of the target's, when `whole`), each growing afresh from
// `from` under a lineage of the target's own; the target's other namespaces carry on as they
// were. Returns the target's record with the epoch added (to put into the state).
Record withRestored(const State &state, const Record &target, const Content &restored, const QDateTime &from,
                    bool whole, const QString &salt);

// A .tar.gz (ustar, gzip) holding manifest.json (Content::toJson of `c`) under `folder`.
QByteArray tarball(const QString &folder, const Content &c);

}  // namespace content

}  // namespace sandbox
