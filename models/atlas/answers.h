#pragma once
// Answers that carry more than the domain keeps: the download links of a restore job
// (one-time bearer links to backup data). They reach the caller of the operation, who
// may show them, and are never written to the cache (domain::RestoreJob has no field
// for them on purpose).
#include "domain/types.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace lifeboat::atlas {

struct DownloadLinks {
    QStringList urls;         // deliveryUrl[] and, for a sharded cluster, components[].downloadUrl
    QStringList privateUrls;  // privateDownloadDeliveryUrls[].deliveryUrl (through a private endpoint)
    bool isEmpty() const { return urls.isEmpty() && privateUrls.isEmpty(); }
};

// GET/POST .../backup/restoreJobs[/{id}] with the links.
struct RestoreJobAnswer {
    domain::RestoreJob job;
    DownloadLinks links;
};

// The Flex API's restore or download job with its snapshotUrl.
struct FlexRestoreAnswer {
    domain::FlexRestoreJob job;
    QString snapshotUrl;
};

// One collection of a collection restore job (ApiAtlasCollectionRestoreCollectionStateResponse).
struct CollectionRestoreNamespaceState {
    QString sourceNamespace;
    QString targetNamespace;
    QString effectiveTargetNamespace;  // after a CREATE_NEW rename on a clash
    QString state;  // NOT_STARTED, IN_PROGRESS, FINALIZING, NOT_FOUND, UNSUPPORTED, SUCCESSFUL, ROLLBACK, ...
    qint64 restoredDocuments = 0;
    qint64 totalDocuments = 0;
    QString indexState;
    QString indexErrorMessage;
};

}  // namespace lifeboat::atlas
